import { searchKey } from '../../src/recognize/quantities/keys';
import { lexicon } from '../../src/recognize/quantities/lexicon';
import { parseNumberWords, type WordItem } from '../../src/recognize/quantities/number-words';

/** Items from space-separated words; a leading و on a word that is a number without it joins it. */
function items(phrase: string): WordItem[] {
  const lex = lexicon();
  const isNumber = (k: string) => lex.numbers.has(k) || lex.scales.has(k) || lex.fractions.has(k);
  const out: WordItem[] = [];
  let waw = false;
  for (const w of phrase.split(' ')) {
    const k = searchKey(w);
    if (k === 'و') {
      waw = true;
      continue;
    }
    if (!isNumber(k) && k.startsWith('و') && isNumber(k.slice(1))) out.push({ key: k.slice(1), waw: true });
    else out.push({ key: k, waw });
    waw = false;
  }
  return out;
}

describe('parseNumberWords', () => {
  test.each([
    ['ثلاثة', 3, 1],
    ['ثلاث', 3, 1],
    ['صفر', 0, 1],
    ['ستة عشر', 16, 2],
    ['أحد عشر', 11, 2],
    ['إحدى عشرة', 11, 2],
    ['اثنا عشر', 12, 2],
    ['واحد وعشرون', 21, 2],
    ['اثنين وخمسون', 52, 2],
    ['مائة وستة عشر', 116, 3],
    ['مئة وستة', 106, 2],
    ['ثلاث مائة وواحد وثلاثون', 331, 4],
    ['ثلاثمائة و واحد و ثلاثون', 331, 3],
    ['ألف', 1000, 1],
    ['ألفان', 2000, 1],
    ['ألفين ومائتين', 2200, 2],
    ['ثلاثة آلاف وخمسمائة', 3500, 3],
    ['مائة ألف', 100000, 2],
    ['مائتين وإثنين ألف', 202000, 3],
    ['مليون', 1e6, 1],
    ['مليونان', 2e6, 1],
    ['ملياري', 2e9, 1],
    ['ثلاثة ملايين', 3e6, 2],
    ['اثني عشر مليار', 12e9, 3],
    ['مليون وألفين ومائتين', 1002200, 3],
    ['واحد وعشرون تريليون وثلاث مائة', 21000000000300, 5],
    ['نصف', 0.5, 1],
    ['ربع', 0.25, 1],
    ['ثلثان', 2 / 3, 1],
    ['ثلاثة أرباع', 0.75, 2],
    ['خمسة أثمان', 0.625, 2],
    ['نصف مليون', 500000, 2],
    ['واحد ونصف', 1.5, 2],
    ['خمسة وربع', 5.25, 2],
    ['مئة وثلاثة ارباع', 100.75, 3],
    ['عشرون وثلاثة اخماس', 20.6, 3],
    ['واحد من ثلاثة', 1 / 3, 3],
    ['واحد على مائة', 0.01, 3],
    ['واحد جزء من مئة', 0.01, 4],
    ['ثلاث دزينات', 36, 2],
    ['الخمسة عشر', 15, 2],
    ['الأحد عشر', 11, 2],
    ['مليون ونصف', 1.5e6, 2],
    ['خمسة ملايين ونصف مليون', 5.5e6, 4],
  ])('%s → %d', (phrase, value, used) => {
    const r = parseNumberWords(items(phrase));
    expect(r).not.toBeNull();
    expect(r?.value).toBeCloseTo(value, 9);
    expect(r?.used).toBe(used);
  });

  test.each([
    ['ثلاثمائة و مائتين', 300, 1, 'two hundreds do not add up'],
    ['أربعة ألف و ثلاثمائة و صفر', 4300, 3, 'zero ends a compound'],
    ['خمس سنوات', 5, 1, 'خمس before an indefinite noun is five'],
    ['خمس الفطيرة', 0.2, 1, 'خمس before a definite noun is a fifth'],
    ['واحد من أكبر', 1, 1, 'من not followed by a number'],
  ])('%s reads %d over %d word(s): %s', (phrase, value, used) => {
    const r = parseNumberWords(items(phrase));
    expect(r?.value).toBeCloseTo(value, 9);
    expect(r?.used).toBe(used);
  });

  test('a lone واحد is flagged, a compound is not', () => {
    expect(parseNumberWords(items('واحد'))?.loneOne).toBe(true);
    expect(parseNumberWords(items('واحد وعشرون'))?.loneOne).toBe(false);
  });

  test.each([['أحد'], ['الأحد'], ['آلاف'], ['كتاب'], ['ألف الكاتب']])('%s starts no number', (phrase) => {
    expect(parseNumberWords(items(phrase))).toBeNull();
  });
});
