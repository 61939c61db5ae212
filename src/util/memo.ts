/**
 * A bounded memo that keeps what is used often. It holds two generations of at most `limit` entries:
 * when the young one fills up it becomes the old one (the previous old one is dropped), and a hit in the
 * old generation is copied into the young one. Frequent keys (most of a Zipfian vocabulary's tokens) thus
 * survive a turnover, which a memo cleared when full would lose all at once.
 *
 * @example
 * ```ts
 * const memo = new GenerationalMemo<string, number>(10_000);
 * const n = memo.get('بكين') ?? memo.set('بكين', 4);
 * ```
 */
export class GenerationalMemo<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  // For string keys, a small direct-mapped table of young entries in front of the maps. A map of
  // thousands of words is spread over more memory than stays in the processor's caches next to a tagger's
  // weights, so each lookup waits on memory; the few thousand most frequent words answer most lookups
  // from this table instead. It holds only young entries (it is emptied at a turnover), so it never
  // returns what the maps have dropped.
  private hotKeys: (K | undefined)[] | undefined;
  private hotValues: (V | undefined)[] = [];

  /**
   * @param limit most entries per generation (so at most twice this many are held).
   * @param promote makes the young generation's copy of an old entry that is hit again (by default the
   *   entry itself). A memo whose values point into shared storage uses it to move a surviving entry into
   *   current storage, so that nothing older than the old generation stays reachable.
   */
  constructor(
    private readonly limit: number,
    private readonly promote: (value: V) => V = (value) => value,
  ) {
    // V8 compiles a field that has only ever been written once as a constant into the code that reads
    // it, and throws all that code away when the field is first written again: the first turnover, deep
    // into a long run, threw away nine optimized functions of the tokenizer and the name stage at once.
    // Turning over once now, while both generations are empty, marks the fields as variable before any
    // code is compiled.
    this.turnOver();
  }

  /**
   * The value kept for `key`, or `undefined`.
   *
   * @example
   * ```ts
   * memo.get('بكين');
   * ```
   */
  get(key: K): V | undefined {
    let slot = -1;
    if (typeof key === 'string') {
      slot = hotSlot(key);
      if (this.hotKeys !== undefined && this.hotKeys[slot] === key) return this.hotValues[slot];
    }
    const v = this.young.get(key);
    if (v !== undefined) {
      if (slot >= 0) this.remember(slot, key, v);
      return v;
    }
    const o = this.old.get(key);
    return o === undefined ? undefined : this.set(key, this.promote(o));
  }

  /**
   * Keeps `value` for `key` and returns it.
   *
   * @example
   * ```ts
   * memo.set('بكين', 4); // 4
   * ```
   */
  set(key: K, value: V): V {
    if (this.young.size >= this.limit) this.turnOver();
    this.young.set(key, value);
    if (typeof key === 'string') this.remember(hotSlot(key), key, value);
    return value;
  }

  private turnOver(): void {
    this.old = this.young;
    this.young = new Map();
    this.emptyHot();
  }

  private remember(slot: number, key: K, value: V): void {
    if (this.hotKeys === undefined) {
      this.hotKeys = new Array<K | undefined>(HOT_SIZE).fill(undefined);
      this.hotValues = new Array<V | undefined>(HOT_SIZE).fill(undefined);
    }
    this.hotKeys[slot] = key;
    this.hotValues[slot] = value;
  }

  /**
   * Drops every entry.
   *
   * @example
   * ```ts
   * memo.clear();
   * ```
   */
  clear(): void {
    this.young.clear();
    this.old.clear();
    this.emptyHot();
  }

  // Values too, so that the table keeps nothing of a dropped generation alive.
  private emptyHot(): void {
    this.hotKeys?.fill(undefined);
    this.hotValues.fill(undefined);
  }
}

const HOT_SIZE = 4096;

// The hot-table slot of a string: an FNV-1a hash of its length and first 16 code units (a long key costs
// no more than a word).
function hotSlot(key: string): number {
  let h = Math.imul(0x811c9dc5 ^ key.length, 0x01000193);
  for (let i = 0, n = Math.min(key.length, 16); i < n; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & (HOT_SIZE - 1);
}
