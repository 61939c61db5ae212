import { GenerationalMemo } from '../../../util/memo.js';
import { SerialSlots } from '../../../util/serial-slots.js';

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

// Words per generation of the per-word memo. Text is Zipfian, so a few thousand words answer most lookups;
// a larger map costs every lookup more cache misses than the rarer recomputation saves (50,000 measured
// about a tenth slower for `analyze` with names than 16,000, the tagger's own limit).
const DERIVED_MEMO_LIMIT = 16_000;
// The same bound for the values kept by word serial: the words of the tokenizer's last 32,768 records.
const DERIVED_SERIAL_BITS = 15;
// The letter-mask bits of the prefix table: 29 buckets (small integers stay unboxed), and one flag.
const LETTER_BUCKETS = 29;
const SPACE_AFTER = 1 << LETTER_BUCKETS;
function letterBit(c: number): number {
  return 1 << (c % LETTER_BUCKETS);
}
/**
 * {@link headCode} of an empty key, which begins every key: never ruled out.
 *
 * @example
 * ```ts
 * headCode('') === ANY_HEAD; // true
 * ```
 */
export const ANY_HEAD = -1;
// Head codes pack the low 10 bits of each of the first three code units (a small integer: no boxing);
// MISSING stands for a letter past the end of a shorter key. Two heads may share a code (letters 1024
// apart), which only lets a word through to the exact check.
const MISSING = 0x3ff;
function unit(key: string, k: number): number {
  return k < key.length ? key.charCodeAt(k) & MISSING : MISSING;
}

/**
 * The first three code units of `key` as one small integer, for {@link FormIndex.mayBeginWith}: a word's
 * readings are summed up by a few such numbers, which a later scan checks without touching the readings.
 *
 * @example
 * ```ts
 * headCode('بكين') === headCode('بكينة'); // true: the same first three letters
 * ```
 */
export function headCode(key: string): number {
  if (key.length === 0) return ANY_HEAD;
  return (unit(key, 0) << 20) | (unit(key, 1) << 10) | unit(key, 2);
}

// Code units up to the end of the Arabic block (and Latin, digits) have a first-letter table entry.
const INITIALS = 0x700;
// Up to this many keys, a per-word value is recomputed rather than kept (see `remember`).
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
  private readonly derived = new GenerationalMemo<string, unknown>(DERIVED_MEMO_LIMIT);
  /** The derived values of words that have the tokenizer's serials (see `TokenForms.serials`), made on first use. */
  private bySerial: SerialSlots<unknown> | undefined = undefined;
  private derivedAny = false;
  /**
   * Every prefix of every key (and the empty string), built on the first prefix question after a change,
   * with what may follow it (see {@link FormIndex.mayExtend}). A fixed table is one hash lookup per
   * question with nothing to evict; the compiled gazetteer's 10,900 keys have about 62,000 prefixes (3 MB,
   * built in 35 to 60 ms on first use in a new process). A table keyed by two rolling hashes of the prefix
   * instead of the string (round 16) took as much memory and no less time: the first build runs mostly in
   * V8's interpreter, and the loop's steps, not the map, cost the time.
   */
  private prefixes: Map<string, number> | null = null;
  /**
   * 1 for each code unit below {@link INITIALS} that begins a key: most words of a text begin no key of a
   * small index (one document's surnames), and one array read tells without hashing the word.
   */
  private initials: Uint8Array | null = null;
  /** {@link headCode} of the first one, two and three letters of every key. */
  private heads: Set<number> | null = null;

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
    this.prefixes = null;
    this.initials = null;
    this.heads = null;
    // Loading adds some 15,000 forms before anything is derived: clearing the empty memo each time took
    // about 4 ms of a new process's first load, half as long as the adds.
    if (this.derivedAny) {
      this.derived.clear();
      this.bySerial?.clear();
      this.derivedAny = false;
    }
  }

  /**
   * A value derived from `word` and this index, computed once and kept until the next {@link FormIndex.add}
   * (bounded: two generations of at most 16,000 words). A caller with the serial of the tokenizer's record
   * of the word (and the one it had before, or 0; see `TokenForms.serials`) has it kept by serial, found
   * without a lookup by its text. Callers must always pass the same kind of
   * computation, and it must not return `undefined`. `compute` receives the word and the index, so a
   * module-level function serves and nothing is allocated per call.
   *
   * @example
   * ```ts
   * const viable = ix.remember('وبكين', (w, index) => readingsOf(w).filter((r) => index.hasPrefix(r.key)));
   * ```
   */
  remember<V>(word: string, compute: (word: string, index: FormIndex<T>) => V, serial = 0, previous = 0): V {
    if (!this.remembers) return compute(word, this);
    this.derivedAny = true;
    if (serial > 0) {
      const slots = (this.bySerial ??= new SerialSlots(DERIVED_SERIAL_BITS));
      return (slots.find(serial, previous) ?? slots.set(serial, compute(word, this))) as V;
    }
    const known = this.derived.get(word);
    if (known !== undefined) return known as V;
    return this.derived.set(word, compute(word, this)) as V;
  }

  /**
   * False for a small index (up to 256 keys, such as one document's people), whose {@link FormIndex.remember}
   * computes every time: it is cheap to ask, and keeping a value for every word of the document would
   * cost more memory than it saves.
   *
   * @example
   * ```ts
   * new FormIndex<string>().remembers; // false
   * ```
   */
  get remembers(): boolean {
    return this.map.size > SMALL;
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
   * True when some stored key starts with `prefix` (every prefix is always true).
   *
   * @example
   * ```ts
   * ix.hasPrefix('بك'); // true
   * ```
   */
  hasPrefix(prefix: string): boolean {
    const prefixes = this.prefixes ?? this.build();
    // '' gives NaN and goes to the table, which holds it.
    const c = prefix.charCodeAt(0);
    if (c < INITIALS && (this.initials as Uint8Array)[c] === 0) return false;
    return prefixes.has(prefix);
  }

  /**
   * False when no key begins with the key whose {@link headCode} is `code` (up to its first three letters
   * are checked): a lookup of a small integer, with no string to hash or touch.
   *
   * @example
   * ```ts
   * ix.add('بكين', 'x');
   * ix.mayBeginWith(headCode('بكي')); // true
   * ix.mayBeginWith(headCode('بكر')); // false
   * ```
   */
  mayBeginWith(code: number): boolean {
    if (code === ANY_HEAD) return true;
    if (this.heads === null) this.build();
    return (this.heads as Set<number>).has(code);
  }

  /**
   * False when no stored form can continue `prefix` (itself a prefix of a key) with `next`, the key of
   * the following token, so a scan can stop before building the longer string. With `needsSpace`, the
   * form must also have had a space right after `prefix`. It may answer true for a continuation that
   * fails (the next letter is checked against a 29-bit mask), never false for one that exists.
   *
   * @example
   * ```ts
   * ix.add('شيجينبينغ', 'xi', [2]);
   * ix.mayExtend('شي', 'جين', true); // true
   * ix.mayExtend('شي', 'ان', true);  // false
   * ```
   */
  mayExtend(prefix: string, next: string, needsSpace: boolean): boolean {
    const info = (this.prefixes ?? this.build()).get(prefix);
    if (info === undefined || (needsSpace && (info & SPACE_AFTER) === 0)) return false;
    return next === '' || (info & letterBit(next.charCodeAt(0))) !== 0;
  }

  // Prefix table: for each prefix, bits of the letters that follow it in some key, and SPACE_AFTER when a
  // stored form had a space right there.
  private build(): Map<string, number> {
    const prefixes = new Map<string, number>([['', 0]]);
    const initials = new Uint8Array(INITIALS);
    const heads = new Set<number>();
    for (const [key, stored] of this.map) {
      const c = key.charCodeAt(0);
      if (c < INITIALS) initials[c] = 1;
      for (let n = 1; n <= 3 && n <= key.length; n++) heads.add(headCode(key.slice(0, n)));
      let before = '';
      for (let n = 1; n <= key.length; n++) {
        prefixes.set(before, (prefixes.get(before) as number) | letterBit(key.charCodeAt(n - 1)));
        before = key.slice(0, n);
        if (!prefixes.has(before)) prefixes.set(before, 0);
      }
      for (const s of stored) {
        for (const cut of s.cuts) {
          const at = key.slice(0, cut);
          prefixes.set(at, (prefixes.get(at) ?? 0) | SPACE_AFTER);
        }
      }
    }
    this.prefixes = prefixes;
    this.initials = initials;
    this.heads = heads;
    return prefixes;
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
