import type { TokenKind } from '../types.js';
import { C, astralClass, charClasses } from './charclass.js';

/**
 * Receives each token the scanner finds: kind and offsets only. `tokenize()` builds the token objects
 * directly from these calls, so no intermediate objects are allocated.
 *
 * @example
 * ```ts
 * const emit: Emit = (kind, start, end) => void spans.push([kind, start, end]);
 * ```
 */
export type Emit = (kind: TokenKind, start: number, end: number) => void;

/**
 * A raw token: kind and offsets only.
 *
 * @example
 * ```ts
 * const r: RawToken = { kind: 'word', start: 0, end: 4 };
 * ```
 */
export interface RawToken {
  kind: TokenKind;
  start: number;
  end: number;
}

/**
 * The scanner's tokens as an array, for callers that need only kinds and offsets (search terms).
 *
 * @example
 * ```ts
 * scan('بكين 2022').map((t) => t.kind); // ['word', 'number']
 * ```
 */
export function scan(text: string): RawToken[] {
  const out: RawToken[] = [];
  scanInto(text, (kind, start, end) => void out.push({ kind, start, end }));
  return out;
}

const SLASH = 0x2f;
const COLON = 0x3a;
const DOT = 0x2e;
const COMMA = 0x2c;
const HYPHEN = 0x2d;
const AT = 0x40;
const HASH = 0x23;
const UNDERSCORE = 0x5f;
const APOSTROPHE = 0x27;
const AR_DECIMAL = 0x66b;
const AR_THOUSANDS = 0x66c;

/**
 * Splits `text` into raw tokens in one left-to-right pass, calling `emit` for each. Every branch consumes
 * at least one code unit and never moves backwards past the token start, so time is linear in the input
 * length.
 *
 * @example
 * ```ts
 * scanInto('بكين 2022', (kind, start, end) => kinds.push(kind)); // word, number
 * ```
 */
export function scanInto(text: string, emit: Emit): void {
  const cls = charClasses();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (k === C.Space) {
      i++;
      continue;
    }
    const start = i;
    switch (k) {
      case C.Arabic:
      case C.ArabicMark: {
        i = scanArabic(text, i, cls);
        // Arabic letters directly followed by digits (فرانس24) or joined by a hyphen (كوفيد-19) form one
        // mixed token: the digits belong to the name.
        const j = scanDigitSuffix(text, i, cls);
        if (j > i && !isCliticRun(text, start, i)) {
          emit('mixed', start, j);
          i = j;
        } else {
          emit(hasLetter(text, start, i, cls) ? 'word' : 'other', start, i);
        }
        continue;
      }
      case C.Digit: {
        const r = scanNumber(text, i, cls);
        i = r.end;
        emit(r.kind, start, i);
        continue;
      }
      case C.Punct:
      case C.Symbol: {
        // `#` and `@` may begin a hashtag or a mention: `scanOther` decides.
        if (c === HASH || c === AT) break;
        i++;
        // Runs of the same dot-like mark (..., ؟؟, !!) stay one token; other punctuation is one per char.
        if (c === DOT || c === 0x61f || c === 0x21 || c === 0x3f) while (i < n && text.charCodeAt(i) === c) i++;
        emit(k === C.Punct ? 'punct' : 'symbol', start, i);
        continue;
      }
      case C.Joiner:
        // A joiner outside a word carries nothing; skip it like a space.
        i++;
        continue;
    }
    i = scanOther(text, i, cls, emit);
  }
}

/**
 * The token at `i` of every class the loop above leaves out (Latin-script words, URLs, emails, hashtags
 * and mentions, emoji, astral characters, anything unclassified); returns where it ends.
 *
 * In Arabic text these are rare, and a path that the text a process has met never took has no type
 * feedback: V8 throws away the optimized code of the function it is compiled into when the first text
 * that takes it comes, and scanInto, which runs over a whole document in one call, was thrown away and
 * compiled again four times in the bench's new-text row (docs/NER.md, round 20). So they share one call
 * from scanInto, and the Latin-word loop is written out here rather than called: the function is larger
 * than V8 inlines (460 bytes of bytecode), so a rare path met for the first time costs this function's
 * optimized code at most, never scanInto's.
 */
function scanOther(text: string, i: number, cls: Uint8Array, emit: Emit): number {
  const n = text.length;
  const start = i;
  const c = text.charCodeAt(i);
  const k = cls[c];
  if (c === HASH || c === AT) {
    if (i + 1 < n && isTagChar(text.charCodeAt(i + 1), cls)) {
      i = scanTag(text, i + 1, cls);
      emit(c === HASH ? 'hashtag' : 'mention', start, i);
    } else emit(k === C.Punct ? 'punct' : 'symbol', start, ++i);
    return i;
  }
  if (k === C.Emoji) {
    i = scanEmojiTail(text, i + 1);
    emit('emoji', start, i);
    return i;
  }
  if (k === C.HighSurrogate) return scanAstral(text, i, cls, emit);
  if (k !== C.Letter && k !== C.Mark) {
    emit('other', start, ++i);
    return i;
  }
  if (startsUrl(text, i)) {
    i = scanUrl(text, i, cls);
    emit('url', start, i);
    return i;
  }
  // Latin-script words: letters, marks, inner apostrophes and hyphens (`l'état`, `e-mail`), digits glued to
  // letters (`COVID19`, `G20`) as mixed; `name@host.tld` as an email.
  let digits = false;
  while (i < n) {
    const d = text.charCodeAt(i);
    const kd = cls[d];
    if (kd === C.Letter || kd === C.Mark) i++;
    else if (kd === C.Digit && d < 0x80) {
      digits = true;
      i++;
    } else if ((d === APOSTROPHE || d === 0x2019 || d === HYPHEN || d === DOT || d === UNDERSCORE) && i + 1 < n && isLatinAlnum(text.charCodeAt(i + 1), cls)) {
      // `.` only continues inside an email-like run; stop at it otherwise (end of sentence).
      if (d === DOT && !emailAhead(text, i)) break;
      if (d === HYPHEN && cls[text.charCodeAt(i + 1)] === C.Digit) digits = true;
      i += 2;
    } else if (d === AT && i + 1 < n && isLatinAlnum(text.charCodeAt(i + 1), cls)) {
      const e = scanEmailDomain(text, i + 1, cls);
      if (e > 0) {
        emit('email', start, e);
        return e;
      }
      break;
    } else break;
  }
  emit(digits ? 'mixed' : 'latin', start, i);
  return i;
}

/**
 * `و5`, `ب2021`, `ال١٩٢`: a run of proclitic letters (with or without the article) before digits is a
 * clitic attached to the number, not a name with digits.
 */
function isCliticRun(text: string, s: number, e: number): boolean {
  const run = text.slice(s, e);
  return /^[وف]?[بلك]?(?:ال)?$/.test(run) && run.length > 0;
}

function hasLetter(text: string, s: number, e: number, cls: Uint8Array): boolean {
  for (let j = s; j < e; j++) if (cls[text.charCodeAt(j)] === C.Arabic) return true;
  return false;
}

/** Arabic letters, marks, tatweel, and joiners that sit between them. */
function scanArabic(text: string, i: number, cls: Uint8Array): number {
  const n = text.length;
  while (i < n) {
    const k = cls[text.charCodeAt(i)];
    if (k === C.Arabic || k === C.ArabicMark) i++;
    else if (k === C.Joiner && i + 1 < n && cls[text.charCodeAt(i + 1)] === C.Arabic) i++;
    else break;
  }
  return i;
}

/** After letters: `24` in فرانس24 or `-19` in كوفيد-19; returns `i` when there is no such suffix. */
function scanDigitSuffix(text: string, i: number, cls: Uint8Array): number {
  const n = text.length;
  let j = i;
  if (j < n && text.charCodeAt(j) === HYPHEN) j++;
  if (j >= n || cls[text.charCodeAt(j)] !== C.Digit) return i;
  while (j < n && cls[text.charCodeAt(j)] === C.Digit) j++;
  return j;
}

function isDigitAt(text: string, j: number, cls: Uint8Array): boolean {
  return j < text.length && cls[text.charCodeAt(j)] === C.Digit;
}

function digitRun(text: string, j: number, cls: Uint8Array): number {
  while (j < text.length && cls[text.charCodeAt(j)] === C.Digit) j++;
  return j;
}

/**
 * Digits with their separators: `117.5`, `3,000`, `٣٫٥`, `1.2.3`; `05/02/2022` and `2022-02-05` as
 * dates; `11:10` and `11:10:05` as times; digits followed by Latin letters (`4G`, `19th`) as mixed.
 */
function scanNumber(text: string, i: number, cls: Uint8Array): { kind: TokenKind; end: number } {
  const n = text.length;
  const start = i;
  const first = digitRun(text, i, cls);
  const firstLen = first - start;
  // Dates d/m/y with one or two digit day and month and a two or four digit year.
  if (firstLen <= 2 && first < n && text.charCodeAt(first) === SLASH && isDigitAt(text, first + 1, cls)) {
    const second = digitRun(text, first + 1, cls);
    const secondLen = second - first - 1;
    if (secondLen <= 2 && second < n && text.charCodeAt(second) === SLASH && isDigitAt(text, second + 1, cls)) {
      const third = digitRun(text, second + 1, cls);
      const thirdLen = third - second - 1;
      if ((thirdLen === 2 || thirdLen === 4) && !continuesNumber(text, third, cls)) return { kind: 'date', end: third };
    }
  }
  // ISO dates yyyy-mm-dd.
  if (firstLen === 4 && first < n && text.charCodeAt(first) === HYPHEN && isDigitAt(text, first + 1, cls)) {
    const second = digitRun(text, first + 1, cls);
    if (second - first - 1 === 2 && second < n && text.charCodeAt(second) === HYPHEN) {
      const third = digitRun(text, second + 1, cls);
      if (third - second - 1 === 2 && !continuesNumber(text, third, cls)) return { kind: 'date', end: third };
    }
  }
  // Clock times h:mm and h:mm:ss.
  if (firstLen <= 2 && first < n && text.charCodeAt(first) === COLON && isDigitAt(text, first + 1, cls)) {
    const second = digitRun(text, first + 1, cls);
    if (second - first - 1 === 2) {
      let end = second;
      if (end < n && text.charCodeAt(end) === COLON) {
        const third = digitRun(text, end + 1, cls);
        if (third - end - 1 === 2) end = third;
      }
      if (!continuesNumber(text, end, cls)) return { kind: 'time', end };
    }
  }
  // A plain number: separators continue it only when a digit follows.
  let j = first;
  while (j < n) {
    const c = text.charCodeAt(j);
    if ((c === DOT || c === COMMA || c === AR_DECIMAL || c === AR_THOUSANDS) && isDigitAt(text, j + 1, cls)) {
      j = digitRun(text, j + 1, cls);
    } else break;
  }
  // Latin letters glued to the digits (4G, 3D, 19th) make one mixed token; Arabic letters do not (5كم is
  // a number and a unit).
  if (j < n && cls[text.charCodeAt(j)] === C.Letter) {
    let e = j;
    while (e < n && (cls[text.charCodeAt(e)] === C.Letter || cls[text.charCodeAt(e)] === C.Digit)) e++;
    return { kind: 'mixed', end: e };
  }
  return { kind: 'number', end: j };
}

/** True when a date or time candidate is followed by more digit structure (then it is something else). */
function continuesNumber(text: string, j: number, cls: Uint8Array): boolean {
  if (j >= text.length) return false;
  const c = text.charCodeAt(j);
  if (cls[c] === C.Digit) return true;
  return (c === SLASH || c === COLON || c === DOT || c === HYPHEN) && isDigitAt(text, j + 1, cls);
}

function startsUrl(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x68) return /^https?:\/\/\S/iy.test(text.slice(i, i + 9));
  if (c === 0x77) return /^www\.\S/iy.test(text.slice(i, i + 5));
  return false;
}

/** A URL runs to the next space; trailing punctuation that usually ends a sentence is left out. */
function scanUrl(text: string, i: number, cls: Uint8Array): number {
  const n = text.length;
  while (i < n) {
    const k = cls[text.charCodeAt(i)];
    if (k === C.Space || k === C.HighSurrogate) break;
    if (k === C.Punct && isClosingPunct(text.charCodeAt(i))) break;
    i++;
  }
  while (i > 0 && /[.,;:!?'")\]،؛؟]/.test(text[i - 1])) i--;
  return i;
}

function isClosingPunct(c: number): boolean {
  // « » “ ” ‘ ’ and the Arabic comma and semicolon never belong inside a URL here.
  return c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x60c || c === 0x61b;
}

function isLatinAlnum(c: number, cls: Uint8Array): boolean {
  const k = cls[c];
  return k === C.Letter || (k === C.Digit && c < 0x80);
}

/** Looks ahead (bounded by the next space) for an `@` that would make the current run an email address. */
function emailAhead(text: string, i: number): boolean {
  for (let j = i; j < text.length && j < i + 64; j++) {
    const c = text.charCodeAt(j);
    if (c === AT) return true;
    if (c <= 0x20) return false;
  }
  return false;
}

/** Domain of an email: labels of Latin letters, digits and hyphens joined by dots, at least one dot. */
function scanEmailDomain(text: string, i: number, cls: Uint8Array): number {
  const n = text.length;
  let dots = 0;
  let end = -1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLatinAlnum(c, cls) || c === HYPHEN) {
      i++;
      if (dots > 0) end = i;
    } else if (c === DOT && i + 1 < n && isLatinAlnum(text.charCodeAt(i + 1), cls)) {
      dots++;
      i++;
    } else break;
  }
  return end;
}

function isTagChar(c: number, cls: Uint8Array): boolean {
  const k = cls[c];
  return k === C.Arabic || k === C.Letter || k === C.Digit || c === UNDERSCORE;
}

function scanTag(text: string, i: number, cls: Uint8Array): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = cls[c];
    if (isTagChar(c, cls) || k === C.ArabicMark || k === C.Mark) i++;
    else break;
  }
  return i;
}

/**
 * A surrogate pair: emoji (with their modifiers, variation selectors and ZWJ sequences) as one token,
 * astral letters as a Latin-like word, anything else as a symbol. A lone surrogate is an `other` token.
 */
function scanAstral(text: string, i: number, cls: Uint8Array, emit: Emit): number {
  const start = i;
  const n = text.length;
  if (i + 1 >= n || cls[text.charCodeAt(i + 1)] !== C.LowSurrogate) {
    emit('other', start, i + 1);
    return i + 1;
  }
  const kind = astralClass(text.codePointAt(i) as number);
  i += 2;
  if (kind === 'emoji') {
    i = scanEmojiTail(text, i);
    emit('emoji', start, i);
  } else {
    emit(kind === 'letter' ? 'latin' : 'symbol', start, i);
  }
  return i;
}

/** Emoji modifiers, variation selectors, tags, keycaps, and ZWJ joins to a further pictograph. */
function scanEmojiTail(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0xfe0f || c === 0xfe0e || c === 0x20e3) {
      i++;
    } else if (c === 0xd83c && i + 1 < n) {
      const lo = text.charCodeAt(i + 1);
      // Skin tones U+1F3FB..1F3FF and regional indicators U+1F1E6..1F1FF (flags are pairs).
      if ((lo >= 0xdffb && lo <= 0xdfff) || (lo >= 0xdde6 && lo <= 0xddff)) i += 2;
      else break;
    } else if (c === 0xdb40 && i + 1 < n) {
      i += 2; // tag characters of subdivision flags
    } else if (c === 0x200d && i + 2 < n && text.charCodeAt(i + 1) >= 0xd800 && text.charCodeAt(i + 1) <= 0xdbff) {
      i += 3;
    } else if (c === 0x200d && i + 1 < n && text.charCodeAt(i + 1) >= 0x2600 && text.charCodeAt(i + 1) <= 0x27bf) {
      i += 2;
    } else break;
  }
  return i;
}
