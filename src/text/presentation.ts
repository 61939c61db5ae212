/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF), the positional glyph code points that text
 * extracted from some PDFs and old software carries instead of letters (ﺑﻮﺗﻴﻦ for بوتين). The names
 * stage folds them to the letters they stand for, as the `search` normalization preset does.
 *
 * @packageDocumentation
 */
import { PRESENTATION_FORMS } from '../generated/text-charmaps.js';

/**
 * Whether a UTF-16 code unit is in one of the two Arabic presentation-form blocks.
 *
 * @example
 * ```ts
 * isPresentationForm(0xfe91); // true (ﺑ, beh initial form)
 * isPresentationForm(0x0628); // false (ب)
 * ```
 */
export function isPresentationForm(c: number): boolean {
  // One unsigned comparison per block, both made for every ordinary letter: a comparison that ordinary
  // text never reaches has no type feedback, and the first presentation form would then throw away the
  // optimized code of every caller it was inlined into.
  return (c - 0xfb50) >>> 0 <= 0xfdff - 0xfb50 || (c - 0xfe70) >>> 0 <= 0xfeff - 0xfe70;
}

let table: Map<number, string> | undefined;

/**
 * The letters a presentation form stands for (its Unicode compatibility decomposition, NFKC): one letter
 * for most, two for the lam-alef ligatures (ﻻ → لا), a space and a mark for the isolated marks
 * (U+FE70–U+FE7F); `undefined` for a code unit that is not a presentation form with a decomposition.
 *
 * @example
 * ```ts
 * presentationLetters(0xfe91); // 'ب'
 * presentationLetters(0xfefb); // 'لا'
 * ```
 */
export function presentationLetters(c: number): string | undefined {
  table ??= new Map(PRESENTATION_FORMS);
  return table.get(c);
}

/**
 * `text` with every presentation form replaced by the letters it stands for (the space of an isolated
 * mark's decomposition dropped); `text` itself when it has none, which is the common case.
 *
 * @example
 * ```ts
 * lettersOf('ﺑﻮﺗﻴﻦ'); // 'بوتين'
 * lettersOf('بوتين'); // 'بوتين' (the same string)
 * ```
 */
export function lettersOf(text: string): string {
  const i = firstPresentationForm(text);
  if (i === text.length) return text;
  // Joined rather than concatenated: a concatenation is a rope, a string of another kind than the
  // tokenizer's, and code optimized for the one would be thrown away on meeting the other.
  const out = [text.slice(0, i)];
  for (let j = i; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const letters = isPresentationForm(c) ? presentationLetters(c) : undefined;
    out.push(letters === undefined ? text[j] : letters.replace(' ', ''));
  }
  return out.join('');
}

/**
 * Whether `text` has a presentation form: a test without the conversion, for callers that convert rarely.
 *
 * @example
 * ```ts
 * hasPresentationForm('ﺑﻮﺗﻴﻦ'); // true
 * hasPresentationForm('بوتين'); // false
 * ```
 */
export function hasPresentationForm(text: string): boolean {
  return firstPresentationForm(text) < text.length;
}

function firstPresentationForm(text: string): number {
  let i = 0;
  while (i < text.length && !isPresentationForm(text.charCodeAt(i))) i++;
  return i;
}
