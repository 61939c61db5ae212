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

  // The unrolled passes skip the other finished labels where O is far ahead of them. Long sentences whose
  // O scores lead by a random amount take that path on some tokens and not on others (scores in quarters,
  // so that ties and near-ties are common); a plain dynamic
  // programme over allowedIn, forming its sums in the same order, must give the same tags and margins.
  it('gives a plain dynamic programme\'s tags and margins where O leads (the skipping path)', () => {
    const plain = (e: number[], tr: number[], st: number[], n: number): { tags: number[]; margins: number[] } => {
      const a: number[][] = [];
      const bp: number[][] = [];
      a.push(Array.from({ length: L }, (_, c) => (allowedIn(L, -1, c) ? st[c] + e[c] : -Infinity)));
      for (let i = 1; i < n; i++) {
        a.push([]);
        bp.push([]);
        for (let c = 0; c < L; c++) {
          let best = -Infinity;
          let arg = -1;
          for (let q = 0; q < L; q++) {
            if (!allowedIn(L, q, c)) continue;
            const v = a[i - 1][q] + tr[q * L + c];
            if (arg < 0 || v > best) (best = v), (arg = q);
          }
          a[i][c] = best + e[i * L + c];
          bp[i - 1][c] = arg;
        }
      }
      const tags = new Array<number>(n);
      let end = -1;
      for (let c = 0; c < L; c++) if (allowedLast(L, c) && (end < 0 || a[n - 1][c] > a[n - 1][end])) end = c;
      tags[n - 1] = end;
      for (let i = n - 1; i > 0; i--) tags[i - 1] = bp[i - 1][tags[i]];
      const b: number[][] = Array.from({ length: n }, () => new Array<number>(L).fill(-Infinity));
      for (let c = 0; c < L; c++) b[n - 1][c] = allowedLast(L, c) ? 0 : -Infinity;
      for (let i = n - 2; i >= 0; i--) {
        for (let c = 0; c < L; c++) {
          for (let x = 0; x < L; x++) {
            if (!allowedIn(L, c, x)) continue;
            const v = tr[c * L + x] + e[(i + 1) * L + x] + b[i + 1][x];
            if (v > b[i][c]) b[i][c] = v;
          }
        }
      }
      const margins = tags.map((chosen, i) => {
        let second = -Infinity;
        for (let c = 0; c < L; c++) if (c !== chosen && a[i][c] + b[i][c] > second) second = a[i][c] + b[i][c];
        return second === -Infinity ? 0 : Math.fround(a[i][chosen] + b[i][chosen] - second);
      });
      return { tags, margins };
    };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('random', 'rows', 'columns'),
        (n, seed, lead, shape) => {
          let x = seed;
          const rnd = (): number => {
            x = (x * 1103515245 + 12345) % 2 ** 31;
            return Math.round(((x / 2 ** 31) * 20 - 10) * 4) / 4;
          };
          const emissions = Array.from({ length: n * L }, (_, k) => rnd() + (k % L === 0 ? lead * (rnd() > -5 ? 1 : 0) : 0));
          // Flat rows (one score from each label to every next one) make the forward skip's bounds tight,
          // flat columns the backward one's, so that a bound off by a little changes a decision.
          const flat = Array.from({ length: L }, rnd);
          const transitions = Array.from({ length: L * L }, (_, k) =>
            shape === 'rows' ? flat[Math.floor(k / L)] : shape === 'columns' ? flat[k % L] : rnd(),
          );
          const starts = Array.from({ length: L }, rnd);
          const got = viterbi(emissions, transitions, starts, n, L, true);
          const want = plain(emissions, transitions, starts, n);
          expect(Array.from(got.tags)).toEqual(want.tags);
          expect(Array.from(got.margins ?? [])).toEqual(want.margins);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
