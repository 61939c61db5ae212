/**
 * The `dict` lexicon of the Dictionary feature group: the words of `data/names-model/ayaspell.tsv` (built
 * from the Ayaspell hunspell dictionary by scripts/ner/build-dictionary.ts) as lexicon keys with their
 * class bits, plus the light stems of its common words.
 */
import { readFileSync } from 'node:fs';
import { DICT_BITS } from '../../src/recognize/names/model/features.js';
import { lexiconKey, stemKey } from '../../src/recognize/names/model/fold.js';
import { hashString } from '../../src/recognize/names/model/hash.js';
import type { Table } from './lexicon.js';

/**
 * Reads a `word<TAB>classes` dictionary list into a `dict` table keyed by `hashString(lexiconKey(word))`
 * (class bits) and `hashString(stemKey(lexiconKey(word)))` of common words (the stem bit).
 *
 * @example
 * ```ts
 * const dict = dictionaryTable('data/names-model/ayaspell.tsv');
 * ```
 */
export function dictionaryTable(path: string): Table {
  const bits = new Map<number, number>();
  const or = (key: number, b: number): void => {
    bits.set(key, (bits.get(key) ?? 0) | b);
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, classes] = line.split('\t');
    const key = lexiconKey(word);
    for (const c of classes.split(',')) {
      const b = DICT_BITS[c as keyof typeof DICT_BITS];
      if (b === undefined) throw new Error(`unknown dictionary class ${c} for ${word}`);
      or(hashString(key), b);
    }
    if (classes.includes('common')) or(hashString(stemKey(key)), DICT_BITS.stem);
  }
  const keys = [...bits.keys()].sort((a, b) => a - b);
  return { keys: Uint32Array.from(keys), values: Uint32Array.from(keys.map((k) => bits.get(k)!)) };
}
