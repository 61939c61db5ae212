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
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
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
  let i = 0;
  while (i < text.length && !isPresentationForm(text.charCodeAt(i))) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letters = isPresentationForm(c) ? presentationLetters(c) : undefined;
    out += letters === undefined ? text[i] : letters.replace(' ', '');
  }
  return out;
}
