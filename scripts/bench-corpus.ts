/**
 * The benchmark corpus: ANERcorp's tokens joined back into text, shared by `bench.ts` and
 * `bench-compare.ts`.
 */
import { readFileSync } from 'node:fs';

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
