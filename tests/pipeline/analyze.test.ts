import fc from 'fast-check';
import { analyze } from '../../src/pipeline/analyze';
import { detectLanguage } from '../../src/language/detect';
import { anyText } from '../helpers/arbitraries';
import { expectAnalysisOffsets } from '../helpers/offsets';

describe('analyze', () => {
  test('an empty string gives an empty Analysis', () => {
    expect(analyze('')).toEqual({ text: '', language: { code: 'und', isArabic: false, confidence: 0 }, sentences: [], tokens: [], entities: [] });
  });
  test.each([42, null, undefined, {}, ['نص']])('a non-string (%j) throws a TypeError saying what was expected', (bad) => {
    expect(() => analyze(bad as unknown as string)).toThrow(/analyze: expected the text to be a string/);
  });
  test('bad options are reported clearly', () => {
    expect(() => analyze('نص', { entities: ['dates' as never] })).toThrow(/unknown stage "dates"/);
    expect(() => analyze('نص', { referenceDate: 'not a date' })).toThrow(RangeError);
    expect(() => analyze('نص', { entities: 'names' as never })).toThrow(TypeError);
  });
  test('entities: false runs no recognizer; a stage list runs only those stages', () => {
    const text = 'استغل بوتين زيارته إلى بكين لصفقة بنحو 117.5 مليار دولار.';
    expect(analyze(text, { entities: false }).entities).toEqual([]);
    const q = analyze(text, { entities: ['quantities'] }).entities;
    expect(q.length).toBeGreaterThan(0);
    expect(q.every((e) => !['person', 'organization', 'location', 'misc'].includes(e.type))).toBe(true);
    const n = analyze(text, { entities: ['names'] }).entities;
    expect(n.length).toBeGreaterThan(0);
    expect(n.every((e) => ['person', 'organization', 'location', 'misc'].includes(e.type))).toBe(true);
  });
  test('non-Arabic text is tokenized and flagged', () => {
    const a = analyze('The government announced on Friday that the new agreement would be signed next week in the capital.');
    expect(a.language.isArabic).toBe(false);
    expect(a.language.code).toBe('eng');
    expect(a.tokens.length).toBe(18);
    expect(a.tokens.every((t) => t.kind === 'latin' || t.kind === 'punct')).toBe(true);
  });
  test('language never gates extraction: a text too short to identify is und and still analysed', () => {
    const a = analyze('5 دولار');
    expect(a.language.code).toBe('und');
    expect(a.entities.some((e) => e.type === 'money')).toBe(true);
  });
  test('short Arabic text is not taken for Urdu or Persian', () => {
    expect(analyze('بلغ 117.5 مليار دولار').language).toMatchObject({ code: 'arb', isArabic: true });
  });
  test('entities are sorted by start', () => {
    const a = analyze('وصل بوتين إلى بكين يوم الجمعة 05/02/2022 الساعة 11:10 مع 3000 جندي.');
    for (let i = 1; i < a.entities.length; i++) expect(a.entities[i].start).toBeGreaterThanOrEqual(a.entities[i - 1].start);
  });
});

describe('detectLanguage', () => {
  test.each([
    ['أعلنت الصين وروسيا في نفس يوم افتتاح دورة الألعاب الأولمبية الشتوية شراكة بلا حدود', 'arb', true],
    ['این یک متن فارسی است که برای آزمایش تشخیص زبان نوشته شده است', 'pes', false],
    ['Ceci est un texte écrit en français pour tester la détection de la langue.', 'fra', false],
    ['12345 ... !!!', 'und', false],
  ])('%s → %s', (text, code, isArabic) => {
    const l = detectLanguage(text);
    if (code === 'pes') expect(['pes', 'prs']).toContain(l.code);
    else expect(l.code).toBe(code);
    expect(l.isArabic).toBe(isArabic);
    expect(l.confidence).toBeGreaterThanOrEqual(0);
    expect(l.confidence).toBeLessThanOrEqual(1);
  });
});

describe('analyze: invariants on random Arabic-like text', () => {
  test('offsets hold for tokens, parts, sentences and entities; nothing throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expectAnalysisOffsets(analyze(text, { language: false }));
      }),
      { numRuns: 400 },
    );
  });
  test('very long lines and long runs finish well within a generous bound', () => {
    const cases = ['ب' + '\u064e'.repeat(100_000), '\u0640'.repeat(100_000), '1'.repeat(100_000), '.'.repeat(100_000), '1.'.repeat(50_000), 'وبكين '.repeat(20_000)];
    for (const text of cases) {
      const t0 = Date.now();
      expectAnalysisOffsets(analyze(text));
      expect(Date.now() - t0).toBeLessThan(10_000);
    }
  });
});
