/**
 * Tanween (nunation) at a word's end, shared by the tagger's clean refiner and the gazetteer.
 *
 * @packageDocumentation
 */

/** Ends in tanween, before or after the alef that carries it (اً، ًا), or after other marks. */
const TANWEEN_END = /[\u064b-\u064d][\u064e-\u0652]*\u0627?$|\u0627\u064b$/;

/**
 * Whether a word is written with tanween at its end (تاريخاً، غنيًا، كتابٌ). News text writes it on
 * indefinite common words, not on names (ANERcorp: 2 of 3,359 such tokens are in a name), so a one-word
 * name so written is a common word whose letters a name shares (تاريخاً is no Tarija).
 *
 * @example
 * ```ts
 * endsInTanween('تاريخاً'); // true
 * endsInTanween('بكين');    // false
 * ```
 */
export function endsInTanween(word: string): boolean {
  return TANWEEN_END.test(word);
}
