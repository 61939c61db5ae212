/**
 * The distinct surface forms of one text, looked up by their range in the text: a token whose form was
 * seen before is found without slicing a new string from the input or hashing one (most tokens repeat an
 * earlier form), and every token of a form shares the one value.
 *
 * @packageDocumentation
 */

/**
 * Open-addressing table from ranges of one source text to values that carry their form as `text`.
 *
 * @example
 * ```ts
 * const table = new SurfaceTable('في في', (text) => ({ text }));
 * table.intern(0, 2) === table.intern(3, 5); // true: one value for both tokens
 * ```
 */
export class SurfaceTable<V extends { readonly text: string }> {
  private hashes = new Int32Array(64);
  private values = new Array<V | undefined>(64);
  private size = 0;

  /**
   * @param source the text the ranges point into.
   * @param make builds the value of a form met for the first time.
   */
  constructor(
    private readonly source: string,
    private readonly make: (text: string) => V,
  ) {}

  /**
   * The value of the form `source.slice(start, end)`, made on its first occurrence.
   *
   * @example
   * ```ts
   * table.intern(0, 2).text; // 'في'
   * ```
   */
  intern(start: number, end: number): V {
    const s = this.source;
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    let mask = this.hashes.length - 1;
    let slot = h & mask;
    for (;;) {
      const v = this.values[slot];
      if (v === undefined) break;
      if (this.hashes[slot] === h && sameRange(v.text, s, start, end)) return v;
      slot = (slot + 1) & mask;
    }
    const value = this.make(s.slice(start, end));
    if (2 * (this.size + 1) > this.hashes.length) {
      this.grow();
      mask = this.hashes.length - 1;
      slot = h & mask;
      while (this.values[slot] !== undefined) slot = (slot + 1) & mask;
    }
    this.hashes[slot] = h;
    this.values[slot] = value;
    this.size++;
    return value;
  }

  private grow(): void {
    const hashes = this.hashes;
    const values = this.values;
    const capacity = hashes.length * 2;
    const mask = capacity - 1;
    this.hashes = new Int32Array(capacity);
    this.values = new Array<V | undefined>(capacity);
    for (let i = 0; i < hashes.length; i++) {
      const v = values[i];
      if (v === undefined) continue;
      let slot = hashes[i] & mask;
      while (this.values[slot] !== undefined) slot = (slot + 1) & mask;
      this.hashes[slot] = hashes[i];
      this.values[slot] = v;
    }
  }
}

function sameRange(text: string, source: string, start: number, end: number): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== source.charCodeAt(start + i)) return false;
  return true;
}
