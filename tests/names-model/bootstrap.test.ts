import { bootstrapF1 } from '../../scripts/ner/bootstrap.js';
import { scoreChunks } from '../../scripts/ner/scorer.js';

// Twenty sentences: half with a person the tagger finds, half with one it misses.
const gold = Array.from({ length: 20 }, () => ['O', 'B-PER', 'I-PER']);
const half = gold.map((s, i) => (i % 2 === 0 ? [...s] : ['O', 'O', 'O']));
const none = gold.map(() => ['O', 'O', 'O']);

describe('bootstrapF1', () => {
  test('the whole-sample F1 is the scorer’s micro F1, and the interval holds it', () => {
    const r = bootstrapF1(gold, half, { draws: 500 });
    expect(r.f1).toBeCloseTo(scoreChunks(gold, half).micro.f1, 10);
    expect(r.low).toBeLessThan(r.f1);
    expect(r.high).toBeGreaterThan(r.f1);
  });

  test.each([
    ['every name found', gold, 100],
    ['no name found', none, 0],
  ])('%s: no spread', (_, predicted, f1) => {
    expect(bootstrapF1(gold, predicted, { draws: 200 })).toMatchObject({ f1, low: f1, high: f1 });
  });

  test('deterministic for a seed, different for another', () => {
    const a = bootstrapF1(gold, half, { draws: 300, seed: 7 });
    expect(bootstrapF1(gold, half, { draws: 300, seed: 7 })).toEqual(a);
    const others = [1, 2, 3].map((seed) => bootstrapF1(gold, half, { draws: 300, seed }));
    expect(others.some((b) => b.low !== a.low || b.high !== a.high)).toBe(true);
  });

  test.each([
    ['the same tagging ties every draw', half, 0.5, 0],
    ['a tagging that finds every name wins every draw', gold, 1, 1],
    ['a tagging that finds none loses every draw', none, 0, -1],
  ])('paired: %s', (_, other, better, sign) => {
    const r = bootstrapF1(gold, half, { draws: 200, other });
    expect(r.other?.better).toBe(better);
    expect(Math.sign(r.other?.meanDifference ?? NaN)).toBe(sign);
  });

  test.each([0, -1, 2.5, NaN])('rejects %p draws', (draws) => {
    expect(() => bootstrapF1(gold, half, { draws })).toThrow(/draws/);
  });
});
