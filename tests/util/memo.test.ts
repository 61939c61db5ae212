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
});
