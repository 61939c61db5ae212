import fc from 'fast-check';
import { normalize, normalizeWithMap, presets, type NormalizeOptions, type PresetName } from '../../src/text/index';

const range = (a: number, b: number): fc.Arbitrary<string> => fc.integer({ min: a, max: b }).map((c) => String.fromCharCode(c));

// Pieces that exercise every rule, including ones fc.string() almost never produces.
const piece = fc.oneof(
  range(0x0621, 0x064a), // Arabic letters
  range(0x064b, 0x065f), // harakat and other marks
  fc.constantFrom('\u0670', '\u0610', '\u06d6', '\u06dd', '\u06e5', '\u08f0', '\u0653', '\u0654'),
  fc.constant('\u0640'), // tatweel
  range(0x30, 0x39), // ASCII digits
  range(0x0660, 0x0669), // Arabic-Indic digits
  range(0x06f0, 0x06f9), // Persian digits
  fc.constantFrom('٫', '٬', '٪', '.', ',', '،', '؛', '؟', '«', '»', '…', '"', '(', ')'),
  fc.constantFrom(' ', ' ', '  ', '\u00a0', '\t', '\n', '\r\n', '\u2009', '\u3000', '\u2028'),
  fc.constantFrom('\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202e', '\u2066', '\u2067', '\u2069'),
  fc.constantFrom('\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad', '\u2060', '\u0000'),
  range(0xfb50, 0xfdff), // presentation forms A
  range(0xfe70, 0xfeff), // presentation forms B, lam-alef ligatures
  range(0xd800, 0xdfff), // unpaired surrogates
  fc.constantFrom('😀', '🇫🇷', 'ک', 'ی', 'پ', 'é', 'Ж'),
  fc.string({ maxLength: 3 }),
);
const arabicText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

const ownOptions: fc.Arbitrary<NormalizeOptions> = fc.record(
  {
    preset: fc.constantFrom('search', 'display', 'none'),
    diacritics: fc.constantFrom(false, 'harakat', 'standard', 'all'),
    tatweel: fc.boolean(),
    alef: fc.boolean(),
    alefMaqsura: fc.boolean(),
    tehMarbuta: fc.boolean(),
    hamza: fc.constantFrom(false, 'bare', 'carrier'),
    digits: fc.boolean(),
    presentationForms: fc.boolean(),
    persianLetters: fc.boolean(),
    controls: fc.constantFrom(false, 'invisible', 'all'),
    whitespace: fc.constantFrom(false, 'normalize', 'collapse', 'collapse-all'),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NormalizeOptions>;

const allPresets = Object.keys(presets) as PresetName[];
const ownPresets = allPresets.filter((p) => presets[p].kind === 'own');
const anySetting: fc.Arbitrary<NormalizeOptions | PresetName> = fc.oneof(fc.constantFrom(...allPresets), ownOptions);
const ownSetting: fc.Arbitrary<NormalizeOptions | PresetName> = fc.oneof(fc.constantFrom(...ownPresets), ownOptions);

const RUNS = { numRuns: 400 };

describe('normalize properties', () => {
  it('never throws and agrees with normalizeWithMap', () => {
    fc.assert(
      fc.property(arabicText, anySetting, (text, setting) => {
        expect(normalizeWithMap(text, setting).text).toBe(normalize(text, setting));
      }),
      RUNS,
    );
  });

  it('is idempotent for tahlil presets and option objects', () => {
    fc.assert(
      fc.property(arabicText, ownSetting, (text, setting) => {
        const once = normalize(text, setting);
        expect(normalize(once, setting)).toBe(once);
      }),
      RUNS,
    );
  });

  it('keeps unpaired surrogates and NUL', () => {
    fc.assert(
      fc.property(range(0xd800, 0xdfff), ownSetting, (s, setting) => {
        expect(normalize(`a${s}\u0000b`, setting)).toContain(`${s}\u0000`);
      }),
      { numRuns: 100 },
    );
  });

  it('maps offsets back in range, monotonically, covering the whole input', () => {
    fc.assert(
      fc.property(arabicText, anySetting, (input, setting) => {
        const { text, map } = normalizeWithMap(input, setting);
        const L = text.length;
        const N = input.length;
        expect(map.length).toBe(L);
        expect(map.originalLength).toBe(N);
        expect(map.toOriginal(0)).toBe(0);
        if (L > 0) {
          expect(map.toOriginal(L)).toBe(N);
          expect(map.span(0, L)).toEqual([0, N]);
        }
        let prev = 0;
        for (let i = 0; i <= L; i++) {
          const o = map.toOriginal(i);
          expect(o).toBeGreaterThanOrEqual(prev);
          expect(o).toBeLessThanOrEqual(N);
          prev = o;
        }
        let prevEnd = 0;
        for (let k = 0; k < L; k++) {
          const [a, b] = map.span(k, k + 1);
          // Each output unit comes from a non-empty span, and consecutive spans touch or share an expansion.
          expect(a).toBeLessThan(b);
          expect(a).toBeLessThanOrEqual(prevEnd);
          expect(b).toBeGreaterThanOrEqual(prevEnd);
          prevEnd = b;
        }
      }),
      RUNS,
    );
  });

  it('gives for each source span the normalized text it produced (context-free settings)', () => {
    const contextFree = ownOptions.map((o) => ({ ...o, whitespace: false as const }));
    fc.assert(
      fc.property(arabicText, contextFree, (input, setting) => {
        const { text, map } = normalizeWithMap(input, setting);
        // Group output units by the input span they come from; normalizing each span alone must give
        // exactly that group, so the pieces concatenate to the whole result.
        let rebuilt = '';
        let k = 0;
        while (k < text.length) {
          const [a, b] = map.span(k, k + 1);
          let e = k + 1;
          while (e < text.length && map.span(e, e + 1)[0] === a) e++;
          expect(normalize(input.slice(a, b), setting)).toBe(text.slice(k, e));
          rebuilt += text.slice(k, e);
          k = e;
        }
        expect(rebuilt).toBe(text);
      }),
      RUNS,
    );
  });

  it('finishes quickly on long adversarial runs', () => {
    const inputs = ['\u064e'.repeat(100_000), 'ـ'.repeat(100_000), '٣'.repeat(100_000), '.'.repeat(100_000), ' '.repeat(100_000), '﷽'.repeat(20_000)];
    const t0 = Date.now();
    for (const s of inputs) {
      normalize(s);
      normalizeWithMap(s);
    }
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
