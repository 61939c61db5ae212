import { normalize, normalizeWithMap, type NormalizeOptions, type PresetName } from '../../src/text/index';

describe('normalizeWithMap', () => {
  it('gives the same text as normalize', () => {
    for (const preset of ['search', 'display', 'none', 'camel-arclean', 'lucene'] as PresetName[]) {
      const input = ' \u200fأَحْمَدُ  ﻷن ٣٫٥ ـ ﷺ ';
      expect(normalizeWithMap(input, preset).text).toBe(normalize(input, preset));
    }
  });

  it('absorbs deleted marks into the preceding letter', () => {
    const input = 'كَتَبَ';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('كتب');
    expect([0, 1, 2, 3].map((i) => map.toOriginal(i))).toEqual([0, 2, 4, 6]);
    expect(map.span(0, 1)).toEqual([0, 2]);
    expect(map.span(2, 3)).toEqual([4, 6]);
    expect(input.slice(...map.span(1, 2))).toBe('تَ');
  });

  it('absorbs deleted leading characters into the first span', () => {
    const input = '\u200f\u200fبيت';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('بيت');
    expect(map.span(0, 1)).toEqual([0, 3]);
    expect(map.toOriginal(0)).toBe(0);
    expect(map.span(1, 3)).toEqual([3, 5]);
  });

  it('maps both letters of a lam-alef ligature to the ligature', () => {
    const input = 'ﻷنَّ';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('لان');
    expect(map.span(0, 1)).toEqual([0, 1]);
    expect(map.span(1, 2)).toEqual([0, 1]);
    expect(map.span(0, 2)).toEqual([0, 1]);
    expect(map.span(2, 3)).toEqual([1, 4]);
    expect(map.toOriginal(1)).toBe(0);
  });

  it('maps an expansion after leading deletions to the whole prefix', () => {
    const { text, map } = normalizeWithMap('\u200fﻷ');
    expect(text).toBe('لا');
    expect(map.span(0, 1)).toEqual([0, 2]);
    expect(map.span(1, 2)).toEqual([0, 2]);
  });

  it('maps a collapsed space run to the whole run', () => {
    const input = 'a \u00a0\t b';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('a b');
    expect(map.span(1, 2)).toEqual([1, 5]);
    expect(map.span(2, 3)).toEqual([5, 6]);
  });

  it('maps digit folding one to one', () => {
    const input = 'بلغ ٣٬٠٠٠ دولار';
    const { text, map } = normalizeWithMap(input);
    const start = text.indexOf('3,000');
    expect(input.slice(...map.span(start, start + 5))).toBe('٣٬٠٠٠');
  });

  it('maps a token of the normalized text back to its surface form', () => {
    const input = 'قالَ الرَّئِيسُ   إنَّ الـمُـسْتَشْفَى';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('قال الرءيس ان المستشفي');
    const at = text.indexOf('المستشفي');
    expect(input.slice(...map.span(at, at + 'المستشفي'.length))).toBe('الـمُـسْتَشْفَى');
    const r = text.indexOf('الرءيس');
    expect(input.slice(...map.span(r, r + 6))).toBe('الرَّئِيسُ');
    expect(input.slice(...map.span(r + 6, r + 7))).toBe('   ');
  });

  it('gives an identity map when nothing changes', () => {
    const { text, map } = normalizeWithMap('كتب');
    expect(text).toBe('كتب');
    expect(map.length).toBe(3);
    expect(map.originalLength).toBe(3);
    expect(map.span(1, 2)).toEqual([1, 2]);
  });

  it('handles an output that is entirely deleted', () => {
    const { text, map } = normalizeWithMap('\u064e\u064e');
    expect(text).toBe('');
    expect(map.length).toBe(0);
    expect(map.originalLength).toBe(2);
    expect(map.toOriginal(0)).toBe(0);
    expect(map.span(0, 0)).toEqual([0, 0]);
  });

  it('gives empty spans for empty ranges', () => {
    const { map } = normalizeWithMap('كَتَبَ');
    expect(map.span(1, 1)).toEqual([2, 2]);
  });

  it.each([
    [-1, 1],
    [0, 4],
    [2, 1],
    [0.5, 1],
  ])('rejects span(%p, %p)', (s, e) => {
    const { map } = normalizeWithMap('كَتَبَ');
    expect(() => map.span(s, e)).toThrow(RangeError);
  });

  it('rejects a bad boundary on the identity map too', () => {
    const { map } = normalizeWithMap('abc');
    expect(() => map.toOriginal(4)).toThrow(RangeError);
    expect(() => map.span(2, 1)).toThrow(RangeError);
  });

  it('works with option objects', () => {
    const options: NormalizeOptions = { preset: 'none', tatweel: true };
    const { text, map } = normalizeWithMap('اـــب', options);
    expect(text).toBe('اب');
    expect(map.span(0, 1)).toEqual([0, 4]);
  });

  it('throws a TypeError on a non-string', () => {
    expect(() => normalizeWithMap(5 as unknown as string)).toThrow(/normalizeWithMap: expected the text to be a string/);
  });
});
