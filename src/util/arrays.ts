/**
 * `xs.map(f)` as an array of the same kind whether or not V8 has optimized the caller.
 *
 * `Array.prototype.map` gives a packed array while its caller runs in the interpreter and a holey one (of
 * another hidden class) once the optimizing compiler has inlined it. Code that reads such arrays is
 * compiled for the kind it has seen and is thrown away on meeting the other, so every `map` in a hot path
 * cost its readers one deoptimization and a recompilation when the producer was optimized, typically deep
 * into a long run. Pushing into a literal gives a packed array in every tier.
 *
 * @example
 * ```ts
 * mapPacked(['بكين', 'موسكو'], (w) => w.length); // [4, 5]
 * ```
 */
export function mapPacked<T, U>(xs: ArrayLike<T>, f: (x: T, i: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i] as T, i));
  return out;
}
