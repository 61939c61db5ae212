import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize, normalizeWithMap, presets, type CompatPresetName } from '../../src/text/index';

const FIXTURE = join(__dirname, '../../fixtures/normalizers/reference_outputs.tsv');
const lines = readFileSync(FIXTURE, 'utf8').split('\n').filter((l) => l !== '');
const header = lines[0].split('\t');
const rows = lines.slice(1).map((l) => l.split('\t'));

// Which reference column each compatibility preset must reproduce.
const COLUMNS: Record<CompatPresetName, string> = {
  'camel-arclean': 'camel.arclean',
  'camel-dediac': 'camel.dediac_ar',
  'camel-normalize-alef': 'camel.normalize_alef_ar',
  'camel-normalize-alef-maksura': 'camel.normalize_alef_maksura_ar',
  'camel-normalize-teh-marbuta': 'camel.normalize_teh_marbuta_ar',
  lucene: 'lucene.ArabicNormalizer(reimpl)',
  'pyarabic-strip-tashkeel': 'pyarabic.strip_tashkeel',
  'pyarabic-strip-harakat': 'pyarabic.strip_harakat',
  'pyarabic-strip-diacritics': 'pyarabic.strip_diacritics',
  'pyarabic-strip-tatweel': 'pyarabic.strip_tatweel',
  'pyarabic-normalize-ligature': 'pyarabic.normalize_ligature',
  'pyarabic-normalize-teh': 'pyarabic.normalize_teh',
  'pyarabic-normalize-hamza-tasheel': 'pyarabic.normalize_hamza_tasheel',
};

describe('fixture', () => {
  it('has the 378 reference inputs and every column we test', () => {
    expect(rows).toHaveLength(378);
    for (const r of rows) expect(r).toHaveLength(header.length);
    for (const col of Object.values(COLUMNS)) expect(header).toContain(col);
  });

  it('maps every compatibility preset to a column', () => {
    const compat = Object.entries(presets)
      .filter(([, info]) => info.kind === 'compat')
      .map(([name]) => name)
      .sort();
    expect(Object.keys(COLUMNS).sort()).toEqual(compat);
  });
});

describe.each(Object.entries(COLUMNS))('%s reproduces %s', (preset, column) => {
  const k = header.indexOf(column);

  it('on all 378 inputs', () => {
    const mismatches = rows
      .map((r) => ({ input: r[0], expected: r[k], got: normalize(r[0], preset as CompatPresetName) }))
      .filter((m) => m.got !== m.expected);
    expect(mismatches).toEqual([]);
  });

  it('with an offset map that covers the input', () => {
    for (const r of rows) {
      const { text, map } = normalizeWithMap(r[0], preset as CompatPresetName);
      expect(text).toBe(r[k]);
      if (text.length > 0) expect(map.span(0, text.length)).toEqual([0, r[0].length]);
    }
  });
});

// Behaviour of the reference functions outside what the 378 inputs exercise, from NORMALIZERS.md.
describe('compatibility details', () => {
  it.each([
    ['camel-arclean', 'ﷺ😀Ж', ''], // unlisted code points are deleted, astral ones too
    ['camel-arclean', '«نعم»…', '"نعم"...'],
    ['camel-arclean', '\u200fأ\u2066ب', ' أب'],
    ['camel-arclean', '۔ٱ', '.ا'],
    ['camel-arclean', '\u06dd\u06e5', '*'],
    ['camel-arclean', 'ـ\t\r\n', '\t\r\n'],
    ['camel-dediac', 'ـٰٓ', 'ـٓ'],
    ['lucene', 'ٱلرَّحْمَٰن', 'ٱلرحمٰن'],
    ['lucene', '١٢ ﻻ ؤ', '١٢ ﻻ ؤ'],
    ['pyarabic-strip-harakat', 'شَدَّ', 'شد\u0651'],
    ['pyarabic-normalize-ligature', 'ﻷﻸ', 'لاﻸ'],
  ] as const)('%s: %j → %j', (preset, input, expected) => {
    expect(normalize(input, preset)).toBe(expected);
  });
});
