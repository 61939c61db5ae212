/**
 * The options of {@link normalize}, their validation, and the values each of tahlil's own presets gives
 * them.
 *
 * @packageDocumentation
 */

/**
 * Which Arabic marks to delete.
 * - `'harakat'`: the eight basic marks U+064B–U+0652 (tanwin ً ٌ ٍ, fatha, damma, kasra, shadda, sukun).
 * - `'standard'`: `'harakat'` plus the dagger alef ٰ U+0670 (the set of CAMeL's `dediac_ar`).
 * - `'all'`: `'standard'` plus maddah and combining hamza U+0653–U+0655, the other marks U+0656–U+065F,
 *   honorific signs U+0610–U+061A, Quranic annotation marks U+06D6–U+06ED (except the signs U+06DD, U+06DE,
 *   U+06E9), and Arabic Extended-A marks U+08CA–U+08FF (except U+08E2).
 * - `false`: keep every mark.
 *
 * @example
 * ```ts
 * const d: DiacriticsOption = 'harakat';
 * ```
 */
export type DiacriticsOption = false | 'harakat' | 'standard' | 'all';

/**
 * What to do with hamza on a waw or yeh seat (ؤ U+0624, ئ U+0626).
 * - `'bare'`: both become the bare hamza ء U+0621 (PyArabic's search normalization), which unifies the
 *   spelling variants مسؤول / مسئول.
 * - `'carrier'`: the hamza is dropped and the seat kept, ؤ → و and ئ → ي (Snowball, PyArabic "tasheel").
 * - `false`: keep both.
 *
 * @example
 * ```ts
 * const h: HamzaOption = 'bare';
 * ```
 */
export type HamzaOption = false | 'bare' | 'carrier';

/**
 * Which invisible format characters to delete.
 * - `'invisible'`: characters that never change rendering or meaning: soft hyphen U+00AD, U+180E,
 *   zero-width space U+200B, word joiner and invisible operators U+2060–U+2064, BOM U+FEFF.
 * - `'all'`: `'invisible'` plus the bidi and joining controls: ALM U+061C, ZWNJ U+200C, ZWJ U+200D, LRM U+200E,
 *   RLM U+200F, embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, deprecated U+206A–U+206F.
 * - `false`: keep them all.
 *
 * @example
 * ```ts
 * const c: ControlsOption = 'all';
 * ```
 */
export type ControlsOption = false | 'invisible' | 'all';

/**
 * How to treat white space. Line breaks are only touched by `'collapse-all'`.
 * - `'normalize'`: tab, no-break space U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F and U+3000 each become
 *   one space U+0020.
 * - `'collapse'`: as `'normalize'`, and every run of horizontal white space becomes one space U+0020.
 *   Line breaks stay as they are and end a run.
 * - `'collapse-all'`: as `'collapse'`, with line breaks (LF, VT, FF, CR, NEL, U+2028, U+2029) counted as
 *   white space too, so the text becomes one line.
 * - `false`: leave white space alone.
 *
 * Nothing is trimmed: a leading or trailing run becomes one space.
 *
 * @example
 * ```ts
 * const w: WhitespaceOption = 'collapse';
 * ```
 */
export type WhitespaceOption = false | 'normalize' | 'collapse' | 'collapse-all';

/**
 * tahlil's own presets, which can also serve as the base of an options object.
 *
 * @example
 * ```ts
 * const p: OwnPresetName = 'display';
 * ```
 */
export type OwnPresetName = 'search' | 'display' | 'none';

/**
 * Presets that reproduce one function of another library exactly (see docs/NORMALIZATION.md).
 *
 * @example
 * ```ts
 * const p: CompatPresetName = 'lucene';
 * ```
 */
export type CompatPresetName =
  | 'camel-arclean'
  | 'camel-dediac'
  | 'camel-normalize-alef'
  | 'camel-normalize-alef-maksura'
  | 'camel-normalize-teh-marbuta'
  | 'lucene'
  | 'pyarabic-strip-tashkeel'
  | 'pyarabic-strip-harakat'
  | 'pyarabic-strip-diacritics'
  | 'pyarabic-strip-tatweel'
  | 'pyarabic-normalize-ligature'
  | 'pyarabic-normalize-teh'
  | 'pyarabic-normalize-hamza-tasheel';

/**
 * Every preset name accepted by {@link normalize}.
 *
 * @example
 * ```ts
 * const p: PresetName = 'camel-arclean';
 * ```
 */
export type PresetName = OwnPresetName | CompatPresetName;

/**
 * Fine-grained normalization settings. Every field left out takes its value from the base preset named
 * by `preset` (default `'search'`), so `{ tehMarbuta: false }` is "search, but keep ة" and
 * `{ preset: 'none', digits: true }` only folds digits. The defaults below are those of `search`; the
 * table in docs/NORMALIZATION.md gives them for every preset.
 *
 * @example
 * ```ts
 * const opts: NormalizeOptions = { preset: 'display', digits: true };
 * ```
 */
export interface NormalizeOptions {
  /** The preset supplying every field left out. Default `'search'`. */
  preset?: OwnPresetName;
  /** Arabic marks to delete. Default `'all'`. */
  diacritics?: DiacriticsOption;
  /** Delete tatweel ـ U+0640. Default `true`. */
  tatweel?: boolean;
  /** Fold آ أ إ ٱ ٲ ٳ to bare alef ا. Default `true`. */
  alef?: boolean;
  /** Fold alef maqsura ى U+0649 to yeh ي U+064A. Default `true`. */
  alefMaqsura?: boolean;
  /** Fold teh marbuta ة U+0629 to heh ه U+0647. Default `true`. */
  tehMarbuta?: boolean;
  /** Hamza on a waw or yeh seat (ؤ ئ). Default `'bare'`. */
  hamza?: HamzaOption;
  /**
   * Fold Arabic-Indic ٠–٩ and Persian ۰–۹ digits to ASCII 0–9, the Arabic decimal separator ٫ to `.`, the
   * thousands separator ٬ to `,` and the Arabic percent sign ٪ to `%`, so `٣٫٥` → `3.5` and `٣٬٠٠٠` →
   * `3,000`. Default `true`.
   */
  digits?: boolean;
  /**
   * Replace Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) by their Unicode compatibility (NFKC)
   * expansion: contextual letter forms become the base letter, lam-alef ligatures become ل + the same alef
   * (ﻷ → لأ), ﷲ → الله; the rial sign ﷼ becomes ريال with Arabic yeh and ﷽ the full basmala. Default `true`.
   */
  presentationForms?: boolean;
  /** Fold the Persian keheh ک U+06A9 to kaf ك and Farsi yeh ی U+06CC to yeh ي. Default `true`. */
  persianLetters?: boolean;
  /** Invisible format characters to delete. Default `'all'`. */
  controls?: ControlsOption;
  /** White space handling. Default `'collapse'`. */
  whitespace?: WhitespaceOption;
}

/**
 * An options object with every field set.
 *
 * @example
 * ```ts
 * const all: ResolvedOptions = resolveOptions({ preset: 'display' });
 * ```
 */
export type ResolvedOptions = Required<Omit<NormalizeOptions, 'preset'>>;

const OWN_PRESETS: Readonly<Record<OwnPresetName, Readonly<ResolvedOptions>>> = {
  search: Object.freeze({
    diacritics: 'all',
    tatweel: true,
    alef: true,
    alefMaqsura: true,
    tehMarbuta: true,
    hamza: 'bare',
    digits: true,
    presentationForms: true,
    persianLetters: true,
    controls: 'all',
    whitespace: 'collapse',
  }),
  // Only what no reader would notice as a change of text: elongation, compatibility glyphs and characters
  // that draw nothing. Bidi controls and ZWJ/ZWNJ stay because they change how mixed text is shown.
  display: Object.freeze({
    diacritics: false,
    tatweel: true,
    alef: false,
    alefMaqsura: false,
    tehMarbuta: false,
    hamza: false,
    digits: false,
    presentationForms: true,
    persianLetters: false,
    controls: 'invisible',
    whitespace: false,
  }),
  none: Object.freeze({
    diacritics: false,
    tatweel: false,
    alef: false,
    alefMaqsura: false,
    tehMarbuta: false,
    hamza: false,
    digits: false,
    presentationForms: false,
    persianLetters: false,
    controls: false,
    whitespace: false,
  }),
};

/**
 * The settings of each of tahlil's own presets.
 *
 * @example
 * ```ts
 * ownPresetOptions('search').digits; // true
 * ```
 */
export function ownPresetOptions(name: OwnPresetName): Readonly<ResolvedOptions> {
  return OWN_PRESETS[name];
}

/**
 * Names of tahlil's own presets.
 *
 * @example
 * ```ts
 * OWN_PRESET_NAMES.includes('search'); // true
 * ```
 */
export const OWN_PRESET_NAMES: readonly OwnPresetName[] = Object.freeze(['search', 'display', 'none']);

const ALLOWED: { readonly [K in keyof ResolvedOptions]: readonly ResolvedOptions[K][] } = {
  diacritics: [false, 'harakat', 'standard', 'all'],
  tatweel: [false, true],
  alef: [false, true],
  alefMaqsura: [false, true],
  tehMarbuta: [false, true],
  hamza: [false, 'bare', 'carrier'],
  digits: [false, true],
  presentationForms: [false, true],
  persianLetters: [false, true],
  controls: [false, 'invisible', 'all'],
  whitespace: [false, 'normalize', 'collapse', 'collapse-all'],
};

const OPTION_KEYS = Object.keys(ALLOWED) as Array<keyof ResolvedOptions>;

function show(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
}

/**
 * Checks an options object and fills the missing fields from its base preset.
 *
 * @throws TypeError if `options` is not a plain object or names an unknown option; RangeError if a value
 *   or the base preset is not one of the allowed ones.
 * @example
 * ```ts
 * resolveOptions({ preset: 'none', digits: true }).digits; // true
 * ```
 */
export function resolveOptions(options: NormalizeOptions): ResolvedOptions {
  const base = options.preset ?? 'search';
  if (!Object.prototype.hasOwnProperty.call(OWN_PRESETS, base)) {
    throw new RangeError(
      `normalize: options.preset must be one of ${show(OWN_PRESET_NAMES)} (compatibility presets cannot be ` +
        `combined with options), got ${JSON.stringify(base)}`,
    );
  }
  const resolved: Record<string, unknown> = { ...OWN_PRESETS[base as OwnPresetName] };
  for (const key of Object.keys(options)) {
    if (key === 'preset') continue;
    if (!Object.prototype.hasOwnProperty.call(ALLOWED, key)) {
      throw new TypeError(`normalize: unknown option ${JSON.stringify(key)}; valid options are preset, ${OPTION_KEYS.join(', ')}`);
    }
    const value = (options as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const allowed = ALLOWED[key as keyof ResolvedOptions] as readonly unknown[];
    if (!allowed.includes(value)) {
      throw new RangeError(`normalize: option ${key} must be one of ${show(allowed)}, got ${JSON.stringify(value)}`);
    }
    resolved[key] = value;
  }
  return resolved as ResolvedOptions;
}

/**
 * A stable text key for resolved options, used to share one compiled table between equal option objects.
 *
 * @example
 * ```ts
 * optionsKey(ownPresetOptions('none')).startsWith('false|'); // true
 * ```
 */
export function optionsKey(o: ResolvedOptions): string {
  return OPTION_KEYS.map((k) => String(o[k])).join('|');
}
