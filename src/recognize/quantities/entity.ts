/**
 * Small helpers shared by the quantity recognizers.
 *
 * @packageDocumentation
 */
import type { Span } from '../../types.js';

/**
 * The span `[start, end)` of `text`, honouring the offset contract (`text.slice(start, end)`).
 *
 * @example
 * ```ts
 * spanOf('في 2021', 3, 7); // { text: '2021', start: 3, end: 7 }
 * ```
 */
export function spanOf(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}
