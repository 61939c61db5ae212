/**
 * The Arabic letters the stemming rules test, as UTF-16 code units (after `foldTerm`, so ة is ه and ى is
 * ي).
 */
/** ا. @example `w.charCodeAt(0) === ALEF` */
export const ALEF = 0x0627;
/** ب. @example `w.charCodeAt(0) === BEH` */
export const BEH = 0x0628;
/** ت. @example `w.charCodeAt(0) === TEH` */
export const TEH = 0x062a;
/** س. @example `w.charCodeAt(0) === SEEN` */
export const SEEN = 0x0633;
/** ف. @example `w.charCodeAt(0) === FEH` */
export const FEH = 0x0641;
/** ك. @example `w.charCodeAt(0) === KAF` */
export const KAF = 0x0643;
/** ل. @example `w.charCodeAt(0) === LAM` */
export const LAM = 0x0644;
/** م. @example `w.charCodeAt(0) === MEEM` */
export const MEEM = 0x0645;
/** ن. @example `w.charCodeAt(0) === NOON` */
export const NOON = 0x0646;
/** ه (and folded ة). @example `w.charCodeAt(0) === HEH` */
export const HEH = 0x0647;
/** و. @example `w.charCodeAt(0) === WAW` */
export const WAW = 0x0648;
/** ي (and folded ى). @example `w.charCodeAt(0) === YEH` */
export const YEH = 0x064a;

/**
 * True when every code unit is a folded Arabic letter (ء to ي): digits, Latin and mixed words are not
 * stemmed.
 *
 * @example
 * ```ts
 * isArabicWord('بكين');   // true
 * isArabicWord('فرانس24'); // false
 * ```
 */
export function isArabicWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x0621 || c > 0x064a) return false;
  }
  return true;
}
