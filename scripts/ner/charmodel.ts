/**
 * The `ngrams` lexicon of the NameLikeness feature group: a letter trigram model of name words against
 * common words, stored as one log-odds per trigram.
 */
import { readFileSync } from 'node:fs';
import { NGRAM_BIAS, trigramKey } from '../../src/recognize/names/model/features.js';
import { lexiconKey } from '../../src/recognize/names/model/fold.js';
import { ENTITY_TYPES } from '../../src/recognize/names/model/tags.js';
import type { Sentence } from './corpus.js';
import type { Table } from './lexicon.js';

const ARABIC_KEY = /^[\u0621-\u064a\u067e\u0686\u0698\u06a4\u06af]{2,}$/;

function trigramCounts(words: ReadonlySet<string>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const w of words) {
    let a = 0x5e;
    let b = w.charCodeAt(0);
    for (let i = 1; i <= w.length; i++) {
      const c = i < w.length ? w.charCodeAt(i) : 0x24;
      const k = trigramKey(a, b, c);
      counts.set(k, (counts.get(k) ?? 0) + 1);
      a = b;
      b = c;
    }
  }
  return counts;
}

/**
 * Lexicon keys of name words and of common words of a labelled corpus: a key that is mostly part of a
 * name, and a key that never is.
 *
 * @example
 * ```ts
 * const { names, common } = corpusWords(wikifane);
 * ```
 */
export function corpusWords(corpus: readonly Sentence[]): { names: Set<string>; common: Set<string> } {
  const inName = new Map<string, number[]>();
  for (const s of corpus) {
    s.words.forEach((w, i) => {
      const key = lexiconKey(w);
      if (!ARABIC_KEY.test(key)) return;
      const c = inName.get(key) ?? [0, 0];
      c[ENTITY_TYPES.includes(s.tags[i].slice(2) as (typeof ENTITY_TYPES)[number]) ? 1 : 0]++;
      inName.set(key, c);
    });
  }
  const names = new Set<string>();
  const common = new Set<string>();
  for (const [key, [o, n]] of inName) {
    if (n > o) names.add(key);
    else if (n === 0) common.add(key);
  }
  return { names, common };
}

/**
 * Lexicon keys of a dictionary list (see scripts/ner/build-dictionary.ts): its `proper` words as names,
 * its other `common` words as common words.
 *
 * @example
 * ```ts
 * const { names, common } = dictionaryWords('data/names-model/ayaspell.tsv');
 * ```
 */
export function dictionaryWords(path: string): { names: Set<string>; common: Set<string> } {
  const names = new Set<string>();
  const common = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, classes] = line.split('\t');
    const key = lexiconKey(word);
    if (!ARABIC_KEY.test(key)) continue;
    if (classes.includes('proper')) names.add(key);
    else if (classes.includes('common')) common.add(key);
  }
  return { names, common };
}

/**
 * The union of word sets.
 *
 * @example
 * ```ts
 * const both = unionWords(corpusWords(wiki), dictionaryWords(path));
 * ```
 */
export function unionWords(...sets: { names: Set<string>; common: Set<string> }[]): { names: Set<string>; common: Set<string> } {
  return { names: new Set(sets.flatMap((s) => [...s.names])), common: new Set(sets.flatMap((s) => [...s.common])) };
}

/**
 * The trigram table: for each trigram seen at least `minCount` times in either word set, the add-one
 * smoothed log-odds of the name model against the common-word model in quarter nats, + `NGRAM_BIAS`.
 *
 * @example
 * ```ts
 * const ngrams = trigramTable(names, common);
 * ```
 */
export function trigramTable(names: ReadonlySet<string>, common: ReadonlySet<string>, minCount = 2): Table {
  const n = trigramCounts(names);
  const c = trigramCounts(common);
  const all = new Set([...n.keys(), ...c.keys()]);
  let totalN = 0;
  let totalC = 0;
  for (const v of n.values()) totalN += v;
  for (const v of c.values()) totalC += v;
  const keys: number[] = [];
  const values: number[] = [];
  for (const k of [...all].sort((a, b) => a - b)) {
    const cn = n.get(k) ?? 0;
    const cc = c.get(k) ?? 0;
    if (cn + cc < minCount) continue;
    const lr = Math.log((cn + 1) / (totalN + all.size)) - Math.log((cc + 1) / (totalC + all.size));
    const q = Math.max(-NGRAM_BIAS, Math.min(NGRAM_BIAS - 1, Math.round(lr * 4)));
    keys.push(k);
    values.push(q + NGRAM_BIAS);
  }
  return { keys: Uint32Array.from(keys), values: Uint32Array.from(values) };
}
