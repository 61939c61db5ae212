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

  it('gives each word the serial of its record: the same while the memo keeps it, none for other tokens', () => {
    // A made-up word no other test uses, so the process-wide memo has not met it.
    const text = 'زار كرزبلتنوف 24 مرة وزار كرزبلتنوف';
    const first = tokenize(text);
    const forms = tokenForms(first) as NonNullable<ReturnType<typeof tokenForms>>;
    expect(forms.serials.length).toBe(forms.count);
    expect(forms.previous.length).toBe(forms.count);
    const serialOf = (tokens: typeof first, f: typeof forms, word: string): number => f.serials[f.ids[tokens.findIndex((t) => t.text === word)]];
    expect(serialOf(first, forms, '24')).toBe(0);
    const words = ['زار', 'كرزبلتنوف', 'مرة', 'وزار'].map((w) => serialOf(first, forms, w));
    expect(words.every((s) => s > 0)).toBe(true);
    expect(new Set(words).size).toBe(4);
    const again = tokenize(text);
    const later = tokenForms(again) as NonNullable<ReturnType<typeof tokenForms>>;
    expect(['زار', 'كرزبلتنوف', 'مرة', 'وزار'].map((w) => serialOf(again, later, w))).toEqual(words);
    const plain = tokenForms(tokenize(text, { clitics: false })) as NonNullable<ReturnType<typeof tokenForms>>;
    expect(Array.from(plain.serials).every((s) => s === 0)).toBe(true);
  });

  it('gives a word kept across a turnover of the memo a new serial that names its previous one', () => {
    const word = 'قزمطرونيش';
    const before = tokenForms(tokenize(word)) as NonNullable<ReturnType<typeof tokenForms>>;
    const old = before.serials[0];
    // 20,000 new words turn the young generation over exactly once, whatever it held: the word is then in
    // the old one.
    const letters = 'بتثجحخدذرزسشصضطظعغفقكلمنهي';
    const made: string[] = [];
    for (let n = 0; made.length < 20_000; n++) {
      let w = 'ظ';
      for (let k = n; k > 0; k = Math.floor(k / letters.length)) w += letters[k % letters.length];
      made.push(w + 'ظظ');
    }
    tokenize(made.join(' '));
    const after = tokenForms(tokenize(word)) as NonNullable<ReturnType<typeof tokenForms>>;
    expect(after.serials[0]).toBeGreaterThan(old);
    expect(after.previous[0]).toBe(old);
    // Kept in the young generation now: the same serial, and no previous one to name any more.
    const third = tokenForms(tokenize(word)) as NonNullable<ReturnType<typeof tokenForms>>;
    expect(third.serials[0]).toBe(after.serials[0]);
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
