import fc from 'fast-check';
import { addCodedEmissions, addSentenceEmissions, cacheable, setSumsRing, type DocumentWords, type SentenceForms } from '../../src/recognize/names/model/emissions';
import { codeHash, computeTokenInfo, extractFeatures, identityFeatures, sameCodes, unaryFeatures, UnaryPart } from '../../src/recognize/names/model/features';
import { documentCodeFeatures, documentCodes, documentFeatures, DOC_WINDOW } from '../../src/recognize/names/model/document';
import { guideCode, guideCodeFeatures, guideFeatures } from '../../src/recognize/names/model/guide';
import { getModel } from '../../src/recognize/names/model/index';
import { addEmissions, numberForms } from '../../src/recognize/names/model/tagger';

// The tagger's fast paths (per-word cached sums, memoized context codes) must give exactly the scores of
// adding every extracted feature's weights one by one, which is what training does. Weights are 16-bit
// integers and a token has well under 2^24 / 2^15 features, so float32 sums are exact in any order.
const model = getModel();
const T = model.tagCount;
const width = model.stages.length * T;

// Words that exercise every feature kind: proclitics, the article, triggers, given names, digits, Latin,
// punctuation, marks and unknown transliterations.
const vocabulary = [
  'الرئيس', 'وزير', 'شركة', 'مدينة', 'محمد', 'بوتين', 'وبكين', 'للحلف', 'الأطلسي', 'كريتنبرينك', 'قال',
  'في', 'من', '2022', 'NATO', '،', '.', '«', 'مُحَمَّد', 'والولايات', 'المتحدة', 'فولكسفاغن', 'بالصين', 'ـ',
];
const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 14 });

// The fast path's scores for one sentence (at `place` in its document, if given) must be the slow path's.
function expectSlowSums(words: string[], place?: SentenceForms): void {
  const slow = new Float32Array(words.length * width);
  addEmissions(model, extractFeatures(words, model.lexicons, model.groups), words.length, slow, 0);
  const fast = new Float32Array(words.length * width);
  addSentenceEmissions(model, words, fast, place);
  expect(Array.from(fast)).toEqual(Array.from(slow));
}

describe('tagger emission fast paths', () => {
  it('the shipped model can use the per-word cache', () => {
    expect(cacheable(model)).toBe(true);
  });

  it('cached per-word sums equal the sum over extracted features', () => {
    fc.assert(
      fc.property(sentence, (words) => expectSlowSums(words)),
    );
  });

  it('sums found by the document’s form numbers equal the sum over extracted features', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), (sentences) => {
        const forms = numberForms(sentences);
        const document: DocumentWords = { byForm: new Array(forms.count) };
        sentences.forEach((words, s) => expectSlowSums(words, { document, forms: forms.sentences[s]! }));
      }),
    );
  });

  it('sums kept by word serial, and carried over from a previous serial, equal the sum over extracted features', () => {
    // Serials far above any the tokenizer makes in this file, each new one for a new record of a word,
    // stepping by 1 and by the ring's size in turn, so that every other new serial takes the slot of the
    // one before.
    let next = 1e9;
    let made = 0;
    const newSerial = (): number => (next += made++ % 2 === 0 ? 1 : 32_768);
    const serialOf = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.boolean(), (sentences, turnOver) => {
        const forms = numberForms(sentences);
        const words: string[] = [];
        sentences.forEach((w, s) => w.forEach((word, i) => (words[forms.sentences[s]![i]!] = word)));
        // A word met before keeps its serial, or (as after the tokenizer's memo turned over) gets a new one
        // that names the old.
        const serials = new Float64Array(forms.count);
        const previous = new Float64Array(forms.count);
        words.forEach((word, f) => {
          const old = serialOf.get(word);
          if (old === undefined || turnOver) serialOf.set(word, newSerial());
          serials[f] = serialOf.get(word)!;
          previous[f] = old !== undefined && turnOver ? old : 0;
        });
        const document: DocumentWords = { byForm: new Array(forms.count), serials, previous };
        sentences.forEach((words, s) => expectSlowSums(words, { document, forms: forms.sentences[s]! }));
      }),
    );
  });

  it('sums stay exact when the ring that holds them goes round, within a sentence and across documents', () => {
    // Blocks of 600 floats hold two or three words' sums (up to 5 × 51 each), so a sentence of new words
    // starts blocks, and with three blocks it writes over sums it found earlier in the same sentence. The
    // code sums' ring, of the same blocks, goes round too.
    const check = (blocks: number): void => {
      setSumsRing(blocks, 600);
      let next = 2e9;
      fc.assert(
        fc.property(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.boolean(), (sentences, bySerial) => {
          const forms = numberForms(sentences);
          const serials = new Float64Array(forms.count).map(() => ++next);
          const document: DocumentWords = bySerial ? { byForm: new Array(forms.count), serials } : { byForm: new Array(forms.count) };
          sentences.forEach((words, s) => expectSlowSums(words, { document, forms: forms.sentences[s]! }));
          sentences.forEach((words) => expectSlowSums(words));
        }),
      );
    };
    try {
      check(3);
      check(2);
      check(17);
    } finally {
      setSumsRing();
    }
  });

  it('setSumsRing refuses a ring that cannot work', () => {
    expect(() => setSumsRing(1, 600)).toThrow(RangeError);
    expect(() => setSumsRing(4, 0)).toThrow(RangeError);
    expect(() => setSumsRing(2.5, 600)).toThrow(RangeError);
  });

  it('numberForms numbers equal words alike and different words apart', () => {
    const { sentences, count } = numberForms([['في', 'بكين'], ['بكين', 'في', 'موسكو']]);
    expect(sentences.map((f) => Array.from(f))).toEqual([[0, 1], [1, 0, 2]]);
    expect(count).toBe(3);
  });

  it('memoized guide and in-document codes equal their features', () => {
    const tags = fc.array(fc.integer({ min: 0, max: T - 1 }), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(sentence, tags), { minLength: 1, maxLength: 4 }), (pairs) => {
        // Each sentence gets tags of its own length (fast-check draws lengths independently).
        const sentences = pairs.map(([w]) => w);
        const tagArrays = pairs.map(([w, t]) => Int32Array.from(w, (_, i) => t[i % t.length] as number));
        const keys = sentences.map((w) => addSentenceEmissions(model, w, new Float32Array(w.length * width)));
        const extra = documentFeatures(keys, tagArrays, DOC_WINDOW, T);
        const codes = documentCodes(keys, tagArrays, DOC_WINDOW, T);
        sentences.forEach((w, s) => {
          const tagsOf = tagArrays[s] as Int32Array;
          const slow = new Float32Array(w.length * width);
          addEmissions(model, guideFeatures(tagsOf, T), w.length, slow, 1);
          addEmissions(model, extra[s]!, w.length, slow, 2);
          const fast = new Float32Array(w.length * width);
          addCodedEmissions(model, 'guide', tagsOf.map((_, i) => guideCode(tagsOf, i, T)), guideCodeFeatures, fast, 1);
          addCodedEmissions(model, 'document', codes[s]!, documentCodeFeatures, fast, 2);
          expect(Array.from(fast)).toEqual(Array.from(slow));
        });
      }),
      { numRuns: 60 },
    );
  });

  // In-document codes keep type shares above bit 32; the memo's table of recent codes must not take two
  // codes with the same low 32 bits for one.
  it('memoized code sums keep apart codes that differ only above bit 32', () => {
    const HIGH = 2 ** 32;
    const guideOf = (i: number): number => guideCode(Int32Array.of(i % T, (i * 7) % T, (i * 3) % T), 1, T);
    const featuresOf = (code: number, tagCount: number, add: (key: number) => void): void => guideCodeFeatures(Math.floor(code / HIGH), tagCount, add);
    const codes = Float64Array.from({ length: 300 }, (_, i) => 5 + HIGH * guideOf((i * 13) % 40));
    const fast = new Float32Array(codes.length * width);
    addCodedEmissions(model, 'test-high-codes', codes, featuresOf, fast, 1);
    const slow = new Float32Array(codes.length * width);
    codes.forEach((code, i) => {
      const one = new Float32Array(width);
      guideCodeFeatures(Math.floor(code / HIGH), T, (key) => {
        const row = model.index.get(key);
        if (row >= 0) for (let x = T; x < width; x++) one[x] += model.weights[row * width + x] as number;
      });
      slow.set(one, i * width);
    });
    expect(Array.from(fast)).toEqual(Array.from(slow));
    expect(new Set(Array.from({ length: codes.length }, (_, i) => fast.subarray(i * width, (i + 1) * width).join())).size).toBeGreaterThan(10);
  });

  // The cache sums a word's code features once per distinct set of codes, so the two parts must split the
  // features exactly, and words with the same codes must get the same code features.
  const arabicWord = fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآةىوال'.split('')), minLength: 1, maxLength: 9 });
  const word = fc.oneof(fc.constantFrom(...vocabulary), arabicWord);
  const featuresOf = (w: string, k: number, part: number): number[] => {
    const out: number[] = [];
    const info = computeTokenInfo(w, model.lexicons);
    if (k === 0 && part & UnaryPart.Word) identityFeatures(info, model.groups, (t, v) => out.push(t * 0x10000 + (v >>> 0)));
    unaryFeatures(info, k, model.groups, (t, v) => out.push(t * 0x10000 + (v >>> 0)), part);
    return out;
  };

  it('word and code features together are exactly the unary features', () => {
    fc.assert(
      fc.property(word, fc.integer({ min: -2, max: 2 }), (w, k) => {
        const all = featuresOf(w, k, UnaryPart.All);
        const split = [...featuresOf(w, k, UnaryPart.Word), ...featuresOf(w, k, UnaryPart.Codes)];
        expect(split.sort()).toEqual(all.sort());
      }),
    );
  });

  it('words with the same codes get the same code features and the same code hash', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: -2, max: 2 }), (a, b, k) => {
        const ia = computeTokenInfo(a, model.lexicons);
        const ib = computeTokenInfo(b, model.lexicons);
        fc.pre(sameCodes(ia, ib));
        expect(codeHash(ia)).toBe(codeHash(ib));
        expect(featuresOf(a, k, UnaryPart.Codes)).toEqual(featuresOf(b, k, UnaryPart.Codes));
      }),
      { numRuns: 200 },
    );
  });

  it('two unknown words share their code features but not their own', () => {
    const [a, b] = ['ستيوابوخارست', 'كوناري'];
    expect(sameCodes(computeTokenInfo(a, model.lexicons), computeTokenInfo(b, model.lexicons))).toBe(true);
    expect(featuresOf(a, 0, UnaryPart.Codes)).toEqual(featuresOf(b, 0, UnaryPart.Codes));
    expect(featuresOf(a, 0, UnaryPart.Word)).not.toEqual(featuresOf(b, 0, UnaryPart.Word));
  });
});
