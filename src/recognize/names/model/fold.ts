/**
 * The letter folding and clitic stripping the tagger's features are computed on.
 *
 * This is deliberately a private copy rather than the shared `normalize()`: the committed model's weights
 * are keyed on these exact forms, so any change to the shared normalizer would silently detune the model.
 * Changing anything here requires retraining (`npm run train:ner`).
 *
 * @packageDocumentation
 */
import { lightStemFolded } from '../../../search/light-stem.js';
import { stemLexicon } from '../../../search/stem.js';

/**
 * Folds one word the way the model's features see it: diacritics and tatweel removed, alef and hamza
 * seats unified, ى → ي, ة → ه, Eastern digits → ASCII, Latin lower-cased.
 *
 * @example
 * ```ts
 * foldWord('إِسْرائيل'); // 'اسراييل'
 * ```
 */
export function foldWord(word: string): string {
  const table = foldTable();
  // Most words fold to themselves: find the first code unit that changes before building anything.
  let first = 0;
  for (; first < word.length; first++) {
    const c = word.charCodeAt(first);
    if (c < TABLE_END && table[c] !== c) break;
  }
  if (first === word.length) return word;
  let out = word.slice(0, first);
  for (let i = first; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const f = c < TABLE_END ? table[c] : c;
    if (f !== DROPPED) out += String.fromCharCode(f);
  }
  return out;
}

/**
 * The folded code unit of one UTF-16 code unit (identity for most), or the same code when unaffected.
 *
 * @example
 * ```ts
 * foldCode(0x0623); // 0x0627 (أ → ا)
 * ```
 */
export function foldCode(c: number): number {
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
      return 0x0627;
    case 0x0649: // ى
    case 0x0626: // ئ
      return 0x064a;
    case 0x0624: // ؤ
      return 0x0648;
    case 0x0629: // ة
      return 0x0647;
    default:
      if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 48;
      if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 48;
      if (c >= 65 && c <= 90) return c + 32;
      return c;
  }
}

// foldWord's table: the fold of every code unit below the end of the Arabic block, DROPPED for the marks
// and tatweel it removes. One array read per code unit, the same for every letter: with a branch per
// letter group, the first word with a rare group (Eastern digits, say) threw the optimized code away
// (docs/NER.md, round 20). Above the block every code unit folds to itself. Built on first use.
const TABLE_END = 0x0700;
const DROPPED = 0xffff;
let table: Uint16Array | undefined;

function foldTable(): Uint16Array {
  if (table === undefined) {
    table = new Uint16Array(TABLE_END);
    for (let c = 0; c < TABLE_END; c++) table[c] = (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 ? DROPPED : foldCode(c);
  }
  return table;
}

const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;

/**
 * Strips, from a folded word, a conjunction (و ف) and a preposition that precedes the article (بال كال
 * لل), keeping the article: `وبالصين` → `الصين`, `للحلف` → `الحلف`, `وبكين` → `بكين`. Conservative: a
 * bare ب ك ل is never stripped (`بكين` stays), and the remainder keeps at least two letters.
 *
 * @example
 * ```ts
 * stripProclitics('وللحلف'); // 'الحلف'
 * ```
 */
export function stripProclitics(folded: string): string {
  // Lengths are tested before letters are read: a read past the end gives NaN, and optimized code that
  // meets one is thrown away.
  let s = folded;
  if (s.length >= 4 && (s.charCodeAt(0) === WAW || s.charCodeAt(0) === FA)) s = s.slice(1);
  const c1 = s.length >= 4 ? s.charCodeAt(0) : -1;
  if ((c1 === BA || c1 === KAF) && s.length >= 5 && s.charCodeAt(1) === ALEF && s.charCodeAt(2) === LAM) {
    s = s.slice(1);
  } else if (c1 === LAM && s.charCodeAt(1) === LAM) {
    s = 'ا' + s.slice(1);
  }
  return s;
}

/**
 * Removes the article from an already proclitic-stripped form when at least two letters remain.
 *
 * @example
 * ```ts
 * stripArticle('الصين'); // 'صين'
 * ```
 */
export function stripArticle(stem: string): string {
  return stem.length >= 4 && stem.charCodeAt(0) === ALEF && stem.charCodeAt(1) === LAM ? stem.slice(2) : stem;
}

/**
 * The lookup key of a word in every lexicon of the model: folded, proclitics and article removed.
 *
 * @example
 * ```ts
 * lexiconKey('وبالصين'); // 'صين'
 * ```
 */
export function lexiconKey(word: string): string {
  return stripArticle(stripProclitics(foldWord(word)));
}

/**
 * A second, aggressive reading of a lexicon key: a bare preposition ب ك ل stripped (`بايهود` → `ايهود`,
 * `لكوفي` → `كوفي`), or `undefined` when it does not apply. Only consulted when the key itself is
 * unknown, since it is wrong for names that begin with these letters (`بكين`).
 *
 * @example
 * ```ts
 * prepositionStripped('بايهود'); // 'ايهود'
 * ```
 */
export function prepositionStripped(key: string): string | undefined {
  const c = key.charCodeAt(0);
  if ((c !== BA && c !== KAF && c !== LAM) || key.length < 4) return undefined;
  return stripArticle(key.slice(1));
}

/**
 * The light stem of a lexicon key (tahlil's search stemmer: enclitic pronouns and inflectional suffixes
 * off), the key of the stem lexicon that backs off the word lexicons. Unlike the fold above this is the
 * shared stemmer, deliberately: the stem lexicon only asks "is this an inflection of a known word?", which
 * is the stemmer's job. A model trained with StemLexicon on must be retrained when the stemmer changes.
 *
 * @example
 * ```ts
 * stemKey('حكومتها'); // 'حكوم'
 * ```
 */
export function stemKey(key: string): string {
  return lightStemFolded(key, stemLexicon());
}
