import fc from 'fast-check';
import { extractEntities } from '../../src/pipeline/extract';
import type { NameEntity } from '../../src/types';
import { PRESENTATION_FORMS } from '../../src/generated/text-charmaps';
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

  // Text extracted from some PDFs carries Arabic presentation forms (glyph code points) instead of letters.
  // Writes every letter in its isolated glyph form (the first listed for it) and لا as its ligature.
  function glyphs(text: string): string {
    const isolated = new Map<string, number>();
    for (const [cp, letters] of PRESENTATION_FORMS) if (letters.length === 1 && !isolated.has(letters)) isolated.set(letters, cp);
    return text.replace(/لا/g, '\ufefb').replace(/[\u0621-\u064a]/g, (c) => {
      const cp = isolated.get(c);
      return cp === undefined ? c : String.fromCharCode(cp);
    });
  }

  test.each([
    'وقال الرئيس الروسي فلاديمير بوتين في بكين إن الصين وروسيا تتقاربان',
    'وصل دانيال كريتنبرينك إلى واشنطن ثم لندن',
    'قال الأمين العام لحلف شمال الأطلسي إن الحلف لا يريد الحرب',
  ])('presentation forms from a PDF find the names of the letters: %s', (plain) => {
    const pdf = glyphs(plain);
    expect(pdf).not.toBe(plain);
    expect(pdf).toMatch(/[\ufe70-\ufeff]/);
    const expected = names(plain).map((e) => [e.type, e.id.startsWith('doc:') ? 'doc' : e.id]);
    expect(expected.length).toBeGreaterThan(0);
    expect(names(pdf).map((e) => [e.type, e.id.startsWith('doc:') ? 'doc' : e.id])).toEqual(expected);
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
