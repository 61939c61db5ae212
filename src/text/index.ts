/**
 * Arabic text normalization: `normalize` for a normalized string, `normalizeWithMap` when positions in
 * the result must be mapped back to the input. See docs/NORMALIZATION.md for every option and preset.
 *
 * @packageDocumentation
 */

import type { CompiledNormalizer } from './compile.js';
import { run, runWithStarts } from './engine.js';
import { IdentityMap, StartsMap, type OffsetMap } from './offset-map.js';
import { compileNormalizer } from './presets.js';
import type { NormalizeOptions, PresetName } from './options.js';

export type {
  CompatPresetName,
  ControlsOption,
  DiacriticsOption,
  HamzaOption,
  NormalizeOptions,
  OwnPresetName,
  PresetName,
  WhitespaceOption,
} from './options.js';
export type { OffsetMap } from './offset-map.js';
export type { CompiledNormalizer } from './compile.js';
export { presets, compileNormalizer, type PresetInfo } from './presets.js';

function expectString(text: unknown, fn: string): asserts text is string {
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: expected the text to be a string, got ${text === null ? 'null' : typeof text}`);
  }
}

/**
 * Normalizes Arabic text with a preset (default `'search'`) or an options object. Returns the input
 * itself when nothing changes. Never throws on any string content (lone surrogates, NUL, marks without a
 * base are kept or handled like any other code unit). tahlil's own presets and option objects are
 * idempotent: `normalize(normalize(t, o), o) === normalize(t, o)`.
 *
 * @param text - The text to normalize.
 * @param options - A preset name (`'search'`, `'display'`, `'none'`, or a compatibility preset such as
 *   `'camel-arclean'`, `'camel-dediac'`, `'lucene'`) or a {@link NormalizeOptions} object.
 * @throws TypeError if `text` is not a string or `options` is malformed; RangeError for an unknown preset
 *   or option value.
 * @example
 * ```ts
 * normalize('الْعَرَبِيَّةُ'); // 'العربيه'
 * normalize('٣٫٥ مليار'); // '3.5 مليار'
 * normalize('إلى', 'lucene'); // 'الي'
 * normalize('مدرسة', { tehMarbuta: false }); // 'مدرسة'
 * ```
 */
export function normalize(text: string, options?: NormalizeOptions | PresetName): string {
  expectString(text, 'normalize');
  return run(text, compileNormalizer(options));
}

/**
 * Like {@link normalize}, and also returns an {@link OffsetMap} from the normalized text back to `text`:
 * `map.span(s, e)` is the half-open span of `text` that produced `result.slice(s, e)`.
 *
 * @throws TypeError or RangeError as {@link normalize}.
 * @example
 * ```ts
 * const { text, map } = normalizeWithMap('كَتَبَ الطالبُ');
 * text; // 'كتب الطالب'
 * map.span(4, 10); // [7, 14]: 'الطالبُ' in the input
 * ```
 */
export function normalizeWithMap(
  text: string,
  options?: NormalizeOptions | PresetName,
): { text: string; map: OffsetMap } {
  expectString(text, 'normalizeWithMap');
  const result = runWithStarts(text, compileNormalizer(options));
  if (result.text === text) return { text, map: new IdentityMap(text.length) };
  return { text: result.text, map: new StartsMap(result.starts, text.length) };
}

/**
 * Internal fast entry for the tokenizer: normalizes with an already compiled normalizer (from
 * {@link compileNormalizer}) and skips all argument checks. Not part of the public API; it may change
 * without notice.
 *
 * @internal
 * @example
 * ```ts
 * const search = compileNormalizer('search');
 * for (const token of tokens) token.normalized = normalizeFast(token.text, search);
 * ```
 */
export function normalizeFast(text: string, compiled: CompiledNormalizer): string {
  return run(text, compiled);
}
