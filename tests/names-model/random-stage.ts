import type { RawStage, StageRole } from '../../src/recognize/names/model/codec';

/**
 * A stage with deterministic pseudo-random weights (integers in −1000..1000) on the given feature keys, for tests
 * that compare two decoding paths: every weight then matters and ties are rare.
 *
 * @example
 * ```ts
 * const rand = lcg(7);
 * const stages = [randomStage('sentence', keys, 17, rand), randomStage('document', keys, 17, rand)];
 * ```
 */
export function randomStage(role: StageRole, featureKeys: Uint32Array, T: number, rand: () => number): RawStage {
  return {
    role,
    transitions: new Float32Array(T * T).map(rand),
    starts: new Float32Array(T).map(rand),
    featureKeys,
    featureWeights: new Float32Array(featureKeys.length * T).map(rand),
  };
}

/**
 * A linear congruential generator of integers in −1000..1000.
 *
 * @example
 * ```ts
 * const rand = lcg(7); rand(); // the same sequence on every run
 * ```
 */
export function lcg(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) >>> 0) % 2001) - 1000;
}
