import fc from 'fast-check';
import { extractEntities } from '../../src/pipeline/extract';
import type { NameEntity } from '../../src/types';
import { arabicish } from '../helpers/arbitraries';
import { expectOffsets } from '../helpers/offsets';

function names(text: string): NameEntity[] {
  const out = extractEntities(text);
  expectOffsets(text, out);
  return out;
}

describe('robustness', () => {
  test('empty and whitespace-only text', () => {
    expect(names('')).toEqual([]);
    expect(names(' \n\t ')).toEqual([]);
  });

  test('text with no Arabic', () => {
    const text = 'The quick brown fox met Vladimir Putin in Beijing. 123 456!';
    const out = names(text);
    // Latin text is not what the tagger or the gazetteer read; whatever they report keeps the offsets
    // and is not an Arabic name.
    for (const e of out) expect(e.text).not.toMatch(/[\u0600-\u06ff]/);
  });

  test('text of diacritics only', () => {
    expect(names('\u064e\u064f\u0650\u0651\u0652\u064b\u064c\u064d')).toEqual([]);
    expect(names('ـــ \u064e ـ')).toEqual([]);
  });

  test('a 10,000-token sentence without punctuation', () => {
    const chunk = 'وقال بوتين في بكين إن التعاون مع الصين مهم جدا ';
    const words = chunk.trim().split(' ').length;
    const text = chunk.repeat(Math.ceil(10_000 / words));
    expect(text.trim().split(/\s+/).length).toBeGreaterThanOrEqual(10_000);
    const out = names(text);
    const count = (id: string): number => out.filter((e) => e.id === id).length;
    const reps = Math.ceil(10_000 / words);
    expect(count('person:vladimir-putin')).toBe(reps);
    expect(count('city:cn:beijing')).toBe(reps);
    expect(count('CN')).toBe(reps);
  });

  test.each([
    ['وأعلن المتحدث باسم الشركة ماركوس فيلدنبرغ أن الاتفاق سيوقع. وقال فيلدنبرغ إن الموعد لم يحدد.', 'فيلدنبرغ'],
    ['التقى وزير الخارجية نظيره الإستوني أورماس رينسالو في العاصمة. وأكد رينسالو دعم بلاده.', 'رينسالو'],
  ])('unknown transliterated names (no capitals in Arabic): %s', (text, surname) => {
    const out = names(text);
    const mentions = out.filter((e) => e.text.endsWith(surname));
    expect(mentions).toHaveLength(2);
    for (const e of mentions) expect(e.type).toBe('person');
    expect(mentions[0]?.id).toMatch(/^doc:/);
    expect(mentions[1]?.id).toBe(mentions[0]?.id);
    expect(mentions[1]?.source).toBe('linked');
  });

  test('property: offsets hold, name spans never overlap, types are name types', () => {
    fc.assert(
      fc.property(arabicish, (text) => {
        const out = names(text);
        for (let i = 1; i < out.length; i++) expect(out[i]!.start).toBeGreaterThanOrEqual(out[i - 1]!.end);
        for (const e of out) expect(['person', 'organization', 'location', 'misc']).toContain(e.type);
      }),
      { numRuns: 200 },
    );
  });

  test('property: a known name keeps its id whatever particles and diacritics surround it', () => {
    fc.assert(
      fc.property(fc.constantFrom('', 'و', 'ب', 'وب', 'ل'), fc.constantFrom('', 'ـ', '\u064e'), (particle, mark) => {
        const text = `سافر ${particle}موس${mark}كو أمس`;
        const out = names(text);
        expect(out.map((e) => e.id)).toEqual(['city:ru:moscow']);
        expect(out[0]!.text).toBe(`موس${mark}كو`);
      }),
    );
  });
});
