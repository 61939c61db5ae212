import type { Entity, NameEntity, QuantityLikeEntity } from '../types.js';
import { analyze } from './analyze.js';

/**
 * Options of {@link extractQuantities}.
 *
 * @example
 * ```ts
 * extractQuantities('وصل أمس', { referenceDate: '2022-02-05' });
 * ```
 */
export interface ExtractQuantitiesOptions {
  /** Resolves relative dates (`أمس`, `هذا الأسبوع`). */
  referenceDate?: Date | string;
}

const NAME_TYPES = new Set<Entity['type']>(['person', 'organization', 'location', 'misc']);

/**
 * Numbers, money, quantities, percentages, ordinals, dates and times of a text, resolved to values.
 *
 * @example
 * ```ts
 * import { extractQuantities } from 'tahlil';
 * extractQuantities('صفقة بقيمة 117.5 مليار دولار')[0];
 * // { type: 'money', text: '117.5 مليار دولار', value: 117500000000, currency: 'USD', … }
 * ```
 */
export function extractQuantities(text: string, options: ExtractQuantitiesOptions = {}): QuantityLikeEntity[] {
  const { entities } = analyze(text, { entities: ['quantities'], referenceDate: options.referenceDate, language: false });
  return entities.filter((e): e is QuantityLikeEntity => !NAME_TYPES.has(e.type));
}

/**
 * People, organizations, places and other names in a text, with ids and canonical names.
 *
 * @example
 * ```ts
 * import { extractEntities } from 'tahlil';
 * extractEntities('وصل بوتين إلى بكين').map((e) => `${e.type}:${e.name.en}`);
 * // ['person:Vladimir Putin', 'location:Beijing']
 * ```
 */
export function extractEntities(text: string): NameEntity[] {
  // Both stages run so that amounts and dates win over MISC names here as in analyze() (the tagger
  // reads ANERcorp's MISC currency words: `117.5 مليار دولار` must not yield a MISC `دولار`).
  const { entities } = analyze(text, { language: false });
  return entities.filter((e): e is NameEntity => NAME_TYPES.has(e.type));
}
