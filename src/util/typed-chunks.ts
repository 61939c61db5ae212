/**
 * Zero-filled typed arrays for the short-lived per-sentence work of the name stage, cut as views from
 * larger arrays. V8 keeps a typed array of more than 64 bytes outside its heap: each `new Int32Array(n)` of
 * a sentence's length costs an allocation in C++, a buffer object and a record that the collector must
 * sweep, about half a microsecond, and the tagger made some twenty per sentence. A view of a shared array
 * costs about as much as a small object.
 *
 * The space is handed out once and never reused, so a view is zeros when given and is never written by
 * anyone else; a chunk is freed by the collector once no view of it is left. A view that is kept long
 * keeps its whole chunk (at most {@link CHUNK_ELEMENTS} elements) alive, so these are for work that ends
 * with the call.
 *
 * @example
 * ```ts
 * const tags = int32Array(sentence.length); // all zeros
 * ```
 */

/** Elements per chunk: 64 KB of 32-bit or 128 KB of 64-bit numbers. */
export const CHUNK_ELEMENTS = 1 << 14;

type Typed = Int32Array | Uint32Array | Float32Array | Float64Array;

// Views of one kind of array, from its current chunk; the first chunk is made on first use, so that
// importing the library allocates nothing.
class Chunks<T extends Typed> {
  private chunk: T;
  private used = 0;

  constructor(private readonly make: (n: number) => T) {
    this.chunk = make(0);
  }

  take(n: number): T {
    if (n > CHUNK_ELEMENTS) return this.make(n);
    if (this.used + n > this.chunk.length) {
      this.chunk = this.make(CHUNK_ELEMENTS);
      this.used = 0;
    }
    const at = this.used;
    this.used = at + n;
    return this.chunk.subarray(at, at + n) as T;
  }
}

const int32 = new Chunks((n) => new Int32Array(n));
const uint32 = new Chunks((n) => new Uint32Array(n));
const float32 = new Chunks((n) => new Float32Array(n));
const float64 = new Chunks((n) => new Float64Array(n));

/**
 * `n` zeros as an `Int32Array`, a view of a shared chunk (a new array when `n` is larger than a chunk).
 *
 * @example
 * ```ts
 * int32Array(3); // Int32Array [0, 0, 0]
 * ```
 */
export function int32Array(n: number): Int32Array {
  return int32.take(n);
}

/**
 * `n` zeros as a `Uint32Array` (see {@link int32Array}).
 *
 * @example
 * ```ts
 * uint32Array(3); // Uint32Array [0, 0, 0]
 * ```
 */
export function uint32Array(n: number): Uint32Array {
  return uint32.take(n);
}

/**
 * `n` zeros as a `Float32Array` (see {@link int32Array}).
 *
 * @example
 * ```ts
 * float32Array(3); // Float32Array [0, 0, 0]
 * ```
 */
export function float32Array(n: number): Float32Array {
  return float32.take(n);
}

/**
 * `n` zeros as a `Float64Array` (see {@link int32Array}).
 *
 * @example
 * ```ts
 * float64Array(3); // Float64Array [0, 0, 0]
 * ```
 */
export function float64Array(n: number): Float64Array {
  return float64.take(n);
}
