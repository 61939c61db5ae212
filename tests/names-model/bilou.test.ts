import fc from 'fast-check';
import { viterbi } from '../../src/recognize/names/model/decoder.js';
import { allowedIn, allowedLast, BILOU_LABELS, chunks, fromBio, labelType, TAGS, toBio } from '../../src/recognize/names/model/tags.js';

const L = BILOU_LABELS.length;
const at = (label: string): number => BILOU_LABELS.indexOf(label);

describe('BILOU labels', () => {
  it.each([
    [['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'L-PER', 'O', 'U-LOC']],
    [['B-ORG', 'I-ORG', 'I-ORG'], ['B-ORG', 'I-ORG', 'L-ORG']],
    [['B-PER', 'B-PER'], ['U-PER', 'U-PER']],
    // conlleval reads a stray I- as the start of a chunk
    [['O', 'I-MISC', 'I-MISC'], ['O', 'B-MISC', 'L-MISC']],
    [['B-LOC', 'I-ORG'], ['U-LOC', 'U-ORG']],
    [[], []],
  ])('encodes %j as %j', (bio, bilou) => {
    expect(Array.from(fromBio(L, bio), (l) => BILOU_LABELS[l])).toEqual(bilou);
  });

  it('keeps BIO models on BIO indices', () => {
    expect(Array.from(fromBio(TAGS.length, ['B-PER', 'I-PER', 'O']))).toEqual([1, 2, 0]);
    expect(toBio(TAGS.length, [1, 2, 0])).toEqual(['B-PER', 'I-PER', 'O']);
  });

  it('round-trips every BIO sequence to the same chunks', () => {
    const tag = fc.constantFrom(...TAGS);
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 25 }), (bio) => {
        expect(chunks(toBio(L, fromBio(L, bio)))).toEqual(chunks(bio));
      }),
    );
  });

  it.each([
    ['O', 'U-PER', true],
    ['O', 'B-PER', true],
    ['O', 'I-PER', false],
    ['O', 'L-PER', false],
    ['B-PER', 'I-PER', true],
    ['B-PER', 'L-PER', true],
    ['B-PER', 'O', false],
    ['B-PER', 'L-ORG', false],
    ['I-ORG', 'U-ORG', false],
    ['L-LOC', 'B-LOC', true],
    ['U-LOC', 'I-LOC', false],
  ])('%s → %s allowed: %s', (prev, cur, ok) => {
    expect(allowedIn(L, at(prev), at(cur))).toBe(ok);
  });

  it('only lets a sentence start and end outside an open name', () => {
    expect(allowedIn(L, -1, at('I-PER'))).toBe(false);
    expect(allowedIn(L, -1, at('U-PER'))).toBe(true);
    expect(allowedLast(L, at('B-ORG'))).toBe(false);
    expect(allowedLast(L, at('L-ORG'))).toBe(true);
    expect(allowedLast(L, 0)).toBe(true);
  });

  it('gives each label its entity type', () => {
    expect(labelType(L, at('U-MISC'))).toBe(3);
    expect(labelType(L, at('B-ORG'))).toBe(1);
    expect(labelType(L, 0)).toBe(4);
    expect(labelType(TAGS.length, TAGS.indexOf('I-LOC'))).toBe(2);
  });

  it('decodes only well-formed BILOU sequences, whatever the scores', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (n, seed) => {
        let x = seed || 1;
        const rnd = (): number => {
          x = (x * 1103515245 + 12345) % 2 ** 31;
          return (x / 2 ** 31) * 20 - 10;
        };
        const emissions = Array.from({ length: n * L }, rnd);
        const transitions = Array.from({ length: L * L }, rnd);
        const starts = Array.from({ length: L }, rnd);
        const { tags, margins } = viterbi(emissions, transitions, starts, n, L, true);
        expect(allowedIn(L, -1, tags[0])).toBe(true);
        for (let i = 1; i < n; i++) expect(allowedIn(L, tags[i - 1], tags[i])).toBe(true);
        expect(allowedLast(L, tags[n - 1])).toBe(true);
        for (const m of margins ?? []) expect(m).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
