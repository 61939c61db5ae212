/**
 * Calendar arithmetic for dates: validity, ISO strings, and relative expressions resolved against a
 * reference date (read in UTC, so a result does not depend on the machine's time zone).
 *
 * @packageDocumentation
 */
import type { DateEntity } from '../../types.js';
import type { RelativePhrase } from './lexicon.js';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * True when `day` exists in `month` of `year` (any year when `year` is unknown: 29 February is allowed).
 *
 * @example
 * ```ts
 * validDay(2022, 2, 29); // false
 * ```
 */
export function validDay(year: number | undefined, month: number, day: number): boolean {
  if (!Number.isInteger(day) || day < 1 || month < 1 || month > 12) return false;
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  if (day > days) return false;
  if (month === 2 && day === 29 && year !== undefined) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return true;
}

/**
 * The ISO 8601 string of a Gregorian date value, as precise as the value is (`2022-02-05`, `2022-02`,
 * `2021`), or undefined when the year is missing.
 *
 * @example
 * ```ts
 * isoOf({ year: 2022, month: 2, day: 5 }); // '2022-02-05'
 * ```
 */
export function isoOf(value: DateEntity['value']): string | undefined {
  if (value.year === undefined || value.year < 1) return undefined;
  let iso = pad(value.year, 4);
  if (value.month === undefined) return iso;
  iso += `-${pad(value.month)}`;
  if (value.day === undefined) return iso;
  return `${iso}-${pad(value.day)}`;
}

/**
 * The date of the weekday `weekday` before (`shift` -1) or after (`shift` 1) the reference date, never the
 * reference day itself.
 *
 * @example
 * ```ts
 * shiftToWeekday(new Date('2022-02-05'), 1, -1); // { year: 2022, month: 1, day: 31, weekday: 1 }
 * ```
 */
export function shiftToWeekday(reference: Date, weekday: number, shift: number): DateEntity['value'] {
  const r = new Date(Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate()));
  const today = isoWeekday(r);
  const days = shift < 0 ? -(((today - weekday + 7) % 7) || 7) : ((weekday - today + 7) % 7) || 7;
  const d = new Date(r.getTime() + days * 86400000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday };
}

/**
 * The year of `month` named as the last (-1), the current (0) or the next (1) one from the reference date:
 * مارس الماضي said in March 2022 is March 2021.
 *
 * @example
 * ```ts
 * yearOfMonth(new Date('2022-02-05'), 3, -1); // 2021
 * ```
 */
export function yearOfMonth(reference: Date, month: number, shift: number): number {
  const year = reference.getUTCFullYear();
  const current = reference.getUTCMonth() + 1;
  if (shift < 0) return month < current ? year : year - 1;
  if (shift > 0) return month > current ? year : year + 1;
  return year;
}

/** ISO weekday (1 = Monday) of a UTC date. */
function isoWeekday(d: Date): number {
  return ((d.getUTCDay() + 6) % 7) + 1;
}

/**
 * Resolves a relative phrase against a reference date: a day gives year, month and day; a week its ISO
 * week (`2022-W05`); a month or a year its calendar month or year.
 *
 * @example
 * ```ts
 * resolveRelative({ relative: 'yesterday', unit: 'day', offset: -1 }, new Date('2022-02-05'));
 * // { value: { year: 2022, month: 2, day: 4, weekday: 5 }, iso: '2022-02-04' }
 * ```
 */
export function resolveRelative(phrase: RelativePhrase, reference: Date): { value: DateEntity['value']; iso: string } {
  const y = reference.getUTCFullYear();
  const m = reference.getUTCMonth();
  const d = reference.getUTCDate();
  switch (phrase.unit) {
    case 'day': {
      const day = new Date(Date.UTC(y, m, d + phrase.offset));
      const value = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), weekday: isoWeekday(day) };
      return { value, iso: isoOf(value) as string };
    }
    case 'week': {
      const day = new Date(Date.UTC(y, m, d + 7 * phrase.offset));
      // ISO week: the week of the Thursday of this week.
      const thursday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 4 - isoWeekday(day)));
      const weekYear = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / 86400000 / 7) + 1;
      return { value: {}, iso: `${pad(weekYear, 4)}-W${pad(week)}` };
    }
    case 'month': {
      const first = new Date(Date.UTC(y, m + phrase.offset, 1));
      const value = { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1 };
      return { value, iso: isoOf(value) as string };
    }
    case 'year': {
      const value = { year: y + phrase.offset };
      return { value, iso: isoOf(value) as string };
    }
  }
}
