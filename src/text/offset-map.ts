/**
 * Maps offsets of a normalized text back to the original input.
 *
 * @packageDocumentation
 */

/**
 * Maps positions in a normalized text back to the original input it came from. All offsets are UTF-16
 * code-unit indices; spans are half-open `[start, end)`.
 *
 * Semantics, for a normalized text of length `L` made from an input of length `N`:
 * - Every output code unit comes from one input character: kept, replaced (ى → ي), or expanded (the
 *   lam-alef ligature ﻷ gives two units ل أ, both coming from the ligature).
 * - A deleted input character (a mark, tatweel, a control, a merged space) is absorbed into the span of the
 *   output character before it, or of the first output character when nothing comes before it. So in
 *   `كَتَب` → `كتب` the letter ك maps back to `كَ`.
 * - `toOriginal(i)` maps a boundary: `0 → 0`, `L → N` (when `L > 0`; an empty output maps 0 to 0), and `i` in between to the start of the input
 *   character that produced output unit `i` (a boundary inside an expansion maps to the start of the
 *   expanded character). It is non-decreasing in `i`.
 * - `span(s, e)` with `s < e` gives the smallest input span containing everything that produced output
 *   units `s..e-1`, deleted neighbours included as above; an expansion is never cut, so the second letter
 *   of a lam-alef maps to the whole ligature. `span(s, s)` is the empty span at `toOriginal(s)`.
 * - Spans of adjacent output spans are adjacent or overlap only inside an expansion, and
 *   `span(0, L)` is `[0, N]` when the output is not empty.
 *
 * @example
 * ```ts
 * const { text, map } = normalizeWithMap('ﻷنَّ', 'search'); // text === 'لان'
 * map.span(1, 2); // [0, 1]: the ا comes from the ligature
 * map.span(2, 3); // [1, 4]: ن with its shadda and fatha
 * ```
 */
export interface OffsetMap {
  /** Length of the normalized text. */
  readonly length: number;
  /** Length of the original input. */
  readonly originalLength: number;
  /** Maps a boundary `0 ≤ i ≤ length` of the normalized text to a boundary of the original. */
  toOriginal(i: number): number;
  /** Maps the half-open span `[start, end)` of the normalized text to a half-open span of the original. */
  span(start: number, end: number): [number, number];
}

function check(name: string, i: number, length: number): void {
  if (!Number.isInteger(i) || i < 0 || i > length) {
    throw new RangeError(`OffsetMap.${name}: expected an integer offset from 0 to ${length}, got ${String(i)}`);
  }
}

/**
 * The map of an unchanged text: every offset maps to itself.
 *
 * @example
 * ```ts
 * new IdentityMap(3).span(1, 2); // [1, 2]
 * ```
 */
export class IdentityMap implements OffsetMap {
  constructor(readonly length: number) {}

  get originalLength(): number {
    return this.length;
  }

  toOriginal(i: number): number {
    check('toOriginal', i, this.length);
    return i;
  }

  span(start: number, end: number): [number, number] {
    check('span', start, this.length);
    check('span', end, this.length);
    if (end < start) throw new RangeError(`OffsetMap.span: end ${end} is before start ${start}`);
    return [start, end];
  }
}

/**
 * The map of a changed text, from the start offset of the source of each output unit.
 *
 * @example
 * ```ts
 * new StartsMap(Int32Array.of(0, 2, 4, 5), 5).span(0, 1); // [0, 2]
 * ```
 */
export class StartsMap implements OffsetMap {
  /** `starts[k]`: input offset of the source of output unit k; `starts[length]` is the input length. */
  private readonly starts: Int32Array;

  constructor(
    starts: Int32Array,
    readonly originalLength: number,
  ) {
    this.starts = starts;
  }

  get length(): number {
    return this.starts.length - 1;
  }

  toOriginal(i: number): number {
    check('toOriginal', i, this.length);
    return this.starts[i];
  }

  span(start: number, end: number): [number, number] {
    const length = this.length;
    check('span', start, length);
    check('span', end, length);
    if (end < start) throw new RangeError(`OffsetMap.span: end ${end} is before start ${start}`);
    const starts = this.starts;
    const from = starts[start];
    if (end === start) return [from, from];
    // The source of unit end-1 ends where the next different source starts; units of one expansion
    // share their start, so skip past them.
    const lastSource = starts[end - 1];
    let k = end;
    while (k < length && starts[k] === lastSource) k++;
    return [from, starts[k]];
  }
}
