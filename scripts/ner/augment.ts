/**
 * Mention replacement (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named Entity
 * Recognition"): copies of a training sentence in which entity mentions are swapped for other mentions of the
 * same type, so that the tagger must read the context and the shape of a name more than its identity.
 */
import { chunks } from '../../src/recognize/names/model/tags.js';
import type { Sentence } from './corpus.js';

/**
 * One entity mention: its type, its words, and the index of the sentence it comes from.
 *
 * @example
 * ```ts
 * const m: Mention = { type: 'PER', words: ['فلاديمير', 'بوتين'], source: 12 };
 * ```
 */
export interface Mention {
  type: string;
  words: readonly string[];
  source: number;
}

/**
 * An augmented copy: the new sentence, the sentence it copies, and every sentence it took words from (the
 * source first), so that a held-out model can leave out copies that carry its held-out sentences' words.
 *
 * @example
 * ```ts
 * const c: AugmentedCopy = { sentence: { words: ['زار', 'ماكرون'], tags: ['O', 'B-PER'] }, source: 3, uses: [3, 17] };
 * ```
 */
export interface AugmentedCopy {
  sentence: Sentence;
  source: number;
  uses: number[];
}

/**
 * Mentions by group and type: `groupOf(i)` puts sentence `i`'s mentions in a group (for example its lexicon
 * fold; `undefined` leaves them out), and only the `types` listed are kept. A mention's `source` is
 * `sourceOf(i)`: another corpus's sentences can be numbered apart (negative) from the sentences copied.
 *
 * @example
 * ```ts
 * const byFold = mentionPools(train, (i) => foldOf[i], ['PER', 'ORG', 'LOC', 'MISC']);
 * byFold.get(3)?.get('PER'); // the person mentions of fold 3
 * ```
 */
export function mentionPools(
  sentences: readonly Sentence[],
  groupOf: (i: number) => number | undefined,
  types: readonly string[],
  sourceOf: (i: number) => number = (i) => i,
): Map<number, Map<string, Mention[]>> {
  const out = new Map<number, Map<string, Mention[]>>();
  sentences.forEach((s, i) => {
    const g = groupOf(i);
    if (g === undefined) return;
    for (const c of chunks(s.tags)) {
      if (!types.includes(c.type)) continue;
      let byType = out.get(g);
      if (byType === undefined) out.set(g, (byType = new Map()));
      let list = byType.get(c.type);
      if (list === undefined) byType.set(c.type, (list = []));
      list.push({ type: c.type, words: s.words.slice(c.start, c.end), source: sourceOf(i) });
    }
  });
  return out;
}

/**
 * How copies are made: `copies` per sentence, each mention replaced with probability `p` by a mention drawn
 * uniformly from `candidates(type)` (none or an empty list: the mention stays), with the PRNG `rand`.
 *
 * @example
 * ```ts
 * const options: AugmentOptions = { copies: 1, p: 1, rand: prng(2), candidates: (type) => pool.get(type) };
 * ```
 */
export interface AugmentOptions {
  copies: number;
  p: number;
  rand: () => number;
  candidates: (type: string) => readonly Mention[] | undefined;
}

// A mention drawn from the sentence itself would mostly give back the sentence: redraw a few times, then keep.
const REDRAWS = 8;

/**
 * The augmented copies of sentence `source`. A sentence without mentions gets none, and a copy in which no
 * mention was replaced is dropped (it would only repeat the sentence). Replaced names are tagged `B-X` then
 * `I-X` over their new length; the other words keep their tags.
 *
 * @example
 * ```ts
 * augmentSentence({ words: ['زار', 'بوتين'], tags: ['O', 'B-PER'] }, 0, options);
 * // [{ sentence: { words: ['زار', 'إيمانويل', 'ماكرون'], tags: ['O', 'B-PER', 'I-PER'] }, source: 0, uses: [0, 41] }]
 * ```
 */
export function augmentSentence(s: Sentence, source: number, options: AugmentOptions): AugmentedCopy[] {
  const found = chunks(s.tags);
  if (found.length === 0) return [];
  const out: AugmentedCopy[] = [];
  for (let k = 0; k < options.copies; k++) {
    const words: string[] = [];
    const tags: string[] = [];
    const uses = [source];
    let at = 0;
    for (const c of found) {
      for (; at < c.start; at++) {
        words.push(s.words[at]);
        tags.push(s.tags[at]);
      }
      at = c.end;
      const pool = options.candidates(c.type);
      let m: Mention | undefined;
      if (pool !== undefined && pool.length > 0 && options.rand() < options.p) {
        for (let tries = 0; tries < REDRAWS && (m === undefined || m.source === source); tries++) m = pool[Math.floor(options.rand() * pool.length)];
        if (m?.source === source) m = undefined;
      }
      if (m === undefined) {
        for (let i = c.start; i < c.end; i++) {
          words.push(s.words[i]);
          tags.push(s.tags[i]);
        }
        continue;
      }
      m.words.forEach((w, i) => {
        words.push(w);
        tags.push(`${i === 0 ? 'B' : 'I'}-${c.type}`);
      });
      if (!uses.includes(m.source)) uses.push(m.source);
    }
    for (; at < s.words.length; at++) {
      words.push(s.words[at]);
      tags.push(s.tags[at]);
    }
    if (!sameSentence(s, words, tags)) out.push({ sentence: { words, tags }, source, uses });
  }
  return out;
}

function sameSentence(s: Sentence, words: readonly string[], tags: readonly string[]): boolean {
  return words.length === s.words.length && words.every((w, i) => w === s.words[i] && tags[i] === s.tags[i]);
}
