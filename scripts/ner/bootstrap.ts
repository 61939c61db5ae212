/**
 * How much a dev score would move on another sample of sentences like these: the sentence bootstrap
 * (Efron & Tibshirani 1993; for NER, Koehn 2004's paired form). Sentences are drawn with replacement, the
 * micro F1 of each draw is computed from the per-sentence chunk counts, and the middle 95 % of the draws
 * is the interval. The tags are those of the running text: the in-document stage saw every sentence
 * once, and only the scoring is resampled.
 */
import { prng } from './corpus.js';
import { matchChunks } from './scorer.js';

// Per sentence: gold chunks, predicted chunks, correct chunks.
function sentenceCounts(gold: readonly string[][], predicted: readonly string[][]): Int32Array {
  const out = new Int32Array(3 * gold.length);
  for (let s = 0; s < gold.length; s++) {
    const m = matchChunks(gold[s], predicted[s] ?? []);
    out[3 * s] = m.gold.length;
    out[3 * s + 1] = m.predicted.length;
    out[3 * s + 2] = m.correct.filter(Boolean).length;
  }
  return out;
}

function f1(g: number, p: number, c: number): number {
  return g + p === 0 ? 0 : (200 * c) / (g + p);
}

/**
 * A bootstrap interval of the micro F1, and for a paired comparison the share of draws in which the other
 * tagging does better.
 *
 * @example
 * ```ts
 * bootstrapF1(gold, predicted, { draws: 1000, seed: 1 }); // { f1: 74.67, low: 72.3, high: 76.9, … }
 * ```
 */
export interface BootstrapResult {
  /** Micro F1 of the whole sample. */
  f1: number;
  /** 2.5th and 97.5th percentiles of the draws' F1. */
  low: number;
  high: number;
  draws: number;
  /** With `other`: its F1 on the whole sample, and the share of draws in which it scores higher (ties count half). */
  other?: { f1: number; better: number; meanDifference: number };
}

/**
 * Draws `draws` bootstrap samples of the sentences (deterministic for a seed) and scores `predicted`, and
 * `other` on the same draws when given.
 *
 * @example
 * ```ts
 * const r = bootstrapF1(gold, shipped, { draws: 1000, seed: 1, other: candidate });
 * r.other?.better; // 0.71: the candidate wins 71 % of the draws
 * ```
 */
export function bootstrapF1(
  gold: readonly string[][],
  predicted: readonly string[][],
  options: { draws?: number; seed?: number; other?: readonly string[][] } = {},
): BootstrapResult {
  const draws = options.draws ?? 1000;
  if (!(Number.isInteger(draws) && draws >= 1)) throw new Error('bootstrapF1: draws must be a positive integer');
  const n = gold.length;
  const a = sentenceCounts(gold, predicted);
  const b = options.other === undefined ? undefined : sentenceCounts(gold, options.other);
  const total = (x: Int32Array): [number, number, number] => {
    let g = 0;
    let p = 0;
    let c = 0;
    for (let s = 0; s < n; s++) {
      g += x[3 * s];
      p += x[3 * s + 1];
      c += x[3 * s + 2];
    }
    return [g, p, c];
  };
  const rand = prng(options.seed ?? 1);
  const scores = new Float64Array(draws);
  let better = 0;
  let difference = 0;
  for (let d = 0; d < draws; d++) {
    let g = 0;
    let pa = 0;
    let ca = 0;
    let pb = 0;
    let cb = 0;
    for (let k = 0; k < n; k++) {
      const s = Math.floor(rand() * n);
      g += a[3 * s];
      pa += a[3 * s + 1];
      ca += a[3 * s + 2];
      if (b !== undefined) {
        pb += b[3 * s + 1];
        cb += b[3 * s + 2];
      }
    }
    scores[d] = f1(g, pa, ca);
    if (b !== undefined) {
      const diff = f1(g, pb, cb) - scores[d];
      difference += diff;
      better += diff > 0 ? 1 : diff === 0 ? 0.5 : 0;
    }
  }
  scores.sort();
  const at = (q: number): number => scores[Math.min(draws - 1, Math.max(0, Math.round(q * (draws - 1))))];
  const [g, p, c] = total(a);
  const result: BootstrapResult = { f1: f1(g, p, c), low: at(0.025), high: at(0.975), draws };
  if (b !== undefined) {
    const [, pb, cb] = total(b);
    result.other = { f1: f1(g, pb, cb), better: better / draws, meanDifference: difference / draws };
  }
  return result;
}
