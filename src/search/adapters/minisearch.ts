/**
 * MiniSearch: tahlil as the `tokenize` and `processTerm` options.
 */
import { surfaceWords } from '../analyzer.js';
import { termFunction, type TermOptions } from '../term.js';

/**
 * The MiniSearch options that make it analyse Arabic with tahlil, for indexing and (through
 * `searchOptions`) for queries.
 *
 * @example
 * ```ts
 * const a: MiniSearchAnalyzer = miniSearchOptions();
 * a.tokenize('والصين، بكين'); // ['والصين', 'بكين']
 * a.processTerm('والصين');    // 'صين'
 * ```
 */
export interface MiniSearchAnalyzer {
  tokenize(text: string): string[];
  processTerm(term: string): string | null;
  searchOptions: { tokenize(text: string): string[]; processTerm(term: string): string | null };
}

/**
 * MiniSearch options: `tokenize` splits the text into words as tahlil's scanner does, `processTerm`
 * folds, drops stopwords and stems. Spread them into the constructor options.
 *
 * @example
 * ```ts
 * import MiniSearch from 'minisearch';
 * const ms = new MiniSearch({ fields: ['text'], ...miniSearchOptions() });
 * ms.addAll([{ id: 1, text: 'وصل الرئيس إلى بكين' }]);
 * ms.search('ببكين'); // [{ id: 1, … }]
 * ```
 */
export function miniSearchOptions(options?: TermOptions): MiniSearchAnalyzer {
  const termOf = termFunction(options);
  const tokenize = (text: string): string[] => surfaceWords(text);
  const processTerm = (term: string): string | null => termOf(term);
  return { tokenize, processTerm, searchOptions: { tokenize, processTerm } };
}
