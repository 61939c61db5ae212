import { GenerationalMemo } from '../../../util/memo.js';

/**
 * A payload stored under a key, with where its written form had spaces.
 *
 * @example
 * ```ts
 * const s: Stored<string> = { payload: 'x', cuts: [2] };
 * ```
 */
export interface Stored<T> {
  payload: T;
  /** Offsets in the key where the written form had a space (`شي جينبينغ` → [2]). */
  cuts: readonly number[];
}

/**
 * Splits a written form into its key and the key offsets of its spaces.
 *
 * @example
 * ```ts
 * keyWithCuts('شي جينبينغ', nameKey); // { key: 'شيجينبينغ', cuts: [2] }
 * ```
 */
export function keyWithCuts(form: string, keyOf: (s: string) => string): { key: string; cuts: number[] } {
  let key = '';
  const cuts: number[] = [];
  for (const word of form.trim().split(/\s+/)) {
    if (key !== '') cuts.push(key.length);
    key += keyOf(word);
  }
  return { key, cuts };
}

const PREFIX_MEMO_LIMIT = 50_000;
// Up to this many keys, prefixes are kept in a set rather than found by binary search.
const SMALL = 256;

/**
 * A lookup table from name keys to payloads that also answers "does any key start with this?", so a
 * scan over tokens can stop extending a candidate as soon as no name can follow. Keys are space-free
 * (see `nameKey`), which makes spacing variants (شي جينبينغ / شي جين بينغ) the same key.
 *
 * @example
 * ```ts
 * const ix = new FormIndex<string>();
 * ```
 */
export class FormIndex<T> {
  private readonly map = new Map<string, Array<Stored<T>>>();
  private sorted: string[] | null = null;
  private readonly prefixMemo = new GenerationalMemo<string, boolean>(PREFIX_MEMO_LIMIT);
  private readonly derived = new GenerationalMemo<string, unknown>(PREFIX_MEMO_LIMIT);
  /** Every prefix of every key, built instead of the sorted keys when the index is small. */
  private prefixes: Set<string> | null = null;

  /**
   * Adds `payload` under `key`; `cuts` are the key offsets where the written form had a space.
   *
   * @example
   * ```ts
   * const ix = new FormIndex<string>();
   * ix.add('بكين', 'CN-beijing');
   * ```
   */
  add(key: string, payload: T, cuts: readonly number[] = []): void {
    if (key === '') return;
    const list = this.map.get(key);
    if (list) list.push({ payload, cuts });
    else this.map.set(key, [{ payload, cuts }]);
    this.sorted = null;
    this.prefixes = null;
    this.prefixMemo.clear();
    this.derived.clear();
  }

  /**
   * A value derived from `word` and this index, computed once and kept until the next {@link FormIndex.add}
   * (bounded like the prefix memo). Callers must always pass the same kind of computation, and it must not
   * return `undefined`.
   *
   * @example
   * ```ts
   * const viable = ix.remember('وبكين', () => readingsOf('وبكين').filter((r) => ix.hasPrefix(r.key)));
   * ```
   */
  remember<V>(word: string, compute: () => V): V {
    // A small index (one document's people) answers prefixes from a set, so keeping values is not worth
    // the memory it would take for every word of the document.
    if (this.map.size <= SMALL) return compute();
    const known = this.derived.get(word);
    if (known !== undefined) return known as V;
    return this.derived.set(word, compute()) as V;
  }

  /**
   * The payloads stored under `key`, with the cuts of their written forms.
   *
   * @example
   * ```ts
   * ix.get('بكين')?.[0]?.payload; // 'CN-beijing'
   * ```
   */
  get(key: string): ReadonlyArray<Stored<T>> | undefined {
    return this.map.get(key);
  }

  /**
   * True when some stored key starts with `prefix` (binary search over the sorted keys).
   *
   * @example
   * ```ts
   * ix.hasPrefix('بك'); // true
   * ```
   */
  hasPrefix(prefix: string): boolean {
    if (this.map.size <= SMALL) {
      if (this.prefixes === null) {
        this.prefixes = new Set([""]);
        for (const key of this.map.keys()) for (let n = 1; n <= key.length; n++) this.prefixes.add(key.slice(0, n));
      }
      return this.prefixes.has(prefix);
    }
    return this.prefixMemo.get(prefix) ?? this.prefixMemo.set(prefix, this.search(prefix));
  }

  private search(prefix: string): boolean {
    const keys = (this.sorted ??= [...this.map.keys()].sort());
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo < keys.length && (keys[lo] as string).startsWith(prefix);
  }

  /**
   * Number of distinct keys.
   *
   * @example
   * ```ts
   * ix.size; // 1
   * ```
   */
  get size(): number {
    return this.map.size;
  }
}
