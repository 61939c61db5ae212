/**
 * Preset registry: resolves a preset name or options object to a compiled normalizer, compiling each one
 * at most once.
 *
 * @packageDocumentation
 */

import { compileRules, optionRules, type CompiledNormalizer } from './compile.js';
import { COMPAT_PRESET_NAMES, compatInfo, compileCompat } from './compat.js';
import {
  OWN_PRESET_NAMES,
  optionsKey,
  ownPresetOptions,
  resolveOptions,
  type CompatPresetName,
  type NormalizeOptions,
  type OwnPresetName,
  type PresetName,
  type ResolvedOptions,
} from './options.js';

/**
 * What a preset does: tahlil's own presets list their option values, compatibility presets name the
 * function they reproduce.
 *
 * @example
 * ```ts
 * const info: PresetInfo = presets.search;
 * if (info.kind === 'own') info.options.alef; // true
 * ```
 */
export type PresetInfo =
  | { readonly kind: 'own'; readonly description: string; readonly options: Readonly<ResolvedOptions> }
  | { readonly kind: 'compat'; readonly description: string; readonly reference: string };

const OWN_DESCRIPTIONS: Readonly<Record<OwnPresetName, string>> = {
  search:
    'aggressive folding for indexing and matching: deletes all marks, tatweel and controls, folds alef, alef maqsura, teh marbuta, hamza seats, Persian letters, digits and presentation forms, collapses spaces',
  display:
    'removes only what changes no meaning: tatweel, presentation forms (to base letters) and invisible characters; keeps marks, letters, digits, bidi controls and white space',
  none: 'changes nothing',
};

function buildPresets(): Readonly<Record<PresetName, PresetInfo>> {
  const all: Partial<Record<PresetName, PresetInfo>> = {};
  for (const name of OWN_PRESET_NAMES) {
    all[name] = Object.freeze({ kind: 'own', description: OWN_DESCRIPTIONS[name], options: ownPresetOptions(name) });
  }
  for (const name of COMPAT_PRESET_NAMES) all[name] = Object.freeze({ kind: 'compat', ...compatInfo(name) });
  return Object.freeze(all as Record<PresetName, PresetInfo>);
}

/**
 * Read-only description of every preset accepted by `normalize`, keyed by name.
 *
 * @example
 * ```ts
 * Object.keys(presets); // ['search', 'display', 'none', 'camel-arclean', ...]
 * presets.lucene.description;
 * ```
 */
export const presets: Readonly<Record<PresetName, PresetInfo>> = buildPresets();

const PRESET_NAMES: readonly string[] = Object.keys(presets);
const byName = new Map<string, CompiledNormalizer>();
const byKey = new Map<string, CompiledNormalizer>();
const byObject = new WeakMap<object, CompiledNormalizer>();

function compileOptions(resolved: ResolvedOptions): CompiledNormalizer {
  const key = optionsKey(resolved);
  let compiled = byKey.get(key);
  if (compiled === undefined) {
    compiled = compileRules(key, optionRules(resolved), { closure: true });
    byKey.set(key, compiled);
  }
  return compiled;
}

function isOwn(name: string): name is OwnPresetName {
  return (OWN_PRESET_NAMES as readonly string[]).includes(name);
}

/**
 * Returns the compiled normalizer for a preset name or options object (default `'search'`), building its
 * table on first use. Internal: the tokenizer calls it once and then {@link normalizeFast} per token.
 * An options object is compiled once per object identity, so do not mutate it after the first call.
 *
 * @throws TypeError if `options` is neither a preset name nor an options object, or names an unknown
 *   option; RangeError for an unknown preset or option value.
 * @internal
 * @example
 * ```ts
 * const search = compileNormalizer('search');
 * normalizeFast('الْعَرَبِيَّةُ', search); // 'العربيه'
 * ```
 */
export function compileNormalizer(options?: NormalizeOptions | PresetName): CompiledNormalizer {
  // Per-token callers repeat the same argument: answer them without a map lookup.
  if (options === lastOptions && lastCompiled !== undefined) return lastCompiled;
  lastCompiled = lookup(options);
  lastOptions = options;
  return lastCompiled;
}

let lastOptions: unknown;
let lastCompiled: CompiledNormalizer | undefined;

function lookup(options: NormalizeOptions | PresetName | undefined): CompiledNormalizer {
  if (options === undefined) options = 'search';
  if (typeof options === 'string') {
    let compiled = byName.get(options);
    if (compiled !== undefined) return compiled;
    if (isOwn(options)) compiled = compileOptions(ownPresetOptions(options));
    else if (PRESET_NAMES.includes(options)) compiled = compileCompat(options as CompatPresetName);
    else {
      throw new RangeError(`normalize: unknown preset ${JSON.stringify(options)}; valid presets are ${PRESET_NAMES.join(', ')}`);
    }
    byName.set(options, compiled);
    return compiled;
  }
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(
      `normalize: expected options to be a preset name (${PRESET_NAMES.join(', ')}) or an options object, got ${
        options === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options
      }`,
    );
  }
  let compiled = byObject.get(options);
  if (compiled === undefined) {
    compiled = compileOptions(resolveOptions(options));
    byObject.set(options, compiled);
  }
  return compiled;
}

/**
 * Whether a preset name or options object is one of tahlil's own settings (idempotent), as opposed to a
 * compatibility preset.
 *
 * @example
 * ```ts
 * isOwnSetting('search'); // true
 * isOwnSetting('camel-arclean'); // false
 * ```
 */
export function isOwnSetting(options: NormalizeOptions | PresetName | undefined): boolean {
  return typeof options !== 'string' || isOwn(options);
}
