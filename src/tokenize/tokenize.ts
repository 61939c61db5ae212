import { compileNormalizer, normalizeFast } from '../text/index.js';
import type { Token, WordPart } from '../types.js';
import { GenerationalMemo } from '../util/memo.js';
import { analyzeWord } from './clitics.js';
import { scanInto } from './scanner.js';
import { SurfaceTable } from './surface-table.js';

/**
 * Options of {@link tokenize}.
 *
 * @example
 * ```ts
 * tokenize('وبكين', { clitics: false })[0].parts; // undefined
 * ```
 */
export interface TokenizeOptions {
  /** Attach the clitic analysis (`parts`) to Arabic words. Default `true`. */
  clitics?: boolean;
}

/** What is kept of an Arabic word across calls. */
interface WordRecord {
  /**
   * The word's text as first met. Tokens of the word in later calls share this string rather than a new
   * slice of their input, so the stages after the tokenizer look the word up in their own memos by a
   * string whose hash is already computed and which their keys are identical to, not merely equal.
   */
  text: string;
  /**
   * Word-relative clitic parts, or `null` for a word that is one base part as written (the analysis of
   * most words): the memo then holds no parts array and part object of its own for the collector to mark.
   */
  parts: WordPart[] | null;
  /**
   * The word's search-normalized form, as the tokens get it: kept here so that the tokens of later calls
   * share the record's strings, not this call's copies (see `settle`).
   */
  normalized: string;
  /** This record's number (see `TokenForms.serials`): 1, 2, 3, … in order of making, never reused. */
  serial: number;
  /** The serial of the record this one was copied from when the memo turned over, or 0. */
  previous: number;
}

// Clitic analyses by surface form, across calls: a stream of short documents would otherwise analyse its
// common words again in every document. The parts are word-relative and never handed out (each token gets
// shifted copies), so sharing them is safe; the memo is bounded (two generations of 20,000 words, a few MB).
// A record kept from the old generation is copied with a new serial, so that the serials of the records
// held are always among the last 40,000 made (see `TokenForms.serials`).
let lastSerial = 0;
const analyses = new GenerationalMemo<string, WordRecord>(20_000, (r) => ({ text: r.text, parts: r.parts, normalized: r.normalized, serial: ++lastSerial, previous: r.serial }));

interface SurfaceInfo {
  /** The form as sliced from this call's input: what the surface table compares the input with. */
  readonly text: string;
  /**
   * The string the tokens get: the word record's text once an Arabic word is settled, else `text`. The
   * table keeps comparing with `text`, a fresh copy near the input, not with the record's string, which
   * may lie anywhere in the heap.
   */
  shared: string;
  /**
   * The form's search-normalized text, made at its first token: an Arabic word's comes from its record,
   * which normalizes it once for all calls.
   */
  normalized: string | undefined;
  /** The record's parts (see `WordRecord.parts`), found on first use for an Arabic word. */
  parts: WordPart[] | null | undefined;
  /** The form's number in this call, in order of first occurrence. */
  readonly id: number;
}

/**
 * The distinct forms of one `tokenize` result: token `i`'s form is number `ids[i]`, and equal texts
 * have equal numbers. The stages after the tokenizer keep what they find per word in arrays indexed by
 * this number, so a token costs them no lookup by its text.
 *
 * @example
 * ```ts
 * const tokens = tokenize('في بكين وفي بكين');
 * tokenForms(tokens)?.ids; // Int32Array [0, 1, 2, 1]
 * ```
 */
export interface TokenForms {
  readonly ids: Int32Array;
  /** How many distinct forms there are (every id is below it). */
  readonly count: number;
  /**
   * By form number, the serial of the tokenizer's record of an Arabic word (0 for other forms, and for all
   * with `clitics: false`). Each record has its own serial, and the stages after the tokenizer keep what
   * they derive from a word by its serial (`SerialSlots`), which costs them no lookup by its text. A word
   * new to the tokenizer's memo has a new serial, which they have nothing for.
   */
  readonly serials: Float64Array;
  /**
   * By form number, the serial the record had before the tokenizer's memo turned over and copied it, or
   * 0: what was kept for that serial is still good for this word.
   */
  readonly previous: Float64Array;
}

// Lives and dies with its token array, with the text each form's tokens were given.
const formsOf = new WeakMap<readonly unknown[], TokenForms & { readonly texts: readonly string[] }>();

/**
 * The form numbers of a token array that {@link tokenize} returned, or `undefined` for any other array, or
 * for one whose length or token texts have changed since (a caller may edit tokens in place; the check is
 * one comparison per token, of strings that are usually the very same).
 *
 * @example
 * ```ts
 * const forms = tokenForms(tokens);
 * forms === undefined || forms.ids[0] < forms.count; // true
 * ```
 */
export function tokenForms(tokens: readonly unknown[]): TokenForms | undefined {
  const forms = formsOf.get(tokens);
  if (forms === undefined || forms.ids.length !== tokens.length) return undefined;
  const { ids, texts } = forms;
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as { text?: unknown }).text !== texts[ids[i]]) return undefined;
  return forms;
}

// The record of an Arabic word, found or made; the per-call form hands out its shared text.
function settle(info: SurfaceInfo): WordPart[] | null {
  const record =
    analyses.get(info.text) ??
    analyses.set(info.text, {
      text: info.text,
      parts: kept(info.text, analyzeWord(info.text)),
      normalized: normalizeFast(info.text, (current as CallState).search),
      serial: ++lastSerial,
      previous: 0,
    });
  const state = current as CallState;
  if (info.id >= state.serials.length) {
    state.serials = grown(state.serials, info.id);
    state.previous = grown(state.previous, info.id);
  }
  state.serials[info.id] = record.serial;
  state.previous[info.id] = record.previous;
  // The tokens point at the record's strings, which live long (the collector soon moves them to its old
  // generation, where it also makes the tokens of a long document): pointers from there to this call's
  // short-lived copies would each be recorded for every young collection, and the copies kept alive.
  info.shared = record.text;
  info.normalized = record.normalized;
  return (info.parts = record.parts);
}

// `a` copied into an array with room for index `id`.
function grown(a: Float64Array, id: number): Float64Array {
  const out = new Float64Array(Math.max(2 * a.length, id + 1));
  out.set(a);
  return out;
}

// What a record keeps of a word's parts: `null` for the word as one base part.
function kept(word: string, parts: WordPart[]): WordPart[] | null {
  if (parts.length !== 1) return parts;
  const p = parts[0];
  return p.role === 'base' && p.start === 0 && p.end === word.length && p.text === word && p.form === word ? null : parts;
}

/**
 * Splits text into tokens: Arabic words (with their clitics), numbers, dates and times kept whole,
 * punctuation, Latin words, URLs, emails, hashtags, mentions and emoji. Whitespace and bidi controls
 * separate tokens and are not returned. Offsets are UTF-16 indices into `text`.
 *
 * @param text - The input.
 * @throws TypeError if `text` is not a string.
 * @example
 * ```ts
 * import { tokenize } from 'tahlil';
 * tokenize('بنحو 117.5 مليار دولار،').map((t) => `${t.kind}:${t.text}`);
 * // ['word:بنحو', 'number:117.5', 'word:مليار', 'word:دولار', 'punct:،']
 * ```
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  if (typeof text !== 'string') {
    throw new TypeError(`tokenize: expected the text to be a string, got ${text === null ? 'null' : typeof text}`);
  }
  // Tokens repeat (Zipf): each distinct surface form is normalized once per call (an Arabic word once in
  // its record, for every call that meets it while the memo keeps it), and every token of that
  // form shares one string for its text, its normalized form and its parts' texts, which keeps what the
  // caller retains small. This memo lives and dies with the call; only the clitic analyses are kept across
  // calls (above).
  const state: CallState = {
    forms: new SurfaceTable<SurfaceInfo>(text, makeInfo),
    search: compileNormalizer('search'),
    withClitics: options.clitics !== false,
    count: 0,
    tokens: [],
    ids: new Int32Array(64),
    serials: new Float64Array(64),
    previous: new Float64Array(64),
  };
  const outer = current;
  current = state;
  try {
    scanInto(text, emitToken);
  } finally {
    current = outer;
  }
  const { tokens, ids } = state;
  const texts: string[] = [];
  for (let i = 0; i < tokens.length; i++) texts[ids[i]] = tokens[i].text;
  formsOf.set(tokens, { ids: ids.subarray(0, tokens.length), count: state.count, serials: firstOf(state.serials, state.count), previous: firstOf(state.previous, state.count), texts });
  return tokens;
}

// What one `tokenize` call builds, for the two functions below. They are module functions rather than
// closures made per call: the scanner and the surface table then call one and the same function on every
// call, and their optimized code, which is specialized to the function it calls, stays valid (per-call
// closures threw it away when a rare token kind first reached a call site in a later call).
interface CallState {
  readonly forms: SurfaceTable<SurfaceInfo>;
  readonly search: ReturnType<typeof compileNormalizer>;
  readonly withClitics: boolean;
  count: number;
  readonly tokens: Token[];
  ids: Int32Array;
  /** By form number (see `TokenForms.serials` and `TokenForms.previous`). */
  serials: Float64Array;
  previous: Float64Array;
}

// The first `n` entries of `a`, zeros past its end (the last forms may be no words).
function firstOf(a: Float64Array, n: number): Float64Array {
  if (a.length >= n) return a.subarray(0, n);
  const out = new Float64Array(n);
  out.set(a);
  return out;
}

// The call being tokenized (a stack: nothing tokenizes inside a call, but nothing breaks if it did).
let current: CallState | undefined;

function makeInfo(form: string): SurfaceInfo {
  const state = current as CallState;
  return { text: form, shared: form, normalized: undefined, parts: undefined, id: state.count++ };
}

function emitToken(kind: Token['kind'], start: number, end: number): void {
  const state = current as CallState;
  const info = state.forms.intern(start, end);
  const tokens = state.tokens;
  if (tokens.length === state.ids.length) {
    const grown = new Int32Array(2 * state.ids.length);
    grown.set(state.ids);
    state.ids = grown;
  }
  state.ids[tokens.length] = info.id;
  // Every token has the same fields, `parts` undefined where there is no analysis: objects of one hidden
  // class, so that code reading tokens (the sentence splitter, the gazetteer scan, a caller's loop) is not
  // compiled for words alone and thrown away at the first number or Latin word (docs/DESIGN.md).
  let parts: WordPart[] | undefined;
  if (kind === 'word' && state.withClitics) {
    const analysis = info.parts !== undefined ? info.parts : settle(info);
    parts = analysis === null ? whole(info.shared, start, end) : shift(analysis, start);
  } else if (info.normalized === undefined) info.normalized = normalizeFast(info.text, state.search);
  tokens.push({ text: info.shared, start, end, kind, normalized: info.normalized as string, parts });
}

// A token's parts live as long as the token, usually the whole document. V8 allocates the token and its
// part objects straight in the old generation once it has seen them survive (allocation-site
// pretenuring), but an array made by `new Array(n)` has no allocation site and was made young: every word
// token then pointed from the old generation into the young one, and each scavenge copied the arrays and
// processed those pointers (in a tokenize-only run, 36 scavenges copied 107 MB). Array literals have
// sites and are pretenured with the rest, so parts arrays are made as literals, one per length up to
// four (longer is rare), all of one elements kind.

/** A word's one base part at its position. */
function whole(text: string, start: number, end: number): WordPart[] {
  return [{ role: 'base', text, start, end, form: text }];
}

/** The memoised parts carry word-relative offsets; each token gets its own copy at its position. */
function shift(parts: WordPart[], by: number): WordPart[] {
  switch (parts.length) {
    case 2:
      return [moved(parts[0], by), moved(parts[1], by)];
    case 3:
      return [moved(parts[0], by), moved(parts[1], by), moved(parts[2], by)];
    case 4:
      return [moved(parts[0], by), moved(parts[1], by), moved(parts[2], by), moved(parts[3], by)];
    default: {
      const out: WordPart[] = [];
      for (const p of parts) out.push(moved(p, by));
      return out;
    }
  }
}

function moved(p: WordPart, by: number): WordPart {
  return { role: p.role, text: p.text, start: p.start + by, end: p.end + by, form: p.form };
}
