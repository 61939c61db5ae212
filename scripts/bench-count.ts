/**
 * Compares two built checkouts of tahlil by work done rather than by time: the bench's warmed row
 * (`analyze` with names on new text after 30,000 WikiFANE sentences), run under Valgrind's cachegrind,
 * which counts every instruction the process executes and simulates its data caches. Under Node 24 the
 * same code's counts repeat to a few hundredths of a per cent (`--node`, below), where the shared
 * machine's speed moves by half or more within minutes (docs/NER.md, "Round 19"): a change of half a per
 * cent shows.
 *
 * Each checkout runs twice, with and without the timed parts, and the difference is what the timed parts
 * cost: instructions (every thread: V8's compiler and collector run on the JavaScript thread here, under
 * `--predictable`, so their work counts too), first-level data-cache misses and last-level misses (a
 * 32 KB, 8-way first level and a 16 MB, 16-way last level, about this machine's). Instructions are not
 * time: a last-level miss costs a few hundred of them. Valgrind runs the process about fifty times slower,
 * so a comparison takes ten to fifteen minutes, two processes at a time. A change to what the heap holds
 * moves where the collector's full collections fall, and one more or fewer inside the timed parts moves
 * their count by 5–10 % (docs/NER.md, round 21): for such changes the whole process's count, also printed,
 * is the steadier one, and alternating timed processes decide.
 *
 * Usage: tsx scripts/bench-count.ts --old <checkout> [--new .] [--warm-sentences 30000] [--node <path>]
 * [--data ../shared/corpora/anercorp/train.bio] [--wikifane ../shared/corpora/wikifane/wikifane.bio]
 * Each checkout must be built (`npm run build`) and have its `node_modules` (a symbolic link will do).
 * `--node` runs the counted processes with another Node binary: under Node 24 the same code counted twice
 * gives the same numbers, or 0.04 % apart from two checkouts; under Node 20 the counts move by about half a
 * per cent of the whole process between runs, which is several per cent of the timed parts' difference.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtEntry, loadCorpus, splitParts } from './bench-corpus.js';
import { parseArgs } from './ner/args.js';

interface Counts {
  instructions: number;
  d1Misses: number;
  llMisses: number;
}

const args = parseArgs(process.argv.slice(2));
const warmSentences = Number(args.get('warm-sentences') ?? '30000');
if (!Number.isInteger(warmSentences) || warmSentences < 0) throw new Error('bench-count: --warm-sentences takes a whole number');
const data = resolve(args.get('data') ?? '../shared/corpora/anercorp/train.bio');
const wikifane = resolve(args.get('wikifane') ?? '../shared/corpora/wikifane/wikifane.bio');

const node = resolve(args.get('node') ?? process.execPath);
const oldRoot = args.get('old');
if (oldRoot === undefined) throw new Error('bench-count: --old <checkout> is required');
const roots = { old: resolve(oldRoot), new: resolve(args.get('new') ?? '.') };
try {
  execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
} catch {
  throw new Error('bench-count: needs Valgrind (Debian: apt-get install valgrind)');
}
for (const root of Object.values(roots)) builtEntry(root);
for (const path of [data, wikifane]) if (!existsSync(path)) throw new Error(`bench-count: ${path} not found`);

// The texts, written once for every run: the child reads them as they are, so it needs no corpus code.
const workDir = mkdtempSync(join(tmpdir(), 'tahlil-count-'));
const input = join(workDir, 'input.json');
{
  const lines = loadCorpus(wikifane).split('\n').slice(0, warmSentences);
  const warm: string[] = [];
  for (let i = 0; i < lines.length; i += 1000) warm.push(lines.slice(i, i + 1000).join('\n'));
  // As the bench's warmed row: seven parts, the first warms up, the other six are timed.
  writeFileSync(input, JSON.stringify({ warm, parts: splitParts(loadCorpus(data), 7) }));
}
const child = join(dirname(fileURLToPath(import.meta.url)), 'bench-count-child.mjs');

// Each checkout is counted from one and the same place, a copy of its dist/ in the work directory: the
// checkout's path ends up in module URLs and strings on the heap, and two paths alone made the same code's
// counts differ by 1.3 %.
const pkg = join(workDir, 'pkg');
function place(root: string): void {
  rmSync(pkg, { recursive: true, force: true });
  mkdirSync(pkg);
  cpSync(join(root, 'dist'), join(pkg, 'dist'), { recursive: true });
  cpSync(join(root, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(realpathSync(join(root, 'node_modules')), join(pkg, 'node_modules'));
}

function count(root: string, timed: 0 | 1): Promise<Counts> {
  const args = [
    '--tool=cachegrind',
    '--cache-sim=yes',
    '--D1=32768,8,64',
    '--LL=16777216,16,64',
    '--cachegrind-out-file=/dev/null',
    node,
    // No helper threads, a fixed hash seed and a garbage-collection schedule that does not depend on the
    // clock: V8 otherwise sizes its heap by measured allocation rates, and under Valgrind the clock runs
    // at whatever speed the machine gives (without these flags the same code counted 8 % apart).
    '--predictable',
    '--predictable-gc-schedule',
    '--hash-seed=1',
    '--random-seed=1',
    child,
    pkg,
    input,
    String(timed),
  ];
  return new Promise((done, fail) => {
    execFile('valgrind', args, { maxBuffer: 1 << 26 }, (error, _stdout, stderr) => {
      if (error) return fail(new Error(`bench-count: the run of ${root} failed: ${error.message}\n${stderr.slice(-2000)}`));
      const read = (label: RegExp): number => {
        const m = label.exec(stderr);
        if (m === null) return NaN;
        return Number(m[1].replace(/,/g, ''));
      };
      done({ instructions: read(/I\s+refs:\s+([\d,]+)/), d1Misses: read(/D1\s+misses:\s+([\d,]+)/), llMisses: read(/LL misses:\s+([\d,]+)/) });
    });
  });
}

// Two processes at a time (the machine has two cores); cachegrind's counts do not depend on the load.
place(roots.old);
const [oldTimed, oldBase] = await Promise.all([count(roots.old, 1), count(roots.old, 0)]);
place(roots.new);
const [newTimed, newBase] = await Promise.all([count(roots.new, 1), count(roots.new, 0)]);
rmSync(workDir, { recursive: true, force: true });
const timed = (a: Counts, b: Counts): Counts => ({
  instructions: a.instructions - b.instructions,
  d1Misses: a.d1Misses - b.d1Misses,
  llMisses: a.llMisses - b.llMisses,
});
const o = timed(oldTimed, oldBase);
const n = timed(newTimed, newBase);
const millions = (x: number): string => (x / 1e6).toLocaleString('en', { maximumFractionDigits: 1 });
console.log(`The timed parts of the warmed row (${warmSentences.toLocaleString('en')} WikiFANE sentences first), under cachegrind, in millions:\n`);
console.log('| count | old | new | new/old |\n|---|---:|---:|---:|');
for (const [label, key] of [
  ['instructions', 'instructions'],
  ['first-level data misses', 'd1Misses'],
  ['last-level misses', 'llMisses'],
] as const) {
  console.log(`| ${label} | ${millions(o[key])} | ${millions(n[key])} | ${(n[key] / o[key]).toFixed(4)} |`);
}
console.log(`\nNode ${execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()}\nold: ${roots.old}\nnew: ${roots.new}\nwhole processes with the timed parts, instructions: old ${millions(oldTimed.instructions)}, new ${millions(newTimed.instructions)}`);
