import fc from 'fast-check';
import { SurfaceTable } from '../../src/tokenize/surface-table';

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
