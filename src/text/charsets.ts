/**
 * The code point sets each normalization option acts on, as inclusive `[first, last]` ranges. They are the
 * single definition shared by the option compiler, the compatibility presets and docs/NORMALIZATION.md.
 *
 * @packageDocumentation
 */

/**
 * An inclusive range of UTF-16 code units.
 *
 * @example
 * ```ts
 * const tanwin: CodeRange = [0x064b, 0x064d];
 * ```
 */
export type CodeRange = readonly [first: number, last: number];

/**
 * The eight basic marks: tanwin (ً ٌ ٍ), fatha, damma, kasra, shadda, sukun. What PyArabic's `strip_tashkeel`
 * and Lucene's `ArabicNormalizer` remove.
 *
 * @example
 * ```ts
 * HARAKAT; // [[0x064b, 0x0652]]
 * ```
 */
export const HARAKAT: readonly CodeRange[] = [[0x064b, 0x0652]];

/**
 * The dagger (superscript) alef ٰ U+0670. Added to {@link HARAKAT} it gives CAMeL's `dediac_ar` set.
 *
 * @example
 * ```ts
 * DAGGER_ALEF; // [[0x0670, 0x0670]]
 * ```
 */
export const DAGGER_ALEF: readonly CodeRange[] = [[0x0670, 0x0670]];

/**
 * Every other Arabic combining mark: honorific signs U+0610–U+061A, maddah and combining hamza
 * U+0653–U+0655, other marks U+0656–U+065F, Quranic annotation U+06D6–U+06DC, U+06DF–U+06E8 (including the
 * small waw and yeh U+06E5/U+06E6), U+06EA–U+06ED, and the Arabic Extended-A marks U+08CA–U+08E1,
 * U+08E3–U+08FF. With {@link HARAKAT} and {@link DAGGER_ALEF} this is the `diacritics: 'all'` set.
 *
 * @example
 * ```ts
 * OTHER_MARKS.length > 0; // true
 * ```
 */
export const OTHER_MARKS: readonly CodeRange[] = [
  [0x0610, 0x061a],
  [0x0653, 0x065f],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e8],
  [0x06ea, 0x06ed],
  [0x08ca, 0x08e1],
  [0x08e3, 0x08ff],
];

/**
 * The code points PyArabic's `strip_diacritics` removes: general category Mn in U+0600–U+06FE under
 * Unicode 14 (52 code points).
 *
 * @example
 * ```ts
 * PYARABIC_DIACRITICS[0]; // [0x0610, 0x061a]
 * ```
 */
export const PYARABIC_DIACRITICS: readonly CodeRange[] = [
  [0x0610, 0x061a],
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
];

/**
 * Tatweel (kashida) ـ U+0640, a purely typographic elongation.
 *
 * @example
 * ```ts
 * TATWEEL; // 0x0640
 * ```
 */
export const TATWEEL = 0x0640;

/**
 * Alef forms folded to bare alef ا: آ أ إ and ٱ (wasla), plus the rare wavy-hamza alefs ٲ ٳ.
 *
 * @example
 * ```ts
 * ALEF_FORMS.includes(0x0623); // true
 * ```
 */
export const ALEF_FORMS: readonly number[] = [0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673];

/**
 * Invisible characters that never change rendering or meaning: soft hyphen, Mongolian vowel separator,
 * zero-width space, word joiner, invisible operators, zero-width no-break space (BOM).
 *
 * @example
 * ```ts
 * INVISIBLE_CONTROLS.some(([a, b]) => a <= 0x200b && 0x200b <= b); // true
 * ```
 */
export const INVISIBLE_CONTROLS: readonly CodeRange[] = [
  [0x00ad, 0x00ad],
  [0x180e, 0x180e],
  [0x200b, 0x200b],
  [0x2060, 0x2064],
  [0xfeff, 0xfeff],
];

/**
 * Bidi and joining controls: Arabic letter mark, ZWNJ, ZWJ, LRM, RLM, the embeddings and overrides
 * U+202A–U+202E, the isolates U+2066–U+2069, and the deprecated format characters U+206A–U+206F.
 *
 * @example
 * ```ts
 * BIDI_CONTROLS[0]; // [0x061c, 0x061c]
 * ```
 */
export const BIDI_CONTROLS: readonly CodeRange[] = [
  [0x061c, 0x061c],
  [0x200c, 0x200f],
  [0x202a, 0x202e],
  [0x2066, 0x206f],
];

/**
 * Horizontal spaces other than U+0020 (tab, no-break space, ogham space, en/em/thin/hair spaces, narrow
 * no-break space, medium mathematical space, ideographic space).
 *
 * @example
 * ```ts
 * EXOTIC_SPACES.some(([a, b]) => a <= 0xa0 && 0xa0 <= b); // true
 * ```
 */
export const EXOTIC_SPACES: readonly CodeRange[] = [
  [0x0009, 0x0009],
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
];

/**
 * Line and paragraph breaks: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
 *
 * @example
 * ```ts
 * LINE_BREAKS.some(([a, b]) => a <= 0x0a && 0x0a <= b); // true
 * ```
 */
export const LINE_BREAKS: readonly CodeRange[] = [
  [0x000a, 0x000d],
  [0x0085, 0x0085],
  [0x2028, 0x2029],
];

/**
 * Arabic-Indic ٠–٩ U+0660–U+0669 and Extended (Persian/Urdu) ۰–۹ U+06F0–U+06F9 digit zeros.
 *
 * @example
 * ```ts
 * DIGIT_ZEROS; // [0x0660, 0x06f0]
 * ```
 */
export const DIGIT_ZEROS: readonly number[] = [0x0660, 0x06f0];

/**
 * Arabic number signs folded with the digits: decimal separator ٫ → `.`, thousands separator ٬ → `,`,
 * percent ٪ → `%`.
 *
 * @example
 * ```ts
 * NUMBER_SIGNS[0x066b]; // '.'
 * ```
 */
export const NUMBER_SIGNS: Readonly<Record<number, string>> = { 0x066b: '.', 0x066c: ',', 0x066a: '%' };
