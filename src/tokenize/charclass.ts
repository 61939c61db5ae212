/**
 * Character classes for the tokenizer: one byte per UTF-16 code unit, laid out on first use (not at
 * import) from a table compiled from Unicode properties, so the scanner does one array read per character
 * instead of regex tests.
 */
import { CHAR_CLASS_RUNS } from '../generated/char-classes.js';

/**
 * The character classes of the scanner.
 *
 * @example
 * ```ts
 * charClasses()[0x628] === C.Arabic; // true
 * ```
 */
export const enum C {
  /** Whitespace and format controls that separate tokens (bidi marks, BOM, ALM). */
  Space = 0,
  /** Arabic-script letters, including presentation forms. */
  Arabic = 1,
  /** Arabic combining marks (harakat, tanwin, shadda, Quranic marks) and tatweel. */
  ArabicMark = 2,
  /** ASCII, Arabic-Indic and Persian digits. */
  Digit = 3,
  /** Letters of every other script. */
  Letter = 4,
  /** Non-Arabic combining marks. */
  Mark = 5,
  Punct = 6,
  Symbol = 7,
  /** ZWNJ and ZWJ: part of a word when between letters, else a separator. */
  Joiner = 8,
  HighSurrogate = 9,
  LowSurrogate = 10,
  /** Other digits (Devanagari …) and anything unclassified. */
  Other = 11,
  /** Pictographs of the Basic Multilingual Plane (☀ ❤ ✈). */
  Emoji = 12,
}

let table: Uint8Array | undefined;

// The table comes compiled from Unicode's properties (scripts/build-data/char-classes.ts, the rules in
// the comments of `C`); laying out its 1,400 runs takes well under a millisecond.
function build(): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (let i = 0, at = 0; i < CHAR_CLASS_RUNS.length; i += 2) {
    const length = CHAR_CLASS_RUNS[i] as number;
    t.fill(CHAR_CLASS_RUNS[i + 1] as number, at, at + length);
    at += length;
  }
  return t;
}

/**
 * The class table, laid out once on first call.
 *
 * @example
 * ```ts
 * const cls = charClasses(); cls['5'.charCodeAt(0)]; // C.Digit
 * ```
 */
export function charClasses(): Uint8Array {
  return (table ??= build());
}

/** Whether an astral code point is pictographic (emoji), tested only for surrogate pairs. */
const pictographic = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const astralLetter = /\p{L}/u;
const astralMark = /\p{M}/u;

/**
 * Class of an astral code point (letters of other planes, emoji, marks, symbols).
 *
 * @example
 * ```ts
 * astralClass(0x1f600); // 'emoji'
 * ```
 */
export function astralClass(cp: number): 'emoji' | 'letter' | 'mark' | 'symbol' {
  const ch = String.fromCodePoint(cp);
  if (pictographic.test(ch)) return 'emoji';
  if (astralLetter.test(ch)) return 'letter';
  if (astralMark.test(ch)) return 'mark';
  return 'symbol';
}
