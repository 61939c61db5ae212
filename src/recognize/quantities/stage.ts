/**
 * The recognizers and refiners of the `quantities` stage. Kept apart from index.ts so that the pipeline can
 * import them without importing `extractQuantities`, which itself calls the pipeline.
 *
 * @packageDocumentation
 */
import type { Recognizer, Refiner } from '../../pipeline/types.js';
import { dateRecognizer } from './date.js';
import { moneyRecognizer } from './money.js';
import { numbersRecognizer } from './numbers.js';
import { ordinalRecognizer } from './ordinal.js';
import { percentRecognizer } from './percent.js';
import { quantityRecognizer } from './quantity.js';
import { attachQualifiers } from './refine-qualifiers.js';
import { resolveQuantityOverlaps } from './refine-overlaps.js';
import { timeRecognizer } from './time.js';

/**
 * The recognizers of the `quantities` stage, in the order `analyze()` runs them.
 *
 * @example
 * ```ts
 * import { quantityRecognizers } from 'tahlil/quantities';
 * quantityRecognizers.map((r) => r.name);
 * ```
 */
export const quantityRecognizers: readonly Recognizer[] = [
  numbersRecognizer,
  moneyRecognizer,
  quantityRecognizer,
  percentRecognizer,
  ordinalRecognizer,
  dateRecognizer,
  timeRecognizer,
];

/**
 * The refiners of the `quantities` stage: overlaps first (a number inside money goes), then qualifiers.
 *
 * @example
 * ```ts
 * import { quantityRefiners } from 'tahlil/quantities';
 * quantityRefiners.map((r) => r.name); // ['quantities/resolve-overlaps', 'quantities/qualifiers']
 * ```
 */
export const quantityRefiners: readonly Refiner[] = [resolveQuantityOverlaps, attachQualifiers];
