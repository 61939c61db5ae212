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
  it('finds the best allowed sequence and its exact margins (checked against every sequence)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 3 * L + L * L + L, maxLength: 3 * L + L * L + L }),
        (n, values) => {
          const emissions = values.slice(0, n * L);
          const transitions = values.slice(3 * L, 3 * L + L * L);
          const starts = values.slice(3 * L + L * L);
          const { tags, margins } = viterbi(emissions, transitions, starts, n, L, true);
          // Best total score over all allowed sequences, overall and with token i forced to label c.
          const forced = Array.from({ length: n }, () => new Array<number>(L).fill(-Infinity));
          let best = -Infinity;
          const seq = new Array<number>(n).fill(0);
          const visit = (i: number, score: number): void => {
            if (i === n) {
              if (!allowedLast(L, seq[n - 1])) return;
              best = Math.max(best, score);
              for (let k = 0; k < n; k++) forced[k][seq[k]] = Math.max(forced[k][seq[k]], score);
              return;
            }
            for (let c = 0; c < L; c++) {
              if (!allowedIn(L, i === 0 ? -1 : seq[i - 1], c)) continue;
              seq[i] = c;
              visit(i + 1, score + emissions[i * L + c] + (i === 0 ? starts[c] : transitions[seq[i - 1] * L + c]));
            }
          };
          visit(0, 0);
          let score = starts[tags[0]];
          for (let i = 0; i < n; i++) score += emissions[i * L + tags[i]] + (i > 0 ? transitions[tags[i - 1] * L + tags[i]] : 0);
          expect(score).toBe(best);
          for (let i = 0; i < n; i++) {
            const second = Math.max(...forced[i].filter((_, c) => c !== tags[i]));
            expect(margins![i]).toBe(second === -Infinity ? 0 : best - second);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
