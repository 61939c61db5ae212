/**
 * FlexSearch: tahlil as the `encode` function of an index.
 */
import type { IndexTermsOptions } from '../index-terms.js';
import { searchTerms } from '../analyzer.js';

/**
 * What FlexSearch calls to turn a document or a query into terms.
 *
 * @example
 * ```ts
 * const encode: FlexSearchEncode = flexSearchEncoder();
 * ```
 */
export type FlexSearchEncode = (text: string) => string[];

/**
 * The `encode` option for a FlexSearch `Index` or `Document`: the terms of {@link searchTerms}. Keep
 * FlexSearch's `tokenize: 'strict'` (the default): tahlil's terms are whole words.
 *
 * @example
 * ```ts
 * import { Index } from 'flexsearch';
 * const index = new Index({ encode: flexSearchEncoder() });
 * index.add(1, 'وصل الرئيس إلى بكين');
 * index.search('ببكين'); // [1]
 * ```
 */
export function flexSearchEncoder(options?: IndexTermsOptions): FlexSearchEncode {
  return (text) => searchTerms(String(text), options);
}
