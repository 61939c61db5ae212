/**
 * What the benchmark scripts share: the corpus (ANERcorp's tokens joined back into text) and the built
 * package's entry point.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The tokens of a `TOKEN<TAB>TAG` file joined into text: one sentence a line, tokens separated by spaces.
 *
 * @example
 * ```ts
 * const text = loadCorpus('../shared/corpora/anercorp/train.bio');
 * ```
 */
export function loadCorpus(path: string): string {
  const lines: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      if (cur.length) lines.push(cur.join(' '));
      cur = [];
    } else cur.push(line.split('\t')[0]);
  }
  if (cur.length) lines.push(cur.join(' '));
  return lines.join('\n');
}

/**
 * `dist/index.js` under `root`, after checking that it was built after the last change to `src/`: the
 * benchmarks measure the built package, as installed from npm.
 *
 * @example
 * ```ts
 * const lib = await import(builtEntry(ROOT));
 * ```
 */
export function builtEntry(root: string): string {
  const entry = join(root, 'dist', 'index.js');
  if (!existsSync(entry)) throw new Error('bench: dist/index.js is missing; run `npm run build` (or pass --source)');
  const newest = (dir: string): number =>
    Math.max(...readdirSync(dir, { withFileTypes: true }).map((d) => (d.isDirectory() ? newest(join(dir, d.name)) : statSync(join(dir, d.name)).mtimeMs)));
  if (newest(join(root, 'src')) > statSync(entry).mtimeMs) throw new Error('bench: dist/ is older than src/; run `npm run build` (or pass --source)');
  return entry;
}

/**
 * `text` cut into `count` parts at line ends, in order: the first part warms up, the others are new text.
 *
 * @example
 * ```ts
 * const [warmUp, ...timed] = splitParts(loadCorpus(path), 7);
 * ```
 */
export function splitParts(text: string, count: number): string[] {
  const parts: string[] = [];
  for (let i = 1, from = 0; i <= count; i++) {
    const cut = i === count ? text.length : text.indexOf('\n', Math.floor((text.length * i) / count));
    const end = cut < 0 ? text.length : cut;
    parts.push(text.slice(from, end));
    from = end + 1;
  }
  return parts;
}
