import fc from 'fast-check';
import { decodeModel, encodeModel, type RawModel } from '../../src/recognize/names/model/codec';
import { extractFeatures, FeatureGroup, GUIDE_MARGIN_UNIT } from '../../src/recognize/names/model/features';
import { guideCode, guideCodeFeatures, guideFeatures, marginBuckets } from '../../src/recognize/names/model/guide';
import { IntTable } from '../../src/recognize/names/model/int-table';
import { decodeDocument } from '../../src/recognize/names/model/tagger';
import { getModel } from '../../src/recognize/names/model/index';
import { adaptExamples, augmentFeatures, domainKey, newsView } from '../../scripts/ner/adapt';
import { trainPerceptron, type Example, type Trained } from '../../scripts/ner/perceptron';
import { lcg, randomStage } from './random-stage';

const T = 17;

describe('domain adaptation (scripts/ner/adapt.ts)', () => {
  const features = { offsets: Int32Array.of(0, 2, 3), features: Uint32Array.of(11, 22, 33) };

  it('emits each token’s keys, then their copies for its corpus, and collects the plain keys', () => {
    const shared = new Set<number>();
    const news = augmentFeatures(features, 'news', shared);
    expect(Array.from(news.offsets)).toEqual([0, 4, 6]);
    expect(Array.from(news.features)).toEqual([11, 22, domainKey(11, 'news'), domainKey(22, 'news'), 33, domainKey(33, 'news')]);
    const wiki = augmentFeatures(features, 'wiki', shared);
    expect(Array.from(wiki.features)).toEqual([11, 22, domainKey(11, 'wiki'), domainKey(22, 'wiki'), 33, domainKey(33, 'wiki')]);
    expect([...shared].sort()).toEqual([11, 22, 33]);
    for (const k of [11, 22, 33]) {
      expect(domainKey(k, 'news')).not.toBe(domainKey(k, 'wiki'));
      expect(domainKey(k, 'news')).not.toBe(k);
    }
  });

  it('ships shared + news weights under the plain keys and drops the wiki copies', () => {
    const keys = [11, domainKey(11, 'news'), domainKey(11, 'wiki'), 22, domainKey(22, 'wiki')];
    const trained: Trained = {
      featureKeys: Uint32Array.from(keys),
      featureWeights: Float32Array.of(1, 2, 10, 20, 100, 200, 3, 4, 300, 400),
      transitions: Float32Array.of(1, 2, 3, 4),
      starts: Float32Array.of(5, 6),
    };
    const view = newsView(trained, new Set([11, 22]));
    expect(Array.from(view.featureKeys)).toEqual([11, 22]);
    expect(Array.from(view.featureWeights)).toEqual([11, 22, 3, 4]); // 22 has no news copy: its shared weights alone
    expect(view.transitions).toBe(trained.transitions);
    expect(view.starts).toBe(trained.starts);
  });

  // What news text scores under the trained copies is what the shipped view scores under the plain keys.
  it('scores news sentences with the view as the adapted model does', () => {
    const sentence = fc.array(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    const example = sentence.map((tokens): Example => {
      const offsets = new Int32Array(tokens.length + 1);
      tokens.forEach((t, i) => (offsets[i + 1] = offsets[i] + t.length));
      return { features: { offsets, features: Uint32Array.from(tokens.flat()) }, gold: Int32Array.from(tokens, (t) => (t[0] % 3 === 0 ? 16 : 0)) };
    });
    fc.assert(
      fc.property(fc.array(example, { minLength: 1, maxLength: 5 }), fc.array(example, { minLength: 1, maxLength: 5 }), (news, wiki) => {
        const { examples, shared } = adaptExamples(news, wiki);
        expect(examples.length).toBe(news.length + wiki.length);
        const trained = trainPerceptron(examples, T, 2, 1, 0, 2, 0, 1);
        const view = newsView(trained, shared);
        const rowsOf = (t: Trained): Map<number, number> => new Map(Array.from(t.featureKeys, (k, r) => [k, r]));
        const score = (t: Trained, keys: Uint32Array, label: number): number => {
          const rows = rowsOf(t);
          let s = 0;
          for (const k of keys) {
            const r = rows.get(k);
            if (r !== undefined) s += t.featureWeights[r * T + label];
          }
          return s;
        };
        news.forEach((e, i) => {
          const augmented = examples[i].features;
          for (let tok = 0; tok + 1 < e.features.offsets.length; tok++) {
            const plain = e.features.features.slice(e.features.offsets[tok], e.features.offsets[tok + 1]);
            const copies = augmented.features.slice(augmented.offsets[tok], augmented.offsets[tok + 1]);
            for (const label of [0, 16]) expect(score(view, plain, label)).toBeCloseTo(score(trained, copies, label), 3);
          }
        });
      }),
      { numRuns: 25 },
    );
  });
});

describe('GuideMargin group (guide confidence)', () => {
  const thresholds = IntTable.from(Uint32Array.of(0, 1, 2), Uint32Array.of(10 * GUIDE_MARGIN_UNIT, 20 * GUIDE_MARGIN_UNIT, 30 * GUIDE_MARGIN_UNIT));

  it('buckets margins by the thresholds they reach', () => {
    expect(Array.from(marginBuckets(Float32Array.of(0, 9.9, 10, 25, 30, 1000), thresholds))).toEqual([0, 0, 1, 2, 3, 3]);
  });

  it('is off by default and leaves the codes and features of a model without it as they were', () => {
    expect(getModel().groups & FeatureGroup.GuideMargin).toBe(0);
    const tags = Int32Array.of(0, 4, 16, 2);
    const bits = 5;
    for (let i = 0; i < tags.length; i++) {
      const prev = i > 0 ? tags[i - 1] : 31;
      const next = i + 1 < tags.length ? tags[i + 1] : 31;
      // The packing of the codes before round 9.
      expect(guideCode(tags, i, T)).toBe((((prev << bits) | tags[i]) << bits) | next);
    }
    const plain = guideFeatures(tags, T);
    expect(plain.features.length).toBe(5 * tags.length);
    const withBuckets = guideFeatures(tags, T, Int32Array.of(0, 1, 2, 3));
    expect(withBuckets.features.length).toBe(6 * tags.length);
    for (let i = 0; i < tags.length; i++) {
      // One more feature per token, the others unchanged.
      expect(Array.from(withBuckets.features.slice(6 * i + 1, 6 * i + 6))).toEqual(Array.from(plain.features.slice(5 * i, 5 * i + 5)));
    }
    // The bucket feature depends on the bucket and the tag only.
    const one = (b: number, tag: number): number => guideFeatures(Int32Array.of(tag), T, Int32Array.of(b)).features[0];
    expect(one(0, 4)).not.toBe(one(1, 4));
    expect(one(1, 4)).not.toBe(one(1, 8));
    expect(guideFeatures(Int32Array.of(0, 4), T, Int32Array.of(2, 1)).features[6]).toBe(one(1, 4));
  });

  it('round-trips its thresholds, and leaves a model without them byte for byte as before', () => {
    const stage = { role: 'sentence' as const, transitions: new Float32Array(T * T), starts: new Float32Array(T), featureKeys: Uint32Array.of(1), featureWeights: new Float32Array(T) };
    const raw = (lexicons: RawModel['lexicons']): RawModel => ({ tagCount: T, groups: 2, stages: [stage], lexicons });
    const table = { keys: Uint32Array.of(0, 1, 2), values: Uint32Array.of(160, 320, 480) };
    const without = Buffer.from(encodeModel(raw({})), 'base64');
    const withMargins = Buffer.from(encodeModel(raw({ guideMargin: table })), 'base64');
    expect(withMargins.subarray(0, without.length).equals(without)).toBe(true);
    const decoded = decodeModel(encodeModel(raw({ guideMargin: table }))).lexicons.guideMargin;
    expect([0, 1, 2, 3].map((k) => decoded?.get(k))).toEqual([160, 320, 480, -1]);
  });

  it('tags the same on the cached path as on the plain one, and its weights move the sentence stage', () => {
    const doc = [
      ['قال', 'الرئيس', 'جورج', 'بوش', 'في', 'واشنطن'],
      ['وصل', 'بوش', 'إلى', 'لندن', '،', 'وقال', 'رايس'],
    ];
    const groups = FeatureGroup.Clitic | FeatureGroup.Affix | FeatureGroup.GuideMargin;
    const all = new Set<number>();
    for (const w of doc) for (const x of extractFeatures(w, {}, groups).features) all.add(x);
    // Every guide feature any code can give (bucket 0 = none, 1..4 = buckets 0..3).
    for (let code = 0; code < 5 << 15; code++) guideCodeFeatures(code, T, (key) => all.add(key));
    const featureKeys = Uint32Array.from(all);
    const rand = lcg(11);
    const stage = (role: 'guide' | 'sentence'): RawModel['stages'][number] => randomStage(role, featureKeys, T, rand);
    const lexicons = { guideMargin: { keys: Uint32Array.of(0, 1, 2), values: Uint32Array.of(2000, 20000, 200000) } };
    const model = decodeModel(encodeModel({ tagCount: T, groups, stages: [stage('guide'), stage('sentence')], lexicons }));
    const plain = { ...model, groups: model.groups | FeatureGroup.Shape };
    const fast = decodeDocument(model, doc);
    expect(fast).toEqual(decodeDocument(plain, doc));
    expect(decodeDocument({ ...model, groups: groups & ~FeatureGroup.GuideMargin }, doc)).not.toEqual(fast);
  });
});
