/**
 * The numbers of a text, read once per analysis and shared by the number, money, quantity and percent
 * recognizers: digits (with their separators, sign and a following scale word: `117.5 مليار`) and number
 * words (ثلاثة آلاف وخمسمائة، نصف مليون، واحد من ثلاثة). One left-to-right pass over the tokens; each token
 * costs a few map lookups unless it starts a number.
 *
 * @packageDocumentation
 */
import type { Context } from '../../pipeline/types.js';
import type { Token } from '../../types.js';
import { parseDigits } from './digits.js';
import { baseView } from './keys.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { parseNumberWords, type WordItem } from './number-words.js';
import { Trigger, triggers } from './triggers.js';

/**
 * A number found in the text, with the tokens it covers.
 *
 * @example
 * ```ts
 * const n: NumberSpan = { value: 117.5e9, start: 5, end: 16, first: 1, last: 2, digits: true,
 *   fraction: false, ratio: false, tailScale: 1e9 };
 * ```
 */
export interface NumberSpan {
  value: number;
  start: number;
  end: number;
  /** Index of the first and last token (inclusive) the number covers. */
  first: number;
  last: number;
  /** Written with digits (possibly followed by a scale word). */
  digits: boolean;
  fraction: boolean;
  /** Read as a ratio of two numbers (واحد من ثلاثة): never the count of a following noun. */
  ratio: boolean;
  /** The scale word the number ends on (مليار), 0 if none: a smaller one may follow after و. */
  tailScale: number;
}

const memo = new WeakMap<readonly Token[], NumberSpan[]>();

/**
 * The numbers of the context's tokens, computed on first call and cached for the context's token array.
 *
 * @example
 * ```ts
 * numberSpans(ctx).map((n) => n.value); // [117500000000, 100000, 3000]
 * ```
 */
export function numberSpans(ctx: Pick<Context, 'text' | 'tokens'>): NumberSpan[] {
  let spans = memo.get(ctx.tokens);
  if (spans === undefined) {
    spans = scanNumbers(ctx.text, ctx.tokens);
    memo.set(ctx.tokens, spans);
  }
  return spans;
}

/**
 * The number that starts at token `i`, if any (binary search over the shared scan).
 *
 * @example
 * ```ts
 * numberAt(ctx, 3)?.value; // 2020 for عام ألفين وعشرين at token 2
 * ```
 */
export function numberAt(ctx: Pick<Context, 'text' | 'tokens'>, i: number): NumberSpan | undefined {
  const spans = numberSpans(ctx);
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].first < i) lo = mid + 1;
    else if (spans[mid].first > i) hi = mid - 1;
    else return spans[mid];
  }
  return undefined;
}

// A proclitic or the article glued to digits (و100، بـ3، الـ3000): the tokenizer calls the token mixed, but
// it is a number.
const PREFIXED_DIGITS = /^(?:[وفبلك]{0,2}ال|[وفبلك]{1,2})[0-9]/;
// …or split from them (و + 15%).
const PROCLITICS_ONLY = /^(?:[وفبلك]{0,2}ال|[وفبلك]{1,2})$/;
const BIDI_GAP = /^[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]*$/;
const SEPARATORS = new Set([',', '،', '.', '٫', '٬']);

function scanNumbers(text: string, tokens: readonly Token[]): NumberSpan[] {
  const lex = lexicon();
  const out: NumberSpan[] = [];
  const { whole, base, candidates } = triggers(tokens);
  let done = -1;
  for (const i of candidates) {
    if (i <= done) continue;
    const t = tokens[i];
    if (t.kind === 'word' && ((whole[i] | base[i]) & Trigger.Number) === 0) continue;
    let found: NumberSpan | null = null;
    if (t.kind === 'number' || (t.kind === 'mixed' && PREFIXED_DIGITS.test(t.normalized))) {
      found = readDigits(text, tokens, i, lex);
      if (found === null) {
        done = skipChain(text, tokens, i);
        continue;
      }
    } else if (t.kind === 'word') {
      found = readWords(tokens, i, lex);
    }
    if (found) {
      const whole = found.tailScale > 0 ? joinSmaller(text, tokens, found, lex) : found;
      out.push(whole);
      done = whole.last;
    }
  }
  return out;
}

/**
 * مليار و500 مليون، 3 مليارات و200 مليون: after a number that ends on a scale word, و + digits + a smaller
 * scale word continue it.
 */
function joinSmaller(text: string, tokens: readonly Token[], n: NumberSpan, lex: Lexicon): NumberSpan {
  let j = n.last + 1;
  const t = tokens[j];
  // بين 3 مليارات و200 مليون is a range, not one sum.
  if (t === undefined || lex.rangeStarts.has(tokens[n.first - 1]?.normalized ?? '')) return n;
  if (t.kind === 'word' && t.normalized === lex.waw) j++;
  else if (!(t.kind === 'mixed' && t.normalized.startsWith(lex.waw))) return n;
  const u = tokens[j];
  if (u === undefined || (u.kind !== 'number' && u.kind !== 'mixed')) return n;
  const more = readDigits(text, tokens, j, lex);
  if (more === null || more.tailScale === 0 || more.tailScale >= n.tailScale) return n;
  return { ...n, value: clean(n.value + more.value), end: more.end, last: more.last, tailScale: more.tailScale };
}

const adjacent = (text: string, a: Token, b: Token): boolean => a.end === b.start || BIDI_GAP.test(text.slice(a.end, b.start));

/**
 * Where the digits of a (possibly prefixed) number token start in the input.
 *
 * @example
 * ```ts
 * digitStart(tokenOf('و5')); // its start + 1
 * ```
 */
export function digitStart(t: Token): number {
  if (t.kind === 'number') return t.start;
  for (let k = 0; k < t.text.length; k++) {
    const c = t.text.charCodeAt(k);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) return t.start + k;
  }
  return t.start;
}

/**
 * Past a chain of numbers that is not a number (IP address, phone number), or past the word glued to
 * unreadable digits (١مليون): index of the last token to skip.
 */
function skipChain(text: string, tokens: readonly Token[], i: number): number {
  let j = i;
  while (j + 2 < tokens.length && isJoiner(tokens[j + 1]) && tokens[j + 2].kind === 'number' && adjacent(text, tokens[j], tokens[j + 1]) && adjacent(text, tokens[j + 1], tokens[j + 2])) j += 2;
  // +966 50 123 4567: after an international prefix, the groups a space apart belong to the phone number.
  const plus = tokens[i - 1];
  if (plus && plus.text === '+' && plus.end === tokens[i].start) {
    while (j + 1 < tokens.length && tokens[j + 1].kind === 'number' && /^[ \u00a0]$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) j += 1;
  }
  const glued = tokens[j + 1];
  if (glued && glued.start === tokens[j].end && glued.kind === 'word') j += 1;
  return j;
}

const isJoiner = (t: Token): boolean => t.kind === 'punct' && (t.text === '-' || SEPARATORS.has(t.text) || t.text === '/');

function readDigits(text: string, tokens: readonly Token[], i: number, lex: Lexicon): NumberSpan | null {
  const t = tokens[i];
  const prev = tokens[i - 1];
  // Phone numbers: +966 …, or three or more groups joined by dashes (0551-234-567).
  if (prev && prev.text === '+' && adjacent(text, prev, t)) return null;
  let dashes = 0;
  for (let j = i; j + 2 < tokens.length && tokens[j + 1].text === '-' && tokens[j + 2].kind === 'number' && adjacent(text, tokens[j], tokens[j + 1]) && adjacent(text, tokens[j + 1], tokens[j + 2]); j += 2) dashes++;
  if (dashes >= 2) return null;
  // Digits glued to a word by a dash (كوفيد - 19 split apart) are part of a name.
  if (prev && prev.text === '-' && prev.end === t.start && tokens[i - 2] && tokens[i - 2].end === prev.start && tokens[i - 2].kind !== 'number' && tokens[i - 2].kind !== 'punct') return null;
  if (prev && prev.end === t.start && (prev.kind === 'word' || prev.kind === 'latin' || prev.kind === 'mixed') && !PROCLITICS_ONLY.test(prev.normalized)) return null;

  // A run split by the tokenizer at an Arabic comma or a bidi control: ١،٢٣٤،٥٦٧ and 25799‪,‪52.
  let last = i;
  let raw = t.kind === 'number' ? t.normalized : t.normalized.replace(/^[^0-9]+/, '');
  // Bounded: no real number has more than a dozen groups, and re-reading an endless run would be quadratic.
  while (last + 2 < tokens.length && last - i < 24) {
    const sep = tokens[last + 1];
    const more = tokens[last + 2];
    if (!(sep.kind === 'punct' && SEPARATORS.has(sep.text) && more.kind === 'number')) break;
    if (!adjacent(text, tokens[last], sep) || !adjacent(text, sep, more)) break;
    const joined = `${raw}${sep.normalized}${more.normalized}`;
    if (parseDigits(joined) === null) break;
    raw = joined;
    last += 2;
  }
  // Digits glued to the word after them (١٨٠ميلي، 20دولار، ١مليون) are not read: the writing is broken.
  const glued = tokens[last + 1];
  if (glued && glued.start === tokens[last].end && (glued.kind === 'word' || glued.kind === 'latin' || glued.kind === 'mixed')) return null;
  let value = parseDigits(raw);
  if (value === null) return null;
  let start = digitStart(t);
  // A minus sign: '-' right before the digits and not after another number (2020-2021 is a range).
  if (prev && prev.text === '-' && prev.end === t.start && t.kind === 'number') {
    const before = tokens[i - 2];
    if (!before || before.end < prev.start) {
      value = -value;
      start = prev.start;
    }
  }
  const sign = signWord(tokens, i, lex);
  if (sign && start === digitStart(t)) {
    value = -value;
    start = sign.start;
  }
  const next = tokens[last + 1];
  let tailScale = 0;
  if (next && next.kind === 'word') {
    const sc = lex.scales.get(next.normalized);
    if (sc && sc.count !== 2) {
      value *= sc.scale;
      last += 1;
      tailScale = sc.scale;
      // 3 ملايين ونصف: half of the scale more.
      const half = tokens[last + 1];
      const f = half && half.kind === 'word' ? baseView(half) : null;
      const frac = f && f.prefix === lex.waw ? lex.fractions.get(f.key) : undefined;
      if (frac && frac.kind === 'single') {
        value += (frac.numerator / frac.denominator) * sc.scale;
        last += 1;
        tailScale = 0;
      }
    }
  }
  return { value: clean(value), start, end: tokens[last].end, first: i, last, digits: true, fraction: false, ratio: false, tailScale };
}

/** The sign word (سالب، ناقص) right before token `i`, if any. */
function signWord(tokens: readonly Token[], i: number, lex: Lexicon): Token | null {
  const prev = tokens[i - 1];
  return prev && prev.kind === 'word' && lex.negative.has(prev.normalized) ? prev : null;
}

const MAX_WORDS = 16;

// 8.2 × 10⁶ is 8199999.999999999 in binary floating point; fifteen significant digits give back 8200000.
const clean = (v: number): number => (Number.isFinite(v) ? Number(v.toPrecision(15)) : v);

function startsNumber(key: string, lex: Lexicon): boolean {
  return lex.numbers.has(key) || lex.scales.has(key) || lex.fractions.has(key);
}

function readWords(tokens: readonly Token[], i: number, lex: Lexicon): NumberSpan | null {
  const t = tokens[i];
  let key = t.normalized;
  let start = t.start;
  if (!startsNumber(key, lex)) {
    const base = baseView(t);
    if (!base || !startsNumber(base.key, lex)) return null;
    key = base.key;
    start = base.start;
  }
  // مليون after digits that could not be read (تصل30 ألف, a typo gluing a word to digits) is not 1,000.
  const prev = tokens[i - 1];
  if (prev && (prev.kind === 'mixed' || prev.kind === 'number') && lex.scales.has(key)) return null;
  const items: WordItem[] = [{ key, waw: false }];
  const at: number[] = [i];
  let waw = false;
  for (let j = i + 1; j < tokens.length && items.length < MAX_WORDS; j++) {
    const u = tokens[j];
    if (u.kind !== 'word') break;
    if (u.normalized === lex.waw) {
      if (waw) break;
      waw = true;
      continue;
    }
    let k = u.normalized;
    let joined = waw;
    if (!startsNumber(k, lex)) {
      const base = baseView(u);
      if (base && base.prefix === lex.waw && !waw && startsNumber(base.key, lex)) {
        k = base.key;
        joined = true;
      }
    }
    items.push({ key: k, waw: joined });
    at.push(j);
    waw = false;
    // Reading stops at the first word that neither continues nor connects a number.
    if (!startsNumber(k, lex) && !lex.ofWords.has(k)) break;
  }
  const parsed = parseNumberWords(items, lex);
  if (parsed === null) return null;
  let value = parsed.value;
  const sign = start === t.start ? signWord(tokens, i, lex) : null;
  if (parsed.loneOne && !sign) return null;
  if (sign) {
    value = -value;
    start = sign.start;
  }
  const last = at[parsed.used - 1];
  return { value: clean(value), start, end: tokens[last].end, first: i, last, digits: false, fraction: parsed.fraction, ratio: parsed.ratio, tailScale: parsed.tailScale };
}
