import { execFileSync } from 'node:child_process';

/**
 * Runs `body` (plain JavaScript that prints with `console.log`) in a child Node with V8's native syntax
 * (`%HaveSameMap`, `%OptimizeFunctionOnNextCall` …) enabled, after `functions` (their source, as the test
 * runner compiled them), and returns what it printed. For tests about the hidden classes V8 gives objects.
 *
 * @example
 * ```ts
 * runWithNatives([mapPacked], 'console.log(%HasHoleyElements(mapPacked([1], (x) => x)))'); // 'false\n'
 * ```
 */
export function runWithNatives(functions: readonly ((...args: never[]) => unknown)[], body: string): string {
  const source = [...functions.map((f) => f.toString()), body].join('\n');
  return execFileSync(process.execPath, ['--allow-natives-syntax', '-e', source], { encoding: 'utf8' });
}
