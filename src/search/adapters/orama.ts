/**
 * Orama: tahlil as the tokenizer component.
 */
import type { IndexTermsOptions } from '../index-terms.js';
import { searchTerms } from '../analyzer.js';

/**
 * The shape of an Orama tokenizer component.
 *
 * @example
 * ```ts
 * const t: OramaTokenizer = oramaTokenizer();
 * t.tokenize('والصين'); // ['صين$']
 * ```
 */
export interface OramaTokenizer {
  language: string;
  normalizationCache: Map<string, string>;
  tokenize: (raw: string, language?: string, prop?: string, withCache?: boolean) => string[];
}

/**
 * Options of {@link oramaTokenizer}.
 *
 * @example
 * ```ts
 * const o: OramaTokenizerOptions = { prefix: true };
 * ```
 */
export interface OramaTokenizerOptions extends IndexTermsOptions {
  /**
   * Let a query term match every indexed term it begins (Orama's search-as-you-type behaviour: `صين` also
   * finds `صيني`). Default `false`: each term ends with a `$` marker, so a query term matches whole
   * terms only. Orama's own `exact` option cannot do this: it filters on the raw document text.
   */
  prefix?: boolean;
}

/** Ends a term so that Orama's prefix search cannot extend it. Never part of a tahlil term. */
const END = '$';

/**
 * An Orama tokenizer that analyses documents and search terms with tahlil. Pass it as
 * `components.tokenizer`; Orama's own stemming and stopwords are not used.
 *
 * @example
 * ```ts
 * import { create, insert, search } from '@orama/orama';
 * const db = create({ schema: { text: 'string' }, components: { tokenizer: oramaTokenizer() } });
 * insert(db, { text: 'وصل الرئيس إلى بكين' });
 * search(db, { term: 'ببكين' }).count; // 1
 * ```
 */
export function oramaTokenizer(options: OramaTokenizerOptions = {}): OramaTokenizer {
  const { prefix = false, ...termOptions } = options;
  return {
    language: 'arabic',
    normalizationCache: new Map(),
    tokenize: (raw) => {
      if (typeof raw !== 'string') return [];
      const terms = searchTerms(raw, termOptions);
      return prefix ? terms : terms.map((t) => t + END);
    },
  };
}
