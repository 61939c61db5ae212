/**
 * `tahlil/quantities`: numbers, money, quantities, percentages, ordinals, dates and times.
 *
 * @packageDocumentation
 */
export { extractQuantities, type ExtractQuantitiesOptions } from '../pipeline/extract.js';
export type {
  QuantityLikeEntity, MoneyEntity, QuantityEntity, PercentEntity, NumberEntity, OrdinalEntity, DateEntity,
  TimeEntity, Unit, Dimension, Qualifier, Calendar, RelativeDate,
} from '../types.js';
