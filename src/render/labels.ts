import type { EntityType } from '../types.js';

/**
 * How one entity type is shown to people: an Arabic and an English label and two colours (a light
 * background and a dark accent used for the border and the label badge). Colour is never the only cue:
 * every mark also carries its label as text.
 *
 * @example
 * ```ts
 * const look: TypeStyle = { ar: 'شخص', en: 'person', background: '#fde2e4', accent: '#ad1457' };
 * ```
 */
export interface TypeStyle {
  ar: string;
  en: string;
  background: string;
  accent: string;
}

// Accents keep at least 4.5:1 contrast against white (the badge text) and the backgrounds keep body
// text readable; hues are spread so that neighbouring types differ in more than lightness.
const STYLES: Readonly<Record<EntityType, TypeStyle>> = {
  person: { ar: 'شخص', en: 'person', background: '#fde2e4', accent: '#ad1457' },
  organization: { ar: 'منظمة', en: 'organization', background: '#e3f2fd', accent: '#1565c0' },
  location: { ar: 'مكان', en: 'location', background: '#e8f5e9', accent: '#2e7d32' },
  misc: { ar: 'اسم آخر', en: 'misc', background: '#f3e5f5', accent: '#6a1b9a' },
  money: { ar: 'مبلغ مالي', en: 'money', background: '#fff3cd', accent: '#8a5300' },
  quantity: { ar: 'كمية', en: 'quantity', background: '#e0f7fa', accent: '#00695c' },
  percent: { ar: 'نسبة مئوية', en: 'percent', background: '#fbe9e7', accent: '#bf360c' },
  number: { ar: 'عدد', en: 'number', background: '#eceff1', accent: '#455a64' },
  ordinal: { ar: 'عدد ترتيبي', en: 'ordinal', background: '#f1f8e9', accent: '#4e6e1f' },
  date: { ar: 'تاريخ', en: 'date', background: '#ede7f6', accent: '#4527a0' },
  time: { ar: 'وقت', en: 'time', background: '#fff9c4', accent: '#6d5d00' },
};

// Anything that arrives from JSON with a type this version does not know still renders, neutrally.
const UNKNOWN: TypeStyle = { ar: 'غير معروف', en: 'unknown', background: '#f5f5f5', accent: '#424242' };

/**
 * Every entity type in display order: names first, then amounts, then dates and times.
 *
 * @example
 * ```ts
 * ENTITY_TYPES[0]; // 'person'
 * ```
 */
export const ENTITY_TYPES: readonly EntityType[] = Object.keys(STYLES) as EntityType[];

/**
 * True for the entity types this version knows; guards data that comes from JSON.
 *
 * @example
 * ```ts
 * isEntityType('person'); // true
 * isEntityType('<b>');    // false
 * ```
 */
export function isEntityType(type: unknown): type is EntityType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(STYLES, type);
}

/**
 * The labels and colours of an entity type (a neutral style for unknown types).
 *
 * @example
 * ```ts
 * typeStyle('location').ar; // 'مكان'
 * ```
 */
export function typeStyle(type: string): TypeStyle {
  return isEntityType(type) ? STYLES[type] : UNKNOWN;
}
