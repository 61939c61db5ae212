/**
 * Compares two built checkouts of tahlil on the bench's warmed row (`analyze` with names on new text, after
 * WikiFANE), in alternating processes, over several warm-up lengths. A full garbage collection costs the
 * warmed row's timed parts a fifth to a third of their CPU when it falls inside them, and where it falls
 * depends on everything allocated before: a change that moves it out of the timed parts looks 15 % faster
 * in processes that all warm up alike, and is not (docs/NER.md, "Round 23"). Varying the warm-up (by
 * default 7,000 to 16,000 sentences, all of WikiFANE) moves the collection around, so the summed CPU of
 * the pairs compares the work done rather than where one collection fell.
 *
 * Usage: tsx scripts/bench-pairs.ts --old <checkout> [--new .] [--rounds 2] [--warm 7000,9000,11000,13000,16000]
 * [--docs] [--data ../shared/corpora/anercorp/train.bio] [--wikifane ../shared/corpora/wikifane/wikifane.bio]
 * (`--docs`: the timed parts as 20-sentence documents). Each checkout must be built and have its
 * `node_modules` (a symbolic link will do). Each round runs every warm-up length once per checkout, the
 * older first in even rounds and the newer first in odd ones. Prints each pair and, for the new checkout
 * against the old, the ratio of the summed process CPU (every thread) and the median of the pairs' ratios.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtEntry, loadCorpus, splitParts } from './bench-corpus.js';
import { parseArgs } from './ner/args.js';

const args = parseArgs(process.argv.slice(2));
const oldArg = args.get('old');
if (oldArg === undefined) throw new Error('bench-pairs: --old <checkout> is required');
const roots = { old: resolve(oldArg), new: resolve(args.get('new') ?? '.') };
const rounds = Number(args.get('rounds') ?? 2);
const warmLengths = (args.get('warm') ?? '7000,9000,11000,13000,16000').split(',').map(Number);
if (!Number.isInteger(rounds) || rounds < 1 || warmLengths.some((n) => !Number.isInteger(n) || n < 0)) {
  throw new Error('bench-pairs: --rounds takes a whole number, --warm a comma-separated list of whole numbers');
}

// The texts go to the children in a file, so that a child is plain JavaScript measuring only itself.
const parts = splitParts(loadCorpus(resolve(args.get('data') ?? '../shared/corpora/anercorp/train.bio')), 7);
const warm = loadCorpus(resolve(args.get('wikifane') ?? '../shared/corpora/wikifane/wikifane.bio')).split('\n');
const input = join(mkdtempSync(join(tmpdir(), 'tahlil-pairs-')), 'texts.json');
writeFileSync(input, JSON.stringify({ parts, warm }));

// The child: the warmed row of `npm run bench` (warm-up in 1,000-sentence documents, then the first part),
// then the six other parts timed, by the process's CPU and the JavaScript thread's own (Linux).
const child = (entry: string, warmLength: number): string => `
const { readFileSync } = await import('node:fs');
const { parts, warm } = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8'));
const lib = await import(${JSON.stringify(pathToFileURL(entry).href)});
const options = { entities: ['names'], language: false };
const docs = ${args.has('docs') ? 'true' : 'false'};
const run = (text) => {
  if (!docs) return void lib.analyze(text, options);
  const lines = text.split('\\n');
  for (let i = 0; i < lines.length; i += 20) lib.analyze(lines.slice(i, i + 20).join('\\n'), options);
};
const lines = warm.slice(0, ${warmLength});
for (let i = 0; i < lines.length; i += 1000) lib.analyze(lines.slice(i, i + 1000).join('\\n'), options);
run(parts[0]);
let tokens = 0;
for (let p = 1; p < parts.length; p++) tokens += lib.tokenize(parts[p], { clitics: false }).length;
const thread = () => {
  const s = readFileSync('/proc/thread-self/stat', 'utf8');
  const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
};
const c0 = process.cpuUsage();
const j0 = thread();
for (let p = 1; p < parts.length; p++) run(parts[p]);
const c = process.cpuUsage(c0);
console.log(JSON.stringify({ tokens, cpu: (c.user + c.system) / 1e6, js: thread() - j0 }));
`;

interface Run {
  tokens: number;
  cpu: number;
  js: number;
}

function measure(root: string, warmLength: number): Run {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', child(builtEntry(root), warmLength)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop() as string) as Run;
}

const k = (n: number): string => `${(n / 1e3).toFixed(1)}k`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`old ${roots.old}\nnew ${roots.new}\n`);
console.log('| round | warm-up sentences | old tokens/CPU-s | new tokens/CPU-s | new/old CPU | old / new JS-thread s |');
console.log('|---:|---:|---:|---:|---:|---|');
const ratios: number[] = [];
const sums = { old: 0, new: 0, oldJs: 0, newJs: 0 };
for (let r = 0; r < rounds; r++) {
  for (const w of warmLengths) {
    const order: Array<'old' | 'new'> = r % 2 === 0 ? ['old', 'new'] : ['new', 'old'];
    const got: Partial<Record<'old' | 'new', Run>> = {};
    for (const which of order) got[which] = measure(roots[which], w);
    const a = got.old as Run;
    const b = got.new as Run;
    ratios.push(b.cpu / a.cpu);
    sums.old += a.cpu;
    sums.new += b.cpu;
    sums.oldJs += a.js;
    sums.newJs += b.js;
    console.log(`| ${r + 1} | ${w} | ${k(a.tokens / a.cpu)} | ${k(b.tokens / b.cpu)} | ${(b.cpu / a.cpu).toFixed(3)} | ${a.js.toFixed(2)} / ${b.js.toFixed(2)} |`);
  }
}
console.log(
  `\nsummed process CPU new/old: ${(sums.new / sums.old).toFixed(3)} (${sums.old.toFixed(2)} s → ${sums.new.toFixed(2)} s); ` +
    `JavaScript thread ${(sums.newJs / sums.oldJs).toFixed(3)}; median of ${ratios.length} pairs ${median(ratios).toFixed(3)}`,
);
rmSync(dirname(input), { recursive: true, force: true });
