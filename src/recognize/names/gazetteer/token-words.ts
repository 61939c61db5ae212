import type { TokenKind } from '../../../types.js';
import type { BaseReading } from './clitics.js';
import { tokenForms, type TokenForms } from '../../../tokenize/tokenize.js';

/**
 * The distinct words of one token array, numbered in order of first use, with their readings. Scans over
 * the same tokens (the gazetteer's, then the link refiner's over `ctx.tokens`) share it, so a token costs
 * one lookup in a table of the document's own words (whose keys are the very strings the tokens hold),
 * and the readings and per-index answers are found once per distinct word, not once per token.
 *
 * @example
 * ```ts
 * const words = tokenWords(tokens);
 * words.idAt(0); // UNREAD until a scan has read the token
 * ```
 */
export interface TokenWords {
  /**
   * The id of the word of token `i`; {@link UNREAD} when no scan has read that token yet, {@link SKIPPED}
   * when a scan found it can be no part of a name.
   */
  idAt(i: number): number;
  /** Records that token `i` can be no part of a name (punctuation, symbols). */
  skip(i: number): void;
  /** The id of token `i`'s word (its text `text`, its kind `kind`), or -1 when the document has not used it yet. */
  find(i: number, text: string, kind: TokenKind): number;
  /**
   * Numbers a new word with its readings and records it as the word of token `i`; returns its id.
   * `head0`…`head2` are numbers that sum up its readings (`FormIndex.mayBeginWith`), kept in a flat array.
   */
  add(i: number, text: string, kind: TokenKind, readings: readonly BaseReading[], head0: number, head1: number, head2: number): number;
  /** Records `id` as the word of token `i`. */
  assign(i: number, id: number): void;
  /** The readings of word `id`, whole word first. */
  readings(id: number): readonly BaseReading[];
  /** The serial of the tokenizer's record of token `i`'s word (see `TokenForms.serials`), 0 without one. */
  serial(i: number): number;
  /** The serial that record had before the tokenizer's memo turned over (see `TokenForms.previous`), or 0. */
  previous(i: number): number;
  /**
   * Head `k` (0 to 2) of word `id`, as given to {@link TokenWords.add}: a small index rules most words
   * out from these alone, without touching their readings.
   */
  head(id: number, k: number): number;
  /** Every id so far is below this (ids may be the tokenizer's form numbers, so some below it may be unused). */
  readonly count: number;
  /** Number of tokens of the array it describes. */
  readonly length: number;
}

/**
 * {@link TokenWords.idAt} of a token no scan has read yet.
 *
 * @example
 * ```ts
 * tokenWords(tokens).idAt(0) === UNREAD; // true before any scan
 * ```
 */
export const UNREAD = -1;

/**
 * {@link TokenWords.idAt} of a token that can be no part of a name.
 *
 * @example
 * ```ts
 * if (words.idAt(i) === SKIPPED) continue;
 * ```
 */
export const SKIPPED = -2;

class Words implements TokenWords {
  // id + 1 per token, so the zero-filled array means UNREAD (and -1 stored is SKIPPED).
  private readonly ids: Int32Array;
  // A word and a number or Latin token never share a text, but their readings differ in kind (a word
  // sheds particles, other tokens are taken whole), so they are numbered apart to be safe.
  private readonly words = new Map<string, number>();
  private readonly others = new Map<string, number>();
  private readonly all: Array<readonly BaseReading[] | undefined>;
  // Three per word id; codes may exceed 32 bits.
  private heads: Float64Array;
  // With the tokenizer's form numbers, a word's id is its form's number, so a token's word is found by
  // reading an array rather than by a lookup of its text. `kinds[f]` says whether form `f` was numbered
  // as a word (1) or another token (2), or not yet (0); a form met again under the other kind (which the
  // tokenizer never does) falls back to the maps, with an id past the forms'.
  private readonly kinds: Uint8Array | undefined;
  private next: number;

  constructor(
    readonly length: number,
    private readonly forms?: TokenForms,
  ) {
    this.ids = new Int32Array(length);
    const reserved = forms === undefined ? 0 : forms.count;
    this.kinds = forms === undefined ? undefined : new Uint8Array(reserved);
    this.all = new Array<readonly BaseReading[] | undefined>(reserved);
    this.next = reserved;
    this.heads = new Float64Array(3 * (forms === undefined ? length : reserved));
  }

  idAt(i: number): number {
    return (this.ids[i] as number) - 1;
  }

  skip(i: number): void {
    this.ids[i] = SKIPPED + 1;
  }

  find(i: number, text: string, kind: TokenKind): number {
    const asWord = kind === 'word';
    if (this.forms !== undefined) {
      const numbered = (this.kinds as Uint8Array)[this.forms.ids[i] as number];
      if (numbered === 0) return -1;
      if (numbered === (asWord ? 1 : 2)) return this.forms.ids[i] as number;
    }
    return (asWord ? this.words : this.others).get(text) ?? -1;
  }

  add(i: number, text: string, kind: TokenKind, readings: readonly BaseReading[], head0: number, head1: number, head2: number): number {
    let id: number;
    const form = this.forms === undefined ? -1 : (this.forms.ids[i] as number);
    if (form >= 0 && (this.kinds as Uint8Array)[form] === 0) {
      id = form;
      (this.kinds as Uint8Array)[form] = kind === 'word' ? 1 : 2;
    } else {
      id = this.next++;
      (kind === 'word' ? this.words : this.others).set(text, id);
    }
    if (3 * id + 3 > this.heads.length) {
      const grown = new Float64Array(Math.max(3 * id + 3, 2 * this.heads.length));
      grown.set(this.heads);
      this.heads = grown;
    }
    this.all[id] = readings;
    this.heads[3 * id] = head0;
    this.heads[3 * id + 1] = head1;
    this.heads[3 * id + 2] = head2;
    this.ids[i] = id + 1;
    return id;
  }

  assign(i: number, id: number): void {
    this.ids[i] = id + 1;
  }

  readings(id: number): readonly BaseReading[] {
    return this.all[id] as readonly BaseReading[];
  }

  serial(i: number): number {
    return this.forms === undefined ? 0 : (this.forms.serials[this.forms.ids[i] as number] as number);
  }

  previous(i: number): number {
    return this.forms === undefined ? 0 : (this.forms.previous[this.forms.ids[i] as number] as number);
  }

  head(id: number, k: number): number {
    return this.heads[3 * id + k] as number;
  }

  get count(): number {
    return this.next;
  }
}

// Lives and dies with its token array; nothing is kept across documents here.
const byTokens = new WeakMap<readonly unknown[], TokenWords>();

/**
 * The shared word table of a token array, created empty on first use. Token arrays are read as
 * immutable (as `Context.tokens` is); one whose length changed since gets a fresh table.
 *
 * @example
 * ```ts
 * tokenWords(ctx.tokens) === tokenWords(ctx.tokens); // true
 * ```
 */
export function tokenWords(tokens: readonly unknown[]): TokenWords {
  let words = byTokens.get(tokens);
  if (words === undefined || words.length !== tokens.length) {
    words = new Words(tokens.length, tokenForms(tokens));
    byTokens.set(tokens, words);
  }
  return words;
}
