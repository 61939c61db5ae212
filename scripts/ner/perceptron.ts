/**
 * Averaged structured perceptron over BIO tags with constrained Viterbi (Collins 2002), with the lazy
 * averaging trick: alongside each weight w we keep u = Σ c·Δw, and the average is w − u / c. Optionally
 * the update size is the passive-aggressive PA-I step (Crammer et al. 2006) instead of 1.
 */
import type { SentenceFeatures } from '../../src/recognize/names/model/features.js';
import { viterbi } from '../../src/recognize/names/model/decoder.js';
import { prng } from './corpus.js';

/**
 * A training sentence: its features and gold tag indices.
 *
 * @example
 * ```ts
 * const ex: Example = { features: extractFeatures(words, lex, groups), gold: Int32Array.from(tags, tagIndex) };
 * ```
 */
export interface Example {
  features: SentenceFeatures;
  gold: Int32Array;
}

/**
 * Learned parameters: one weight row per distinct feature key.
 *
 * @example
 * ```ts
 * const stage: RawStage = { role: 'sentence', ...trainPerceptron(examples, 9, 12, 1) };
 * ```
 */
export interface Trained {
  featureKeys: Uint32Array;
  featureWeights: Float32Array;
  transitions: Float32Array;
  starts: Float32Array;
}

/**
 * Interns the examples' feature keys to dense row numbers (in order of first appearance), so training
 * touches only typed arrays. `featureKeys[row]` is the key of a row.
 *
 * @example
 * ```ts
 * const { rows, featureKeys } = internRows(examples); // rows[e][j]: the row of examples[e].features.features[j]
 * ```
 */
export function internRows(examples: readonly Example[]): { rows: Int32Array[]; featureKeys: Uint32Array } {
  const rowOf = new Map<number, number>();
  const rows = examples.map((ex) => {
    const f = ex.features.features;
    const r = new Int32Array(f.length);
    for (let j = 0; j < f.length; j++) {
      let id = rowOf.get(f[j]);
      if (id === undefined) {
        id = rowOf.size;
        rowOf.set(f[j], id);
      }
      r[j] = id;
    }
    return r;
  });
  const featureKeys = new Uint32Array(rowOf.size);
  for (const [key, id] of rowOf) featureKeys[id] = key;
  return { rows, featureKeys };
}

/**
 * Shuffles `order` in place (Fisher-Yates) with the seeded generator `rand`: the visiting order of an epoch.
 *
 * @example
 * ```ts
 * shuffle(order, prng(seed));
 * ```
 */
export function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/**
 * The PA-I step for one sentence: the loss of the (cost-augmented) prediction over the squared norm of the
 * feature difference between gold and prediction, capped at `cap`. `emissions` already hold the costs.
 */
function paStep(
  emissions: Float64Array,
  tw: Float64Array,
  sw: Float64Array,
  gold: Int32Array,
  pred: Int32Array,
  rows: Int32Array,
  from: Int32Array,
  offsets: Int32Array,
  T: number,
  cap: number,
): number {
  const n = gold.length;
  let loss = 0;
  // Keys: feature rows × labels (≥ 0), start labels and transitions (< 0), so one map holds the difference.
  const delta = new Map<number, number>();
  const bump = (k: number, v: number): void => {
    delta.set(k, (delta.get(k) ?? 0) + v);
  };
  for (let i = 0; i < n; i++) {
    const g = gold[i];
    const p = pred[i];
    loss += emissions[i * T + p] - emissions[i * T + g];
    if (g !== p) {
      for (let f = from[i]; f < offsets[i + 1]; f++) {
        bump(rows[f] * T + g, 1);
        bump(rows[f] * T + p, -1);
      }
    }
    if (i === 0) {
      loss += sw[p] - sw[g];
      bump(-1 - g, 1);
      bump(-1 - p, -1);
    } else {
      const gi = gold[i - 1] * T + g;
      const pi = pred[i - 1] * T + p;
      loss += tw[pi] - tw[gi];
      bump(-1 - T - gi, 1);
      bump(-1 - T - pi, -1);
    }
  }
  let norm = 0;
  for (const v of delta.values()) norm += v * v;
  return norm === 0 ? 0 : Math.min(cap, Math.max(0, loss) / norm);
}

/**
 * Trains for a fixed number of epochs, visiting sentences in a seeded shuffled order each epoch.
 *
 * @param paCap - 0: perceptron updates of size 1; otherwise PA-I updates capped at this size.
 * @example
 * ```ts
 * const trained = trainPerceptron(examples, 9, 12, 1);
 * ```
 */
export function trainPerceptron(
  examples: readonly Example[],
  T: number,
  epochs: number,
  seed: number,
  dropout = 0,
  margin = 0,
  missCost = 0,
  paCap = 0,
): Trained {
  const { rows, featureKeys } = internRows(examples);
  const F = featureKeys.length;
  const w = new Float64Array(F * T);
  const u = new Float64Array(F * T);
  const tw = new Float64Array(T * T);
  const tu = new Float64Array(T * T);
  const sw = new Float64Array(T);
  const su = new Float64Array(T);
  let c = 1;
  let stepSum = 0;
  let steps = 0;
  const rand = prng(seed);
  const order = examples.map((_, i) => i);
  const maxLen = Math.max(1, ...examples.map((e) => e.gold.length));
  const emissions = new Float64Array(maxLen * T);
  const from = new Int32Array(maxLen);

  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, rand);
    for (const e of order) {
      const { offsets, lexicalEnd } = examples[e].features;
      const gold = examples[e].gold;
      const r = rows[e];
      const n = gold.length;
      emissions.fill(0, 0, n * T);
      // Word dropout: now and then a token is seen without its own identity features, as an unseen name
      // would be, so the model also learns the context and shape evidence for it.
      for (let i = 0; i < n; i++) from[i] = dropout > 0 && lexicalEnd !== undefined && rand() < dropout ? lexicalEnd[i] : offsets[i];
      for (let i = 0; i < n; i++) {
        for (let f = from[i]; f < offsets[i + 1]; f++) {
          const base = r[f] * T;
          for (let t = 0; t < T; t++) emissions[i * T + t] += w[base + t];
        }
      }
      // Cost-augmented decoding (a margin perceptron): every wrong label gets a head start of `margin`
      // updates, so training goes on until the gold tagging wins by a margin, not just barely.
      if (margin > 0 || missCost > 0) {
        for (let i = 0; i < n; i++) {
          for (let t = 0; t < T; t++) if (t !== gold[i]) emissions[i * T + t] += margin;
          // Missing a name costs more than a false alarm: recall is the tagger's weak side.
          if (gold[i] !== 0) emissions[i * T] += missCost;
        }
      }
      const pred = viterbi(emissions, tw, sw, n, T, false).tags;
      let step = 1;
      if (paCap > 0 && pred.some((p, i) => p !== gold[i])) {
        // PA-I takes the smallest step that makes gold win by its cost, so easy mistakes move the weights
        // little and a few odd sentences cannot dominate them.
        step = paStep(emissions, tw, sw, gold, pred, r, from, offsets, T, paCap);
        stepSum += step;
        steps++;
      }
      for (let i = 0; i < n; i++) {
        const g = gold[i];
        const p = pred[i];
        if (g !== p) {
          for (let f = from[i]; f < offsets[i + 1]; f++) {
            const base = r[f] * T;
            w[base + g] += step;
            u[base + g] += c * step;
            w[base + p] -= step;
            u[base + p] -= c * step;
          }
        }
        if (i === 0) {
          if (g !== p) {
            sw[g] += step;
            su[g] += c * step;
            sw[p] -= step;
            su[p] -= c * step;
          }
        } else if (g !== p || gold[i - 1] !== pred[i - 1]) {
          const gi = gold[i - 1] * T + g;
          const pi = pred[i - 1] * T + p;
          tw[gi] += step;
          tu[gi] += c * step;
          tw[pi] -= step;
          tu[pi] -= c * step;
        }
      }
      c++;
    }
  }
  // PA steps are far below 1: rescale so that an average step counts as one perceptron update, which keeps
  // the pruning threshold and the O penalty in the units they are given in.
  const unit = steps > 0 && stepSum > 0 ? steps / stepSum : 1;
  for (const a of [w, u, tw, tu, sw, su]) for (let i = 0; i < a.length; i++) a[i] *= unit;
  const featureWeights = new Float32Array(F * T);
  for (let i = 0; i < F * T; i++) featureWeights[i] = w[i] - u[i] / c;
  const transitions = new Float32Array(T * T);
  for (let i = 0; i < T * T; i++) transitions[i] = tw[i] - tu[i] / c;
  const starts = new Float32Array(T);
  for (let i = 0; i < T; i++) starts[i] = sw[i] - su[i] / c;
  return { featureKeys, featureWeights, transitions, starts };
}
