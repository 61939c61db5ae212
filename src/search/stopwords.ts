/**
 * Stopwords: the built-in list (data/search/stopwords.tsv, compiled folded) and the option that replaces
 * or extends it.
 */
import { STOPWORDS } from '../generated/stopwords.js';
import { foldTerm } from './fold.js';

/**
 * Which words `indexTerms` drops: a list of words (folded on use, so any spelling works), a predicate
 * that receives the folded word (diacritics removed, alef and hamza forms bare, ة as ه), or `false` to
 * keep every word. Default: {@link defaultStopwords}.
 *
 * @example
 * ```ts
 * const mine: StopwordsOption = [...defaultStopwords(), 'قال', 'أضاف'];
 * const none: StopwordsOption = false;
 * const custom: StopwordsOption = (w) => w.length < 2;
 * ```
 */
export type StopwordsOption = Iterable<string> | ((folded: string) => boolean) | false;

let builtIn: ReadonlySet<string> | undefined;

/**
 * The built-in Arabic stopwords (prepositions, conjunctions, pronouns, demonstratives, relatives,
 * particles, auxiliaries), folded. Built on first use.
 *
 * @example
 * ```ts
 * defaultStopwords().has('الذي'); // true
 * indexTerms(text, { stopwords: [...defaultStopwords(), 'قال'] });
 * ```
 */
export function defaultStopwords(): ReadonlySet<string> {
  return (builtIn ??= new Set(STOPWORDS.split(' ')));
}

const WAW = 0x0648;
const FEH = 0x0641;

function inSet(set: ReadonlySet<string>, folded: string): boolean {
  if (set.has(folded)) return true;
  // وفي، فإن، ولكن: a stopword behind a conjunction is still a stopword.
  const c = folded.charCodeAt(0);
  return (c === WAW || c === FEH) && folded.length > 2 && set.has(folded.slice(1));
}

/**
 * Turns a {@link StopwordsOption} into a test on folded words.
 *
 * @example
 * ```ts
 * const isStop = stopwordTest(undefined);
 * isStop('وفي'); // true
 * ```
 */
export function stopwordTest(option: StopwordsOption | undefined): (folded: string) => boolean {
  if (option === false) return () => false;
  if (option === undefined) {
    const set = defaultStopwords();
    return (w) => inSet(set, w);
  }
  if (typeof option === 'function') return option;
  const set = new Set<string>();
  for (const w of option) set.add(foldTerm(w));
  return (w) => inSet(set, w);
}

/**
 * True when the word is one of the built-in stopwords, in any spelling (diacritics, hamza forms) and
 * behind the conjunctions و and ف.
 *
 * @example
 * ```ts
 * isStopword('وَفِي'); // true
 * isStopword('بكين');  // false
 * ```
 */
export function isStopword(word: string): boolean {
  return inSet(defaultStopwords(), foldTerm(word));
}
