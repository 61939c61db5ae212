/**
 * Compiles a list of character rules into the per-code-unit action table that the single-pass engine
 * reads. Tables are built on first use only, never at import time.
 *
 * @packageDocumentation
 */

import {
  ALEF_FORMS,
  BIDI_CONTROLS,
  DAGGER_ALEF,
  DIGIT_ZEROS,
  EXOTIC_SPACES,
  HARAKAT,
  INVISIBLE_CONTROLS,
  LINE_BREAKS,
  NUMBER_SIGNS,
  OTHER_MARKS,
  TATWEEL,
  type CodeRange,
} from './charsets.js';
import { PRESENTATION_FORMS } from '../generated/text-charmaps.js';
import type { ResolvedOptions } from './options.js';
import { DELETE, REPLACE, SPACE } from './engine.js';

/**
 * One rule: code units `first`..`last` (inclusive) are kept (`null`), deleted (`''`), replaced by a string,
 * or treated as collapsible white space (`SPACE_RULE`).
 *
 * @example
 * ```ts
 * const tatweel: Rule = [0x0640, 0x0640, ''];
 * ```
 */
export type Rule = readonly [first: number, last: number, output: string | null | typeof SPACE_RULE];

/**
 * Marks a rule whose code units are collapsible white space.
 *
 * @example
 * ```ts
 * const nbsp: Rule = [0x00a0, 0x00a0, SPACE_RULE];
 * ```
 */
export const SPACE_RULE: unique symbol = Symbol('space');

/**
 * A compiled normalizer: what the engine needs and nothing else. Obtain one with `compileNormalizer`;
 * internal to tahlil (the tokenizer holds one for the `search` preset).
 *
 * @example
 * ```ts
 * const c = compileRules('demo', [[0x0640, 0x0640, '']], { closure: true });
 * c.table[0x0640] === DELETE; // true
 * ```
 */
export interface CompiledNormalizer {
  /** Name for error messages and debugging (a preset name or an options key). */
  readonly name: string;
  /** Action per UTF-16 code unit: KEEP, DELETE, SPACE, or REPLACE + index into `strings`. */
  readonly table: Int32Array;
  /** Replacement strings. */
  readonly strings: readonly string[];
  /** Whether SPACE entries exist, so runs of white space must be merged. */
  readonly collapse: boolean;
}

/**
 * Builds the table from rules applied in order (a later rule overrides an earlier one).
 *
 * With `closure`, every replacement string is passed through the table again until nothing changes, so
 * that output characters always map to themselves: that is what makes tahlil's own presets idempotent
 * (ﻷ → لأ → لا under `alef`). Compatibility presets reproduce single-pass functions and skip it.
 * `unlisted` is the action for code units no rule mentions (CAMeL `arclean` deletes them).
 *
 * @example
 * ```ts
 * const c = compileRules('lam-alef', [[0xfefb, 0xfefb, '\u0644\u0627']], { closure: false });
 * c.strings[c.table[0xfefb] - REPLACE]; // 'لا'
 * ```
 */
export function compileRules(
  name: string,
  rules: readonly Rule[],
  { closure, unlisted = null }: { closure: boolean; unlisted?: string | null },
): CompiledNormalizer {
  // Resolve the rules into one output per code unit first: undefined = keep.
  const out: Array<string | null | typeof SPACE_RULE> = new Array(0x10000).fill(unlisted);
  for (const [first, last, output] of rules) {
    for (let c = first; c <= last; c++) out[c] = output;
  }
  if (closure) {
    const apply = (s: string): string => {
      let r = '';
      for (let i = 0; i < s.length; i++) {
        const o = out[s.charCodeAt(i)];
        r += o === null ? s[i] : o === SPACE_RULE ? ' ' : o;
      }
      return r;
    };
    for (let c = 0; c < 0x10000; c++) {
      let o = out[c];
      if (typeof o !== 'string' || o === '') continue;
      // A few rounds suffice: no expansion chain in the rules is longer than two steps.
      for (let round = 0; round < 4; round++) {
        const next = apply(o);
        if (next === o) break;
        o = next;
      }
      out[c] = o === String.fromCharCode(c) ? null : o;
    }
  }
  const collapse = out.includes(SPACE_RULE);
  const table = new Int32Array(0x10000);
  const strings: string[] = [];
  const index = new Map<string, number>();
  for (let c = 0; c < 0x10000; c++) {
    const o = out[c];
    if (o === null || (typeof o === 'string' && o.length === 1 && o.charCodeAt(0) === c)) continue;
    if (o === SPACE_RULE || (collapse && o === ' ')) table[c] = SPACE;
    else if (o === '') table[c] = DELETE;
    else {
      let k = index.get(o);
      if (k === undefined) {
        k = strings.length;
        strings.push(o);
        index.set(o, k);
      }
      table[c] = REPLACE + k;
    }
  }
  return { name, table, strings, collapse };
}

function ranges(list: readonly CodeRange[], output: Rule[2]): Rule[] {
  return list.map(([a, b]) => [a, b, output] as const);
}

function digitRules(): Rule[] {
  const rules: Rule[] = [];
  for (const zero of DIGIT_ZEROS) {
    for (let d = 0; d < 10; d++) rules.push([zero + d, zero + d, String(d)]);
  }
  for (const [cp, ascii] of Object.entries(NUMBER_SIGNS)) rules.push([Number(cp), Number(cp), ascii]);
  return rules;
}

/**
 * The rules that implement a set of tahlil options, in a fixed order.
 *
 * @example
 * ```ts
 * optionRules({ ...ownPresetOptions('none'), tatweel: true }); // [[0x0640, 0x0640, '']]
 * ```
 */
export function optionRules(o: ResolvedOptions): Rule[] {
  const rules: Rule[] = [];
  if (o.presentationForms) for (const [cp, s] of PRESENTATION_FORMS) rules.push([cp, cp, s]);
  if (o.diacritics) rules.push(...ranges(HARAKAT, ''));
  if (o.diacritics === 'standard' || o.diacritics === 'all') rules.push(...ranges(DAGGER_ALEF, ''));
  if (o.diacritics === 'all') rules.push(...ranges(OTHER_MARKS, ''));
  if (o.tatweel) rules.push([TATWEEL, TATWEEL, '']);
  if (o.alef) for (const cp of ALEF_FORMS) rules.push([cp, cp, '\u0627']);
  if (o.alefMaqsura) rules.push([0x0649, 0x0649, '\u064a']);
  if (o.tehMarbuta) rules.push([0x0629, 0x0629, '\u0647']);
  if (o.hamza === 'bare') rules.push([0x0624, 0x0624, '\u0621'], [0x0626, 0x0626, '\u0621']);
  if (o.hamza === 'carrier') rules.push([0x0624, 0x0624, '\u0648'], [0x0626, 0x0626, '\u064a']);
  if (o.persianLetters) rules.push([0x06a9, 0x06a9, '\u0643'], [0x06cc, 0x06cc, '\u064a']);
  if (o.digits) rules.push(...digitRules());
  if (o.controls) rules.push(...ranges(INVISIBLE_CONTROLS, ''));
  if (o.controls === 'all') rules.push(...ranges(BIDI_CONTROLS, ''));
  if (o.whitespace === 'normalize') rules.push(...ranges(EXOTIC_SPACES, ' '));
  if (o.whitespace === 'collapse' || o.whitespace === 'collapse-all') {
    rules.push([0x20, 0x20, SPACE_RULE], ...ranges(EXOTIC_SPACES, SPACE_RULE));
  }
  if (o.whitespace === 'collapse-all') rules.push(...ranges(LINE_BREAKS, SPACE_RULE));
  return rules;
}
