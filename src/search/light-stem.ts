/**
 * The affix logic of the light stemmer, on a word already folded by `foldTerm` (so ة is ه, ى is ي and
 * alef variants are bare). In the spirit of Larkey's light10 and Lucene's ArabicStemmer: one conjunction,
 * one preposition, the article, one enclitic pronoun and one inflectional suffix at most, each removed
 * only when enough of the word remains. A lexicon of whole words (names such as `بوتين`, words that start
 * with a clitic letter such as `وزير`) stops stripping as soon as the remainder is one of them, so names
 * are not mangled and `وبوتين`, `لبوتين`, `بوتين` agree.
 */
import { wordCount } from '../tokenize/lexicon.js';
import { ALEF, BEH, FEH, HEH, KAF, LAM, MEEM, NOON, TEH, WAW, YEH, isArabicWord } from './letters.js';

function endsWith2(w: string, n: number, a: number, b: number): boolean {
  return w.charCodeAt(n - 2) === a && w.charCodeAt(n - 1) === b;
}

/**
 * The two word sets the light stemmer consults. `whole` holds names: once the remainder is one of them,
 * nothing more is stripped. `bases` holds suffix-stripped forms (as `stripSuffixes` leaves them) of words
 * whose first letter only looks like a clitic (`وزير`, `فرصة`, `برنامج`): a word whose suffix-stripped
 * form is a base keeps its first letter.
 *
 * @example
 * ```ts
 * const lexicon: StemLexicon = { whole: new Set(['بوتين']), bases: new Set(['وزير']) };
 * ```
 */
export interface StemLexicon {
  readonly whole: ReadonlySet<string>;
  readonly bases: ReadonlySet<string>;
  /** The first two letters (see {@link headKey}) of every entry of both sets, for a quick negative test. */
  readonly heads?: ReadonlySet<number>;
}

/**
 * A word's first two code units as one number.
 *
 * @example
 * ```ts
 * headKey('وزير') === headKey('وز'); // true
 * ```
 */
export function headKey(s: string): number {
  return s.charCodeAt(0) * 0x10000 + s.charCodeAt(1);
}

function isBase(s: string, lex: StemLexicon): boolean {
  // Suffix stripping never touches the first two letters, so a word whose head starts no entry is no base.
  if (lex.heads && !lex.heads.has(headKey(s))) return false;
  return lex.whole.has(s) || lex.bases.has(stripSuffixes(s, lex, false));
}

/**
 * Strips proclitics: و/ف, then ب/ك/ل, then the article ال (or the contracted لل of ل + ال). Returns the
 * remainder; stops early at a whole word or a base.
 */
function stripProclitics(w: string, lex: StemLexicon, articleOnly: boolean): string {
  let s = w;
  let c = s.charCodeAt(0);
  if (articleOnly) return c === ALEF && s.charCodeAt(1) === LAM && s.length >= 4 && !isBase(s, lex) ? s.slice(2) : s;
  // A conjunction leaves at least three letters: وقت, ولد, وصل keep their و.
  if ((c === WAW || c === FEH) && s.length >= 4) {
    if (isBase(s, lex)) return s;
    s = s.slice(1);
    c = s.charCodeAt(0);
  }
  if (c === LAM && s.charCodeAt(1) === LAM && s.length >= 4) {
    // لل is ل + ال with the alef dropped in writing (للحلف = ل + الحلف).
    if (isBase(s, lex)) return s;
    return s.slice(2);
  }
  if (c === BEH || c === KAF || c === LAM) {
    const article = s.charCodeAt(1) === ALEF && s.charCodeAt(2) === LAM;
    // Without a following article, a bare preposition is split only from a long remainder, which keeps
    // بكين, كبير, لجنة whole; longer words are protected by the lexicon.
    if ((article && s.length >= 5) || (!article && s.length >= 6)) {
      if (isBase(s, lex)) return s;
      s = s.slice(1);
      c = s.charCodeAt(0);
    }
  }
  if (c === ALEF && s.charCodeAt(1) === LAM && s.length >= 4) {
    if (isBase(s, lex)) return s;
    s = s.slice(2);
  }
  return s;
}

/**
 * Strips one enclitic pronoun and one inflectional suffix from a proclitic-free folded word.
 *
 * @param tanweenAlef - the word ended in an alef carrying tanwin before folding.
 * @example
 * ```ts
 * stripSuffixes('حكومتها', { whole: new Set(), bases: new Set() }, false); // 'حكوم'
 * ```
 */
export function stripSuffixes(w: string, lex: StemLexicon, tanweenAlef: boolean): string {
  let s = w;
  let n = s.length;
  if (lex.whole.has(s)) return s;
  let pronoun = false;
  if (n >= 6 && s.charCodeAt(n - 1) === ALEF && s.charCodeAt(n - 2) === MEEM && (s.charCodeAt(n - 3) === HEH || s.charCodeAt(n - 3) === KAF)) {
    // هما, كما
    s = s.slice(0, n - 3);
    pronoun = true;
  } else if (
    n >= 5 &&
    (endsWith2(s, n, HEH, MEEM) ||
      endsWith2(s, n, HEH, ALEF) ||
      endsWith2(s, n, KAF, MEEM) ||
      endsWith2(s, n, NOON, ALEF) ||
      endsWith2(s, n, HEH, NOON))
  ) {
    s = s.slice(0, n - 2);
    pronoun = true;
  } else if (n >= 4 && s.charCodeAt(n - 1) === HEH) {
    // Final ه is either the pronoun or a folded ة: both go.
    s = s.slice(0, n - 1);
    pronoun = true;
  }
  if (pronoun && lex.whole.has(s)) return s;
  n = s.length;
  if (n >= 5 && s.charCodeAt(n - 1) === TEH && s.charCodeAt(n - 2) === ALEF) {
    return s.slice(0, n - 2);
  }
  if (pronoun) {
    // Before a pronoun ة is written ت: حكومتها → حكومت → حكوم, like حكومة → حكوم.
    if (n >= 4 && s.charCodeAt(n - 1) === TEH && s.charCodeAt(n - 2) !== ALEF) return s.slice(0, n - 1);
    return s;
  }
  if (n >= 5 && s.charCodeAt(n - 1) === NOON) {
    const b = s.charCodeAt(n - 2);
    if (b === WAW || b === YEH || b === ALEF) return withoutDualTeh(s.slice(0, n - 2));
  }
  // Indefinite accusative: the alef that carried tanwin (توتراً → توتر), only when the tanwin was written.
  if (tanweenAlef && n >= 4 && s.charCodeAt(n - 1) === ALEF) return s.slice(0, n - 1);
  return s;
}

/**
 * The dual of a noun in ة writes it ت (فترتين = فترة + ين): drop that ت when the word lexicon knows the
 * form in ة better than the form in ت, so ثابتين (ثابت + ين) keeps its radical ت.
 */
function withoutDualTeh(s: string): string {
  const n = s.length;
  if (n < 4 || s.charCodeAt(n - 1) !== TEH) return s;
  const stem = s.slice(0, n - 1);
  return wordCount(`${stem}ه`) > wordCount(s) ? stem : s;
}

/**
 * Light-stems a folded word.
 *
 * @param w - the word after `foldTerm`.
 * @param tanweenAlef - the word ended in an alef carrying tanwin before folding.
 * @param cliticsDone - the clitic analysis already removed the proclitics: only the article remains to go.
 * @example
 * ```ts
 * lightStemFolded('والصين', { whole: new Set(), bases: new Set() }); // 'صين'
 * ```
 */
export function lightStemFolded(w: string, lex: StemLexicon, tanweenAlef = false, cliticsDone = false): string {
  if (w.length < 3 || !isArabicWord(w) || lex.whole.has(w)) return w;
  const s = stripProclitics(w, lex, cliticsDone);
  if (s.length < 3) return s;
  return stripSuffixes(s, lex, tanweenAlef);
}
