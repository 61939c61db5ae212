/**
 * Values kept per word serial (see `TokenForms.serials` in tokenize.ts): the number the tokenizer gives
 * each record of its word memo, one per record and never reused. The stages after the tokenizer keep
 * what they derive from a word here rather than in a map keyed by its text, so that finding it is two
 * array reads instead of a hash lookup: the slot of serial `s` is `s` modulo the size, and the slot says
 * whose value it holds.
 *
 * Bounded by construction: a slot is taken over by the serial `size` later, so a value lives for at most
 * `size` serials unless the word comes back. A word that comes back after the tokenizer's memo turned over
 * has a new serial and names its previous one, and {@link SerialSlots.find} carries the value over, so the
 * words in use keep their values.
 *
 * Serials are doubles, not 32-bit integers: a process that makes a million records a second reaches 2^53
 * after some 285 years, where a 32-bit serial would wrap within an hour and could match a stale slot.
 *
 * @example
 * ```ts
 * const sums = new SerialSlots<number>(15);
 * sums.find(serial, previous) ?? sums.set(serial, compute(word));
 * ```
 */
export class SerialSlots<V> {
  /** The serial whose value each slot holds; 0 (never a serial) for none. */
  private readonly owners: Float64Array;
  private readonly values: Array<V | undefined>;
  private readonly size: number;

  /**
   * @param bits the slots number 2^bits.
   */
  constructor(bits: number) {
    if (!Number.isInteger(bits) || bits < 1 || bits > 24) throw new RangeError(`SerialSlots: bits must be an integer from 1 to 24, got ${bits}`);
    this.owners = new Float64Array(1 << bits);
    this.values = new Array<V | undefined>(1 << bits).fill(undefined);
    this.size = 1 << bits;
  }

  /**
   * The value kept for `serial`, else the one kept for `previous` (0 for none), carried over to `serial`;
   * `undefined` if neither is kept.
   *
   * @example
   * ```ts
   * slots.find(12, 0); // the value set for serial 12, or undefined
   * ```
   */
  find(serial: number, previous: number): V | undefined {
    // Serials are whole numbers below 2^53; `% size` of such a double is exact, and `&` would cut it to 32 bits.
    const at = serial % this.size;
    if (this.owners[at] === serial) return this.values[at];
    if (previous === 0) return undefined;
    const from = previous % this.size;
    if (this.owners[from] !== previous) return undefined;
    return this.set(serial, this.values[from] as V);
  }

  /**
   * Keeps `value` for `serial` (a positive whole number) and returns it.
   *
   * @example
   * ```ts
   * slots.set(12, 'x'); // 'x'
   * ```
   */
  set(serial: number, value: V): V {
    const at = serial % this.size;
    this.owners[at] = serial;
    this.values[at] = value;
    return value;
  }

  /**
   * Drops every value.
   *
   * @example
   * ```ts
   * slots.clear();
   * ```
   */
  clear(): void {
    this.owners.fill(0);
    this.values.fill(undefined);
  }
}
