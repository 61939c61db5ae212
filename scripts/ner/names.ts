/**
 * The `names` lexicon: given names (bit 0) and trigger words (bits 1..), keyed like every lexicon.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lexiconKey } from '../../src/recognize/names/model/fold.js';
import { TRIGGER_CLASSES } from '../../src/recognize/names/model/features.js';
import { hashString } from '../../src/recognize/names/model/hash.js';
import type { Table } from './lexicon.js';

const ARABIC_WORD = /^[\u0621-\u064a\u0671]{2,}$/;

/**
 * Arabic given names from the `arabic-name-to-en` package (ISC), as lexicon keys.
 *
 * @example
 * ```ts
 * givenNames().size > 2000; // true
 * ```
 */
export function givenNames(): Set<string> {
  const require = createRequire(import.meta.url);
  const db = require('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>;
  const out = new Set<string>();
  for (const name of Object.keys(db)) {
    const clean = name.replace(/[\u064b-\u0652]/g, '').trim();
    if (ARABIC_WORD.test(clean)) out.add(lexiconKey(clean));
  }
  return out;
}

/**
 * Trigger words from `data/names-model/triggers.tsv`: key → class bits.
 *
 * @example
 * ```ts
 * triggers('data/names-model/triggers.tsv').get('رييس');
 * ```
 */
export function triggers(path: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const [word, cls] = line.split('\t').map((x) => x.trim());
    const bit = TRIGGER_CLASSES.indexOf(cls as (typeof TRIGGER_CLASSES)[number]);
    if (bit < 0) throw new Error(`unknown trigger class ${cls} for ${word}`);
    const key = lexiconKey(word);
    out.set(key, (out.get(key) ?? 0) | (1 << bit));
  }
  return out;
}

/**
 * The combined `names` table.
 *
 * @example
 * ```ts
 * const table = namesTable(givenNames(), triggers(path));
 * ```
 */
export function namesTable(given: Set<string>, trig: Map<string, number>): Table {
  const bits = new Map<number, number>();
  for (const g of given) bits.set(hashString(g), 1);
  for (const [k, b] of trig) {
    const h = hashString(k);
    bits.set(h, (bits.get(h) ?? 0) | (b << 1));
  }
  const keys = [...bits.keys()].sort((a, b) => a - b);
  return { keys: Uint32Array.from(keys), values: Uint32Array.from(keys.map((k) => bits.get(k)!)) };
}
