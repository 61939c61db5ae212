/**
 * Numbers, money, quantities, percentages, ordinals, dates and times: the recognizers and refiners of the
 * `quantities` stage, and {@link extractQuantities}.
 *
 * @packageDocumentation
 */
// stage.js first: the pipeline imports this module, and extract.js imports the pipeline; evaluating the
// recognizer lists before that cycle closes keeps them defined whichever module is loaded first.
export { quantityRecognizers, quantityRefiners } from './stage.js';
export { extractQuantities, type ExtractQuantitiesOptions } from '../../pipeline/extract.js';
export { parseDigits } from './digits.js';
export { parseNumberWords, type WordItem, type WordNumber } from './number-words.js';
export { dateRecognizer } from './date.js';
export { moneyRecognizer } from './money.js';
export { numbersRecognizer } from './numbers.js';
export { ordinalRecognizer } from './ordinal.js';
export { percentRecognizer } from './percent.js';
export { quantityRecognizer } from './quantity.js';
export { timeRecognizer } from './time.js';
export { attachQualifiers } from './refine-qualifiers.js';
export { resolveQuantityOverlaps } from './refine-overlaps.js';
