/**
 * Paired comparison of `analyze` with names between two checkouts of tahlil, for a change to a hot path
 * on a noisy machine. Both versions are loaded into one process and analyse the same parts of new text in
 * alternation (the order flips every part), and their CPU times are summed, so that the machine's load
 * falls on both alike; a run prints the ratio new/old (below 1: the new code is faster).
 *
 * Usage: tsx scripts/bench-compare.ts --old ../tahlil-old [--new .] [--docs | --index-terms] [--swap | --both [N]] [--built] [--warm]
 * [--data ../shared/corpora/anercorp/train.bio] [--wikifane ../shared/corpora/wikifane/wikifane.bio]
 * (`--docs`: each part as 20-sentence documents instead of one document; `--index-terms`: `indexTerms`
 * with its default options over the whole corpus, fifteen times, instead of `analyze` over its parts;
 * `--built`: each checkout's built `dist/` instead of its sources through tsx, as `npm run bench` measures;
 * `--warm`: both versions first analyse all of WikiFANE in 1,000-sentence documents, alternating, as the
 * bench's warmed row does; `--swap`: `new` is loaded and warmed up first; `--both N`: N runs in each
 * orientation, each in a child process, and the geometric mean of their ratios). Besides the process's
 * CPU time, which counts V8's helper threads whichever version made their work, it prints the JavaScript thread's own CPU time (Linux). A checkout needs its own
 * `node_modules` (a symbolic link to this one's will do): `git worktree add ../tahlil-old <commit>` or
 * `git archive <commit> | tar -x -C ../tahlil-old`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { analyze as Analyze } from '../src/pipeline/analyze.js';
import type { indexTerms as IndexTerms } from '../src/search/index-terms.js';
import { loadCorpus, splitParts } from './bench-corpus.js';
import { parseArgs } from './ner/args.js';

const args = parseArgs(process.argv.slice(2));
const oldRoot = args.get('old');
if (oldRoot === undefined) throw new Error('bench-compare: --old <checkout> is required');

// `--both [N]`: N runs in each orientation (old loaded first, then new loaded first), each in a process of
// its own, and the geometric mean of their ratios, in which the load-order bias described below cancels.
if (args.has('both')) {
  const rounds = args.get('both') === 'true' ? 1 : Number(args.get('both'));
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('bench-compare: --both takes a whole number of rounds');
  const rest = process.argv.slice(2).filter((a, i, all) => a !== '--both' && a !== '--swap' && !(all[i - 1] === '--both' && !a.startsWith('--')));
  const rows: string[] = [];
  const logs = { cpu: 0, js: 0 };
  for (let r = 0; r < rounds; r++) {
    for (const swapped of [false, true]) {
      const out = execFileSync(process.execPath, [...process.execArgv, process.argv[1] as string, ...rest, ...(swapped ? ['--swap'] : [])], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const m = /new\/old: ([\d.]+) \(process\), ([\d.]+) \(JavaScript thread\)/.exec(out);
      if (m === null) throw new Error(`bench-compare: no ratio in a child's output:\n${out}`);
      logs.cpu += Math.log(Number(m[1]));
      logs.js += Math.log(Number(m[2]));
      rows.push(`| ${r + 1} | ${swapped ? 'new' : 'old'} | ${m[1]} | ${m[2]} |`);
    }
  }
  const n = 2 * rounds;
  console.log(['| round | loaded first | new/old, process | new/old, JavaScript thread |', '|---:|---|---:|---:|', ...rows].join('\n'));
  console.log(`\ngeometric mean new/old over ${n} runs: ${Math.exp(logs.cpu / n).toFixed(3)} (process), ${Math.exp(logs.js / n).toFixed(3)} (JavaScript thread)`);
  process.exit(0);
}
const indexing = args.has('index-terms');
const options = { entities: ['names' as const], language: false };
// What one version does with a part of the corpus.
type Run = (part: string) => void;
const load = async (root: string): Promise<Run> => {
  if (indexing) {
    const indexTerms: typeof IndexTerms = (await import(pathToFileURL(resolve(root, 'src/search/index-terms.ts')).href)).indexTerms;
    return (part) => void indexTerms(part);
  }
  const analyze: typeof Analyze = args.has('built')
    ? (await import(pathToFileURL(resolve(root, 'dist/index.js')).href)).analyze
    : (await import(pathToFileURL(resolve(root, 'src/pipeline/analyze.ts')).href)).analyze;
  return (part) => {
    if (!args.has('docs')) {
      analyze(part, options);
      return;
    }
    const lines = part.split('\n');
    for (let i = 0; i < lines.length; i += 20) analyze(lines.slice(i, i + 20).join('\n'), options);
  };
};
// The load order biases the ratio, by a few per cent for single documents and by up to a sixth with
// `--docs`, and not always the same way: in round 17 the version loaded first ran slower (0.87 with old
// first against 1.18 with new first, 20-sentence documents, four runs each), in round 18 faster (1.08–1.13
// against 0.88–0.93, single documents). `--swap` loads and warms up `new` first; `--both` runs both
// orientations equally often and takes the geometric mean, which cancels the bias.
const swap = args.has('swap');
const first: 'old' | 'new' = swap ? 'new' : 'old';
const second: 'old' | 'new' = swap ? 'old' : 'new';
const roots = { old: oldRoot, new: args.get('new') ?? '.' };
const loaded = { [first]: await load(roots[first]) } as Partial<Record<'old' | 'new', Run>>;
loaded[second] = await load(roots[second]);
const versions = loaded as Record<'old' | 'new', Run>;

const text = loadCorpus(args.get('data') ?? '../shared/corpora/anercorp/train.bio');
// The first part warms up; the other 14 are timed, each version going first in 7 of them. `indexTerms`
// keeps nothing between calls, so it gets the whole corpus every time, as `npm run bench` times it.
const PARTS = 15;
const parts = indexing ? new Array<string>(PARTS).fill(text) : splitParts(text, PARTS);
const run = (version: Run, part: string): void => version(part);

// With --warm, both versions first analyse other text (WikiFANE, read by the script, never shipped), so
// that the timed parts are new text to code the compiler has already optimized.
if (args.has('warm') && !indexing) {
  const lines = loadCorpus(args.get('wikifane') ?? '../shared/corpora/wikifane/wikifane.bio').split('\n');
  for (let i = 0; i < lines.length; i += 1000) {
    const document = lines.slice(i, i + 1000).join('\n');
    run(versions[first], document);
    run(versions[second], document);
  }
}
// CPU time of the JavaScript (main) thread in seconds (Linux), from the kernel's scheduler statistics.
const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const mainThread = (): number => (existsSync(schedstat) ? Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e9 : NaN);
// The first part warms both up (model load, compilation); the others are new text to both.
run(versions[first], parts[0]);
run(versions[second], parts[0]);
const cpu = { old: 0, new: 0 };
const js = { old: 0, new: 0 };
for (let i = 1; i < PARTS; i++) {
  const order = i % 2 === 0 ? ([first, second] as const) : ([second, first] as const);
  for (const v of order) {
    const start = process.cpuUsage();
    const main = mainThread();
    run(versions[v], parts[i]);
    js[v] += mainThread() - main;
    const used = process.cpuUsage(start);
    cpu[v] += used.user + used.system;
  }
}
console.log('| version | CPU s | JavaScript thread s |\n|---|---:|---:|');
console.log(`| old (${oldRoot}) | ${(cpu.old / 1e6).toFixed(2)} | ${js.old.toFixed(2)} |\n| new | ${(cpu.new / 1e6).toFixed(2)} | ${js.new.toFixed(2)} |`);
const what = [indexing ? 'indexTerms' : args.has('docs') ? '20-sentence documents' : '', args.has('built') ? 'built' : '', args.has('warm') ? 'warmed' : '', swap ? 'new loaded first' : '']
  .filter((x) => x !== '')
  .join(', ');
console.log(`\nnew/old: ${(cpu.new / cpu.old).toFixed(3)} (process), ${(js.new / js.old).toFixed(3)} (JavaScript thread)${what ? ` (${what})` : ''}`);
