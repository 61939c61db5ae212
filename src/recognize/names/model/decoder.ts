/**
 * Constrained Viterbi decoding over BIO or BILOU labels (by the tag count), with max-marginal margins as per-token confidence.
 *
 * @packageDocumentation
 */
import { allowedIn, allowedLast } from './tags.js';

/**
 * The decoded tag indices and, when asked for, each token's margin: how much the best path's score drops
 * if the token is forced to its best other tag (0 when nothing else is possible).
 *
 * @example
 * ```ts
 * const d: Decoded = { tags: Int32Array.of(1, 2), margins: Float32Array.of(4.1, 2.3) };
 * ```
 */
export interface Decoded {
  tags: Int32Array;
  margins?: Float32Array;
}

/** For each tag, the tags allowed before it (`after` false) or after it (BIO or BILOU), cached per tag-set size. */
const neighbours = new Map<string, Int32Array[]>();

function neighboursOf(tagCount: number, after: boolean): Int32Array[] {
  const key = `${tagCount}${after ? '>' : '<'}`;
  let p = neighbours.get(key);
  if (p === undefined) {
    p = [];
    for (let c = 0; c < tagCount; c++) {
      const list: number[] = [];
      for (let q = 0; q < tagCount; q++) if (after ? allowedIn(tagCount, c, q) : allowedIn(tagCount, q, c)) list.push(q);
      p.push(Int32Array.from(list));
    }
    neighbours.set(key, p);
  }
  return p;
}

/**
 * Finds the highest-scoring tag sequence that respects the BIO or BILOU constraints (BILOU: no name left
 * open at the sentence end).
 *
 * @param emissions scores of token `i` and tag `t` at `emissions[offset + i * stride + t]` (by default
 *   `n × tagCount`, row-major).
 * @param transitions `tagCount × tagCount` scores of `prev → cur`, row-major.
 * @param starts score of each tag at the first position.
 * @example
 * ```ts
 * const { tags } = viterbi(emissions, transitions, starts, words.length, TAG_COUNT, false);
 * ```
 */
export function viterbi(
  emissions: ArrayLike<number>,
  transitions: ArrayLike<number>,
  starts: ArrayLike<number>,
  n: number,
  tagCount: number,
  withMargins: boolean,
  offset = 0,
  stride = tagCount,
): Decoded {
  const T = tagCount;
  const tags = new Int32Array(n);
  if (n === 0) return { tags, margins: withMargins ? new Float32Array(0) : undefined };
  const preds = neighboursOf(T, false);
  const alpha = new Float64Array(n * T);
  const back = new Int32Array(n * T);
  for (let c = 0; c < T; c++) alpha[c] = allowedIn(T, -1, c) ? starts[c] + emissions[offset + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * T;
    const e = offset + i * stride;
    for (let c = 0; c < T; c++) {
      const list = preds[c];
      let arg = list[0];
      let best = alpha[prevRow + arg] + transitions[arg * T + c];
      for (let j = 1; j < list.length; j++) {
        const p = list[j];
        const s = alpha[prevRow + p] + transitions[p * T + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      alpha[i * T + c] = best + emissions[e + c];
      back[i * T + c] = arg;
    }
  }
  let last = 0;
  for (let c = 1; c < T; c++) if (allowedLast(T, c) && alpha[(n - 1) * T + c] > alpha[(n - 1) * T + last]) last = c;
  tags[n - 1] = last;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + tags[i]];
  if (!withMargins) return { tags };

  // beta[i][c]: best score of positions i+1.. given tag c at i (emission of i excluded).
  const beta = new Float64Array(n * T);
  const succ = neighboursOf(T, true);
  for (let c = 0; c < T; c++) if (!allowedLast(T, c)) beta[(n - 1) * T + c] = -Infinity;
  for (let i = n - 2; i >= 0; i--) {
    const e = offset + (i + 1) * stride;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      const list = succ[c];
      for (let j = 0; j < list.length; j++) {
        const x = list[j];
        const s = transitions[c * T + x] + emissions[e + x] + beta[(i + 1) * T + x];
        if (s > best) best = s;
      }
      beta[i * T + c] = best;
    }
  }
  const margins = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const chosen = tags[i];
    const top = alpha[i * T + chosen] + beta[i * T + chosen];
    let second = -Infinity;
    for (let c = 0; c < T; c++) {
      if (c === chosen) continue;
      const s = alpha[i * T + c] + beta[i * T + c];
      if (s > second) second = s;
    }
    margins[i] = second === -Infinity ? 0 : top - second;
  }
  return { tags, margins };
}
