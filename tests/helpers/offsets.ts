import type { Analysis, Span, Token } from '../../src/types';

// Checked in plain code and reported through one expect per call: these helpers run over tens of
// thousands of spans in the long-input tests, where an expect per field would dominate the run time.

function offsetProblems(input: string, spans: readonly Span[], out: string[]): void {
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end > input.length || s.start > s.end) {
      out.push(`bad range [${s.start},${s.end}) for input of length ${input.length}`);
    } else if (input.slice(s.start, s.end) !== s.text) {
      out.push(`[${s.start},${s.end}) is ${JSON.stringify(input.slice(s.start, s.end))}, text ${JSON.stringify(s.text)}`);
    }
    if (out.length > 5) return;
  }
}

function partProblems(input: string, t: Token, out: string[]): void {
  if (!t.parts) return;
  offsetProblems(input, t.parts, out);
  if (t.parts.length === 0) out.push(`token ${JSON.stringify(t.text)} has no parts`);
  else if (t.parts[0].start !== t.start || t.parts[t.parts.length - 1].end !== t.end) out.push(`parts of ${JSON.stringify(t.text)} do not cover it`);
  for (let i = 1; i < t.parts.length; i++) if (t.parts[i].start !== t.parts[i - 1].end) out.push(`parts of ${JSON.stringify(t.text)} are not contiguous`);
}

/** Every fixture goes through this: each span's text is exactly its slice of the input. */
export function expectOffsets(input: string, spans: readonly Span[]): void {
  const problems: string[] = [];
  offsetProblems(input, spans, problems);
  expect(problems).toEqual([]);
}

/** Tokens, their parts, sentences and entities of an analysis all keep the offset contract. */
export function expectAnalysisOffsets(a: Analysis): void {
  const problems: string[] = [];
  offsetProblems(a.text, a.tokens, problems);
  offsetProblems(a.text, a.sentences, problems);
  offsetProblems(a.text, a.entities, problems);
  for (const t of a.tokens) partProblems(a.text, t, problems);
  expect(problems).toEqual([]);
}

/** The parts of a word cover it exactly, in order, without gaps. */
export function expectPartsCover(input: string, t: Token): void {
  const problems: string[] = [];
  partProblems(input, t, problems);
  expect(problems).toEqual([]);
}
