/**
 * A linear-chain CRF (Lafferty et al. 2001) over the perceptron's hashed feature rows and the decoder's BIO
 * or BILOU constraints, trained on the conditional log-likelihood with L2 by averaged SGD. Optionally the
 * likelihood is cost-augmented (softmax-margin, Gimpel & Smith 2010), the probabilistic counterpart of the
 * perceptron's cost-augmented decoding.
 */
import { allowedIn, allowedLast } from '../../src/recognize/names/model/tags.js';
import { prng } from './corpus.js';
import { internRows, shuffle, type Example, type Trained } from './perceptron.js';

/**
 * Hyperparameters of {@link trainCrf}.
 *
 * @example
 * ```ts
 * const options: CrfOptions = { epochs: 10, seed: 2, l2: 1, rate: 0.1, margin: 1, unit: 20 };
 * ```
 */
export interface CrfOptions {
  epochs: number;
  seed: number;
  /** λ of the objective Σ loss + λ/2 ‖θ‖² (over the whole training set; each step decays by η λ / N). */
  l2: number;
  /** The first SGD step η₀; step k (counted over all epochs) takes η₀ / (1 + k / N), about η₀ / (e + 1) in epoch e. */
  rate: number;
  /** Softmax-margin cost of each wrong label, in log-probability units (0: the plain likelihood). */
  margin?: number;
  /** Extra cost of `O` at a name word. */
  missCost?: number;
  /** Factor the averaged weights are multiplied by, to put them in the units of the pruning threshold and the O grid. */
  unit?: number;
  /** Called after each epoch with the summed (cost-augmented) loss of its steps. */
  onEpoch?: (epoch: number, loss: number) => void;
}

/** The tag set's constraints as 0/1 masks: a forbidden start, transition or end gets probability zero. */
interface Masks {
  allowed: Float64Array;
  first: Float64Array;
  last: Float64Array;
}

const masksByCount: (Masks | undefined)[] = [];

function masksOf(T: number): Masks {
  let m = masksByCount[T];
  if (m !== undefined) return m;
  m = { allowed: new Float64Array(T * T), first: new Float64Array(T), last: new Float64Array(T) };
  for (let t = 0; t < T; t++) {
    m.first[t] = allowedIn(T, -1, t) ? 1 : 0;
    m.last[t] = allowedLast(T, t) ? 1 : 0;
    for (let p = 0; p < T; p++) m.allowed[p * T + t] = allowedIn(T, p, t) ? 1 : 0;
  }
  masksByCount[T] = m;
  return m;
}

// Scratch tables of forward-backward, grown to the longest sentence seen: forward and backward vectors,
// shifted exponentiated emissions, the forward normalisers, and the exponentiated transitions.
const fb = { alpha: new Float64Array(0), beta: new Float64Array(0), psi: new Float64Array(0), norms: new Float64Array(0), expTrans: new Float64Array(0) };

/**
 * Forward-backward in probability space, scaled per position (each token's emissions are shifted by their
 * maximum, each forward vector is normalised), with the constraints as zero factors. Writes each token's
 * label marginals to `node` (`n × T`) and the pairwise marginals summed over positions to `edge` (`T × T`,
 * `prev × cur`), and returns log Z.
 *
 * @example
 * ```ts
 * const logZ = forwardBackward(emissions, transitions, starts, n, 17, node, edge);
 * ```
 */
export function forwardBackward(
  emissions: ArrayLike<number>,
  transitions: ArrayLike<number>,
  starts: ArrayLike<number>,
  n: number,
  T: number,
  node: Float64Array,
  edge: Float64Array,
): number {
  edge.fill(0, 0, T * T);
  if (n === 0) return 0;
  const { allowed, first, last } = masksOf(T);
  if (fb.alpha.length < n * T) {
    const size = Math.max(n * T, fb.alpha.length * 2, 1024);
    for (const key of ['alpha', 'beta', 'psi', 'norms'] as const) fb[key] = new Float64Array(size);
  }
  if (fb.expTrans.length < T * T) fb.expTrans = new Float64Array(T * T);
  const { alpha: a, beta: b, psi, norms, expTrans: E } = fb;
  for (let k = 0; k < T * T; k++) E[k] = allowed[k] === 1 ? Math.exp(transitions[k]) : 0;
  let logZ = 0;
  for (let i = 0; i < n; i++) {
    let max = -Infinity;
    for (let t = 0; t < T; t++) if (emissions[i * T + t] > max) max = emissions[i * T + t];
    for (let t = 0; t < T; t++) psi[i * T + t] = Math.exp(emissions[i * T + t] - max);
    logZ += max;
  }
  let c = 0;
  for (let t = 0; t < T; t++) {
    a[t] = first[t] * Math.exp(starts[t]) * psi[t];
    c += a[t];
  }
  for (let i = 0; ; ) {
    if (!(c > 0) || !Number.isFinite(c)) throw new Error(`forward-backward underflow at token ${i} of ${n}`);
    for (let t = 0; t < T; t++) a[i * T + t] /= c;
    norms[i] = c;
    logZ += Math.log(c);
    if (++i === n) break;
    c = 0;
    for (let t = 0; t < T; t++) {
      let s = 0;
      for (let p = 0; p < T; p++) s += a[(i - 1) * T + p] * E[p * T + t];
      a[i * T + t] = s * psi[i * T + t];
      c += a[i * T + t];
    }
  }
  let end = 0;
  for (let t = 0; t < T; t++) end += a[(n - 1) * T + t] * last[t];
  if (!(end > 0)) throw new Error('forward-backward: no allowed ending');
  logZ += Math.log(end);
  for (let t = 0; t < T; t++) b[(n - 1) * T + t] = last[t];
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * T;
    for (let p = 0; p < T; p++) {
      let s = 0;
      for (let t = 0; t < T; t++) s += E[p * T + t] * psi[next + t] * b[next + t];
      b[i * T + p] = s / norms[i + 1];
    }
  }
  for (let k = 0; k < n * T; k++) node[k] = (a[k] * b[k]) / end;
  for (let i = 1; i < n; i++) {
    const k = 1 / (norms[i] * end);
    for (let p = 0; p < T; p++) {
      const ap = a[(i - 1) * T + p] * k;
      if (ap === 0) continue;
      for (let t = 0; t < T; t++) edge[p * T + t] += ap * E[p * T + t] * psi[i * T + t] * b[i * T + t];
    }
  }
  return logZ;
}

/** Per-sentence buffers of {@link sentenceLoss}. */
interface Scratch {
  emissions: Float64Array;
  node: Float64Array;
  edge: Float64Array;
  transitions: Float64Array;
  starts: Float64Array;
}

function scratchFor(examples: readonly Example[], T: number): Scratch {
  const maxLen = Math.max(1, ...examples.map((e) => e.gold.length));
  return {
    emissions: new Float64Array(maxLen * T),
    node: new Float64Array(maxLen * T),
    edge: new Float64Array(T * T),
    transitions: new Float64Array(T * T),
    starts: new Float64Array(T),
  };
}

/**
 * The (cost-augmented) negative log-likelihood of one sentence under weights `scale · theta` (layout:
 * `F × T` emission rows, then `T × T` transitions, then `T` starts). Leaves the loss's gradient with
 * respect to each token's emission scores in `s.node`, to the transitions in `s.edge` and to the starts in
 * `s.starts`.
 */
function sentenceLoss(
  theta: Float64Array,
  scale: number,
  F: number,
  T: number,
  rows: Int32Array,
  offsets: Int32Array,
  gold: Int32Array,
  margin: number,
  missCost: number,
  s: Scratch,
): number {
  const n = gold.length;
  const em = s.emissions;
  em.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    for (let f = offsets[i]; f < offsets[i + 1]; f++) {
      const base = rows[f] * T;
      for (let t = 0; t < T; t++) em[i * T + t] += theta[base + t];
    }
  }
  for (let k = 0; k < T * T; k++) s.transitions[k] = theta[F * T + k] * scale;
  for (let t = 0; t < T; t++) s.starts[t] = theta[F * T + T * T + t] * scale;
  let goldScore = 0;
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < T; t++) em[i * T + t] *= scale;
    goldScore += em[i * T + gold[i]] + (i === 0 ? s.starts[gold[0]] : s.transitions[gold[i - 1] * T + gold[i]]);
    // Softmax-margin: wrong labels compete with a head start, so gold must win by its cost to lose nothing.
    for (let t = 0; t < T; t++) if (t !== gold[i]) em[i * T + t] += margin;
    if (gold[i] !== 0) em[i * T] += missCost;
  }
  const logZ = forwardBackward(em, s.transitions, s.starts, n, T, s.node, s.edge);
  for (let t = 0; t < T; t++) s.starts[t] = s.node[t];
  s.starts[gold[0]] -= 1;
  for (let i = 0; i < n; i++) s.node[i * T + gold[i]] -= 1;
  for (let i = 1; i < n; i++) s.edge[gold[i - 1] * T + gold[i]] -= 1;
  return logZ - goldScore;
}

/**
 * The regularised objective Σ loss + λ/2 ‖θ‖² of `weights` on `examples`, and its gradient in the layout
 * of `weights` (feature rows by `weights.featureKeys`; a feature with no row counts as weight 0 and gets no
 * gradient). For tests and diagnostics: training never builds the full gradient.
 *
 * @example
 * ```ts
 * const { value, gradient } = crfObjective(examples, 17, trained, { l2: 1, margin: 0 });
 * ```
 */
export function crfObjective(
  examples: readonly Example[],
  T: number,
  weights: Trained,
  options: Pick<CrfOptions, 'l2' | 'margin' | 'missCost'>,
): { value: number; gradient: Trained } {
  const F = weights.featureKeys.length;
  const rowOf = new Map<number, number>();
  weights.featureKeys.forEach((key, r) => rowOf.set(key, r));
  // One spare all-zero row takes the features the weights do not know.
  const theta = new Float64Array((F + 1) * T + T * T + T);
  theta.set(weights.featureWeights);
  const P = (F + 1) * T;
  theta.set(weights.transitions, P);
  theta.set(weights.starts, P + T * T);
  const grad = new Float64Array(theta.length);
  const s = scratchFor(examples, T);
  let value = 0;
  for (const ex of examples) {
    const keys = ex.features.features;
    const rows = Int32Array.from(keys, (k) => rowOf.get(k) ?? F);
    const { offsets } = ex.features;
    value += sentenceLoss(theta, 1, F + 1, T, rows, offsets, ex.gold, options.margin ?? 0, options.missCost ?? 0, s);
    for (let i = 0; i < ex.gold.length; i++) {
      for (let f = offsets[i]; f < offsets[i + 1]; f++) for (let t = 0; t < T; t++) grad[rows[f] * T + t] += s.node[i * T + t];
    }
    for (let k = 0; k < T * T; k++) grad[P + k] += s.edge[k];
    for (let t = 0; t < T; t++) grad[P + T * T + t] += s.starts[t];
  }
  for (let k = 0; k < theta.length; k++) {
    if (k >= F * T && k < P) continue;
    value += (options.l2 / 2) * theta[k] * theta[k];
    grad[k] += options.l2 * theta[k];
  }
  return {
    value,
    gradient: {
      featureKeys: weights.featureKeys,
      featureWeights: Float32Array.from(grad.subarray(0, F * T)),
      transitions: Float32Array.from(grad.subarray(P, P + T * T)),
      starts: Float32Array.from(grad.subarray(P + T * T)),
    },
  };
}

/**
 * Trains a linear-chain CRF by SGD over a seeded shuffled order, one sentence per step. The L2 decay is a
 * global scale (θ = s · v), so a step touches only the rows of its sentence; the iterates are averaged
 * lazily, as the perceptron's are (the average of s_k · v_k is A · v − u, with A = Σ s_k).
 *
 * @example
 * ```ts
 * const trained = trainCrf(examples, 17, { epochs: 10, seed: 2, l2: 1, rate: 0.1 });
 * ```
 */
export function trainCrf(examples: readonly Example[], T: number, options: CrfOptions): Trained {
  const { epochs, seed, l2, rate } = options;
  const margin = options.margin ?? 0;
  const missCost = options.missCost ?? 0;
  const { rows, featureKeys } = internRows(examples);
  const F = featureKeys.length;
  const P = F * T;
  const size = P + T * T + T;
  const v = new Float64Array(size);
  const u = new Float64Array(size);
  let scale = 1;
  let A = 0;
  let step = 0;
  const N = Math.max(1, examples.length);
  const s = scratchFor(examples, T);
  const rand = prng(seed);
  const order = examples.map((_, i) => i);
  const renormalise = (): void => {
    for (let k = 0; k < size; k++) {
      u[k] = u[k] - A * v[k];
      v[k] *= scale;
    }
    A = 0;
    scale = 1;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, rand);
    let loss = 0;
    for (const e of order) {
      const { offsets } = examples[e].features;
      const gold = examples[e].gold;
      const r = rows[e];
      const eta = rate / (1 + step / N);
      loss += sentenceLoss(v, scale, F, T, r, offsets, gold, margin, missCost, s);
      const decay = 1 - (eta * l2) / N;
      if (!(decay > 0)) throw new Error(`L2 step too large: rate ${rate} × l2 ${l2} / ${N}`);
      scale *= decay;
      if (scale < 1e-6) renormalise();
      // δ = −η g / s, applied to v; u gets A (before this step) · δ.
      const k = -eta / scale;
      const ka = k * A;
      for (let i = 0; i < gold.length; i++) {
        const g = i * T;
        for (let f = offsets[i]; f < offsets[i + 1]; f++) {
          const base = r[f] * T;
          for (let t = 0; t < T; t++) {
            const d = s.node[g + t];
            v[base + t] += k * d;
            u[base + t] += ka * d;
          }
        }
      }
      for (let j = 0; j < T * T; j++) {
        v[P + j] += k * s.edge[j];
        u[P + j] += ka * s.edge[j];
      }
      for (let t = 0; t < T; t++) {
        v[P + T * T + t] += k * s.starts[t];
        u[P + T * T + t] += ka * s.starts[t];
      }
      A += scale;
      step++;
    }
    options.onEpoch?.(epoch, loss);
  }
  const factor = (options.unit ?? 1) / Math.max(1, step);
  const avg = (k: number): number => (A * v[k] - u[k]) * factor;
  const featureWeights = new Float32Array(P);
  for (let k = 0; k < P; k++) featureWeights[k] = avg(k);
  const transitions = new Float32Array(T * T);
  for (let k = 0; k < T * T; k++) transitions[k] = avg(P + k);
  const starts = new Float32Array(T);
  for (let t = 0; t < T; t++) starts[t] = avg(P + T * T + t);
  return { featureKeys, featureWeights, transitions, starts };
}
