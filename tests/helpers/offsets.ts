import type { Analysis, Span, Token } from '../../src/types';

/** Every fixture goes through this: each span's text is exactly its slice of the input. */
export function expectOffsets(input: string, spans: readonly Span[]): void {
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.start).toBeLessThanOrEqual(s.end);
    if (input.slice(s.start, s.end) !== s.text) {
      throw new Error(`offset contract broken: [${s.start},${s.end}) is ${JSON.stringify(input.slice(s.start, s.end))}, text ${JSON.stringify(s.text)}`);
    }
  }
}

/** Tokens, their parts, sentences and entities of an analysis all keep the offset contract. */
export function expectAnalysisOffsets(a: Analysis): void {
  expectOffsets(a.text, a.tokens);
  expectOffsets(a.text, a.sentences);
  expectOffsets(a.text, a.entities);
  for (const t of a.tokens) expectPartsCover(a.text, t);
}

export function expectPartsCover(input: string, t: Token): void {
  if (!t.parts) return;
  expectOffsets(input, t.parts);
  expect(t.parts[0].start).toBe(t.start);
  expect(t.parts[t.parts.length - 1].end).toBe(t.end);
  for (let i = 1; i < t.parts.length; i++) expect(t.parts[i].start).toBe(t.parts[i - 1].end);
}
