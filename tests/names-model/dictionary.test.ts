import { decodeModel, encodeModel, type RawModel } from '../../src/recognize/names/model/codec';
import { computeTokenInfo, DICT_BITS, NGRAM_BIAS, trigramKey, type Lexicons } from '../../src/recognize/names/model/features';
import { lexiconKey, stemKey } from '../../src/recognize/names/model/fold';
import { hashString } from '../../src/recognize/names/model/hash';
import { IntTable } from '../../src/recognize/names/model/int-table';

const T = 17;
function tinyModel(lexicons: RawModel['lexicons']): RawModel {
  const featureKeys = Uint32Array.of(11, 22);
  const featureWeights = new Float32Array(featureKeys.length * T).map((_, i) => (i % 5) - 2);
  const stage = { transitions: new Float32Array(T * T), starts: new Float32Array(T), featureKeys, featureWeights };
  return { tagCount: T, groups: 2, stages: [{ role: 'sentence', ...stage }], lexicons };
}

function tableOf(entries: readonly (readonly [number, number])[]): IntTable {
  return IntTable.from(
    entries.map(([k]) => k),
    entries.map(([, v]) => v),
  );
}

describe('dictionary and trigram tables in the model', () => {
  const table = { keys: Uint32Array.of(3, 90000), values: Uint32Array.of(1, 9) };

  it('round-trip, each on its own and together', () => {
    for (const lexicons of [{ dict: table }, { ngrams: table }, { dict: table, ngrams: table, train: table }]) {
      const model = decodeModel(encodeModel(tinyModel(lexicons)));
      for (const name of Object.keys(lexicons) as (keyof typeof lexicons)[]) {
        expect(model.lexicons[name]?.get(90000)).toBe(9);
        expect(model.lexicons[name]?.get(4)).toBe(-1);
      }
    }
  });

  it('leave a model without them byte for byte as it was before they existed (seven tables)', () => {
    const bytes = Buffer.from(encodeModel(tinyModel({ train: table })), 'base64');
    const withDict = Buffer.from(encodeModel(tinyModel({ train: table, dict: table })), 'base64');
    // The older encoding ends with the empty stem and UD tables; the new table only follows them.
    expect([...bytes.subarray(bytes.length - 2)]).toEqual([0, 0]);
    expect(withDict.subarray(0, bytes.length).equals(bytes)).toBe(true);
    expect(withDict.length).toBeGreaterThan(bytes.length);
    expect(decodeModel(bytes.toString('base64')).lexicons.dict).toBeUndefined();
  });
});

describe('dictionary codes', () => {
  const known = hashString(lexiconKey('الرئيس'));
  const lex: Lexicons = {
    train: tableOf([[known, 0x10000]]),
    wiki: tableOf([[known, 0x10000]]),
    dict: tableOf([
      [hashString(lexiconKey('الرئيس')), DICT_BITS.common],
      [hashString(lexiconKey('مفاوضة')), DICT_BITS.common],
      [hashString(stemKey(lexiconKey('مفاوضة'))), DICT_BITS.stem],
      [hashString(lexiconKey('موسكو')), DICT_BITS.proper],
    ]),
  };

  it.each([
    ['a word the word lexicons know gets none', 'الرئيس', 0],
    ['a dictionary word gets its class bits', 'المفاوضة', DICT_BITS.common],
    ['a proper name of the dictionary', 'وموسكو', DICT_BITS.proper],
    ['an inflected form reaches the dictionary through its light stem', 'مفاوضتها', 8],
    ['a transliterated name is in neither', 'كريتنبرينك', 9],
  ])('%s (%s)', (_, word, code) => {
    expect(computeTokenInfo(word, lex).dict).toBe(code);
  });

  it('are 0 for a model without a dictionary', () => {
    expect(computeTokenInfo('كريتنبرينك', { train: lex.train, wiki: lex.wiki }).dict).toBe(0);
  });
});

describe('name-likeness buckets', () => {
  // A toy model: trigrams of كريتنبرينك count for names, those of مفاوضات against.
  const trigrams = (w: string): number[] => {
    const out: number[] = [];
    const codes = [0x5e, ...[...w].map((c) => c.charCodeAt(0)), 0x24];
    for (let i = 2; i < codes.length; i++) out.push(trigramKey(codes[i - 2], codes[i - 1], codes[i]));
    return out;
  };
  const entries = new Map<number, number>();
  for (const k of trigrams('مفاوضات')) entries.set(k, NGRAM_BIAS - 12);
  for (const k of trigrams('كريتنبرينك')) entries.set(k, NGRAM_BIAS + 12);
  const lex: Lexicons = { train: tableOf([]), wiki: tableOf([]), ngrams: tableOf([...entries]) };

  it('order name-like words above common-looking ones', () => {
    const name = computeTokenInfo('كريتنبرينك', lex).likeness;
    const common = computeTokenInfo('مفاوضات', lex).likeness;
    const unseen = computeTokenInfo('ثخذظ', lex).likeness;
    expect(name).toBe(7);
    expect(common).toBe(1);
    // Trigrams the table lacks count as even.
    expect(unseen).toBe(4);
  });

  it('are 0 for known words and for models without the table', () => {
    const knows = { ...lex, wiki: tableOf([[hashString(lexiconKey('مفاوضات')), 0x10000]]) };
    expect(computeTokenInfo('مفاوضات', knows).likeness).toBe(0);
    expect(computeTokenInfo('كريتنبرينك', { train: lex.train, wiki: lex.wiki }).likeness).toBe(0);
  });
});
