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

/** The decoding constraints of one tag set, flattened for the inner loops. */
interface Constraints {
  /** Tags allowed before tag `c`: `preds[predStart[c] .. predStart[c + 1])`. */
  preds: Int32Array;
  predStart: Int32Array;
  /** Tags allowed after tag `c`: `succs[succStart[c] .. succStart[c + 1])`. */
  succs: Int32Array;
  succStart: Int32Array;
  /** 1 where a tag may begin a sentence, and where it may end one. */
  first: Uint8Array;
  last: Uint8Array;
}

const constraintsByCount: (Constraints | undefined)[] = [];

function constraintsOf(T: number): Constraints {
  let c = constraintsByCount[T];
  if (c !== undefined) return c;
  const flatten = (after: boolean): [Int32Array, Int32Array] => {
    const list: number[] = [];
    const start = new Int32Array(T + 1);
    for (let x = 0; x < T; x++) {
      start[x] = list.length;
      for (let q = 0; q < T; q++) if (after ? allowedIn(T, x, q) : allowedIn(T, q, x)) list.push(q);
    }
    start[T] = list.length;
    return [Int32Array.from(list), start];
  };
  const [preds, predStart] = flatten(false);
  const [succs, succStart] = flatten(true);
  const first = new Uint8Array(T);
  const last = new Uint8Array(T);
  for (let x = 0; x < T; x++) {
    first[x] = allowedIn(T, -1, x) ? 1 : 0;
    last[x] = allowedLast(T, x) ? 1 : 0;
  }
  c = { preds, predStart, succs, succStart, first, last };
  constraintsByCount[T] = c;
  return c;
}

// Scratch tables reused across calls (decoding is synchronous), grown to the longest sentence seen: a
// document decodes hundreds of sentences three times over, and fresh arrays each time would mostly feed
// the garbage collector.
let alpha = new Float64Array(0);
let beta = new Float64Array(0);
let back = new Int32Array(0);

function ensureScratch(size: number): void {
  if (alpha.length >= size) return;
  const capacity = Math.max(size, alpha.length * 2, 1024);
  alpha = new Float64Array(capacity);
  beta = new Float64Array(capacity);
  back = new Int32Array(capacity);
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
  const { preds, predStart, succs, succStart, first, last: lastOk } = constraintsOf(T);
  ensureScratch(n * T);
  const a = alpha;
  const bp = back;
  for (let c = 0; c < T; c++) a[c] = first[c] === 1 ? starts[c] + emissions[offset + c] : -Infinity;
  for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * T;
    const row = i * T;
    const e = offset + i * stride;
    for (let c = 0; c < T; c++) {
      const to = predStart[c + 1];
      let j = predStart[c];
      let arg = preds[j];
      let best = a[prevRow + arg] + transitions[arg * T + c];
      for (j++; j < to; j++) {
        const p = preds[j];
        const s = a[prevRow + p] + transitions[p * T + c];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      a[row + c] = best + emissions[e + c];
      bp[row + c] = arg;
    }
  }
  const lastRow = (n - 1) * T;
  let end = -1;
  for (let c = 0; c < T; c++) if (lastOk[c] === 1 && (end < 0 || a[lastRow + c] > a[lastRow + end])) end = c;
  tags[n - 1] = end;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = bp[i * T + tags[i]];
  if (!withMargins) return { tags };

  // b[i][c]: best score of positions i+1.. given tag c at i (emission of i excluded).
  const b = beta;
  for (let c = 0; c < T; c++) b[lastRow + c] = lastOk[c] === 1 ? 0 : -Infinity;
  for (let i = n - 2; i >= 0; i--) {
    const e = offset + (i + 1) * stride;
    const nextRow = (i + 1) * T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      const to = succStart[c + 1];
      for (let j = succStart[c]; j < to; j++) {
        const x = succs[j];
        const s = transitions[c * T + x] + emissions[e + x] + b[nextRow + x];
        if (s > best) best = s;
      }
      b[i * T + c] = best;
    }
  }
  const margins = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const chosen = tags[i];
    const row = i * T;
    const top = a[row + chosen] + b[row + chosen];
    let second = -Infinity;
    for (let c = 0; c < T; c++) {
      if (c === chosen) continue;
      const s = a[row + c] + b[row + c];
      if (s > second) second = s;
    }
    margins[i] = second === -Infinity ? 0 : top - second;
  }
  return { tags, margins };
}
