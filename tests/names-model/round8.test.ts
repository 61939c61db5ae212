import { decodeModel, encodeModel, type RawModel } from '../../src/recognize/names/model/codec';
import {
  DOC_WINDOW,
  documentPairFeatures,
  entityFeatures,
  positionFeatures,
  topicFeatures,
  TOPIC_REACH,
} from '../../src/recognize/names/model/document';
import { extractFeatures, FeatureGroup, lexiconClass, nameKeys, packLexiconEntry, type Lexicons } from '../../src/recognize/names/model/features';
import { lexiconKey } from '../../src/recognize/names/model/fold';
import { hashString } from '../../src/recognize/names/model/hash';
import { IntTable } from '../../src/recognize/names/model/int-table';
import { decodeDocument } from '../../src/recognize/names/model/tagger';
import { fineClassSentences, topicTable } from '../../scripts/ner/topic';
import { lcg, randomStage } from './random-stage';

const T = 17;
const key = (w: string): number => hashString(lexiconKey(w));
const tableOf = (entries: readonly (readonly [string, number])[]): IntTable =>
  IntTable.from(
    entries.map(([w]) => key(w)),
    entries.map(([, v]) => v),
  );
const sentence = (text: string, tags?: string): { words: string[]; tags: string[] } => {
  const words = text.split(' ');
  return { words, tags: tags ? tags.split(' ') : words.map(() => 'O') };
};

describe('topic cue words (scripts/ner/topic.ts)', () => {
  const corpus = [
    sentence('فاز نادي ميلان في المباراة', 'O B-Sports I-Sports O O'),
    sentence('خسر فريق روما المباراة', 'O O B-Sports O'),
    sentence('سجل اللاعب هدفا في المباراة', 'O O O O O'),
    sentence('قال الوزير في المؤتمر', 'O O O O'),
    sentence('عقد الوزير المؤتمر في روما', 'O O O O B-Population-Center'),
  ];

  it('marks the sentences that hold a name of the given fine classes', () => {
    expect([...fineClassSentences(corpus, ['Sports'])]).toEqual([1, 1, 0, 0, 0]);
    expect([...fineClassSentences(corpus, ['Sports', 'Population-Center'])]).toEqual([1, 1, 0, 0, 1]);
  });

  it('keeps the context words frequent enough and mostly in cue sentences, never the names', () => {
    const cue = fineClassSentences(corpus, ['Sports']);
    const t = topicTable(corpus, cue, { minCount: 2, minShare: 0.5, reach: 0 });
    const keys = new Set(t.keys);
    expect(keys.has(key('المباراة'))).toBe(true); // 2 of 3 sentences are cue sentences
    expect(keys.has(key('في'))).toBe(false); // 1 of 4
    expect(keys.has(key('الوزير'))).toBe(false); // 0 of 2
    expect(keys.has(key('ميلان'))).toBe(false); // inside a name
    expect(keys.has(key('فاز'))).toBe(false); // only once
    expect([...t.values].every((v) => v === 1)).toBe(true);
    expect([...t.keys]).toEqual([...t.keys].sort((a, b) => a - b));
  });

  it('counts the neighbours of cue sentences with reach', () => {
    const cue = fineClassSentences(corpus, ['Sports']);
    const near = new Set(topicTable(corpus, cue, { minCount: 1, minShare: 1, reach: 1 }).keys);
    expect(near.has(key('هدفا'))).toBe(true); // next to a cue sentence
    expect(near.has(key('المؤتمر'))).toBe(false); // in sentence 3 (a neighbour) and 4 (not)
    const own = new Set(topicTable(corpus, cue, { minCount: 1, minShare: 1, reach: 0 }).keys);
    expect(own.has(key('هدفا'))).toBe(false);
  });
});

describe('Topic features (document stage)', () => {
  const lex: Lexicons = { topic: tableOf([['مباراة', 1]]), wiki: tableOf([['روما', packLexiconEntry([0, 0, 5, 0], [0, 0, 0, 0], 6)]]) };
  const doc = ['قال الوزير في روما', 'انتهت المباراة', 'قال الوزير', 'قال الوزير', 'قال الوزير', 'قال الوزير في روما'].map((s) => s.split(' '));
  const tags = doc.map((w) => new Int32Array(w.length));
  const perToken = (f: { offsets: Int32Array }): number[] => Array.from({ length: f.offsets.length - 1 }, (_, i) => f.offsets[i + 1] - f.offsets[i]);

  it('gives three features to a place or organization word within reach of a cue word, and none to the rest', () => {
    expect(TOPIC_REACH).toBe(2);
    const f = topicFeatures(doc, tags, lex, T);
    expect(lexiconClass(lex.wiki!.get(key('روما')))).toBe(3);
    expect(perToken(f[0])).toEqual([0, 0, 0, 3]);
    expect(perToken(f[5])).toEqual([0, 0, 0, 0]); // four sentences from the cue word
    for (const i of [1, 2, 3, 4]) expect(f[i].features.length).toBe(0);
  });

  it('also fires for a word the first stage tagged ORG or LOC', () => {
    const tagged = tags.map((t, i) => (i === 0 ? Int32Array.of(0, 5, 0, 0) : t)); // B-ORG on الوزير
    expect(perToken(topicFeatures(doc, tagged, lex, T)[0])).toEqual([0, 3, 0, 3]);
  });

  it('depends on the number of cue words, the first-stage type and the neighbours', () => {
    const one = topicFeatures(doc, tags, lex, T)[0];
    const more = topicFeatures(doc.map((w, i) => (i === 1 ? ['مباراة', 'المباراة', 'مباراة'] : w)), tags, lex, T)[0];
    expect(more.features[0]).not.toBe(one.features[0]);
    const asLoc = topicFeatures(doc, tags.map((t, i) => (i === 0 ? Int32Array.of(0, 0, 0, 12) : t)), lex, T)[0];
    expect(asLoc.features[0]).not.toBe(one.features[0]);
    const otherPrev = topicFeatures(doc.map((w, i) => (i === 0 ? ['قال', 'الوزير', 'إلى', 'روما'] : w)), tags, lex, T)[0];
    expect(otherPrev.features[0]).toBe(one.features[0]);
    expect(otherPrev.features[1]).not.toBe(one.features[1]);
    expect(otherPrev.features[2]).toBe(one.features[2]);
  });

  it('gives nothing without a topic lexicon', () => {
    for (const s of topicFeatures(doc, tags, { wiki: lex.wiki }, T)) expect(s.features.length).toBe(0);
  });
});

describe('DocPosition and DocPair features (document stage)', () => {
  const perToken = (f: { offsets: Int32Array }): number[] => Array.from({ length: f.offsets.length - 1 }, (_, i) => f.offsets[i + 1] - f.offsets[i]);
  // BILOU labels: O 0; PER B 1, I 2, L 3, U 4.
  const doc = [
    ['كوندوليزا', 'رايس', 'قالت'],
    ['رايس', 'ستزور', '،'],
  ];
  const keys = doc.map((w) => nameKeys(w, {}));

  it('tell where in a name the other occurrences of a word were', () => {
    const asLast = positionFeatures(keys, [Int32Array.of(1, 3, 0), Int32Array.of(4, 0, 0)], DOC_WINDOW, T);
    const alone = positionFeatures(keys, [Int32Array.of(0, 4, 0), Int32Array.of(4, 0, 0)], DOC_WINDOW, T);
    // رايس in the second sentence: one share and the majority, plus the neighbours' majorities.
    expect(perToken(asLast[1])).toEqual([4, 3, 3]);
    expect(asLast[1].features[0]).not.toBe(alone[1].features[0]);
    expect(asLast[1].features[1]).not.toBe(alone[1].features[1]);
    // ستزور has no other occurrence, but its previous word has.
    expect(asLast[1].features[asLast[1].offsets[1] + 1]).not.toBe(alone[1].features[alone[1].offsets[1] + 1]);
    // Out of the window, nothing is counted.
    expect(perToken(positionFeatures(keys, [Int32Array.of(1, 3, 0), Int32Array.of(4, 0, 0)], 0, T)[1])).toEqual([3, 3, 3]);
  });

  it('tell whether a word pair was one name elsewhere', () => {
    const pairDoc = [
      ['جورج', 'بوش', 'قال'],
      ['جورج', 'بوش', 'وصل'],
    ];
    const pairKeys = pairDoc.map((w) => nameKeys(w, {}));
    const joined = documentPairFeatures(pairKeys, [Int32Array.of(1, 3, 0), Int32Array.of(0, 0, 0)], DOC_WINDOW, T);
    const split = documentPairFeatures(pairKeys, [Int32Array.of(4, 4, 0), Int32Array.of(0, 0, 0)], DOC_WINDOW, T);
    expect(perToken(joined[1])).toEqual([2, 2, 0]);
    expect(joined[1].features[0]).not.toBe(split[1].features[0]);
    // A pair with a word that cannot be a name (punctuation) is never counted.
    const punct = documentPairFeatures(keys, [Int32Array.of(1, 3, 0), Int32Array.of(4, 0, 0)], DOC_WINDOW, T);
    expect(perToken(punct[1])).toEqual([0, 0, 0]);
  });
});

describe('DocEntity features (document stage)', () => {
  const perToken = (f: { offsets: Int32Array }): number[] => Array.from({ length: f.offsets.length - 1 }, (_, i) => f.offsets[i + 1] - f.offsets[i]);
  // BILOU labels: O 0; PER B 1, I 2, L 3, U 4; ORG B 5 … U 8.
  const doc = [
    ['جورج', 'بوش', 'قال'],
    ['وصل', 'بوش', '،'],
  ];
  const keys = doc.map((w) => nameKeys(w, {}));

  it('gives two features to each word that can be part of a name, and none to punctuation', () => {
    const f = entityFeatures(keys, [Int32Array.of(1, 3, 0), Int32Array.of(0, 4, 0)], DOC_WINDOW, T);
    expect(perToken(f[0])).toEqual([2, 2, 2]);
    expect(perToken(f[1])).toEqual([2, 2, 0]);
  });

  it('reads the longer names that hold a name elsewhere (superentity)', () => {
    const inPerson = entityFeatures(keys, [Int32Array.of(1, 3, 0), Int32Array.of(0, 4, 0)], DOC_WINDOW, T)[1];
    const inOrg = entityFeatures(keys, [Int32Array.of(5, 7, 0), Int32Array.of(0, 4, 0)], DOC_WINDOW, T)[1];
    const alone = entityFeatures(keys, [Int32Array.of(0, 0, 0), Int32Array.of(0, 4, 0)], DOC_WINDOW, T)[1];
    const at = (f: { offsets: Int32Array; features: Uint32Array }, i: number, j: number): number => f.features[f.offsets[i] + j];
    // بوش (U-PER): same whole-name majority (none elsewhere), different superentity.
    expect(at(inPerson, 1, 0)).toBe(at(inOrg, 1, 0));
    expect(at(inPerson, 1, 1)).not.toBe(at(inOrg, 1, 1));
    expect(at(inPerson, 1, 1)).not.toBe(at(alone, 1, 1));
  });

  it('reads the same words tagged as a whole name elsewhere, for a word outside names too', () => {
    const named = entityFeatures(keys, [Int32Array.of(0, 4, 0), Int32Array.of(0, 0, 0)], DOC_WINDOW, T)[1];
    const never = entityFeatures(keys, [Int32Array.of(0, 0, 0), Int32Array.of(0, 0, 0)], DOC_WINDOW, T)[1];
    expect(named.features[named.offsets[1]]).not.toBe(never.features[never.offsets[1]]);
    // Out of the window the other sentence is not counted.
    const far = entityFeatures(keys, [Int32Array.of(0, 4, 0), Int32Array.of(0, 0, 0)], 0, T)[1];
    expect(far.features[far.offsets[1]]).toBe(never.features[never.offsets[1]]);
  });

  it('does not count a name as its own evidence', () => {
    const single = entityFeatures([keys[1]], [Int32Array.of(0, 4, 0)], DOC_WINDOW, T)[0];
    const none = entityFeatures([keys[1]], [Int32Array.of(0, 4, 0)], 0, T)[0];
    expect(single.features).toEqual(none.features);
  });
});

describe('TriggerContext and NameBoundary groups', () => {
  const names = tableOf([
    ['نادي', 1 << 3], // org-head trigger
    ['محمد', 1], // given name
  ]);
  const lex: Lexicons = { names, wiki: tableOf([['ميلان', packLexiconEntry([0, 3, 1, 0], [0, 0, 0, 0], 4)]]) };
  const base = FeatureGroup.Clitic | FeatureGroup.Trigger | FeatureGroup.GivenName | FeatureGroup.WikiLexicon;
  const perToken = (f: { offsets: Int32Array }): number[] => Array.from({ length: f.offsets.length - 1 }, (_, i) => f.offsets[i + 1] - f.offsets[i]);

  it('leaves the features of a model without them as they were', () => {
    const w = 'قال محمد إن نادي ميلان فاز'.split(' ');
    const off = extractFeatures(w, lex, base);
    const on = extractFeatures(w, lex, base | FeatureGroup.TriggerContext);
    // Each token's old features come first, unchanged.
    for (let i = 0; i < w.length; i++) {
      const a = off.features.slice(off.offsets[i], off.offsets[i + 1]);
      expect(on.features.slice(on.offsets[i], on.offsets[i] + a.length)).toEqual(a);
    }
  });

  it('adds trigger-context features only near a trigger word', () => {
    const w = 'قال محمد إن نادي ميلان فاز في الدوري'.split(' ');
    const extra = perToken(extractFeatures(w, lex, base | FeatureGroup.TriggerContext)).map((n, i) => n - perToken(extractFeatures(w, lex, base))[i]);
    // نادي is at 3: +1 for 2, −1 for 4, −2 for 5, −3 for 6; 7 is too far.
    expect(extra).toEqual([0, 0, 1, 0, 1, 1, 1, 0]);
  });

  it('conjoins the trigger with the word class', () => {
    const a = extractFeatures('نادي ميلان'.split(' '), lex, FeatureGroup.TriggerContext);
    const b = extractFeatures('نادي روما'.split(' '), lex, FeatureGroup.TriggerContext);
    // The last feature of ميلان / روما is the trigger-context one (the first is the bias).
    expect(a.offsets[2] - a.offsets[1]).toBe(2);
    expect(a.features[a.offsets[1] + 1]).not.toBe(b.features[b.offsets[1] + 1]);
  });

  it('adds three boundary features per token, which tell a given name from other words', () => {
    // Each token: the bias, then (previous, own), (own, next) and (proclitics, own, next).
    const a = extractFeatures('قال محمد كوناري'.split(' '), lex, FeatureGroup.NameBoundary);
    expect(perToken(a)).toEqual([4, 4, 4]);
    const b = extractFeatures('قال الوزير كوناري'.split(' '), lex, FeatureGroup.NameBoundary);
    expect(a.features[a.offsets[2] + 1]).not.toBe(b.features[b.offsets[2] + 1]);
    expect(a.features[a.offsets[2] + 2]).toBe(b.features[b.offsets[2] + 2]);
    const c = extractFeatures('قال ومحمد كوناري'.split(' '), lex, FeatureGroup.NameBoundary);
    expect(c.features[c.offsets[1] + 3]).not.toBe(a.features[a.offsets[1] + 3]);
    expect(c.features[c.offsets[1] + 1]).toBe(a.features[a.offsets[1] + 1]);
  });
});

describe('the topic lexicon in a model', () => {
  function tinyModel(groups: number, lexicons: RawModel['lexicons']): RawModel {
    const featureKeys = Uint32Array.of(11, 22);
    const featureWeights = new Float32Array(featureKeys.length * T);
    const stage = { transitions: new Float32Array(T * T), starts: new Float32Array(T), featureKeys, featureWeights };
    return { tagCount: T, groups, stages: [{ role: 'sentence', ...stage }], lexicons };
  }
  const table = { keys: Uint32Array.of(5, 70000), values: Uint32Array.of(1, 1) };

  it('round-trips, and leaves a model without it byte for byte as before', () => {
    const model = decodeModel(encodeModel(tinyModel(2, { topic: table })));
    expect(model.lexicons.topic?.get(70000)).toBe(1);
    expect(model.lexicons.topic?.get(6)).toBe(-1);
    const without = Buffer.from(encodeModel(tinyModel(2, { train: table })), 'base64');
    const withTopic = Buffer.from(encodeModel(tinyModel(2, { train: table, topic: table })), 'base64');
    expect(withTopic.subarray(0, without.length).equals(without)).toBe(true);
    expect(withTopic.length).toBeGreaterThan(without.length);
  });

  // A model whose sentence stage has no weight (so it tags everything O) and whose document stage votes U-ORG
  // (label 8) on every feature that `extra` gives the second sentence's second token: the slow path must
  // compute exactly those features when the group is on, and none when it is off.
  it.each([
    ['Topic', FeatureGroup.Topic],
    ['DocPosition', FeatureGroup.DocPosition],
    ['DocPair', FeatureGroup.DocPair],
    ['DocEntity', FeatureGroup.DocEntity],
  ])('decodes a two-stage %s model, whose weights move the document stage', (_, group) => {
    const doc = [
      ['انتهت', 'المباراة', 'فاز', 'ميلان'],
      ['فاز', 'ميلان', 'أمس'],
    ];
    const lexicons = {
      topic: { keys: Uint32Array.of(key('مباراة')), values: Uint32Array.of(1) },
      wiki: { keys: Uint32Array.of(key('ميلان')), values: Uint32Array.of(packLexiconEntry([0, 0, 5, 0], [0, 0, 0, 0], 6)) },
    };
    const decoded = decodeModel(encodeModel(tinyModel(0, lexicons))).lexicons;
    const first = doc.map((w) => new Int32Array(w.length));
    const keys = doc.map((w) => nameKeys(w, decoded));
    const extra =
      group === FeatureGroup.Topic
        ? topicFeatures(doc, first, decoded, T)[1]
        : group === FeatureGroup.DocPosition
          ? positionFeatures(keys, first, DOC_WINDOW, T)[1]
          : group === FeatureGroup.DocPair
            ? documentPairFeatures(keys, first, DOC_WINDOW, T)[1]
            : entityFeatures(keys, first, DOC_WINDOW, T)[1];
    const ownKeys = extra.features.slice(extra.offsets[1], extra.offsets[2]);
    expect(ownKeys.length).toBeGreaterThan(0);
    const stage = (role: 'sentence' | 'document', featureKeys: Uint32Array): RawModel['stages'][number] => {
      const featureWeights = new Float32Array(featureKeys.length * T);
      for (let r = 0; r < featureKeys.length; r++) featureWeights[r * T + 8] = 100 / featureKeys.length;
      return { role, transitions: new Float32Array(T * T), starts: new Float32Array(T), featureKeys, featureWeights };
    };
    const raw = (groups: number): RawModel => ({
      tagCount: T,
      groups,
      stages: [stage('sentence', Uint32Array.of(1)), stage('document', Uint32Array.from(new Set(ownKeys)))],
      lexicons,
    });
    expect(decodeDocument(decodeModel(encodeModel(raw(group))), doc)[1].tags[1]).toBe(8);
    expect(decodeDocument(decodeModel(encodeModel(raw(0))), doc)[1].tags[1]).toBe(0);
  });

  it('tags the same on the cached path as on the plain one, with the in-document groups on', () => {
    // Random weights on the features of a small document; Shape has no weight here, but it forces the plain
    // path (extractFeatures for every sentence), which training's features come from.
    const doc = [
      ['قال', 'الرئيس', 'جورج', 'بوش', 'في', 'واشنطن'],
      ['وصل', 'بوش', 'إلى', 'لندن', '،', 'وقال', 'رايس'],
      ['جورج', 'بوش', 'ورايس', 'في', 'لندن'],
    ];
    const groups = FeatureGroup.Clitic | FeatureGroup.Affix | FeatureGroup.DocPosition | FeatureGroup.DocPair | FeatureGroup.DocEntity;
    const first = doc.map((w) => Int32Array.from(w, (_, i) => (i * 7 + w.length) % T));
    const keys = doc.map((w) => nameKeys(w, {}));
    const all = new Set<number>();
    for (const f of [
      ...doc.map((w) => extractFeatures(w, {}, groups)),
      ...positionFeatures(keys, first, DOC_WINDOW, T),
      ...documentPairFeatures(keys, first, DOC_WINDOW, T),
      ...entityFeatures(keys, first, DOC_WINDOW, T),
    ])
      for (const x of f.features) all.add(x);
    const featureKeys = Uint32Array.from(all);
    const rand = lcg(7);
    const stage = (role: 'sentence' | 'document'): RawModel['stages'][number] => randomStage(role, featureKeys, T, rand);
    const model = decodeModel(encodeModel({ tagCount: T, groups, stages: [stage('sentence'), stage('document')], lexicons: {} }));
    const plain = { ...model, groups: model.groups | FeatureGroup.Shape };
    expect(decodeDocument(model, doc)).toEqual(decodeDocument(plain, doc));
    // The in-document weights matter: without the groups the tags or margins change.
    expect(decodeDocument({ ...model, groups: FeatureGroup.Clitic | FeatureGroup.Affix }, doc)).not.toEqual(decodeDocument(model, doc));
  });
});
