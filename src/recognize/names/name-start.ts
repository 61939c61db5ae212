/**
 * Where a name begins inside its first token, shared by the tagger's recognizer and the refiners.
 *
 * @packageDocumentation
 */
import type { Token, WordPart } from '../../types.js';

// The future particle سـ (سيقول) comes only before a verb, so a name never carries it. The clitic
// analyser reads it off any word whose rest looks like a verb (سيرغي as س + يرغي, سندرلاند as س +
// ندرلاند), and a name tagged on such a word keeps the letter.
const FUTURE = 'س';

// The index of the first part that belongs to the name: the first part that is not a proclitic a noun
// can carry (-1 for a token without parts).
function firstNamePart(parts: readonly WordPart[] | undefined): number {
  if (parts === undefined) return -1;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.role !== 'proclitic' || p.form === FUTURE) return i;
  }
  return -1;
}

/**
 * The start of a name in its first token: after the proclitics a noun takes (و ف ب ل ك), but never
 * after the future particle سـ, which only a verb takes.
 *
 * @example
 * ```ts
 * nameStart(tokenize('وبكين')[0]);  // 1: the name is بكين
 * nameStart(tokenize('وسيرغي')[0]); // 1: the name is سيرغي, not يرغي
 * ```
 */
export function nameStart(token: Token): number {
  const parts = token.parts;
  const i = firstNamePart(parts);
  return i < 0 || parts === undefined ? token.start : parts[i].start;
}

/**
 * The first token's name as written alone: the restored forms of its parts from {@link nameStart} on
 * (`لحلف` → `الحلف`).
 *
 * @example
 * ```ts
 * nameForm(tokenize('للحلف')[0]); // 'الحلف'
 * ```
 */
export function nameForm(token: Token): string {
  const parts = token.parts;
  const i = firstNamePart(parts);
  if (i < 0 || parts === undefined) return token.text;
  let form = '';
  for (let j = i; j < parts.length; j++) form += parts[j].form;
  return form;
}
