import { GenerationalMemo } from '../../../util/memo.js';
import { isPresentationForm, presentationLetters } from '../../../text/presentation.js';
import { nameKey } from './key.js';

/**
 * Proclitic readings of a word for gazetteer lookup. The gazetteer confirms which reading is a name, so
 * every plausible split is offered: the whole word first, then each attached particle sequence (و ف ب ل ك
 * and their pairs), with the definite article restored where writing contracted it (للحلف = ل + الحلف).
 */

/**
 * One reading of a word: the key of its base and where the base starts in the word.
 *
 * @example
 * ```ts
 * const r: BaseReading = { key: 'بكين', offset: 1, form: 'بكين' }; // a reading of وبكين
 * ```
 */
export interface BaseReading {
  /** `nameKey` of the base (article restored when contracted). */
  key: string;
  /** UTF-16 offset of the base within the word. */
  offset: number;
  /** The base as it is written alone (article restored), without diacritics. */
  form: string;
}

const PROCLITICS = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];
const PARTICLE_INITIAL = new Set(PROCLITICS.map((p) => p.charCodeAt(0)));
// Harakat, superscript alef, Quranic marks and tatweel: not letters, skipped when counting particles.
// (Unsigned range tests, so that a letter runs every comparison a mark does: see isPresentationForm.)
function isMark(c: number): boolean {
  return (c - 0x064b) >>> 0 <= 0x065f - 0x064b || c === 0x0670 || (c - 0x06d6) >>> 0 <= 0x06ed - 0x06d6 || c === 0x0640;
}
// The shortest base a stripped reading may leave (وشي → شي); a one-letter base is never a name.
const MIN_BASE = 2;

/**
 * The readings of `word`, whole word first; `keyOf` folds a string to its matching key.
 *
 * @example
 * ```ts
 * baseReadings('للحلف', nameKey).map((r) => r.form); // ['للحلف', 'لحلف', 'الحلف', …]
 * ```
 */
export function baseReadings(word: string, keyOf: (s: string) => string): BaseReading[] {
  // The word without marks, and where each of its letters sits in the word, so a particle of n letters
  // maps back to the right UTF-16 offset even when diacritics or tatweel sit between the letters. Glyph
  // forms from PDFs (ﻭﺑﻜﻴﻦ) become the letters they stand for, each at its glyph's offset. Most words
  // carry neither: then the word is its own plain form.
  let marks = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (isMark(c) || isPresentationForm(c)) marks++;
  }
  let plain = word;
  let offsets: number[] | undefined;
  if (marks > 0) {
    const letters: string[] = [];
    offsets = [];
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      if (isMark(c)) continue;
      // Looked up for every letter, not only after a range test: the lookup then runs for the marked words
      // of any text, and the first glyph form takes no path that they have not taken (such a path threw
      // this function's optimized code away: docs/NER.md, round 20).
      const glyph = presentationLetters(c);
      for (const letter of glyph ?? (word[i] as string)) {
        if (letter === ' ' || isMark(letter.charCodeAt(0))) continue;
        letters.push(letter);
        offsets.push(i);
      }
    }
    plain = letters.join('');
  }
  const whole = keyOf(plain);
  const out: BaseReading[] = [{ key: whole, offset: 0, form: plain }];
  if (plain.length === 0 || !PARTICLE_INITIAL.has(plain.charCodeAt(0))) return out;
  for (const p of PROCLITICS) {
    if (!plain.startsWith(p) || plain.length - p.length < MIN_BASE) continue;
    const rest = plain.slice(p.length);
    // ك (as, like) comes before a definite noun (كالصين); before a bare word it is usually the word's
    // own first letter (كبيرا is not ك + بيرا).
    if (p.endsWith('ك') && !rest.startsWith('ال')) continue;
    const offset = offsets === undefined ? p.length : (offsets[p.length] as number);
    // The particles are plain letters that every key function keeps as they are, so the base's key is the
    // whole word's key without them: no second pass over the letters.
    const key = whole.startsWith(p) ? whole.slice(p.length) : keyOf(rest);
    out.push({ key, offset, form: rest });
    if (p.endsWith('ل') && rest.startsWith('ل') && !rest.startsWith('ال')) {
      out.push({ key: keyOf('ا') + key, offset, form: `ا${rest}` });
    }
  }
  return out;
}

// Words per generation; kept as small as the other per-word memos, since a larger map makes every lookup
// slower (see `DERIVED_MEMO_LIMIT` in form-index.ts).
const MEMO_LIMIT = 16_000;
const memo = new GenerationalMemo<string, readonly BaseReading[]>(MEMO_LIMIT);

/**
 * {@link baseReadings} with the name key, memoized: words repeat (Zipf), so most tokens of a text are
 * looked up rather than re-analysed.
 *
 * @example
 * ```ts
 * readingsOf('وبكين')[1]?.form; // 'بكين'
 * ```
 */
export function readingsOf(word: string): readonly BaseReading[] {
  return memo.get(word) ?? memo.set(word, baseReadings(word, nameKey));
}
