/**
 * Constrained Viterbi decoding over BIO or BILOU labels (by the tag count), with max-marginal margins as per-token confidence.
 *
 * @packageDocumentation
 */
import { allowedIn, allowedLast } from './tags.js';
import { float32Array, int32Array } from '../../../util/typed-chunks.js';

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
  /** Whether these are the 17 BILOU labels in the layout {@link forwardBilou} unrolls. */
  bilou: boolean;
}

// The BILOU labels a name may not continue from (O, L-*, U-*) and those that follow them (O, B-*, U-*).
const CLOSED = Int32Array.of(0, 3, 4, 7, 8, 11, 12, 15, 16);
const STARTING = Int32Array.of(0, 1, 4, 5, 8, 9, 12, 13, 16);

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
  const predsOf = (x: number): number[] => Array.from(preds.subarray(predStart[x], predStart[x + 1]));
  const same = (p: number[], q: number[]): boolean => p.length === q.length && p.every((v, i) => v === q[i]);
  let bilou = T === 17 && STARTING.every((x) => same(predsOf(x), Array.from(CLOSED)));
  const succsOf = (x: number): number[] => Array.from(succs.subarray(succStart[x], succStart[x + 1]));
  bilou &&= CLOSED.every((x) => same(succsOf(x), Array.from(STARTING)));
  for (let b = 1; bilou && b < T; b += 4) {
    bilou = same(predsOf(b + 1), [b, b + 1]) && same(predsOf(b + 2), [b, b + 1]);
    bilou &&= same(succsOf(b), [b + 1, b + 2]) && same(succsOf(b + 1), [b + 1, b + 2]);
  }
  c = { preds, predStart, succs, succStart, first, last, bilou };
  constraintsByCount[T] = c;
  return c;
}

// Scratch tables reused across calls (decoding is synchronous), grown to the longest sentence seen: a
// document decodes hundreds of sentences three times over, and fresh arrays each time would mostly feed
// the garbage collector.
let alpha = new Float64Array(0);
let beta = new Float64Array(0);
let back = new Int32Array(0);
// The transition score of each allowed (predecessor, tag) pair, in the order of `preds`, and of each
// allowed (tag, successor) pair, in the order of `succs`: the inner loops then read one array in sequence
// instead of indexing the T × T matrix. Filled on every call, because training changes the matrix between
// calls; a sentence's decoding does n × pairs work, filling them is one × pairs.
let predTrans = new Float64Array(0);
let succTrans = new Float64Array(0);

// Bounds for skipping: slot 0 the lowest transition between `O` and a label in the nine-label block,
// slot m the highest between the block's m-th label and any in it (see {@link bounds}).
const fromOther = new Float64Array(9);
const intoOther = new Float64Array(9);

/**
 * For the BILOU block where nine finished labels meet nine starting ones (`CLOSED` before `STARTING`): in
 * `out[0]` the lowest transition score of the pairs with `O` (slot 0 of each label's list in `trans`), in
 * `out[m]` the highest of the pairs with the m-th label. With `preds` and the starting `labels` it bounds
 * the transitions out of each finished label; with `succs` and the finished ones, those into each starting
 * label.
 */
function bounds(trans: Float64Array, listStart: Int32Array, labels: Int32Array, out: Float64Array): void {
  out.fill(-Infinity);
  out[0] = Infinity;
  for (let k = 0; k < 9; k++) {
    const j = listStart[labels[k]];
    if (trans[j] < out[0]) out[0] = trans[j];
    for (let m = 1; m < 9; m++) if (trans[j + m] > out[m]) out[m] = trans[j + m];
  }
}

function ensureScratch(size: number): void {
  if (alpha.length >= size) return;
  const capacity = Math.max(size, alpha.length * 2, 1024);
  alpha = new Float64Array(capacity);
  beta = new Float64Array(capacity);
  back = new Int32Array(capacity);
}

/**
 * The forward pass of {@link viterbi} for the 17 BILOU labels, unrolled: every label that may follow a
 * finished name takes the best of the same nine predecessors, whose scores are read once per token, and
 * `I-X` and `L-X` each take the better of `B-X` and `I-X`. Predecessors are tried in the generic loop's
 * order with the same strict comparison, so ties resolve exactly as there.
 *
 * Most tokens are outside any name, and there `O`'s score is far ahead of the other finished labels'. When
 * `O` plus its lowest transition into a starting label is at least every other finished label plus its
 * highest (`fromO` and `fromOther`, from {@link outBounds}), `O` is the best predecessor of all nine, and
 * the other 72 sums are skipped: the same tags and scores, since the generic loop also keeps `O` on a tie.
 */
function forwardBilou(
  emissions: ArrayLike<number>,
  n: number,
  offset: number,
  stride: number,
  pt: Float64Array,
  predStart: Int32Array,
  fromO: number,
  fromOther: Float64Array,
): void {
  const a = alpha;
  const bp = back;
  for (let i = 1; i < n; i++) {
    const r = (i - 1) * 17;
    const row = i * 17;
    const e = offset + i * stride;
    const a0 = a[r];
    const a3 = a[r + 3];
    const a4 = a[r + 4];
    const a7 = a[r + 7];
    const a8 = a[r + 8];
    const a11 = a[r + 11];
    const a12 = a[r + 12];
    const a15 = a[r + 15];
    const a16 = a[r + 16];
    const floor = a0 + fromO;
    if (
      a3 + fromOther[1] <= floor &&
      a4 + fromOther[2] <= floor &&
      a7 + fromOther[3] <= floor &&
      a8 + fromOther[4] <= floor &&
      a11 + fromOther[5] <= floor &&
      a12 + fromOther[6] <= floor &&
      a15 + fromOther[7] <= floor &&
      a16 + fromOther[8] <= floor
    ) {
      for (let s = 0; s < 9; s++) {
        const c = STARTING[s];
        a[row + c] = a0 + pt[predStart[c]] + emissions[e + c];
        bp[row + c] = 0;
      }
    } else for (let s = 0; s < 9; s++) {
      const c = STARTING[s];
      const j = predStart[c];
      let best = a0 + pt[j];
      let arg = 0;
      let v = a3 + pt[j + 1];
      if (v > best) (best = v), (arg = 3);
      v = a4 + pt[j + 2];
      if (v > best) (best = v), (arg = 4);
      v = a7 + pt[j + 3];
      if (v > best) (best = v), (arg = 7);
      v = a8 + pt[j + 4];
      if (v > best) (best = v), (arg = 8);
      v = a11 + pt[j + 5];
      if (v > best) (best = v), (arg = 11);
      v = a12 + pt[j + 6];
      if (v > best) (best = v), (arg = 12);
      v = a15 + pt[j + 7];
      if (v > best) (best = v), (arg = 15);
      v = a16 + pt[j + 8];
      if (v > best) (best = v), (arg = 16);
      a[row + c] = best + emissions[e + c];
      bp[row + c] = arg;
    }
    for (let b = 1; b < 17; b += 4) {
      const aB = a[r + b];
      const aI = a[r + b + 1];
      for (let c = b + 1; c <= b + 2; c++) {
        const j = predStart[c];
        let best = aB + pt[j];
        let arg = b;
        const v = aI + pt[j + 1];
        if (v > best) (best = v), (arg = b + 1);
        a[row + c] = best + emissions[e + c];
        bp[row + c] = arg;
      }
    }
  }
}

/**
 * The backward pass of {@link viterbi}'s margins for the 17 BILOU labels, unrolled like
 * {@link forwardBilou}: a finished name (O, L-*, U-*) may be followed by the same nine labels, an open one
 * only by its own `I-X` and `L-X`. Sums are formed in the generic loop's order, so the margins are the same
 * numbers. As in the forward pass, when an `O` next is ahead of every other starting label by more than
 * their transitions can make up (`intoO`, `intoOther`), it is the best successor of all nine finished
 * labels, and only its sums are formed.
 */
function backwardBilou(
  emissions: ArrayLike<number>,
  n: number,
  offset: number,
  stride: number,
  st: Float64Array,
  succStart: Int32Array,
  intoO: number,
  intoOther: Float64Array,
): void {
  const b = beta;
  for (let i = n - 2; i >= 0; i--) {
    const e = offset + (i + 1) * stride;
    const next = (i + 1) * 17;
    const row = i * 17;
    const floor = intoO + emissions[e] + b[next];
    if (
      intoOther[1] + emissions[e + 1] + b[next + 1] <= floor &&
      intoOther[2] + emissions[e + 4] + b[next + 4] <= floor &&
      intoOther[3] + emissions[e + 5] + b[next + 5] <= floor &&
      intoOther[4] + emissions[e + 8] + b[next + 8] <= floor &&
      intoOther[5] + emissions[e + 9] + b[next + 9] <= floor &&
      intoOther[6] + emissions[e + 12] + b[next + 12] <= floor &&
      intoOther[7] + emissions[e + 13] + b[next + 13] <= floor &&
      intoOther[8] + emissions[e + 16] + b[next + 16] <= floor
    ) {
      for (let k = 0; k < 9; k++) {
        const c = CLOSED[k];
        b[row + c] = st[succStart[c]] + emissions[e] + b[next];
      }
    } else for (let k = 0; k < 9; k++) {
      const c = CLOSED[k];
      const j = succStart[c];
      let best = st[j] + emissions[e] + b[next];
      let v = st[j + 1] + emissions[e + 1] + b[next + 1];
      if (v > best) best = v;
      v = st[j + 2] + emissions[e + 4] + b[next + 4];
      if (v > best) best = v;
      v = st[j + 3] + emissions[e + 5] + b[next + 5];
      if (v > best) best = v;
      v = st[j + 4] + emissions[e + 8] + b[next + 8];
      if (v > best) best = v;
      v = st[j + 5] + emissions[e + 9] + b[next + 9];
      if (v > best) best = v;
      v = st[j + 6] + emissions[e + 12] + b[next + 12];
      if (v > best) best = v;
      v = st[j + 7] + emissions[e + 13] + b[next + 13];
      if (v > best) best = v;
      v = st[j + 8] + emissions[e + 16] + b[next + 16];
      if (v > best) best = v;
      b[row + c] = best;
    }
    for (let o = 1; o < 17; o += 4) {
      for (let c = o; c <= o + 1; c++) {
        const j = succStart[c];
        const inside = st[j] + emissions[e + o + 1] + b[next + o + 1];
        const last = st[j + 1] + emissions[e + o + 2] + b[next + o + 2];
        b[row + c] = last > inside ? last : inside;
      }
    }
  }
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
  const tags = int32Array(n);
  if (n === 0) return { tags, margins: withMargins ? new Float32Array(0) : undefined };
  const constraints = constraintsOf(T);
  const { preds, predStart, succs, succStart, first, last: lastOk } = constraints;
  ensureScratch(n * T);
  if (predTrans.length < preds.length) predTrans = new Float64Array(preds.length);
  const pt = predTrans;
  for (let c = 0; c < T; c++) for (let j = predStart[c]; j < predStart[c + 1]; j++) pt[j] = transitions[preds[j] * T + c];
  const a = alpha;
  const bp = back;
  for (let c = 0; c < T; c++) a[c] = first[c] === 1 ? starts[c] + emissions[offset + c] : -Infinity;
  if (constraints.bilou) {
    bounds(pt, predStart, STARTING, fromOther);
    forwardBilou(emissions, n, offset, stride, pt, predStart, fromOther[0], fromOther);
  }
  else for (let i = 1; i < n; i++) {
    const prevRow = (i - 1) * T;
    const row = i * T;
    const e = offset + i * stride;
    for (let c = 0; c < T; c++) {
      const to = predStart[c + 1];
      let j = predStart[c];
      let arg = preds[j];
      let best = a[prevRow + arg] + pt[j];
      for (j++; j < to; j++) {
        const p = preds[j];
        const s = a[prevRow + p] + pt[j];
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
  if (succTrans.length < succs.length) succTrans = new Float64Array(succs.length);
  const st = succTrans;
  for (let c = 0; c < T; c++) for (let j = succStart[c]; j < succStart[c + 1]; j++) st[j] = transitions[c * T + succs[j]];
  for (let c = 0; c < T; c++) b[lastRow + c] = lastOk[c] === 1 ? 0 : -Infinity;
  if (constraints.bilou) {
    bounds(st, succStart, CLOSED, intoOther);
    backwardBilou(emissions, n, offset, stride, st, succStart, intoOther[0], intoOther);
  }
  else for (let i = n - 2; i >= 0; i--) {
    const e = offset + (i + 1) * stride;
    const nextRow = (i + 1) * T;
    for (let c = 0; c < T; c++) {
      let best = -Infinity;
      const to = succStart[c + 1];
      for (let j = succStart[c]; j < to; j++) {
        const x = succs[j];
        const s = st[j] + emissions[e + x] + b[nextRow + x];
        if (s > best) best = s;
      }
      b[i * T + c] = best;
    }
  }
  const margins = float32Array(n);
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
