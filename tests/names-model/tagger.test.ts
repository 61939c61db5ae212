import fc from 'fast-check';
import { getModel, modelInfo, tagSentences, tagTokens } from '../../src/recognize/names/model/index.js';
import { decodeDocument } from '../../src/recognize/names/model/tagger.js';
import { FeatureGroup } from '../../src/recognize/names/model/features.js';
import { chunks, TAGS } from '../../src/recognize/names/model/tags.js';

const words = (s: string): string[] => s.split(' ');

describe('tagTokens', () => {
  it('loads the bundled model lazily and reports what it is', () => {
    expect(modelInfo.sizeBytes).toBeGreaterThan(1000);
    expect(modelInfo.sizeBytes).toBeLessThan(10 * 2 ** 20);
    expect(modelInfo.featureCount).toBeGreaterThan(10000);
    expect(modelInfo.loadMs).toBeGreaterThan(0);
    expect(modelInfo.training.trainSentences).toBeGreaterThan(3000);
  });

  it('returns one tag and one score per word, from the BIO tag set', () => {
    const w = words('قال الرئيس الروسي فلاديمير بوتين إن بلاده لن تتراجع');
    const r = tagTokens(w);
    expect(r.tags).toHaveLength(w.length);
    expect(r.scores).toHaveLength(w.length);
    for (const t of r.tags) expect(TAGS).toContain(t);
  });

  it('is deterministic', () => {
    const w = words('وصل وزير الخارجية الصيني وانغ يي إلى موسكو في زيارة رسمية');
    expect(tagTokens(w)).toEqual(tagTokens([...w]));
  });

  it('never emits an I- tag that does not continue its type', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('بوتين', 'في', 'بكين', 'شركة', 'الأمم', 'المتحدة', 'وزير', '،', 'Reuters', '2022', 'جامعة', 'القاهرة'), {
          maxLength: 30,
        }),
        (w) => {
          const { tags } = tagTokens(w);
          for (let i = 0; i < tags.length; i++) {
            if (!tags[i].startsWith('I-')) continue;
            expect(i).toBeGreaterThan(0);
            expect(tags[i - 1].slice(2)).toBe(tags[i].slice(2));
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('handles the empty sentence', () => {
    expect(tagTokens([])).toEqual({ tags: [], scores: [] });
  });

  it.each([
    ['Latin text only', 'The quick brown fox jumps over the lazy dog'],
    ['digits and punctuation', '2022 - 05 / 02 ، ( 117.5 ) !'],
    ['diacritics only', 'ً ٌ ٍ َ ُ ِ ّ ْ'],
    ['tatweel and marks', 'ـــ ـ ّـ'],
  ])('finds no names in %s', (_, text) => {
    const { tags } = tagTokens(words(text));
    expect(chunks(tags)).toEqual([]);
  });

  it('tags a 10,000-token sentence completely, in time linear in its length', () => {
    const base = words('وقال الرئيس الأمريكي جو بايدن في واشنطن إن الولايات المتحدة ستواصل دعم أوكرانيا');
    const long: string[] = [];
    while (long.length < 10000) long.push(...base);
    long.length = 10000;
    const time = (w: string[]): number => {
      const t0 = performance.now();
      tagTokens(w);
      return performance.now() - t0;
    };
    time(long.slice(0, 1000)); // warm-up
    const short = time(long.slice(0, 1000));
    const full = time(long);
    // Linear work gives a ratio near 10; anything quadratic would give about 100.
    expect(full).toBeLessThan(30 * short + 500);
    const { tags } = tagTokens(long);
    expect(tags).toHaveLength(10000);
    expect(chunks(tags).length).toBeGreaterThan(1000);
  });

  it('tags a document with tagSentences as tagTokens tags its sentences, shape for shape', () => {
    const doc = [words('وصل الرئيس الروسي فلاديمير بوتين إلى بكين'), words('وقال بوتين إن العلاقات قوية'), []];
    const r = tagSentences(doc);
    expect(r.map((x) => x.tags.length)).toEqual([7, 5, 0]);
    expect(chunks(r[1].tags).map((c) => doc[1].slice(c.start, c.end).join(' '))).toContain('بوتين');
  });

  it('tags a one-sentence document without the document stage, a longer one with it', () => {
    const model = getModel();
    const last = model.stages[model.stages.length - 1];
    expect(last?.role).toBe('document');
    // The same model with the document stage's transitions forbidding every move: a decode that runs
    // that stage changes, one that stops before it does not.
    const blocked = new Float32Array(last?.transitions.length ?? 0).fill(-1e9);
    const other = { ...model, stages: [...model.stages.slice(0, -1), { ...last!, transitions: blocked }] };
    const sentences = [
      words('وأكد الدكتور أحمد الطيب شيخ الأزهر أن الحوار ضروري'),
      words('قال مصدر في حركة حماس لوكالة رويترز إن المفاوضات متعثرة'),
      words('وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى تل أبيب'),
    ];
    for (const s of sentences) expect(decodeDocument(other, [s])).toEqual(decodeDocument(model, [s]));
    expect(decodeDocument(other, sentences)).not.toEqual(decodeDocument(model, sentences));
  });

  it('runs the shipped in-document groups on the cached path exactly as training computes them', () => {
    const model = getModel();
    const inDocument = FeatureGroup.DocPosition | FeatureGroup.DocPair | FeatureGroup.DocEntity;
    expect(model.groups & inDocument).toBe(inDocument);
    expect(modelInfo.training.groups).toEqual(expect.arrayContaining(['DocPosition', 'DocPair', 'DocEntity']));
    // Shape has no weight in the shipped model, but it sends decoding down the plain path, which adds every
    // feature one by one as training does.
    const plain = { ...model, groups: model.groups | FeatureGroup.Shape };
    const doc = [
      words('قال الرئيس الأمريكي جورج بوش في واشنطن إن المحادثات مستمرة'),
      words('وصل بوش إلى لندن ، وقالت رايس إن الزيارة مهمة'),
      words('والتقى جورج بوش ورايس في لندن رئيس الوزراء توني بلير'),
      words('وقال بلير إن بريطانيا تدعم الخطة'),
    ];
    expect(decodeDocument(model, doc)).toEqual(decodeDocument(plain, doc));
    // And the groups' weights matter: without them the document stage tags or scores differently.
    expect(decodeDocument({ ...model, groups: model.groups & ~inDocument }, doc)).not.toEqual(decodeDocument(model, doc));
  });
});
