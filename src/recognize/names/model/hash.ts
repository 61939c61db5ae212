/**
 * 32-bit hashing for features: strings are hashed once per token (FNV-1a) and feature keys are made by
 * mixing integers, so tagging builds no feature strings.
 *
 * @packageDocumentation
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the UTF-16 code units of `s[from, to)`, as an unsigned 32-bit integer.
 *
 * @example
 * ```ts
 * hashString('بكين') === hashString('وبكين', 1); // true
 * ```
 */
export function hashString(s: string, from = 0, to = s.length): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * Combines two 32-bit values into one (order-sensitive, well mixed), as an unsigned 32-bit integer.
 *
 * @example
 * ```ts
 * const key = mix(mix(TEMPLATE_ID, offset), wordHash);
 * ```
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  h = Math.imul(h ^ (h >>> 12), 0x297a2d39);
  return (h ^ (h >>> 15)) >>> 0;
}
