/**
 * The character folding every search term goes through, whatever normalization ran before: it makes
 * `stem()` idempotent and independent of its caller (a query typed by hand, a token normalized by the
 * `search` preset, a word from another tokenizer). It only ever maps one code unit to zero or one code
 * unit, so it cannot change the word boundaries `indexTerms` found.
 */

// A code unit → replacement table for the Arabic block and the few Latin/digit ranges that need it. -1
// keeps the unit, -2 deletes it, anything else is the replacement code unit.
let table: Int32Array | undefined;

const KEEP = -1;
const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const DROP = -2;

function buildTable(): Int32Array {
  const t = new Int32Array(0x0700).fill(KEEP);
  // Diacritics (tanwin, harakat, shadda, sukun, maddah and hamza marks, other marks), dagger alef,
  // tatweel: searches must match with or without them.
  for (let c = 0x064b; c <= 0x065f; c++) t[c] = DROP;
  t[0x0670] = DROP;
  t[0x0640] = DROP;
  for (let c = 0x0610; c <= 0x061a; c++) t[c] = DROP;
  // Hamza carriers and alef variants fold to the bare letter, so a query typed without hamza matches.
  t[0x0622] = 0x0627; // آ
  t[0x0623] = 0x0627; // أ
  t[0x0625] = 0x0627; // إ
  t[0x0671] = 0x0627; // ٱ
  t[0x0672] = 0x0627;
  t[0x0673] = 0x0627;
  // Hamza on و and ي folds to the bare hamza, as tahlil's `search` normalization preset does.
  t[0x0624] = 0x0621; // ؤ → ء
  t[0x0626] = 0x0621; // ئ → ء
  t[0x0649] = 0x064a; // ى → ي
  t[0x0629] = 0x0647; // ة → ه
  // Persian/Urdu code points that Arabic keyboards and OCR emit for Arabic letters.
  t[0x06a9] = 0x0643; // ک → ك
  t[0x06cc] = 0x064a; // ی → ي
  t[0x066b] = 0x2e; // ٫ decimal separator → .
  t[0x066c] = 0x2c; // ٬ thousands separator → ,
  for (let d = 0; d < 10; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  return t;
}

/**
 * Folds a word for search like the `search` normalization preset: removes diacritics and tatweel, maps
 * alef variants to bare alef and hamza on و/ي to ء, ى to ي, ة to ه, Arabic-Indic digits and separators to
 * ASCII, drops joiners, and lower-cases ASCII letters. Presentation forms are first decomposed with NFKC.
 *
 * @example
 * ```ts
 * foldTerm('الإِمَارَاتُ'); // 'الامارات'
 * foldTerm('مسؤولة');       // 'مسءوله'
 * ```
 */
export function foldTerm(word: string): string {
  const t = (table ??= buildTable());
  const n = word.length;
  let i = 0;
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x0700) {
      if (c >= 0xfb50 && c <= 0xfeff) return foldTerm(word.normalize('NFKC'));
      if (c === ZWNJ || c === ZWJ) break;
      continue;
    }
    if (t[c] !== KEEP) break;
    if (c >= 0xc0 && c <= 0x24f) break;
  }
  if (i === n) return word;
  let out = word.slice(0, i);
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x0700) {
      const r = t[c];
      if (r === KEEP) {
        out += c >= 0xc0 && c <= 0x24f ? word[i].toLowerCase() : word[i];
      } else if (r !== DROP) {
        out += String.fromCharCode(r);
      }
    } else if (c >= 0xfb50 && c <= 0xfeff) {
      return out + foldTerm(word.slice(i).normalize('NFKC'));
    } else if (c !== ZWNJ && c !== ZWJ) {
      out += word[i];
    }
  }
  return out;
}
