import fc from 'fast-check';
import { GenerationalMemo } from '../../src/util/memo';

describe('GenerationalMemo', () => {
  it('keeps a key that is used in every generation, and forgets one used only long ago', () => {
    const memo = new GenerationalMemo<string, number>(3);
    memo.set('often', 1);
    memo.set('once', 2);
    for (let i = 0; i < 10; i++) {
      memo.set(`filler${i}`, i);
      expect(memo.get('often')).toBe(1);
    }
    expect(memo.get('once')).toBeUndefined();
  });

  it('holds at most two generations', () => {
    const memo = new GenerationalMemo<number, number>(2);
    for (let i = 0; i < 100; i++) memo.set(i, i);
    const kept = Array.from({ length: 100 }, (_, i) => memo.get(i)).filter((v) => v !== undefined);
    expect(kept.length).toBeLessThanOrEqual(4);
    expect(memo.get(99)).toBe(99);
  });

  it('clear drops everything', () => {
    const memo = new GenerationalMemo<string, number>(2);
    memo.set('a', 1);
    memo.clear();
    expect(memo.get('a')).toBeUndefined();
  });
  it('a hit in the old generation is kept in the young one as `promote` makes it', () => {
    const memo = new GenerationalMemo<string, { v: number; copied: boolean }>(2, (o) => ({ ...o, copied: true }));
    memo.set('a', { v: 1, copied: false });
    expect(memo.get('a')).toEqual({ v: 1, copied: false }); // still young: returned as stored
    memo.set('b', { v: 2, copied: false });
    memo.set('c', { v: 3, copied: false }); // 'a' and 'b' are now old
    expect(memo.get('a')).toEqual({ v: 1, copied: true });
    expect(memo.get('a')).toEqual({ v: 1, copied: true }); // the young copy, not promoted again
  });

  it('answers every get as two plain generations of maps would', () => {
    // Keys equal in content but built separately, so the maps' content equality is exercised; a limit of 3
    // makes turnovers frequent.
    class Reference {
      young = new Map<string, number>();
      old = new Map<string, number>();
      get(k: string): number | undefined {
        const v = this.young.get(k);
        if (v !== undefined) return v;
        const o = this.old.get(k);
        return o === undefined ? undefined : this.set(k, o);
      }
      set(k: string, v: number): number {
        if (this.young.size >= 3) [this.old, this.young] = [this.young, new Map()];
        this.young.set(k, v);
        return v;
      }
    }
    const op = fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 99 }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const memo = new GenerationalMemo<string, number>(3);
        const reference = new Reference();
        for (const [isSet, k, v] of ops) {
          const key = ['ك', 'ت', 'ا', 'ب'].slice(0, 1 + (k % 4)).join('') + String(k);
          if (isSet) expect(memo.set(key, v)).toBe(reference.set(key, v));
          else expect(memo.get(key.slice(0))).toBe(reference.get(key));
        }
      }),
      { numRuns: 300 },
    );
  });
});
