import fc from 'fast-check';
import { defaultStopwords, foldTerm, isStopword } from '../../src/search/index';
import { normalize } from '../../src/text/index';

describe('stopwords', () => {
  test.each(['في', 'وَفِي', 'فإن', 'الذي', 'هذه', 'لكن', 'عليها', 'إلى', 'الى'])('%s is a stopword', (w) => {
    expect(isStopword(w)).toBe(true);
  });

  test.each(['بكين', 'الصين', 'وزير', 'فيلم', 'منظمة', 'علم'])('%s is not', (w) => {
    expect(isStopword(w)).toBe(false);
  });

  test('the default set is folded', () => {
    for (const w of defaultStopwords()) expect(foldTerm(w)).toBe(w);
  });
});

describe('foldTerm', () => {
  test.each([
    ['الإِمَارَاتُ', 'الامارات'],
    ['مسؤولة', 'مسءوله'],
    ['إلى', 'الي'],
    ['١٢٣', '123'],
    ['ABC', 'abc'],
    ['\ufefb', 'لا'],
  ])('%s → %s', (w, f) => {
    expect(foldTerm(w)).toBe(f);
  });

  test('agrees with the search normalization preset on Arabic words', () => {
    const unit = fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآٱؤئء'.split(''), '\u064b', '\u064e', '\u0651', '\u0652', '\u0670', '\u0640', '٣');
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 10 }), (a) => {
        const w = a.join('');
        expect(foldTerm(normalize(w, 'search'))).toBe(foldTerm(w));
        expect(normalize(foldTerm(w), 'search')).toBe(foldTerm(w));
      }),
    );
  });
});
