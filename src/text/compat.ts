/**
 * Compatibility presets: each reproduces one normalization function of another library, code point for
 * code point, as described in docs/NORMALIZATION.md and checked against reference outputs in
 * tests/text/compat.test.ts.
 *
 * @packageDocumentation
 */

import { HARAKAT, PYARABIC_DIACRITICS, TATWEEL, type CodeRange } from './charsets.js';
import { compileRules, type CompiledNormalizer, type Rule } from './compile.js';
import { ARCLEAN_RULES } from '../generated/text-charmaps.js';
import type { CompatPresetName } from './options.js';

const ALEF = '\u0627';

function del(list: readonly CodeRange[]): Rule[] {
  return list.map(([a, b]) => [a, b, ''] as const);
}

function map(pairs: ReadonlyArray<readonly [number, string]>): Rule[] {
  return pairs.map(([cp, s]) => [cp, cp, s] as const);
}

interface CompatSpec {
  readonly reference: string;
  readonly description: string;
  readonly rules: () => readonly Rule[];
  readonly unlisted?: string | null;
}

const SPECS: { readonly [K in CompatPresetName]: CompatSpec } = {
  'camel-arclean': {
    reference: 'CAMeL Tools CharMapper.builtin_mapper("arclean")',
    description:
      'CAMeL cleaner: keeps Arabic letters, ASCII and Latin-1 letters, folds digits (٫ → ","), punctuation and spaces to ASCII, deletes marks, tatweel and every unlisted character',
    rules: () => ARCLEAN_RULES,
    unlisted: '',
  },
  'camel-dediac': {
    reference: 'CAMeL Tools camel_tools.utils.dediac.dediac_ar',
    description: 'deletes the eight harakat U+064B–U+0652 and the dagger alef U+0670',
    rules: () => del([...HARAKAT, [0x0670, 0x0670]]),
  },
  'camel-normalize-alef': {
    reference: 'CAMeL Tools camel_tools.utils.normalize.normalize_alef_ar',
    description: 'إ أ ٱ آ → ا',
    rules: () => map([0x0625, 0x0623, 0x0671, 0x0622].map((cp) => [cp, ALEF] as const)),
  },
  'camel-normalize-alef-maksura': {
    reference: 'CAMeL Tools camel_tools.utils.normalize.normalize_alef_maksura_ar',
    description: 'ى → ي',
    rules: () => map([[0x0649, '\u064a']]),
  },
  'camel-normalize-teh-marbuta': {
    reference: 'CAMeL Tools camel_tools.utils.normalize.normalize_teh_marbuta_ar',
    description: 'ة → ه',
    rules: () => map([[0x0629, '\u0647']]),
  },
  lucene: {
    reference: 'Apache Lucene org.apache.lucene.analysis.ar.ArabicNormalizer',
    description: 'آ أ إ → ا, ى → ي, ة → ه, deletes tatweel and the eight harakat; keeps ٱ, dagger alef and digits',
    rules: () => [
      ...map([0x0622, 0x0623, 0x0625].map((cp) => [cp, ALEF] as const)),
      ...map([
        [0x0649, '\u064a'],
        [0x0629, '\u0647'],
      ]),
      ...del([[TATWEEL, TATWEEL], ...HARAKAT]),
    ],
  },
  'pyarabic-strip-tashkeel': {
    reference: 'PyArabic araby.strip_tashkeel',
    description: 'deletes the eight harakat U+064B–U+0652',
    rules: () => del(HARAKAT),
  },
  'pyarabic-strip-harakat': {
    reference: 'PyArabic araby.strip_harakat',
    description: 'deletes the harakat except shadda: U+064B–U+0650 and U+0652',
    rules: () =>
      del([
        [0x064b, 0x0650],
        [0x0652, 0x0652],
      ]),
  },
  'pyarabic-strip-diacritics': {
    reference: 'PyArabic araby.strip_diacritics (Unicode 14 category Mn in U+0600–U+06FE)',
    description: 'deletes the 52 combining marks of the Arabic block',
    rules: () => del(PYARABIC_DIACRITICS),
  },
  'pyarabic-strip-tatweel': {
    reference: 'PyArabic araby.strip_tatweel',
    description: 'deletes tatweel U+0640',
    rules: () => del([[TATWEEL, TATWEEL]]),
  },
  'pyarabic-normalize-ligature': {
    reference: 'PyArabic araby.normalize_ligature',
    description: 'the four isolated lam-alef ligatures ﻵ ﻷ ﻹ ﻻ → ل + bare ا (the hamza or madda is lost); final forms kept',
    rules: () => map([0xfef5, 0xfef7, 0xfef9, 0xfefb].map((cp) => [cp, '\u0644' + ALEF] as const)),
  },
  'pyarabic-normalize-teh': {
    reference: 'PyArabic araby.normalize_teh',
    description: 'ة → ه',
    rules: () => map([[0x0629, '\u0647']]),
  },
  'pyarabic-normalize-hamza-tasheel': {
    reference: 'PyArabic araby.normalize_hamza(word, method="tasheel")',
    description: 'آ أ إ and combining hamza above/below → ا, ؤ → و, ئ → ي; bare ء kept',
    rules: () =>
      map([
        ...[0x0622, 0x0623, 0x0625, 0x0654, 0x0655].map((cp) => [cp, ALEF] as const),
        [0x0624, '\u0648'],
        [0x0626, '\u064a'],
      ]),
  },
};

/**
 * Names of the compatibility presets, in documentation order.
 *
 * @example
 * ```ts
 * COMPAT_PRESET_NAMES.includes('lucene'); // true
 * ```
 */
export const COMPAT_PRESET_NAMES = Object.freeze(Object.keys(SPECS)) as readonly CompatPresetName[];

/**
 * The reference function and a one-line description of a compatibility preset.
 *
 * @example
 * ```ts
 * compatInfo('lucene').reference; // 'Apache Lucene org.apache.lucene.analysis.ar.ArabicNormalizer'
 * ```
 */
export function compatInfo(name: CompatPresetName): { reference: string; description: string } {
  const { reference, description } = SPECS[name];
  return { reference, description };
}

/**
 * Compiles a compatibility preset (single pass, no closure, as the reference functions are).
 *
 * @example
 * ```ts
 * compileCompat('camel-dediac').name; // 'camel-dediac'
 * ```
 */
export function compileCompat(name: CompatPresetName): CompiledNormalizer {
  const spec = SPECS[name];
  return compileRules(name, spec.rules(), { closure: false, unlisted: spec.unlisted ?? null });
}
