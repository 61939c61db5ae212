import fc from 'fast-check';
import { splitSentences } from '../../src/tokenize/sentences';
import { tokenize } from '../../src/tokenize/tokenize';
import { anyText } from '../helpers/arbitraries';
import { expectOffsets, expectPartsCover } from '../helpers/offsets';

describe('tokenize and splitSentences: invariants on random Arabic-like text', () => {
  test('offsets hold, tokens are ordered and disjoint, nothing throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        expectOffsets(text, tokens);
        for (let i = 1; i < tokens.length; i++) expect(tokens[i].start).toBeGreaterThanOrEqual(tokens[i - 1].end);
        for (const t of tokens) {
          expect(t.end).toBeGreaterThan(t.start);
          expectPartsCover(text, t);
        }
      }),
      { numRuns: 1500 },
    );
  });

  test('no letter or digit is lost: every one lies inside a token', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const covered = new Uint8Array(text.length);
        for (const t of tokenize(text)) covered.fill(1, t.start, t.end);
        for (let i = 0; i < text.length; i++) {
          if (/[\p{L}\p{Nd}]/u.test(text[i])) expect(covered[i]).toBe(1);
        }
      }),
      { numRuns: 800 },
    );
  });

  test('sentences are ordered, disjoint, keep offsets and cover every token', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        const sentences = splitSentences(text, tokens);
        expectOffsets(text, sentences);
        for (let i = 1; i < sentences.length; i++) expect(sentences[i].start).toBeGreaterThanOrEqual(sentences[i - 1].end);
        for (const t of tokens) expect(sentences.some((s) => s.start <= t.start && t.end <= s.end)).toBe(true);
      }),
      { numRuns: 800 },
    );
  });
});
