/**
 * tahlil: Arabic text analysis. Normalization, tokens with clitics, sentences, language, named entities,
 * amounts, dates and times, search terms and an HTML view; every offset indexes the original input.
 *
 * @packageDocumentation
 */
export type * from './types.js';
export type { Configuration, Context, Recognizer, Refiner, Stage } from './pipeline/types.js';

export { analyze, type AnalyzeOptions } from './pipeline/analyze.js';
export { defaultConfiguration } from './pipeline/configuration.js';
export { extractEntities, extractQuantities, type ExtractQuantitiesOptions } from './pipeline/extract.js';

export { normalize, normalizeWithMap, presets } from './text/index.js';
export type { NormalizeOptions, OffsetMap, PresetName } from './text/index.js';

export { tokenize, splitSentences, analyzeWord, type TokenizeOptions } from './tokenize/index.js';
export { detectLanguage } from './language/index.js';

export { stem, indexTerms } from './search/index.js';
export { render } from './render/index.js';
