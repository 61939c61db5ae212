import fc from 'fast-check';
import { readingsOf } from '../../src/recognize/names/gazetteer/clitics';
import { FormIndex, headCode, keyWithCuts } from '../../src/recognize/names/gazetteer/form-index';
import { nameKey } from '../../src/recognize/names/gazetteer/key';
import { scanForms, type FormMatch, type ScanToken } from '../../src/recognize/names/gazetteer/scan';
import { tokenize } from '../../src/tokenize';

// The scan keeps per-document word tables, prefix tables and early exits for speed. Its results must be
// those of the plain algorithm: every reading of the first token that begins a key, extended token by
// token while the run still begins a key, the longest accepted run kept (spacing rule included).

interface Form {
  key: string;
  cuts: readonly number[];
  payload: string;
}

const NAMEABLE = new Set(['word', 'latin', 'mixed', 'number']);

function referenceScan(tokens: readonly ScanToken[], forms: readonly Form[]): Array<FormMatch<string>> {
  const hasPrefix = (p: string): boolean => p === '' || forms.some((f) => f.key.startsWith(p));
  const accepted = (key: string, pieces: number[]): string[] =>
    forms
      .filter((f) => f.key === key)
      .filter((f) => {
        let at = 0;
        for (let p = 0; p < pieces.length - 1; p++) {
          at += pieces[p] as number;
          if (!f.cuts.includes(at) && ((pieces[p] as number) < 3 || (pieces[p + 1] as number) < 3)) return false;
        }
        return true;
      })
      .map((f) => f.payload);
  const out: Array<FormMatch<string>> = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as ScanToken;
    if (!NAMEABLE.has(tok.kind)) continue;
    const readings = tok.kind === 'word' ? readingsOf(tok.text) : [{ key: nameKey(tok.text), offset: 0, form: tok.text }];
    let best: { last: number; payloads: string[]; offset: number; form: string } | null = null;
    for (const r of readings) {
      if (!hasPrefix(r.key)) continue;
      let acc = r.key;
      const pieces = [r.key.length];
      for (let j = i; j < tokens.length && j < i + 10; j++) {
        if (j > i) {
          if (!NAMEABLE.has((tokens[j] as ScanToken).kind)) break;
          const key = nameKey((tokens[j] as ScanToken).text);
          acc += key;
          pieces.push(key.length);
        }
        if (!best || j > best.last) {
          const payloads = accepted(acc, pieces);
          if (payloads.length > 0) best = { last: j, payloads, offset: r.offset, form: r.form };
        }
        if (!hasPrefix(acc)) break;
      }
    }
    if (!best) continue;
    const words = [best.form, ...tokens.slice(i + 1, best.last + 1).map((t) => t.text)];
    out.push({
      start: tok.start + best.offset,
      end: (tokens[best.last] as ScanToken).end,
      first: i,
      last: best.last,
      form: words.join(' ').replace(/[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, ''),
      payloads: best.payloads,
    });
    i = best.last;
  }
  return out;
}

function indexOf(forms: readonly Form[]): FormIndex<string> {
  const ix = new FormIndex<string>();
  for (const f of forms) ix.add(f.key, f.payload, f.cuts);
  return ix;
}

function form(written: string, payload = written): Form {
  return { ...keyWithCuts(written, nameKey), payload };
}

// Names with spaces, short pieces, shared beginnings and an article, and words that begin them.
const NAMES = [
  'شي جينبينغ',
  'شي',
  'بكين',
  'الصين',
  'جمهورية الصين الشعبية',
  'الحلف الأطلسي',
  'حلف شمال الأطلسي',
  'في نام',
  'فيتنام',
  'من',
  'منغوليا',
  'ساو باولو',
  'أ ف ب',
  'فرانس 24',
  'كريتنبرينك',
  'بوتين',
];
const SMALL_FORMS = NAMES.map((n) => form(n));
// Over 256 keys: the index then remembers per word (the gazetteer's path), with filler keys that share
// beginnings with the text's words.
const FILLER = Array.from({ length: 300 }, (_, k) => form(`بك${String.fromCharCode(0x0628 + (k % 20))}${k}`, `filler${k}`));
const LARGE_FORMS = [...SMALL_FORMS, ...FILLER];

const WORDS = [
  ...NAMES.flatMap((n) => n.split(' ')),
  'وبكين',
  'بالصين',
  'للحلف',
  'وشي',
  'جين',
  'بينغ',
  'في',
  'على',
  'أن',
  'بكر',
  'بكبك',
  'وَبُوتِين',
  'بوتيـــن',
  '،',
  '.',
  '24',
  'AFP',
  'ف',
  'ب',
];
// Whole names (some spaced differently from the stored form) among the loose words, so runs of several
// tokens are common.
const PHRASES = ['شي جين بينغ', 'جمهورية الصين الشعبية', 'حلف شمال الأطلسي', 'للحلف الأطلسي', 'في نام', 'فرانس 24', 'أ ف ب', 'ساو باولو', 'ساوباولو'];
const texts = fc
  .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...PHRASES)), { minLength: 1, maxLength: 12 })
  .map((ws) => ws.join(' '));

describe('scanForms gives the plain algorithm’s matches', () => {
  test.each([
    ['a small index (one document’s people)', SMALL_FORMS],
    ['a large index (remembers per word)', LARGE_FORMS],
  ])('%s', (_name, forms) => {
    const ix = indexOf(forms);
    fc.assert(
      fc.property(texts, (text) => {
        const tokens = tokenize(text);
        expect(scanForms(tokens, ix)).toEqual(referenceScan(tokens, forms));
        // A copy has no form numbers from the tokenizer: its words are numbered by text instead.
        const copy = [...tokens];
        expect(scanForms(copy, ix)).toEqual(referenceScan(copy, forms));
      }),
      { numRuns: 150 },
    );
  });

  test('a second scan over the same tokens (the link refiner after the gazetteer) sees the same', () => {
    const large = indexOf(LARGE_FORMS);
    const small = indexOf(SMALL_FORMS.slice(10));
    fc.assert(
      fc.property(texts, fc.boolean(), (text, largeFirst) => {
        const tokens = tokenize(text);
        const [a, b] = largeFirst ? [large, small] : [small, large];
        const [fa, fb] = largeFirst ? [LARGE_FORMS, SMALL_FORMS.slice(10)] : [SMALL_FORMS.slice(10), LARGE_FORMS];
        expect(scanForms(tokens, a)).toEqual(referenceScan(tokens, fa));
        expect(scanForms(tokens, b)).toEqual(referenceScan(tokens, fb));
        expect(scanForms(tokens, a)).toEqual(referenceScan(tokens, fa));
      }),
      { numRuns: 100 },
    );
  });

  test('a form met again under another kind is read as that kind (the word table falls back to its maps)', () => {
    const ix = indexOf(LARGE_FORMS);
    // The tokenizer never does this; a caller who edits a token in place (same length) can.
    const tokens = tokenize('زار وبكين ثم وبكين');
    const i = tokens.length - 1;
    tokens[i] = { ...tokens[i]!, kind: 'latin' };
    const plain = scanForms(tokens, ix);
    expect(plain).toEqual(referenceScan(tokens, LARGE_FORMS));
    expect(plain.map((m) => m.first)).toEqual([1]);
  });

  test('paired cases: a spaced name matches, two short words never fuse', () => {
    const ix = indexOf(LARGE_FORMS);
    expect(scanForms(tokenize('قال شي جين بينغ'), ix).map((m) => m.payloads)).toEqual([['شي جينبينغ']]);
    expect(scanForms(tokenize('زار في نام'), ix).map((m) => m.payloads)).toEqual([['في نام']]);
    expect(scanForms(tokenize('زار فينام'), ix).map((m) => m.payloads)).toEqual([['في نام']]);
    expect(scanForms(tokenize('على شي أن'), ix).map((m) => m.payloads)).toEqual([['شي']]);
  });
});

describe('FormIndex shortcuts never rule out a real continuation', () => {
  const keyPieces = fc.array(fc.constantFrom(...'ابتثجحخدشسصينوهلم'), { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
  const forms = fc.array(fc.array(keyPieces, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 30 });

  test('mayExtend is true for every split of every stored form (with a space where the form has one)', () => {
    fc.assert(
      fc.property(forms, (written) => {
        const stored = written.map((ws, k) => form(ws.join(' '), String(k)));
        const ix = indexOf(stored);
        for (const { key, cuts } of stored) {
          for (let a = 1; a < key.length; a++) {
            for (let b = a + 1; b <= key.length; b++) {
              const prefix = key.slice(0, a);
              const next = key.slice(a, b);
              expect(ix.hasPrefix(prefix)).toBe(true);
              expect(ix.mayExtend(prefix, next, false)).toBe(true);
              if (cuts.includes(a)) expect(ix.mayExtend(prefix, next, true)).toBe(true);
            }
          }
        }
      }),
      { numRuns: 20 },
    );
  });

  test('mayExtend rules out what no form continues with (paired with what one does)', () => {
    const ix = indexOf([form('شي جينبينغ'), form('بكين')]);
    expect(ix.mayExtend('شي', 'جين', true)).toBe(true);
    expect(ix.mayExtend('شي', 'ص', true)).toBe(false);
    expect(ix.mayExtend('بكين', 'ا', false)).toBe(false);
    const xian = indexOf([form('شيان')]);
    expect(xian.mayExtend('شي', 'ان', false)).toBe(true);
    expect(xian.mayExtend('شي', 'ان', true)).toBe(false); // no stored form has a space after شي
  });

  test('mayBeginWith is true for the head of every reading that begins a key', () => {
    const words = fc.array(fc.constantFrom(...'وفبلكالصينشجح'), { minLength: 1, maxLength: 7 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(forms, fc.array(words, { maxLength: 20 }), (written, ws) => {
        const ix = indexOf(written.map((w, k) => form(w.join(' '), String(k))));
        for (const w of ws) {
          for (const r of readingsOf(w)) if (ix.hasPrefix(r.key)) expect(ix.mayBeginWith(headCode(r.key))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  test('mayBeginWith rules out a key whose first three letters begin no key (paired with ones that do)', () => {
    const ix = indexOf([form('بكين'), form('AFP')]);
    expect(ix.mayBeginWith(headCode('بكين'))).toBe(true);
    expect(ix.mayBeginWith(headCode('بكي'))).toBe(true);
    expect(ix.mayBeginWith(headCode('بك'))).toBe(true);
    expect(ix.mayBeginWith(headCode('ب'))).toBe(true);
    expect(ix.mayBeginWith(headCode(''))).toBe(true);
    expect(ix.mayBeginWith(headCode('بكر'))).toBe(false);
    expect(ix.mayBeginWith(headCode('بر'))).toBe(false);
    expect(ix.mayBeginWith(headCode('م'))).toBe(false);
    expect(ix.mayBeginWith(headCode('af'))).toBe(true);
    expect(ix.mayBeginWith(headCode('ax'))).toBe(false);
  });
});
