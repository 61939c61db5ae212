/**
 * The span lexicon: multi-word entity mentions (2..MAX_SPAN words) with the types they were annotated as,
 * from WikiFANE (bits 0-3) and the training data (bits 4-7, jackknifed like the word lexicon).
 */
import { lexiconKey } from '../../src/recognize/names/model/fold.js';
import { MAX_SPAN, spanKey } from '../../src/recognize/names/model/features.js';
import { hashString } from '../../src/recognize/names/model/hash.js';
import { chunks, ENTITY_TYPES } from '../../src/recognize/names/model/tags.js';
import type { Sentence } from './corpus.js';
import type { Table } from './lexicon.js';

/**
 * Span key → mention count per type.
 *
 * @example
 * ```ts
 * const c: SpanCounts = countSpans(wiki);
 * ```
 */
export type SpanCounts = Map<number, Int32Array>;

/**
 * Counts multi-word entity mentions by span key and type.
 *
 * @example
 * ```ts
 * const wiki = countSpans(wikiSentences);
 * ```
 */
export function countSpans(sentences: readonly Sentence[]): SpanCounts {
  const out: SpanCounts = new Map();
  for (const s of sentences) {
    for (const c of chunks(s.tags)) {
      const len = c.end - c.start;
      if (len < 2 || len > MAX_SPAN) continue;
      let key = 0;
      for (let i = c.start; i < c.end; i++) key = spanKey(key, hashString(lexiconKey(s.words[i])));
      let e = out.get(key);
      if (e === undefined) {
        e = new Int32Array(4);
        out.set(key, e);
      }
      e[ENTITY_TYPES.indexOf(c.type as (typeof ENTITY_TYPES)[number])]++;
    }
  }
  return out;
}

function typeBits(c: Int32Array, minus?: Int32Array): number {
  let total = 0;
  for (let t = 0; t < 4; t++) total += c[t] - (minus ? minus[t] : 0);
  let bits = 0;
  for (let t = 0; t < 4; t++) if (total > 0 && (c[t] - (minus ? minus[t] : 0)) / total >= 0.3) bits |= 1 << t;
  return bits;
}

/**
 * The span table from WikiFANE counts and training counts (minus a held-out fold's counts).
 *
 * @example
 * ```ts
 * const table = spanTable(countSpans(wiki), countSpans(train));
 * ```
 */
export function spanTable(wiki: SpanCounts, train: SpanCounts, minus?: SpanCounts): Table {
  const bits = new Map<number, number>();
  for (const [k, c] of wiki) {
    const b = typeBits(c);
    if (b) bits.set(k, b);
  }
  for (const [k, c] of train) {
    const b = typeBits(c, minus?.get(k)) << 4;
    if (b) bits.set(k, (bits.get(k) ?? 0) | b);
  }
  const keys = [...bits.keys()].sort((a, b) => a - b);
  return { keys: Uint32Array.from(keys), values: Uint32Array.from(keys, (k) => bits.get(k)!) };
}
