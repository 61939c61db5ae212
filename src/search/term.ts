/**
 * The term of one word: what `indexTerms` and every engine adapter store and look up, so that documents
 * and queries are analysed the same way.
 */
import { foldTerm } from './fold.js';
import { isArabicWord } from './letters.js';
import { stem, type StemMode } from './stem.js';
import { stopwordTest, type StopwordsOption } from './stopwords.js';

/**
 * How words become terms: the stemming mode (or `false` for folded words) and the stopwords.
 *
 * @example
 * ```ts
 * const o: TermOptions = { stem: 'root', stopwords: false };
 * ```
 */
export interface TermOptions {
  /** Stemming mode, or `false` to index folded words. Default `'light'`. */
  stem?: StemMode | false;
  /** Default: the built-in list ({@link defaultStopwords}). */
  stopwords?: StopwordsOption;
}

/**
 * Returns the function that maps one word (as written) to its term, or to `null` for a stopword or a
 * word with nothing to index. Arabic words are folded, checked against the stopwords and stemmed;
 * anything else (numbers, Latin, `فرانس24`) is folded only; a leading `#` or `@` is dropped.
 *
 * @example
 * ```ts
 * const termOf = termFunction({});
 * termOf('والصينيين'); // 'صيني'
 * termOf('في');        // null
 * termOf('Beijing');   // 'beijing'
 * ```
 */
export function termFunction(options: TermOptions = {}): (word: string) => string | null {
  const isStop = stopwordTest(options.stopwords);
  const mode = options.stem ?? 'light';
  const stemOptions = mode === 'root' ? { mode } : undefined;
  return (word) => {
    const c = word.charCodeAt(0);
    if ((c === 0x23 || c === 0x40) && word.length > 1) word = word.slice(1);
    const folded = foldTerm(word);
    if (!isArabicWord(folded)) return folded === '' ? null : folded;
    if (isStop(folded)) return null;
    return mode === false ? folded : stem(word, stemOptions);
  };
}
