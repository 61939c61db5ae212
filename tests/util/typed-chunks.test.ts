import fc from 'fast-check';
import { CHUNK_ELEMENTS, float32Array, float64Array, int32Array, uint32Array } from '../../src/util/typed-chunks';

describe('typed chunks', () => {
  it.each([
    ['int32Array', int32Array, Int32Array],
    ['uint32Array', uint32Array, Uint32Array],
    ['float32Array', float32Array, Float32Array],
    ['float64Array', float64Array, Float64Array],
  ] as const)('%s gives n zeros of its type', (_name, make, type) => {
    for (const n of [0, 1, 17, 300]) {
      const a = make(n);
      expect(a).toBeInstanceOf(type);
      expect(a.length).toBe(n);
      expect(Array.from(a).every((x) => x === 0)).toBe(true);
    }
  });

  it('gives an array of its own when more than a chunk is asked for', () => {
    const a = int32Array(CHUNK_ELEMENTS + 1);
    expect(a.length).toBe(CHUNK_ELEMENTS + 1);
    expect(a.byteOffset).toBe(0);
    expect(a.buffer.byteLength).toBe(4 * (CHUNK_ELEMENTS + 1));
  });

  it('never hands out the same space twice, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 40 }), (sizes) => {
        const views = sizes.map((n) => int32Array(n));
        // Every view is still zeros when given, then each is filled with its own number.
        views.forEach((v, i) => {
          expect(v.every((x) => x === 0)).toBe(true);
          v.fill(i + 1);
        });
        views.forEach((v, i) => expect(v.every((x) => x === i + 1)).toBe(true));
      }),
      { numRuns: 50 },
    );
  });
});
