import { PRESENTATION_FORMS } from '../../../generated/text-charmaps.js';

/**
 * The matching key of a name: the spelling-tolerant form that gazetteer entries and text are compared
 * in. It folds what Arabic writers vary on when they spell a name (hamza seats and alef forms, ى/ي,
 * ة/ه, Persian letters, digit families, Latin case, presentation forms) and drops what does not change
 * the name (diacritics, tatweel, dots and hyphens inside abbreviations, spaces).
 */

const FOLD = new Map<number, number>([
  [0x0622, 0x0627], // آ → ا
  [0x0623, 0x0627], // أ
  [0x0625, 0x0627], // إ
  [0x0671, 0x0627], // ٱ
  [0x0672, 0x0627],
  [0x0673, 0x0627],
  [0x0649, 0x064a], // ى → ي
  [0x0629, 0x0647], // ة → ه
  [0x0624, 0x0648], // ؤ → و
  [0x0626, 0x064a], // ئ → ي
  [0x06cc, 0x064a], // Persian yeh
  [0x06d2, 0x064a], // yeh barree
  [0x06a9, 0x0643], // keheh
  [0x06af, 0x063a], // gaf, usually written غ in Arabic news
  [0x067e, 0x0628], // peh
  [0x0686, 0x062c], // tcheh
  [0x06a4, 0x0641], // veh
]);

/**
 * True for the code units a key drops: harakat, superscript alef, Quranic marks, tatweel, invisible
 * joiners and direction marks, and the punctuation and spaces that may sit inside a name (أ.ف.ب،
 * كوريا-الشمالية) without changing it.
 *
 * @example
 * ```ts
 * isDropped(0x064e); // true (fatha)
 * ```
 */
export function isDropped(c: number): boolean {
  return (
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06ed) ||
    c === 0x0640 ||
    c === 0x2e || // .
    c === 0x2d || // -
    c === 0x2010 ||
    c === 0x2011 ||
    c === 0xb7 ||
    c === 0x27 || // '
    c === 0x2019 ||
    c === 0x20 ||
    c === 0x09 ||
    c === 0xa0 ||
    // Invisible joiners and direction marks that keyboards and editors leave inside words (بو\u200cتين):
    // ZWNJ, ZWJ, LRM, RLM, the Arabic letter mark and the soft hyphen.
    c === 0x200c ||
    c === 0x200d ||
    c === 0x200e ||
    c === 0x200f ||
    c === 0x061c ||
    c === 0xad
  );
}

/**
 * The spelling-tolerant, space-free key of a name or word.
 *
 * @example
 * ```ts
 * nameKey('شي جين بينغ') === nameKey('شي جينبينغ'); // true
 * nameKey('أوروبا') === nameKey('اوروبا');          // true
 * ```
 */
export function nameKey(text: string): string {
  // Most words are their own key: find the first letter that changes before building anything.
  let first = 0;
  while (first < text.length && keepsAsIs(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDropped(c)) continue;
    if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(c - 0x0660 + 48);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(c - 0x06f0 + 48);
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else if (c < 0x80) out += text[i];
    else if (c >= 0x0600 && c <= 0x06ff) out += String.fromCharCode(arabicFold()[c - 0x0600] as number);
    else {
      // Text from PDFs carries glyph forms (ﺑﻮﺗﻴﻦ): they key as the letters they stand for. Both lookups
      // are made for every code unit that gets here, so that the first glyph form takes no path that other
      // text has not (such a path threw this function's optimized code away: docs/NER.md, round 20).
      const glyph = glyphKey(c);
      const f = FOLD.get(c);
      out += glyph !== undefined ? glyph : f === undefined ? (text[i] as string).toLowerCase() : String.fromCharCode(f);
    }
  }
  return out;
}

// Whether nameKey leaves the code unit as it is: ASCII other than capitals and dropped marks, and Arabic
// letters the fold maps to themselves (digits excepted, which become ASCII).
function keepsAsIs(c: number): boolean {
  if (c < 0x80) return !(c >= 0x41 && c <= 0x5a) && !isDropped(c);
  if (c < 0x0600 || c > 0x06ff || (c >= 0x0660 && c <= 0x0669) || c >= 0x06f0) return false;
  return !isDropped(c) && arabicFold()[c - 0x0600] === c;
}

// The key of each presentation form's letters. Built on first use.
let glyphKeys: Map<number, string> | undefined;
function glyphKey(c: number): string | undefined {
  if (glyphKeys === undefined) {
    glyphKeys = new Map();
    for (const [form, letters] of PRESENTATION_FORMS) glyphKeys.set(form, nameKey(letters));
  }
  return glyphKeys.get(c);
}

// FOLD over the Arabic block as a table (Arabic letters have no case): one array read per letter, which
// matters because every new word of a text is keyed several times. Built on first use.
let arabicTable: Uint16Array | undefined;
function arabicFold(): Uint16Array {
  if (arabicTable === undefined) {
    arabicTable = new Uint16Array(0x100);
    for (let i = 0; i < 0x100; i++) arabicTable[i] = FOLD.get(0x0600 + i) ?? 0x0600 + i;
  }
  return arabicTable;
}
