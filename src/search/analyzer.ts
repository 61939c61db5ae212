/**
 * Whole-text helpers shared by the engine adapters.
 */
import { scan } from '../tokenize/scanner.js';
import { indexTerms, isIndexed, type IndexTermsOptions } from './index-terms.js';

/**
 * The terms of a text, in order: `indexTerms(text, options).map((t) => t.term)`. Use the same options
 * for documents and queries.
 *
 * @example
 * ```ts
 * searchTerms('وصلت الوفود إلى بكين'); // ['وصلت', 'وفود', 'بكين']
 * ```
 */
export function searchTerms(text: string, options?: IndexTermsOptions): string[] {
  return indexTerms(text, options).map((t) => t.term);
}

/**
 * The searchable words of a text as written (punctuation, symbols and emoji dropped), for engines that
 * tokenize and process terms in two steps.
 *
 * @example
 * ```ts
 * surfaceWords('بكين، والصين!'); // ['بكين', 'والصين']
 * ```
 */
export function surfaceWords(text: string): string[] {
  const out: string[] = [];
  for (const t of scan(text)) {
    if (isIndexed(t.kind)) out.push(text.slice(t.start, t.end));
  }
  return out;
}
