import fc from 'fast-check';
import { SurfaceTable } from '../../src/tokenize/surface-table';
import { tokenForms, tokenize } from '../../src/tokenize/tokenize';

describe('SurfaceTable', () => {
  it('gives each distinct form one value whose text is the form, whatever the ranges', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('في', 'فى', 'بكين', 'ب', 'كين', 'a', 'ab', 'ba', '\u{1F600}', ' '), { maxLength: 200 }),
        (pieces) => {
          const source = pieces.join('');
          const table = new SurfaceTable(source, (text) => ({ text }));
          const seen = new Map<string, { text: string }>();
          let at = 0;
          for (const p of pieces) {
            const v = table.intern(at, at + p.length);
            expect(v.text).toBe(source.slice(at, at + p.length));
            const before = seen.get(v.text);
            if (before !== undefined) expect(v).toBe(before);
            seen.set(v.text, v);
            at += p.length;
          }
        },
      ),
    );
  });

  it('keeps forms apart that share a hash bucket or a prefix, across growth', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    const source = words.join('');
    const table = new SurfaceTable(source, (text) => ({ text }));
    const values = new Map<string, { text: string }>();
    let at = 0;
    for (const w of words) {
      values.set(w, table.intern(at, at + w.length));
      at += w.length;
    }
    at = 0;
    for (const w of words) {
      const v = table.intern(at, at + w.length);
      expect(v.text).toBe(w);
      expect(v).toBe(values.get(w));
      at += w.length;
    }
    expect(table.intern(0, 0).text).toBe('');
  });
});

describe('tokenForms', () => {
  it('numbers tokens so that equal numbers mean equal texts, all below the count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('في', 'فى', 'بكين', 'وبكين', '24', '.', 'AFP', 'afp', '،'), { maxLength: 60 }),
        (pieces) => {
          const tokens = tokenize(pieces.join(' '));
          const forms = tokenForms(tokens);
          expect(forms).toBeDefined();
          const { ids, count } = forms as NonNullable<typeof forms>;
          expect(ids.length).toBe(tokens.length);
          const textOf = new Map<number, string>();
          const idOf = new Map<string, number>();
          tokens.forEach((t, i) => {
            expect(ids[i]).toBeLessThan(count);
            expect(textOf.get(ids[i]) ?? t.text).toBe(t.text);
            expect(idOf.get(t.text) ?? ids[i]).toBe(ids[i]);
            textOf.set(ids[i], t.text);
            idOf.set(t.text, ids[i]);
          });
          expect(textOf.size).toBe(count);
        },
      ),
    );
  });

  it('marks as fresh the words its memo did not know, once per process, and nothing else', () => {
    // A made-up word no other test uses, so the process-wide memo has not met it.
    const text = 'زار كرزبلتنوف 24 مرة';
    const first = tokenize(text);
    const forms = tokenForms(first) as NonNullable<ReturnType<typeof tokenForms>>;
    expect(forms.fresh.length).toBe(forms.count);
    const freshTexts = first.filter((_, i) => forms.fresh[forms.ids[i]] === 1).map((t) => t.text);
    expect(freshTexts).toContain('كرزبلتنوف');
    expect(freshTexts).not.toContain('24');
    const again = tokenize(text);
    const later = tokenForms(again) as NonNullable<ReturnType<typeof tokenForms>>;
    expect(Array.from(later.fresh).every((f) => f === 0)).toBe(true);
  });

  it('knows only the arrays tokenize returned, at their length and with their texts', () => {
    const tokens = tokenize('زار بوتين بكين');
    expect(tokenForms([...tokens])).toBeUndefined();
    expect(tokenForms(tokens)?.count).toBe(3);
    const edited = tokenize('زار بوتين بكين');
    edited[2] = { ...edited[2]!, text: 'موسكو' };
    expect(tokenForms(edited)).toBeUndefined();
    tokens.pop();
    expect(tokenForms(tokens)).toBeUndefined();
  });
});
