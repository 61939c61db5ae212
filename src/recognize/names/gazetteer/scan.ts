import type { Span, TokenKind } from '../../../types.js';
import { baseReadings, readingsOf, type BaseReading } from './clitics.js';
import { ANY_HEAD, headCode, type FormIndex, type Stored } from './form-index.js';
import { nameKey } from './key.js';
import { SKIPPED, tokenWords, type TokenWords } from './token-words.js';
import { mapPacked } from '../../../util/arrays.js';

/**
 * The token fields a scan needs (a `Token` of `tokenize()` fits).
 *
 * @example
 * ```ts
 * const t: ScanToken = { text: 'بكين', start: 0, end: 4, kind: 'word' };
 * ```
 */
export interface ScanToken extends Span {
  kind: TokenKind;
}

/**
 * A run of whole tokens (the first one possibly without its proclitics) whose key is in the index.
 *
 * @example
 * ```ts
 * const m: FormMatch<string> = { start: 1, end: 5, first: 0, last: 0, form: 'بكين', payloads: ['x'] };
 * ```
 */
export interface FormMatch<T> extends Omit<Span, 'text'> {
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
  /** The matched words as written alone (article restored, diacritics dropped), space-separated. */
  form: string;
  payloads: readonly T[];
}

// Token kinds a name can continue with (a switch: this is asked for every token of a text).
function isNameable(kind: TokenKind): boolean {
  return kind === 'word' || kind === 'latin' || kind === 'mixed' || kind === 'number';
}

// A hashtag holds a name alone (#غزة, #الأمم_المتحدة): it can be a whole match, never part of a longer one.
function isHashtag(kind: TokenKind): boolean {
  return kind === 'hashtag';
}

// The readings of a hashtag's text after the `#` and any underscores that open or close it, underscores
// inside read as spaces (keys drop them), offsets into the token.
function hashtagReadings(text: string): BaseReading[] {
  const from = /^#_*/.exec(text)?.[0].length ?? 1;
  const body = text.slice(from, hashtagEnd(text)).replace(/_/g, ' ');
  return mapPacked(baseReadings(body, nameKey), (r) => ({ key: r.key, offset: r.offset + from, form: r.form }));
}

// The length of a hashtag without the underscores that close it.
function hashtagEnd(text: string): number {
  let end = text.length;
  while (end > 1 && text.charCodeAt(end - 1) === 0x5f) end--;
  return end;
}
const MAX_TOKENS = 10;
const MARKS = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

// Spacing tolerance: a space in the text where the stored form has none (شي جين بينغ for شي جينبينغ)
// is accepted only between pieces of three letters or more, so two short words never fuse into a
// name (على شي أن ≠ شيان, Xi'an).
const MIN_SPLIT_PIECE = 3;

const NO_PAYLOADS: readonly never[] = [];

function accepted<T>(stored: ReadonlyArray<Stored<T>> | undefined, pieces: readonly number[], count: number): readonly T[] {
  if (!stored) return NO_PAYLOADS;
  let out: T[] | undefined;
  for (const s of stored) {
    let at = 0;
    let ok = true;
    for (let p = 0; p < count - 1 && ok; p++) {
      at += pieces[p] as number;
      if (!s.cuts.includes(at) && ((pieces[p] as number) < MIN_SPLIT_PIECE || (pieces[p + 1] as number) < MIN_SPLIT_PIECE)) ok = false;
    }
    if (ok) (out ??= []).push(s.payload);
  }
  return out ?? NO_PAYLOADS;
}

const NONE: readonly BaseReading[] = [];
// The key lengths of the tokens a candidate match has taken so far (scans are synchronous); only the
// first `count` entries are meaningful, so it is never truncated.
const scratchPieces: number[] = [];

/**
 * A word's readings, the head codes of their keys (see `headOf`), and those of them that begin
 * some key of one index. The codes are plain numbers in the object the memo already hands out, so a
 * later scan (the link refiner's) rules most words out without touching their readings.
 */
interface WordView {
  all: readonly BaseReading[];
  head0: number;
  head1: number;
  head2: number;
  viable: readonly BaseReading[];
}

// Head `k` of a word: the head code (FormIndex.mayBeginWith) of its reading `k`, NO_HEAD past its last
// reading. A word of more than three readings (rare) has ANY_HEAD first, which is never ruled out.
const NO_HEAD = -2;
function headOf(readings: readonly BaseReading[], k: number): number {
  if (readings.length > 3) return k === 0 ? ANY_HEAD : NO_HEAD;
  return k < readings.length ? headCode((readings[k] as BaseReading).key) : NO_HEAD;
}

// The readings that begin some stored key: most words have none, so find out before allocating.
function viableAmong<T>(readings: readonly BaseReading[], index: FormIndex<T>): readonly BaseReading[] {
  let first = 0;
  while (first < readings.length && !index.hasPrefix((readings[first] as BaseReading).key)) first++;
  if (first === readings.length) return NONE;
  const out: BaseReading[] = [];
  for (let k = first; k < readings.length; k++) {
    const r = readings[k] as BaseReading;
    if (index.hasPrefix(r.key)) out.push(r);
  }
  return out;
}

// Computed once per word and index (FormIndex.remember): the readings come straight from baseReadings,
// since a word the scan meets for the first time is rarely in the readings memo either.
function wordView<T>(word: string, index: FormIndex<T>): WordView {
  const all = baseReadings(word, nameKey);
  return { all, head0: headOf(all, 0), head1: headOf(all, 1), head2: headOf(all, 2), viable: viableAmong(all, index) };
}

// The readings of token `i` that begin some key of `index`, known per distinct word of the document
// (`viable`, one slot per word id, lives for one scan). A word new to the document is numbered with its
// readings, which a large index finds together with its answer in one memo lookup.
function viableAt<T>(
  tokens: readonly ScanToken[],
  i: number,
  index: FormIndex<T>,
  words: TokenWords,
  viable: Array<readonly BaseReading[] | undefined>,
): readonly BaseReading[] {
  let id = words.idAt(i);
  // A token read before is not looked at again: its id says all.
  if (id === SKIPPED) return NONE;
  if (id >= 0) return (viable[id] ??= viableOf(words, id, index));
  const tok = tokens[i] as ScanToken;
  if (!isNameable(tok.kind) && !isHashtag(tok.kind)) {
    words.skip(i);
    return NONE;
  }
  id = words.find(i, tok.text, tok.kind);
  if (id >= 0) {
    words.assign(i, id);
    return (viable[id] ??= viableOf(words, id, index));
  }
  if (tok.kind !== 'word') {
    const whole = isHashtag(tok.kind) ? hashtagReadings(tok.text) : [{ key: nameKey(tok.text), offset: 0, form: tok.text }];
    return (viable[words.add(i, tok.text, tok.kind, whole, headOf(whole, 0), NO_HEAD, NO_HEAD)] = viableAmong(whole, index));
  }
  if (!index.remembers) {
    // A small index keeps nothing per word; the shared readings memo does.
    const all = readingsOf(tok.text);
    return (viable[words.add(i, tok.text, tok.kind, all, headOf(all, 0), headOf(all, 1), headOf(all, 2))] = viableAmong(all, index));
  }
  const view = index.remember(tok.text, wordView, words.serial(i), words.previous(i));
  return (viable[words.add(i, tok.text, tok.kind, view.all, view.head0, view.head1, view.head2)] = view.viable);
}

// The viable readings of a word the document has used before, asked of another index (the link
// refiner's): the head codes of its readings rule most words out before the readings are touched.
function viableOf<T>(words: TokenWords, id: number, index: FormIndex<T>): readonly BaseReading[] {
  for (let k = 0; k < 3; k++) {
    const code = words.head(id, k);
    if (code === NO_HEAD) break;
    if (index.mayBeginWith(code)) return viableAmong(words.readings(id), index);
  }
  return NONE;
}

// The key of token `j` as a whole. A word already read gives it as its first reading (the whole word,
// whose key drops the same marks); otherwise nameKey, which returns most words as they are, is cheaper
// than finding readings the scan may never need.
function keyAt(tokens: readonly ScanToken[], j: number, words: TokenWords): string {
  const id = words.idAt(j); // never SKIPPED: the caller checked the token's kind
  return id >= 0 ? (words.readings(id)[0] as BaseReading).key : nameKey((tokens[j] as ScanToken).text);
}

/**
 * Finds the longest matches of the index's keys over `tokens`, left to right, without overlaps. The
 * first token of a match may shed attached particles (`وبكين` → `بكين`); later tokens are taken whole.
 *
 * @example
 * ```ts
 * scanForms(tokenize('زار وبكين'), index).map((m) => m.form); // ['بكين']
 * ```
 */
export function scanForms<T>(tokens: readonly ScanToken[], index: FormIndex<T>): FormMatch<T>[] {
  const out: FormMatch<T>[] = [];
  const vocabulary = tokenWords(tokens);
  const viable = new Array<readonly BaseReading[] | undefined>(vocabulary.count);
  const pieces = scratchPieces;
  for (let i = 0; i < tokens.length; i++) {
    // The common case inline: a token read before, whose word this scan has already judged.
    const id = vocabulary.idAt(i);
    if (id === SKIPPED) continue;
    const readings = (id >= 0 ? viable[id] : undefined) ?? viableAt(tokens, i, index, vocabulary, viable);
    if (readings.length === 0) continue;
    const tok = tokens[i] as ScanToken;
    let bestLast = -1;
    let bestPayloads: readonly T[] = NO_PAYLOADS;
    let bestReading: BaseReading | undefined;
    // A hashtag is matched alone.
    const limit = isHashtag(tok.kind) ? i + 1 : Math.min(tokens.length, i + MAX_TOKENS);
    for (const r of readings) {
      let acc = r.key;
      pieces[0] = r.key.length;
      let count = 1;
      for (let j = i; j < limit; j++) {
        if (j > i) {
          const next = tokens[j] as ScanToken;
          if (!isNameable(next.kind)) break;
          const key = keyAt(tokens, j, vocabulary);
          // Most candidates end here (في، من before an ordinary word): the index rules them out from the
          // key so far, without building the longer string. A short piece on either side of the space
          // needs a stored form with a space there (see `accepted`).
          const short = (pieces[count - 1] as number) < MIN_SPLIT_PIECE || key.length < MIN_SPLIT_PIECE;
          if (!index.mayExtend(acc, key, short)) break;
          acc += key;
          pieces[count++] = key.length;
          // Every key is its own prefix: a run that begins no key is no key either. (The first token's
          // reading begins one: it is viable.)
          if (!index.hasPrefix(acc)) break;
        }
        if (bestReading === undefined || j > bestLast) {
          const payloads = accepted(index.get(acc), pieces, count);
          if (payloads.length > 0) {
            bestLast = j;
            bestPayloads = payloads;
            bestReading = r;
          }
        }
      }
    }
    if (bestReading === undefined) continue;
    const words = [bestReading.form];
    for (let j = i + 1; j <= bestLast; j++) words.push((tokens[j] as ScanToken).text);
    out.push({
      start: tok.start + bestReading.offset,
      end: isHashtag(tok.kind) ? tok.start + hashtagEnd(tok.text) : (tokens[bestLast] as ScanToken).end,
      first: i,
      last: bestLast,
      form: words.join(' ').replace(MARKS, ''),
      payloads: bestPayloads,
    });
    i = bestLast;
  }
  return out;
}
