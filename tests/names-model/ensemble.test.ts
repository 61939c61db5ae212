import fc from 'fast-check';
import { sumTrained } from '../../scripts/ner/ensemble.js';
import type { Trained } from '../../scripts/ner/perceptron.js';

const T = 3;

/** A model over `keys` with small integer weights (exact in float32, so sums can be compared exactly). */
const model = (keys: number[]): fc.Arbitrary<Trained> => {
  const ints = (n: number): fc.Arbitrary<number[]> => fc.array(fc.integer({ min: -100, max: 100 }), { minLength: n, maxLength: n });
  return fc.tuple(ints(keys.length * T), ints(T * T), ints(T)).map(([w, tr, st]) => ({
    featureKeys: Uint32Array.from(keys),
    featureWeights: Float32Array.from(w),
    transitions: Float32Array.from(tr),
    starts: Float32Array.from(st),
  }));
};

/** The weight row of `key` in `m`, zeros when `m` has no such row. */
function rowOf(m: Trained, key: number): number[] {
  const r = Array.from(m.featureKeys).indexOf(key);
  return Array.from({ length: T }, (_, t) => (r < 0 ? 0 : m.featureWeights[r * T + t]));
}

const keySets = fc.tuple(fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }), fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }));
const alphas = fc.constantFrom(0, 0.5, 1, 2);

describe('sumTrained', () => {
  it('has the union of both key sets, each once, the first model keeping its order', () => {
    fc.assert(
      fc.property(keySets.chain(([ka, kb]) => fc.tuple(model(ka), model(kb))), alphas, ([a, b], alpha) => {
        const keys = Array.from(sumTrained(a, b, alpha).featureKeys);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set([...a.featureKeys, ...b.featureKeys]));
        expect(keys.slice(0, a.featureKeys.length)).toEqual(Array.from(a.featureKeys));
      }),
    );
  });

  it('gives every row, transition and start a + alpha · b, a missing row counting as zeros', () => {
    fc.assert(
      fc.property(keySets.chain(([ka, kb]) => fc.tuple(model(ka), model(kb))), alphas, ([a, b], alpha) => {
        const sum = sumTrained(a, b, alpha);
        for (const key of sum.featureKeys) {
          const [ra, rb] = [rowOf(a, key), rowOf(b, key)];
          expect(rowOf(sum, key)).toEqual(ra.map((v, t) => v + alpha * rb[t]));
        }
        expect(Array.from(sum.transitions)).toEqual(Array.from(a.transitions, (v, i) => v + alpha * b.transitions[i]));
        expect(Array.from(sum.starts)).toEqual(Array.from(a.starts, (v, i) => v + alpha * b.starts[i]));
      }),
    );
  });

  it('keeps a row that only the second model has, and leaves both inputs unchanged', () => {
    const a: Trained = { featureKeys: Uint32Array.of(7), featureWeights: Float32Array.of(1, 2, 3), transitions: new Float32Array(T * T), starts: new Float32Array(T) };
    const b: Trained = { featureKeys: Uint32Array.of(9), featureWeights: Float32Array.of(4, 0, -4), transitions: new Float32Array(T * T).fill(1), starts: Float32Array.of(1, 1, 1) };
    const sum = sumTrained(a, b, 2);
    expect(Array.from(sum.featureKeys)).toEqual([7, 9]);
    expect(Array.from(sum.featureWeights)).toEqual([1, 2, 3, 8, 0, -8]);
    expect(Array.from(sum.starts)).toEqual([2, 2, 2]);
    expect(Array.from(a.featureWeights)).toEqual([1, 2, 3]);
    expect(Array.from(b.featureWeights)).toEqual([4, 0, -4]);
  });

  it('rejects models with different label counts', () => {
    const a: Trained = { featureKeys: new Uint32Array(0), featureWeights: new Float32Array(0), transitions: new Float32Array(9), starts: new Float32Array(3) };
    const b: Trained = { featureKeys: new Uint32Array(0), featureWeights: new Float32Array(0), transitions: new Float32Array(4), starts: new Float32Array(2) };
    expect(() => sumTrained(a, b, 1)).toThrow(/label counts/);
  });
});
