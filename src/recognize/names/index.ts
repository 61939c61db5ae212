/**
 * Named entities: people, organizations, places and other names, found by the trained tagger and the
 * gazetteer, then cleaned, merged and linked by the refiners. `extractEntities(text)` (in
 * `src/pipeline/extract.ts`) runs them through `analyze`.
 *
 * @packageDocumentation
 */
import type { Recognizer, Refiner } from '../../pipeline/types.js';
import { gazetteerRecognizer } from './gazetteer/index.js';
import { modelRecognizer } from './model/recognizer.js';
import { nameRefinerList } from './refine/index.js';

export { gazetteerRecognizer, lookup, isNationality, type GazetteerEntry, type LookupOptions } from './gazetteer/index.js';
export { modelRecognizer };
// Re-exported for callers that import the names module alone; it runs `analyze` (an import cycle that is
// safe because nothing is read while the modules load).
export { extractEntities } from '../../pipeline/extract.js';
export { cleanModelNames, mergeNameSources, linkNameMentions } from './refine/index.js';

/**
 * The name recognizers: the trained tagger and the gazetteer.
 *
 * @example
 * ```ts
 * nameRecognizers.map((r) => r.name); // ['names-model', 'names-gazetteer']
 * ```
 */
export const nameRecognizers: readonly Recognizer[] = [modelRecognizer, gazetteerRecognizer];

/**
 * The name refiners: clean the tagger's spans, merge sources, link mentions.
 *
 * @example
 * ```ts
 * nameRefiners.length; // 3
 * ```
 */
export const nameRefiners: readonly Refiner[] = nameRefinerList;
