import type { Sentence, Token } from '../types.js';
import { tokenize } from './tokenize.js';

/** Punctuation that ends a sentence. */
const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '۔', '!!', '؟!', '?!']);
/** Closing marks that stay with the sentence they close: `”.` and `.”` both end after the quote. */
const CLOSERS = new Set(['”', '»', '"', "'", '’', ')', ']', '›', '﴿']);
const OPENERS = new Set(['“', '«', '‹', '﴾']);
const QUOTE_CLOSERS = new Set(['”', '»', '›', '﴿']);

/**
 * Splits text into sentences. A sentence ends at `.`, `!`, `?`, `؟` or `…` (with any closing quote or
 * bracket after it), and at every line break; it does not end inside a number, date or time (those are
 * single tokens), after a single-letter initial (`أ. ف. ب.`, `U.S.`), or inside an open quotation
 * (“…” or «…»). Offsets exclude surrounding whitespace.
 *
 * @param text - The input.
 * @param tokens - The tokens of `text` when the caller already has them.
 * @example
 * ```ts
 * splitSentences('وصل بوتين. ثم غادر.').map((s) => s.text); // ['وصل بوتين.', 'ثم غادر.']
 * ```
 */
export function splitSentences(text: string, tokens?: readonly Token[]): Sentence[] {
  if (typeof text !== 'string') {
    throw new TypeError(`splitSentences: expected the text to be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const toks = tokens ?? tokenize(text, { clitics: false });
  const out: Sentence[] = [];
  // No closure over `first` and `depth` for closing a sentence: a new closure per call is a new call
  // target, and V8 threw away its optimized code for this function on meeting each one.
  let first = -1;
  let depth = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (first >= 0 && hasLineBreak(text, toks[i - 1].end, t.start)) {
      pushSentence(out, text, toks, first, i - 1);
      first = -1;
      depth = 0;
    }
    if (first < 0) first = i;
    if (t.kind !== 'punct') continue;
    if (OPENERS.has(t.text)) depth++;
    else if (QUOTE_CLOSERS.has(t.text) && depth > 0) depth--;
    if (!isTerminator(t.text) || depth > 0 || isInitial(toks, i)) continue;
    // Take the closing quotes and brackets that follow without a line break.
    let last = i;
    while (last + 1 < toks.length && CLOSERS.has(toks[last + 1].text) && !hasLineBreak(text, toks[last].end, toks[last + 1].start)) last++;
    i = last;
    pushSentence(out, text, toks, first, last);
    first = -1;
    depth = 0;
  }
  if (first >= 0) pushSentence(out, text, toks, first, toks.length - 1);
  return out;
}

// The sentence from token `first` through token `last`.
function pushSentence(out: Sentence[], text: string, toks: readonly Token[], first: number, last: number): void {
  const start = toks[first].start;
  const end = toks[last].end;
  out.push({ text: text.slice(start, end), start, end });
}

function isTerminator(p: string): boolean {
  return TERMINATORS.has(p) || /^[.!?؟…]+$/.test(p);
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028) return true;
  }
  return false;
}

/** Kinds of the one-letter words a dot makes initials of. */
const INITIAL_KINDS = new Set(['word', 'latin']);

/** A dot right after a one-letter word (`أ.`, `U.`) marks an initial, not the end of a sentence. */
function isInitial(toks: readonly Token[], i: number): boolean {
  if (toks[i].text !== '.' || i === 0) return false;
  const prev = toks[i - 1];
  // Every test is made for every dot, and the answers combined at the end: a test that only a dot glued
  // to a word reached (rare in text with spaced punctuation) threw away the optimized code of
  // splitSentences, which has this inlined, when the first such dot came (docs/NER.md, round 20).
  const glued = prev.end === toks[i].start;
  const wordLike = INITIAL_KINDS.has(prev.kind);
  const oneLetter = prev.normalized.length === 1;
  return glued && wordLike && oneLetter;
}
