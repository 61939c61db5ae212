import fc from 'fast-check';
import { foldCode, foldWord } from '../../src/recognize/names/model/fold';
import { anyText } from '../helpers/arbitraries';

// foldWord reads a table; this is its definition, one code unit at a time.
function byDefinition(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) continue;
    out += String.fromCharCode(foldCode(c));
  }
  return out;
}

describe('foldWord', () => {
  test.each([
    ['إِسْرائيل', 'اسراييل'],
    ['مدرسة', 'مدرسه'],
    ['مصطفى', 'مصطفي'],
    ['٢٠٢٢ و۱۴۰۱', '2022 و1401'],
    ['NATO', 'nato'],
    ['ـبـكـيـن', 'بكين'],
  ])('%s → %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });

  test('a word that folds to itself is returned as it is', () => {
    const word = 'بكين';
    expect(foldWord(word)).toBe(word);
  });

  test('equals the per-code-unit definition', () => {
    const text = fc.oneof(anyText, fc.string({ unit: fc.constantFrom('A', 'Z', 'a', '\u00c9', '\u0672', '\u06cc', '\u06ff', '\u0700', '\u0660', '\u06f9'), maxLength: 20 }));
    fc.assert(fc.property(text, (s) => foldWord(s) === byDefinition(s)), { numRuns: 500 });
  });
});
