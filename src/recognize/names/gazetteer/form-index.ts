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
  private readonly prefixMemo = new Map<string, boolean>();

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
    this.prefixMemo.clear();
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
    const known = this.prefixMemo.get(prefix);
    if (known !== undefined) return known;
    if (this.prefixMemo.size >= PREFIX_MEMO_LIMIT) this.prefixMemo.clear();
    const found = this.search(prefix);
    this.prefixMemo.set(prefix, found);
    return found;
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
