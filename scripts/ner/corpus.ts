/**
 * Reading BIO corpora (`TOKEN<TAB>TAG`, blank line between sentences) and the fixed train/dev split.
 */
import { readFileSync } from 'node:fs';

/**
 * One annotated sentence.
 *
 * @example
 * ```ts
 * const s: Sentence = { words: ['زار', 'بوتين'], tags: ['O', 'B-PER'] };
 * ```
 */
export interface Sentence {
  words: string[];
  tags: string[];
}

/**
 * Reads a BIO file; columns after the second are ignored, lines without a tag get `O`.
 *
 * @example
 * ```ts
 * const sentences = readBio('../shared/corpora/anercorp/train.bio');
 * ```
 */
export function readBio(path: string): Sentence[] {
  const out: Sentence[] = [];
  let cur: Sentence = { words: [], tags: [] };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cols = line.split('\t');
    if (line.trim() === '' || cols[0] === '') {
      if (cur.words.length > 0) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    cur.words.push(cols[0]);
    cur.tags.push(cols[1] ?? 'O');
  }
  if (cur.words.length > 0) out.push(cur);
  return out;
}

/**
 * The project's split of ANERcorp train.bio: dev is the last 10 % of sentences, train the rest.
 *
 * @example
 * ```ts
 * const { train, dev } = splitDev(readBio(path));
 * ```
 */
export function splitDev(sentences: Sentence[]): { train: Sentence[]; dev: Sentence[] } {
  const cut = Math.floor(sentences.length * 0.9);
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

/**
 * A deterministic PRNG (mulberry32) for shuffling and random projections.
 *
 * @example
 * ```ts
 * const rand = prng(42); rand(); // in [0, 1)
 * ```
 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
