/**
 * The bits of {@link Trigger}: what a word can start.
 *
 * @packageDocumentation
 */
/**
 * What a word can start, as bits.
 *
 * @example
 * ```ts
 * (flags & Trigger.Number) !== 0;
 * ```
 */
export const Trigger = {
  Number: 1,
  Ordinal: 2,
  Weekday: 4,
  YearWord: 8,
  DayWord: 16,
  MonthWord: 32,
  Month: 64,
  Relative: 128,
  Hour: 256,
  Negative: 512,
  Percent: 1024,
  Period: 2048,
  /** The key is some trigger word behind proclitics (وخمسمائة): look at the base. */
  Prefixed: 32768,
} as const;
