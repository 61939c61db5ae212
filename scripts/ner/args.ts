/**
 * Minimal `--name value` / `--flag` argument parsing for the NER scripts.
 */

/**
 * Parses `argv` into a map; a flag without a value maps to `'true'`.
 *
 * @example
 * ```ts
 * parseArgs(['--data', 'x.bio', '--ablate']); // Map { data → 'x.bio', ablate → 'true' }
 * ```
 */
export function parseArgs(argv: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const eq = a.indexOf('=');
    if (eq > 0) out.set(a.slice(2, eq), a.slice(eq + 1));
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out.set(a.slice(2), argv[++i]);
    else out.set(a.slice(2), 'true');
  }
  return out;
}
