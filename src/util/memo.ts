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
  // No table of recent entries in front of the maps (round 16 had a 4,096-slot one for string keys): since
  // the tagger and the gazetteer answer a document's repeated words by the tokenizer's form numbers, the
  // words that reach a memo are mostly each document's rarer ones. The table answered 11 % of the lookups
  // of the tagger's and the gazetteer's memos, and a miss cost a hash of the key and a read of the table
  // on top of the maps'. Without it `analyze` with names took as long (docs/NER.md, round 17), with less
  // code and memory.

  /**
   * @param limit most entries per generation (so at most twice this many are held).
   * @param promote makes the young generation's copy of an old entry that is hit again (by default the
   *   entry itself). A memo whose values point into shared storage uses it to move a surviving entry into
   *   current storage, so that nothing older than the old generation stays reachable.
   */
  constructor(
    private readonly limit: number,
    // One function for every memo that keeps its values as they are: a default made per memo was a new call
    // target for `get` in each, and V8 threw away the optimized code that had inlined another's.
    private readonly promote: (value: V) => V = same,
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
    const v = this.young.get(key);
    if (v !== undefined) return v;
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
    return value;
  }

  private turnOver(): void {
    this.old = this.young;
    this.young = new Map();
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
  }
}

function same<V>(value: V): V {
  return value;
}
