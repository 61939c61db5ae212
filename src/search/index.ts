/**
 * Search: stemming, stopwords, index terms, and analyzers for MiniSearch, FlexSearch, Orama, lunr and
 * SQLite FTS5. See docs/SEARCH.md.
 *
 * @packageDocumentation
 */
export { stem, lightStem, type StemMode, type StemOptions } from './stem.js';
export { foldTerm } from './fold.js';
export { defaultStopwords, isStopword, type StopwordsOption } from './stopwords.js';
export { termFunction, type TermOptions } from './term.js';
export { indexTerms, type IndexTerm, type IndexTermsOptions } from './index-terms.js';
export { searchTerms, surfaceWords } from './analyzer.js';
export { miniSearchOptions, type MiniSearchAnalyzer } from './adapters/minisearch.js';
export { flexSearchEncoder, type FlexSearchEncode } from './adapters/flexsearch.js';
export { oramaTokenizer, type OramaTokenizer, type OramaTokenizerOptions } from './adapters/orama.js';
export { lunrPlugin, type LunrLike, type LunrBuilderLike } from './adapters/lunr.js';
export {
  SqliteFtsIndex,
  ftsText,
  ftsQuery,
  type SqliteDatabaseLike,
  type SqliteStatementLike,
  type SqliteFtsOptions,
  type SqliteHit,
} from './adapters/sqlite.js';
