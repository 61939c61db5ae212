/**
 * The name refiners, in the order they run: clean the tagger's spans, merge them with the gazetteer's,
 * link the mentions of the document.
 *
 * @packageDocumentation
 */
import type { Refiner } from '../../../pipeline/types.js';
import { cleanModelNames } from './clean.js';
import { linkNameMentions } from './link.js';
import { mergeNameSources } from './merge.js';

export { cleanModelNames, linkNameMentions, mergeNameSources };
export { isName, tokenRange, wordClass, displayForm } from './words.js';

/**
 * The name refiners in order.
 *
 * @example
 * ```ts
 * nameRefinerList.map((r) => r.name); // ['names-clean-model', 'names-merge-sources', 'names-link-mentions']
 * ```
 */
export const nameRefinerList: readonly Refiner[] = [cleanModelNames, mergeNameSources, linkNameMentions];
