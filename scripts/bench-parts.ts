/**
 * How `analyze` with names speeds up over a fresh process's first text: the throughput of each part of
 * new text in turn, wall and CPU time, as in `npm run bench`'s `analyze (names)` row (the corpus in seven
 * parts, the first a warm-up), but printed part by part. `--warm FILE` first analyses that many sentences
 * of another corpus (default 8,000; `--warm-sentences N`), so that the timed parts stay new text to the
 * process while its compiled code and heap are past their first use. Measures the built `dist/`.
 *
 * Usage: npm run build && tsx scripts/bench-parts.ts [--data ../shared/corpora/anercorp/train.bio]
 * [--warm ../shared/corpora/wikifane/wikifane.bio] [--warm-sentences 8000] [--docs] [--root <another built checkout>]
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Tahlil from '../src/index.js';
import { builtEntry, loadCorpus, splitParts } from './bench-corpus.js';
import { parseArgs } from './ner/args.js';

const args = parseArgs(process.argv.slice(2));
// `--root`: another checkout (built), to compare versions process by process.
const root = args.get('root') ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const lib: typeof Tahlil = await import(builtEntry(root));
const options = { entities: ['names' as const], language: false };
const run = (text: string): void => {
  if (!args.has('docs')) {
    lib.analyze(text, options);
    return;
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 20) lib.analyze(lines.slice(i, i + 20).join('\n'), options);
};

const text = loadCorpus(args.get('data') ?? '../shared/corpora/anercorp/train.bio');
const PARTS = 7;
const parts = splitParts(text, PARTS);

run(parts[0]);
const warm = args.get('warm');
if (warm !== undefined) {
  const lines = loadCorpus(warm).split('\n').slice(0, Number(args.get('warm-sentences') ?? 8000));
  for (let i = 0; i < lines.length; i += 1000) run(lines.slice(i, i + 1000).join('\n'));
}
console.log(`| part | tokens | tokens/s (wall) | tokens/CPU-s |\n|---:|---:|---:|---:|`);
let allTokens = 0;
let allSeconds = 0;
let allCpu = 0;
for (let p = 1; p < PARTS; p++) {
  const tokens = lib.tokenize(parts[p], { clitics: false }).length;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  run(parts[p]);
  const seconds = (performance.now() - wall) / 1e3;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`| ${p} | ${tokens} | ${Math.round(tokens / seconds).toLocaleString('en')} | ${Math.round(tokens / cpuSeconds).toLocaleString('en')} |`);
  allTokens += tokens;
  allSeconds += seconds;
  allCpu += cpuSeconds;
}
console.log(`| all | ${allTokens} | ${Math.round(allTokens / allSeconds).toLocaleString('en')} | ${Math.round(allTokens / allCpu).toLocaleString('en')} |`);
