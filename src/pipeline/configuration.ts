import { nameRecognizers, nameRefiners } from '../recognize/names/index.js';
import { quantityRecognizers, quantityRefiners } from '../recognize/quantities/stage.js';
import { resolveStageOverlaps } from '../refine/resolve-overlaps.js';
import type { Configuration } from './types.js';

/**
 * What `analyze()` runs by default: every recognizer of both stages, then the quantity refiners, the
 * name refiners, and the refiner that settles overlaps between the stages. Stages switched off in the
 * options are skipped (a refiner tagged with a stage runs only when that stage is on).
 *
 * @example
 * ```ts
 * import { analyze, defaultConfiguration } from 'tahlil';
 * const noMisc = { ...defaultConfiguration,
 *   refiners: [...defaultConfiguration.refiners, { name: 'no-misc', refine: (c, es) => es.filter((e) => e.type !== 'misc') }] };
 * analyze(text, { configuration: noMisc });
 * ```
 */
export const defaultConfiguration: Configuration = {
  // Getters, not values: the recognizer modules import analyze() (for extractQuantities and friends), so
  // reading their lists while this module loads would see them uninitialised in an import cycle.
  get recognizers() {
    return [...quantityRecognizers, ...nameRecognizers];
  },
  get refiners() {
    return [...quantityRefiners, ...nameRefiners, resolveStageOverlaps];
  },
};
