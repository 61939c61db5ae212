/**
 * Character classes for the tokenizer: one byte per UTF-16 code unit, built on first use (not at import)
 * from Unicode properties, so the scanner does one array read per character instead of regex tests.
 */

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

function build(): Uint8Array {
  const t = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const punct = /\p{P}/u;
  const symbol = /\p{S}/u;
  const space = /[\s\p{Cf}\p{Cc}]/u;
  const arabicScript = /\p{Script_Extensions=Arabic}/u;
  const pictograph = /\p{Extended_Pictographic}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      t[c] = C.HighSurrogate;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      t[c] = C.LowSurrogate;
      continue;
    }
    const ch = String.fromCharCode(c);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)) t[c] = C.Digit;
    else if (c === 0x200c || c === 0x200d) t[c] = C.Joiner;
    else if (c === 0x640) t[c] = C.ArabicMark;
    else if (letter.test(ch)) t[c] = arabicScript.test(ch) && c !== 0x60c ? C.Arabic : C.Letter;
    else if (mark.test(ch)) t[c] = arabicScript.test(ch) || (c >= 0x610 && c <= 0x6ed) ? C.ArabicMark : C.Mark;
    else if (space.test(ch)) t[c] = C.Space;
    else if (c >= 0x2300 && pictograph.test(ch)) t[c] = C.Emoji;
    else if (punct.test(ch)) t[c] = C.Punct;
    else if (symbol.test(ch)) t[c] = C.Symbol;
    else t[c] = C.Other;
  }
  // Arabic ligature and presentation-form letters are \p{L} already; the Arabic-Indic digits, decimal and
  // thousands separators are handled by the number scanner, not here.
  return t;
}

/**
 * The class table, built once on first call.
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
