/**
 * A weight-wise sum of two learners' models. Both score a tagging linearly over the same hashed feature
 * rows and label set, so `a + alpha · b` is again one linear model that the shipped codec and decoder run
 * unchanged: an ensemble at no run-time cost (docs/NER.md, round 7).
 */
import type { Trained } from './perceptron.js';

/**
 * Returns `a + alpha · b`: emissions, transitions and starts. The rows are the union of both models' keys,
 * `a`'s in its order, then those only `b` has; a row missing from one model counts as zeros there.
 *
 * @example
 * ```ts
 * const ensemble = sumTrained(trainPerceptron(examples, 17, 12, 2), trainCrf(examples, 17, crfOptions), 1);
 * ```
 */
export function sumTrained(a: Trained, b: Trained, alpha: number): Trained {
  const T = a.starts.length;
  if (b.starts.length !== T) throw new Error(`label counts differ: ${T} and ${b.starts.length}`);
  const rowOf = new Map<number, number>();
  for (let r = 0; r < a.featureKeys.length; r++) rowOf.set(a.featureKeys[r], r);
  const keys = Array.from(a.featureKeys);
  for (const key of b.featureKeys) {
    if (rowOf.has(key)) continue;
    rowOf.set(key, keys.length);
    keys.push(key);
  }
  const featureWeights = new Float32Array(keys.length * T);
  featureWeights.set(a.featureWeights);
  for (let r = 0; r < b.featureKeys.length; r++) {
    const base = (rowOf.get(b.featureKeys[r]) as number) * T;
    for (let t = 0; t < T; t++) featureWeights[base + t] += alpha * b.featureWeights[r * T + t];
  }
  const plus = (x: Float32Array, y: Float32Array): Float32Array => x.map((v, i) => v + alpha * y[i]);
  return {
    featureKeys: Uint32Array.from(keys),
    featureWeights,
    transitions: plus(a.transitions, b.transitions),
    starts: plus(a.starts, b.starts),
  };
}
