import { decodeModel, encodeModel, type RawModel } from '../../src/recognize/names/model/codec';
import { computeTokenInfo, type Lexicons } from '../../src/recognize/names/model/features';
import { lexiconKey } from '../../src/recognize/names/model/fold';
import { hashString } from '../../src/recognize/names/model/hash';
import { IntTable } from '../../src/recognize/names/model/int-table';
import { getModel } from '../../src/recognize/names/model/index';

const T = 17;
function tinyModel(lexicons: RawModel['lexicons']): RawModel {
  const featureKeys = Uint32Array.of(11, 22, 300000);
  const featureWeights = new Float32Array(featureKeys.length * T).map((_, i) => ((i * 7) % 13) - 6);
  const stage = { transitions: new Float32Array(T * T).fill(0.5), starts: new Float32Array(T), featureKeys, featureWeights };
  return { tagCount: T, groups: 2, stages: [{ role: 'sentence', ...stage }], lexicons };
}

describe('model codec', () => {
  it('round-trips weights and every lexicon, the newer stem and UD tables included', () => {
    const table = { keys: Uint32Array.of(5, 70000, 4000000000), values: Uint32Array.of(1, 0x10203, 7) };
    const model = decodeModel(encodeModel(tinyModel({ train: table, stems: table, ud: table })));
    expect(model.tagCount).toBe(T);
    expect(model.featureCount).toBe(3);
    for (const name of ['train', 'stems', 'ud'] as const) {
      expect(model.lexicons[name]?.get(70000)).toBe(0x10203);
      expect(model.lexicons[name]?.get(4000000000)).toBe(7);
      expect(model.lexicons[name]?.get(6)).toBe(-1);
    }
    const row = model.index.get(22);
    // Weights come back to within one quantization step (largest weight 6 → steps of 6/32767).
    for (let t = 0; t < T; t++) expect(model.weights[row * T + t] * model.scale).toBeCloseTo(((((T + t) * 7) % 13) - 6), 3);
  });

  it('loads every row also in sparse form: the non-zero weights, stage by stage, in column order', () => {
    const one = tinyModel({}).stages[0];
    // Three stages whose rows overlap in part, one of them pruned to fewer keys.
    const second = { ...one, role: 'document' as const, featureKeys: Uint32Array.of(22, 400), featureWeights: new Float32Array(2 * T).map((_, i) => (i % 5 === 0 ? 3 : 0)) };
    const model = decodeModel(encodeModel({ tagCount: T, groups: 2, stages: [one, { ...one, role: 'guide' }, second], lexicons: {} }));
    const width = 3 * T;
    expect(model.featureCount).toBe(4);
    for (let r = 0; r < model.featureCount; r++) {
      const dense = Array.from(model.weights.subarray(r * width, (r + 1) * width));
      const fromSparse = new Array<number>(width).fill(0);
      let last = -1;
      for (let j = model.rowStart[r]; j < model.rowStart[r + 1]; j++) {
        expect(model.cols[j]).toBeGreaterThan(last);
        expect(model.vals[j]).not.toBe(0);
        last = model.cols[j];
        fromSparse[model.cols[j]] = model.vals[j];
      }
      expect(fromSparse).toEqual(dense);
      for (let k = 0; k < 3; k++) expect((model.stageMask[r] >> k) & 1).toBe(dense.slice(k * T, (k + 1) * T).some((v) => v !== 0) ? 1 : 0);
    }
    // Key 400 is only in the third stage.
    expect(model.stageMask[model.index.get(400)]).toBe(0b100);
  });

  it('holds, in the shipped model, every non-zero weight in the sparse rows and nothing else', () => {
    const model = getModel();
    const width = model.stages.length * model.tagCount;
    let nonZero = 0;
    for (let x = 0; x < model.weights.length; x++) if (model.weights[x] !== 0) nonZero++;
    expect(model.cols.length).toBe(nonZero);
    expect(model.rowStart[model.featureCount]).toBe(nonZero);
    let mismatches = 0;
    for (let r = 0; r < model.featureCount; r++) {
      for (let j = model.rowStart[r]; j < model.rowStart[r + 1]; j++) if (model.weights[r * width + model.cols[j]] !== model.vals[j]) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('refuses a model of another format version with a message that says to retrain', () => {
    const bytes = Buffer.from(encodeModel(tinyModel({})), 'base64');
    bytes[0] = 4;
    expect(() => decodeModel(bytes.toString('base64'))).toThrow(/format 4, expected 5: retrain/);
  });

  it('still decodes a model written before the stem and UD tables existed (it ends after the span table)', () => {
    const text = encodeModel(tinyModel({}));
    const bytes = Buffer.from(text, 'base64');
    // The last two bytes are the empty stem and UD tables (varint 0 each): an older model has neither.
    expect([...bytes.subarray(bytes.length - 2)]).toEqual([0, 0]);
    const old = bytes.subarray(0, bytes.length - 2).toString('base64');
    const model = decodeModel(old);
    expect(model.featureCount).toBe(3);
    expect(model.lexicons.stems).toBeUndefined();
  });
});

describe('transliteration cues', () => {
  const known = lexiconKey('الرئيس');
  const lex: Lexicons = {
    train: IntTable.from(Uint32Array.of(hashString(known)), Uint32Array.of(0x10000)),
    wiki: IntTable.from(Uint32Array.of(hashString(known)), Uint32Array.of(0x10000)),
  };
  it('are computed only for words that neither word lexicon knows', () => {
    expect(computeTokenInfo('الرئيس', lex).translit).toBe(0);
    expect(computeTokenInfo('كريتنبرينك', lex).translit).not.toBe(0);
  });
  it('mark Persian letters and long-vowel density', () => {
    const withPeh = computeTokenInfo('پوتين', lex).translit;
    const withoutPeh = computeTokenInfo('بوتين', lex).translit;
    expect(withPeh & 1).toBe(1);
    expect(withoutPeh & 1).toBe(0);
    // دوستويفسكي is long-vowel heavy; its density bucket (bits 1-2) is above that of مكتبة.
    const density = (w: string): number => (computeTokenInfo(w, lex).translit >> 1) & 3;
    expect(density('دوستويفسكي')).toBeGreaterThan(density('مكتبة'));
  });
  it('leave words shorter than three letters alone', () => {
    expect(computeTokenInfo('شي', lex).translit).toBe(0);
  });
});
