/**
 * `stem()`: the public stemmer, light (the default) or root. Clitics come off by tahlil's own clitic
 * analysis (`analyzeWord`, lexicon-driven, so `بوتين` and `واشنطن` stay whole); the article and the
 * inflectional affixes by the rules in `light-stem.ts`.
 */
import { BASE_WORDS, WHOLE_WORDS } from '../generated/stem-lexicon.js';
import { compileNormalizer, normalizeFast, type CompiledNormalizer } from '../text/index.js';
import { analyzeWord } from '../tokenize/clitics.js';
import { foldTerm } from './fold.js';
import { ALEF, BEH, FEH, HEH, KAF, LAM, MEEM, NOON, SEEN, WAW } from './letters.js';
import { headKey, lightStemFolded, type StemLexicon } from './light-stem.js';
import { rootFromLightStem } from './root-stem.js';

/**
 * `light` removes clitics, the article and common inflectional affixes (`والمكتبات` → `مكتب`); `root`
 * goes on to a three-letter root where the pattern letters allow it (`والمكتبات` → `كتب`).
 *
 * @example
 * ```ts
 * const mode: StemMode = 'root';
 * ```
 */
export type StemMode = 'light' | 'root';

/**
 * Options of {@link stem}.
 *
 * @example
 * ```ts
 * const options: StemOptions = { mode: 'light' };
 * ```
 */
export interface StemOptions {
  /** Default `'light'`. */
  mode?: StemMode;
}

let lexicon: StemLexicon | undefined;

/**
 * The built-in stemming lexicon, built on first use.
 *
 * @example
 * ```ts
 * stemLexicon().whole.has('بوتين'); // true
 * ```
 */
export function stemLexicon(): StemLexicon {
  if (!lexicon) {
    const whole = new Set(WHOLE_WORDS.split(' '));
    const bases = new Set(BASE_WORDS.split(' '));
    const heads = new Set<number>();
    for (const w of whole) heads.add(headKey(w));
    for (const w of bases) heads.add(headKey(w));
    lexicon = { whole, bases, heads };
  }
  return lexicon;
}

/** True when the word ends in alef carrying tanwin (ًا or اً), which the folding deletes. */
function endsWithTanweenAlef(word: string): boolean {
  const n = word.length;
  if (n < 2) return false;
  const a = word.charCodeAt(n - 2);
  const b = word.charCodeAt(n - 1);
  return (a === 0x064b && b === 0x0627) || (a === 0x0627 && b === 0x064b);
}

/** The last letter of the raw word, skipping diacritics and tatweel. */
function lastLetter(word: string): number {
  for (let i = word.length - 1; i >= 0; i--) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640)) return c;
  }
  return 0;
}

/**
 * True when the word can carry a clitic `analyzeWord` would split: a first letter among و ف ب ك ل س, or
 * an ending that spells a pronoun (ه ها هما هم هن نا; a written ة is never one). Other words skip the
 * analysis, which is the costly step.
 */
function mayHaveClitics(word: string, folded: string): boolean {
  switch (folded.charCodeAt(0)) {
    case WAW:
    case FEH:
    case BEH:
    case KAF:
    case LAM:
      return !startsDefinite(folded);
    case SEEN:
      return true;
  }
  const n = folded.length;
  const last = folded.charCodeAt(n - 1);
  const prev = folded.charCodeAt(n - 2);
  if (last === HEH) return lastLetter(word) !== 0x0629;
  if (last === ALEF) return prev === HEH || prev === NOON || (prev === MEEM && folded.charCodeAt(n - 3) === HEH);
  return (last === MEEM || last === NOON) && prev === HEH;
}

/**
 * True for و/ف, then ب/ك/ل, then the article (والصين، بالصين، للصين، وللحلف): the analysis would split
 * them the same way the light stemmer's own rules do, so they skip it. Enough letters must follow the
 * article for it to be one (`والي` and `بال` are not).
 */
function startsDefinite(f: string): boolean {
  let i = 0;
  let c = f.charCodeAt(0);
  if (c === WAW || c === FEH) c = f.charCodeAt(++i);
  if (c === LAM && f.charCodeAt(i + 1) === LAM) return f.length - i >= 5;
  if (c === BEH || c === KAF || c === LAM) c = f.charCodeAt(++i);
  return c === ALEF && f.charCodeAt(i + 1) === LAM && f.length - i >= 5 && i > 0;
}

/**
 * The base of a word after tahlil's clitic analysis (`analyzeWord`), folded: `وبكين` → `بكين`, `للحلف` →
 * `الحلف`, `علاقتها` → `علاقه`; `undefined` when the word cannot carry a clitic the analysis would split.
 */
// The alef forms that `foldTerm` makes bare alef (آ أ إ ٱ ٲ ٳ), folded by the normalizer's own option and
// nothing else: the clitic analysis reads the word with bare alefs too, so that every spelling of a word
// has one analysis. It read `هأ` (a hamza where nobody writes one, but where a property test put one) as
// no pronoun while the folded tests above took `ها` for one, and the stems of `ةاها` and `ةأهأ` differed.
// Compiled on first use, never at import.
let bareAlef: CompiledNormalizer | undefined;

function cliticBase(word: string, folded: string): string | undefined {
  if (!mayHaveClitics(word, folded)) return undefined;
  const bare = normalizeFast(word, (bareAlef ??= compileNormalizer({ preset: 'none', alef: true })));
  for (const part of analyzeWord(bare)) if (part.role === 'base') return foldTerm(part.form);
  return folded;
}

/**
 * Light-stems one word: clitic analysis, then the article and the remaining affixes.
 *
 * @example
 * ```ts
 * lightStem('وبالمكتبات'); // 'مكتب'
 * ```
 */
export function lightStem(word: string): string {
  const lex = stemLexicon();
  const folded = foldTerm(word);
  if (folded.length < 3 || lex.whole.has(folded)) return folded;
  const base = cliticBase(word, folded);
  // Once the analysis has decided on the proclitics, its decision stands (وصلت stays وصلت); otherwise the
  // light stemmer's own rules take the article and the proclitics before it.
  return base === undefined
    ? lightStemFolded(folded, lex, endsWithTanweenAlef(word))
    : lightStemFolded(base, lex, endsWithTanweenAlef(word), true);
}

/**
 * Stems one word for search. The word is first folded the way the `search` normalization preset folds
 * it (diacritics, tatweel, alef and hamza forms, ى, ة, digits), so diacritized, hamza-less or
 * differently spelled forms of a word meet. Names known to tahlil are not
 * mangled: `بوتين` stays `بوتين`, `وبكين` becomes `بكين`. Words that are not Arabic letters only (numbers,
 * Latin, mixed) are folded and returned unchanged otherwise.
 *
 * @throws TypeError if `word` is not a string; RangeError for an unknown mode.
 * @example
 * ```ts
 * stem('والصين');                      // 'صين'
 * stem('بالمكتبات');                   // 'مكتب'
 * stem('بوتين');                       // 'بوتين'
 * stem('والمكتبات', { mode: 'root' }); // 'كتب'
 * ```
 */
export function stem(word: string, options?: StemOptions): string {
  if (typeof word !== 'string') {
    throw new TypeError(`stem: expected the word to be a string, got ${word === null ? 'null' : typeof word}`);
  }
  if (options?.mode !== undefined && options.mode !== 'light' && options.mode !== 'root') {
    throw new RangeError(`stem: mode must be 'light' or 'root', got ${JSON.stringify(options.mode)}`);
  }
  const light = lightStem(word);
  return options?.mode === 'root' && !stemLexicon().whole.has(light) ? rootFromLightStem(light) : light;
}
