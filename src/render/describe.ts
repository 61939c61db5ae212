import type { Entity } from '../types.js';

/**
 * What a fact about an entity says: its canonical name, its id, its resolved value and the details that
 * qualify that value.
 *
 * @example
 * ```ts
 * const k: FactKey = 'value';
 * ```
 */
export type FactKey =
  | 'name'
  | 'id'
  | 'value'
  | 'unit'
  | 'qualifier'
  | 'calendar'
  | 'relative'
  | 'weekday'
  | 'source'
  | 'confidence';

/**
 * One resolved fact about an entity, as display text (numbers grouped, dates in ISO 8601, codes as is).
 *
 * @example
 * ```ts
 * const f: EntityFact = { key: 'value', value: '117,500,000,000 USD' };
 * ```
 */
export interface EntityFact {
  key: FactKey;
  value: string;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/**
 * Formats a number with `,` thousands separators and without exponent notation for ordinary magnitudes;
 * written out rather than delegated to `Intl` so that output is the same on every runtime and locale.
 *
 * @example
 * ```ts
 * formatNumber(117500000000); // '117,500,000,000'
 * formatNumber(-3.25);        // '-3.25'
 * ```
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const [whole, fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return (n < 0 ? '-' : '') + grouped + (fraction === undefined ? '' : `.${fraction}`);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function dateValue(value: { year?: number; month?: number; day?: number } | undefined): string | undefined {
  if (!value) return undefined;
  const { year, month, day } = value;
  const parts: string[] = [];
  parts.push(typeof year === 'number' ? pad(year, 4) : '????');
  if (typeof month === 'number') parts.push(pad(month, 2));
  if (typeof day === 'number') parts.push(pad(day, 2));
  // A bare weekday ("يوم الجمعة") has no calendar fields at all.
  return year === undefined && month === undefined && day === undefined ? undefined : parts.join('-');
}

const num = (v: unknown): string | undefined => (typeof v === 'number' ? formatNumber(v) : undefined);

/**
 * The resolved facts of an entity, in display order: canonical name and id for names; value, unit and
 * qualifier for amounts; ISO date, calendar, relative expression and weekday for dates; `HH:MM` for
 * times. Tolerates entities read from JSON with missing fields (the fact is left out).
 *
 * @example
 * ```ts
 * entityFacts({ type: 'money', text: '5 دولار', start: 0, end: 7, value: 5, currency: 'USD' });
 * // [{ key: 'value', value: '5 USD' }]
 * ```
 */
export function entityFacts(entity: Entity): EntityFact[] {
  const facts: EntityFact[] = [];
  const add = (key: FactKey, value: string | undefined): void => {
    if (value !== undefined && value !== '') facts.push({ key, value });
  };
  switch (entity.type) {
    case 'person':
    case 'organization':
    case 'location':
    case 'misc': {
      const { ar, en } = entity.name ?? { ar: '' };
      add('name', [ar, en].filter((s) => typeof s === 'string' && s !== '').join(' · '));
      add('id', typeof entity.id === 'string' ? entity.id : undefined);
      add('source', typeof entity.source === 'string' ? entity.source : undefined);
      add('confidence', typeof entity.confidence === 'number' ? entity.confidence.toFixed(2) : undefined);
      return facts;
    }
    case 'money': {
      const value = num(entity.value);
      add('value', value === undefined ? undefined : `${value} ${entity.currency ?? ''}`.trim());
      if (entity.currencyAssumed) add('qualifier', 'currency assumed');
      break;
    }
    case 'quantity':
      add('value', num(entity.value));
      if (entity.unit) add('unit', `${entity.unit.en} (${entity.unit.ar}), ${entity.unit.dimension}`);
      break;
    case 'percent': {
      const value = num(entity.value);
      add('value', value === undefined ? undefined : `${value}%`);
      break;
    }
    case 'number':
      add('value', num(entity.value));
      break;
    case 'ordinal':
      add('value', num(entity.value));
      return facts;
    case 'date': {
      add('value', entity.iso ?? dateValue(entity.value));
      add('calendar', entity.calendar);
      add('relative', entity.relative);
      const weekday = entity.value?.weekday;
      add('weekday', typeof weekday === 'number' ? WEEKDAYS[weekday - 1] : undefined);
      return facts;
    }
    case 'time': {
      const { hour, minute } = entity.value ?? {};
      add('value', typeof hour === 'number' && typeof minute === 'number' ? `${pad(hour, 2)}:${pad(minute, 2)}` : undefined);
      return facts;
    }
    default:
      return facts;
  }
  // Amounts (money, quantity, percent, number) may be hedged.
  if (entity.qualifier) add('qualifier', entity.qualifier);
  else if (entity.approximate) add('qualifier', 'approximate');
  return facts;
}

/**
 * The one-line resolution of an entity: the canonical name (and id) for names, the value for amounts,
 * dates and times; `undefined` when nothing was resolved.
 *
 * @example
 * ```ts
 * resolvedValue({ type: 'percent', text: '15%', start: 0, end: 3, value: 15 }); // '15%'
 * ```
 */
export function resolvedValue(entity: Entity): string | undefined {
  const facts = entityFacts(entity);
  const get = (key: FactKey): string | undefined => facts.find((f) => f.key === key)?.value;
  const name = get('name');
  if (name !== undefined) {
    const id = get('id');
    return id === undefined ? name : `${name} [${id}]`;
  }
  const value = get('value') ?? get('relative');
  if (value === undefined) return undefined;
  const unit = entity.type === 'quantity' ? entity.unit?.en : undefined;
  return unit ? `${value} ${unit}` : value;
}
