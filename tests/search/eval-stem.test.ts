import { join } from 'node:path';
import fc from 'fast-check';
import { conflation, readPud } from '../../scripts/eval-stem';

describe('eval-stem reading', () => {
  test('whitespace words with the lemma of their base, from multiword lines and SpaceAfter=No chains', () => {
    expect(readPud(join(__dirname, '../../fixtures/search/mini.conllu'))).toEqual([
      [
        { word: 'وبالصين', lemma: 'صين' },
        { word: 'كتب', lemma: 'كتب' },
        { word: 'الطلاب', lemma: 'طالب' },
      ],
      [
        { word: 'نشرتها', lemma: 'نشر' },
        { word: 'للسلطة', lemma: 'سلطه' },
      ],
    ]);
  });
});

describe('conflation', () => {
  const item = fc.record({ word: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), lemma: fc.constantFrom('x', 'y', 'z') });
  const stemOf = (w: string): string => (w < 'c' ? 'S' : w < 'e' ? 'T' : w);

  test('pair counts from group sizes equal counting every pair', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 30 }), (items) => {
        let sameLemma = 0;
        let sameStem = 0;
        let both = 0;
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) {
            const l = items[i].lemma === items[j].lemma;
            const s = stemOf(items[i].word) === stemOf(items[j].word);
            sameLemma += Number(l);
            sameStem += Number(s);
            both += Number(l && s);
          }
        }
        const r = conflation(items, stemOf);
        if (sameStem > 0) expect(r.p).toBeCloseTo(both / sameStem, 10);
        if (sameLemma > 0) expect(r.r).toBeCloseTo(both / sameLemma, 10);
      }),
    );
  });
});
