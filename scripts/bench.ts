/**
 * `npm run bench`: throughput and peak memory of tahlil's stages on real Arabic news text, side by side in
 * the same run with @nlpjs/lang-ar and natural, plus the scaling and adversarial-input checks.
 *
 * Each row runs in its own child process so that its peak RSS is its own. Throughput is measured on text
 * the function has not seen (nlp.js caches tokenizer results): the corpus is cut into seven parts, the first
 * warms up, each of the others is timed once, and the median rate is reported.
 *
 * Usage: tsx scripts/bench.ts [--data ../shared/corpora/anercorp/train.bio] [--markdown docs/PERFORMANCE.md] [--overhead]
 * [--source] [--repeat N] [--rows LIST] (`--overhead` prints only the paired stage-overhead table; `--source`
 * measures `src/` through tsx instead of the built `dist/`; `--repeat N` runs N rounds of one process per
 * row and reports each row's medians, with the ranges; `--rows 5,warmed` runs only the rows named, by
 * number or part of the name, and prints their table alone). `npm run bench` builds first. Each row's process runs
 * JavaScript on one thread, while V8's collector and compiler threads may use another core; for a strict
 * one-core figure pin the whole run: `taskset -c 0 npm run bench` (child processes inherit the pinning).
 */
import { fork } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Tahlil from '../src/index.js';
import { builtEntry, loadCorpus, splitParts } from './bench-corpus.js';

// The rows measure the built package (`dist/`, what `npm install tahlil` gives), not the TypeScript sources
// through tsx: tsx turns every imported binding into a getter and names every function at creation, which
// costs hot paths about a tenth. `--source` measures the sources instead.
const fromSource = process.argv.includes('--source');
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib: typeof Tahlil = await import(fromSource ? '../src/index.js' : builtEntry(ROOT));
const { analyze, normalize, tokenize } = lib;


const require = createRequire(import.meta.url);

interface Row {
  name: string;
  group: string;
  /** UTF-8 megabytes per second. */
  mbps: number;
  tokensPerSecond?: number;
  itemsPerSecond?: number;
  peakRssMb: number;
  note?: string;
  /** Lowest and highest tokens/s over the runs of `--repeat`. */
  range?: [number, number];
  /** Lowest and highest tokens/CPU-s over the runs of `--repeat`. */
  cpuRange?: [number, number];
  /**
   * Tokens per CPU-second of the whole process (every thread) over the timed parts: what one core gives
   * when V8's compiler and collector threads must share it with the JavaScript thread.
   */
  tokensPerCpuSecond?: number;
  /** The JavaScript thread's share of the process's CPU time over the timed parts (Linux only). */
  mainShare?: number;
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/**
 * Splits the corpus into CHUNKS parts at line ends; warms up on the first, times each of the others once
 * (fresh text every time, which keeps nlp.js's result cache out of the measurement) and returns the median
 * rate, so that one garbage-collection pause does not decide a row.
 */
const CHUNKS = 7;

// CPU time of the JavaScript (main) thread in seconds, from the kernel's scheduler statistics (Linux);
// undefined elsewhere. process.cpuUsage() counts every thread of the process, V8's helpers included.
function mainThreadSeconds(): number | undefined {
  const path = `/proc/self/task/${process.pid}/schedstat`;
  if (!existsSync(path)) return undefined;
  return Number(readFileSync(path, 'utf8').split(' ')[0]) / 1e9;
}

interface Timing {
  secondsPerByte: number;
  /** Process CPU seconds (all threads) per byte, summed over the timed parts. */
  cpuSecondsPerByte: number;
  mainShare?: number;
}

function timeChunks(text: string, fn: (s: string) => unknown): Timing {
  const parts = splitParts(text, CHUNKS);
  fn(parts[0]);
  const rates: number[] = [];
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadSeconds();
  let timedBytes = 0;
  for (const part of parts.slice(1)) {
    const t0 = process.hrtime.bigint();
    fn(part);
    rates.push(Number(process.hrtime.bigint() - t0) / 1e9 / bytes(part));
    timedBytes += bytes(part);
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const main1 = mainThreadSeconds();
  rates.sort((x, y) => x - y);
  return {
    secondsPerByte: rates[rates.length >> 1],
    cpuSecondsPerByte: cpuSeconds / timedBytes,
    mainShare: main0 === undefined || main1 === undefined ? undefined : Math.min(1, (main1 - main0) / cpuSeconds),
  };
}

type RowSpec = {
  name: string;
  group: string;
  note?: string;
  run: (text: string) => { mbps: number; tokensPerSecond?: number; itemsPerSecond?: number; tokensPerCpuSecond?: number; mainShare?: number };
};

function throughput(fn: (s: string) => unknown, countTokens?: (s: string) => number) {
  return (text: string) => {
    const { secondsPerByte, cpuSecondsPerByte, mainShare } = timeChunks(text, fn);
    const tokensPerByte = countTokens ? countTokens(text) / bytes(text) : undefined;
    return {
      mbps: 1 / secondsPerByte / 1e6,
      tokensPerSecond: tokensPerByte !== undefined ? tokensPerByte / secondsPerByte : undefined,
      tokensPerCpuSecond: tokensPerByte !== undefined ? tokensPerByte / cpuSecondsPerByte : undefined,
      mainShare,
    };
  };
}

// Other text for the warmed row: the process analyses it before the timed parts, so they stay new text
// while V8 has compiled the code paths they take (WikiFANE, read by the script and never shipped).
const WARM_DATA = '../shared/corpora/wikifane/wikifane.bio';
const WARM_SENTENCES = 30_000;

const tahlilTokens = (s: string) => tokenize(s, { clitics: false }).length;

function nlpjs() {
  const { NormalizerAr, TokenizerAr } = require('@nlpjs/lang-ar');
  return { normalizer: new NormalizerAr(), tokenizer: new TokenizerAr() };
}

const ROWS: RowSpec[] = [
  { name: 'tahlil normalize (search)', group: 'normalize', run: throughput((s) => normalize(s, 'search')) },
  { name: 'tahlil normalize (display)', group: 'normalize', run: throughput((s) => normalize(s, 'display')) },
  {
    name: '@nlpjs/lang-ar NormalizerAr',
    group: 'normalize',
    note: 'leaves diacritics in place',
    run: (text) => {
      const { normalizer } = nlpjs();
      return throughput((s) => normalizer.normalize(s))(text);
    },
  },
  { name: 'tahlil tokenize', group: 'tokenize', run: throughput((s) => tokenize(s), tahlilTokens) },
  { name: 'tahlil tokenize (no clitics)', group: 'tokenize', run: throughput((s) => tokenize(s, { clitics: false }), tahlilTokens) },
  {
    name: '@nlpjs/lang-ar TokenizerAr',
    group: 'tokenize',
    note: 'splits 117.5, keeps دولار، whole; caches results',
    run: (text) => {
      const { tokenizer } = nlpjs();
      return throughput((s) => tokenizer.tokenize(s, false), (s) => tokenizer.tokenize(s, false).length)(text);
    },
  },
  {
    name: 'natural WordTokenizer',
    group: 'tokenize',
    note: 'drops every Arabic word',
    run: (text) => {
      const natural = require('natural');
      const t = new natural.WordTokenizer();
      return throughput((s) => t.tokenize(s), (s) => t.tokenize(s).length)(text);
    },
  },
  { name: 'tahlil analyze (tokens + sentences only)', group: 'analyze', run: throughput((s) => analyze(s, { entities: false, language: false }), tahlilTokens) },
  { name: 'tahlil analyze (quantities)', group: 'analyze', run: throughput((s) => analyze(s, { entities: ['quantities'], language: false }), tahlilTokens) },
  { name: 'tahlil analyze (names)', group: 'analyze', run: throughput((s) => analyze(s, { entities: ['names'], language: false }), tahlilTokens) },
  {
    name: 'tahlil analyze (names), 20-line documents',
    group: 'analyze',
    note: 'each part as news-sized documents of 20 sentences',
    run: throughput((s) => {
      const lines = s.split('\n');
      for (let i = 0; i < lines.length; i += 20) analyze(lines.slice(i, i + 20).join('\n'), { entities: ['names'], language: false });
    }, tahlilTokens),
  },
  {
    name: 'tahlil analyze (names), words seen before',
    group: 'analyze',
    note: 'the whole corpus analysed once first: the steady state of a long-running process',
    run: (text) => {
      analyze(text, { entities: ['names'], language: false });
      return throughput((s) => analyze(s, { entities: ['names'], language: false }), tahlilTokens)(text);
    },
  },
  {
    name: 'tahlil analyze (names), warmed process',
    group: 'analyze',
    note: `${WARM_SENTENCES.toLocaleString('en')} WikiFANE sentences analysed first: the same new text, once the compiler has optimized the common paths`,
    run: (text) => {
      const lines = loadCorpus(arg('--warm-data', WARM_DATA)).split('\n').slice(0, WARM_SENTENCES);
      for (let i = 0; i < lines.length; i += 1000) analyze(lines.slice(i, i + 1000).join('\n'), { entities: ['names'], language: false });
      return throughput((s) => analyze(s, { entities: ['names'], language: false }), tahlilTokens)(text);
    },
  },
  { name: 'tahlil analyze (all, default)', group: 'analyze', run: throughput((s) => analyze(s), tahlilTokens) },
];

function runRow(index: number, text: string): Row {
  const spec = ROWS[index];
  const r = spec.run(text);
  return { name: spec.name, group: spec.group, note: spec.note, ...r, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

/**
 * What each extraction stage adds to `analyze`, measured as a paired A/B in one process: the same chunks
 * analysed without entities and with the stage, alternating, over several rounds, so that machine noise
 * and garbage-collection pauses fall on both sides alike. Reported from the summed CPU times.
 */
function stageOverhead(text: string): string[] {
  const chunks = text.split('\n').reduce<string[]>((acc, line, i) => {
    const k = Math.floor(i / 400);
    acc[k] = acc[k] === undefined ? line : acc[k] + '\n' + line;
    return acc;
  }, []);
  const cpu = (f: () => unknown) => {
    const c0 = process.cpuUsage();
    f();
    const c = process.cpuUsage(c0);
    return c.user + c.system;
  };
  const variants: Array<[string, AnalyzeOptionsLike]> = [
    ['quantities', { entities: ['quantities'], language: false }],
    ['names', { entities: ['names'], language: false }],
  ];
  const out = ['### What each stage adds to analyze (paired A/B, 5 rounds, summed CPU time)', '', '| stage | analyze without entities (s) | with the stage (s) | added |', '|---|---:|---:|---:|'];
  for (const [name, options] of variants) {
    for (const c of chunks.slice(0, 2)) (analyze(c, options), analyze(c, { entities: false, language: false }));
    let base = 0;
    let withStage = 0;
    for (let round = 0; round < 5; round++) {
      for (const c of chunks) {
        if (round % 2 === 0) {
          base += cpu(() => analyze(c, { entities: false, language: false }));
          withStage += cpu(() => analyze(c, options));
        } else {
          withStage += cpu(() => analyze(c, options));
          base += cpu(() => analyze(c, { entities: false, language: false }));
        }
      }
    }
    out.push(`| ${name} | ${(base / 1e6).toFixed(2)} | ${(withStage / 1e6).toFixed(2)} | ${((withStage / base - 1) * 100).toFixed(0)}% |`);
  }
  return out;
}

type AnalyzeOptionsLike = Parameters<typeof analyze>[1];

/**
 * Time at growing sizes and on adversarial runs: linear time shows as flat MB/s. Tokens and entities are
 * given too: a run of one-character tokens (`1/1/…`) is slow per byte only because every byte is work.
 */
function scaling(): string[] {
  const out: string[] = [];
  const base = 'دعا الرئيس الروسي فلاديمير بوتين ونظيره الصيني شي جينبينغ خلال لقائهما في بكين إلى “حقبة جديدة” بنحو 117.5 مليار دولار. ';
  out.push('| input | size | analyze ms | MB/s | tokens | entities | tokens/s |', '|---|---:|---:|---:|---:|---:|---:|');
  const row = (name: string, size: string, text: string): string => {
    const t0 = performance.now();
    const { tokens, entities } = analyze(text, { language: false });
    const ms = performance.now() - t0;
    const rate = Math.round(tokens.length / (ms / 1000)).toLocaleString('en');
    return `| ${name} | ${size} | ${ms.toFixed(0)} | ${(bytes(text) / 1e6 / (ms / 1000)).toFixed(2)} | ${tokens.length.toLocaleString('en')} | ${entities.length.toLocaleString('en')} | ${rate} |`;
  };
  for (const mb of [1, 2, 4, 8]) out.push(row('news text', `${mb} MB`, base.repeat(Math.ceil((mb * 1e6) / bytes(base)))));
  const adversarial: Array<[string, string]> = [
    ['100k diacritics on one letter', 'ب' + '\u064e'.repeat(100_000)],
    ['100k tatweel', 'ب' + '\u0640'.repeat(100_000) + 'ت'],
    ['100k digits', '1'.repeat(100_000)],
    ['100k dots', '.'.repeat(100_000)],
    ['100k "1." pairs', '1.'.repeat(100_000)],
    ['100k "1/" pairs', '1/'.repeat(100_000)],
    ['one 1 MB word', 'ب'.repeat(1_000_000)],
  ];
  for (const [name, text] of adversarial) out.push(row(name, `${(bytes(text) / 1e6).toFixed(2)} MB`, text));
  return out;
}

const HEADER = `# Performance

Written by \`npm run bench -- --markdown docs/PERFORMANCE.md\` (scripts/bench.ts, which builds the package first and
measures the built \`dist/\`, as installed from npm; \`--source\` measures \`src/\` through tsx, about a tenth slower);
rerun it to refresh. Each row runs
in its own child process, with its JavaScript on one thread, on text the function has not seen before (the corpus is cut into seven
parts: the first warms up, each other part is timed once, and the median rate is reported). MB/s counts UTF-8 bytes of the input; tokens/s counts tahlil's
tokens (words, numbers and punctuation) for every row, so the rows compare on the same work. The machine is
shared (2 cores): figures vary by ±30% between runs, and by more when another job runs, so \`--repeat N\` runs each
row in N processes, in N rounds over all the rows (a slow spell then falls on one run of every row, not on
all runs of one row), and reports the medians. V8's collector and compiler threads may use the second core;
\`taskset -c 0 npm run bench\` pins the whole run to one core (docs/NER.md, "Size and speed", gives both).
\`tokens/CPU-s\` divides the timed parts' tokens by the CPU time of the whole process, every thread
included: what one core gives when the collector and the compiler share it with the JavaScript thread (a
pinned run's wall rate comes out close to it). \`JS thread\` is the JavaScript thread's share of that CPU
time (from \`/proc\`, Linux only); the rest is V8's helper threads.

`;

const FOOTER = `
## Reading the table

- \`tokenize\` attaches a clitic analysis (\`parts\`, with offsets and restored forms) to every Arabic word; that
  costs more than the scan itself, because every part is an object the caller keeps. \`tokenize(text, { clitics:
  false })\` is the fast path when only tokens are needed.
- \`analyze (names)\` runs the three-stage tagger, the gazetteer and the linking refiners; the tagger alone is in
  the last section. Each part is new text, and about a quarter of its tokens are words the process meets for
  the first time, which cost several times a known word (docs/NER.md, "Size and speed"); the \`words seen
  before\` row analyses the whole corpus once before timing, as a long-running process would have; the
  \`warmed process\` row analyses other text first (WikiFANE), so the timed parts are still new text but
  the optimizing compiler has already optimized the paths that most text takes (paths only the timed
  text takes still cost it recompilations: docs/NER.md, "Round 18"). The
  \`20-line documents\` row cuts each part into
  news-sized documents, as a stream of articles would arrive.
- nlp.js's tokenizer is faster but splits \`117.5\`, keeps \`دولار،\` whole and caches its results; natural's
  word tokenizer drops every Arabic word. They are shown for scale, not as equivalents.
- Single-process rows move too much between runs to show a change of a tenth. For a change to a hot path,
  \`npx tsx scripts/bench-compare.ts --old <checkout>\` loads both versions into one process and times them on
  the same new text in alternation (docs/NER.md, "Size and speed"; \`--built --warm\` for the warmed row's
  conditions, docs/NER.md, "Round 17"). The load order biases the ratio by up to a sixth, so \`--both N\` runs
  N processes in each load order and gives the geometric mean of their ratios. That cannot see what a change does to
  each process's optimizing compiler: \`scripts/bench-parts.ts --root <checkout>\` measures another built checkout,
  to run in alternating processes, and \`scripts/jit-report.ts\` counts the compilations and deoptimizations of
  the timed parts (docs/NER.md, "Round 15").
- The machine's speed moves by half or more within minutes, more than most changes are worth.
  \`scripts/bench-count.ts --old <checkout>\` counts instead of timing: it runs the warmed row under
  Valgrind's cachegrind and gives the timed parts' instructions and simulated cache misses for both
  checkouts, which under Node 24 repeat to a few hundredths of a per cent (docs/NER.md, "Round 19"). Where
  the warmed row's one full collection falls moves a process's CPU by a sixth, and it falls alike in
  processes that warm up alike: \`scripts/bench-pairs.ts --old <checkout>\` times the row in alternating
  processes over several warm-up lengths and compares the summed CPU (docs/NER.md, "Round 23").
`;

/**
 * The rows `--rows` names (comma-separated row numbers from 0, or parts of row names), in table order; all
 * rows when it is empty.
 */
function chooseRows(spec: string): number[] {
  const all = ROWS.map((_, i) => i);
  if (spec === '') return all;
  const wanted = spec.split(',').map((w) => w.trim()).filter((w) => w !== '');
  const chosen = all.filter((i) => wanted.some((w) => (/^\d+$/.test(w) ? Number(w) === i : ROWS[i].name.includes(w))));
  if (chosen.length === 0) throw new Error(`bench: --rows ${spec} names no row; rows are ${ROWS.map((r, i) => `${i} ${r.name}`).join('; ')}`);
  return chosen;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 === 1 ? sorted[n >> 1] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

/**
 * The run with the median rate (MB/s) of a row's runs, with the range of their tokens/s and the highest
 * peak RSS: on a shared machine one process can run at half speed, and the median of several is the figure
 * that does not depend on one unlucky minute.
 */
function medianRow(runs: Row[]): Row {
  if (runs.length === 1) return runs[0];
  const sorted = [...runs].sort((a, b) => a.mbps - b.mbps);
  const middle = sorted[(sorted.length - 1) >> 1];
  const tokens = runs.map((r) => r.tokensPerSecond).filter((t): t is number => t !== undefined);
  // The CPU rate and the thread share are medians of their own: the run with the median wall rate need not
  // be the one with the median CPU rate.
  const cpu = runs.map((r) => r.tokensPerCpuSecond).filter((t): t is number => t !== undefined);
  const shares = runs.map((r) => r.mainShare).filter((t): t is number => t !== undefined);
  return {
    ...middle,
    tokensPerCpuSecond: cpu.length === runs.length ? median(cpu) : middle.tokensPerCpuSecond,
    cpuRange: cpu.length > 0 ? [Math.min(...cpu), Math.max(...cpu)] : undefined,
    mainShare: shares.length === runs.length ? median(shares) : middle.mainShare,
    peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
    range: tokens.length > 0 ? [Math.min(...tokens), Math.max(...tokens)] : undefined,
  };
}

async function main(): Promise<void> {
  const data = arg('--data', '../shared/corpora/anercorp/train.bio');
  const child = process.argv.indexOf('--row');
  if (child > 0) {
    const text = loadCorpus(data);
    process.send?.(runRow(Number(process.argv[child + 1]), text));
    return;
  }
  const text = loadCorpus(data);
  if (process.argv.includes('--overhead')) {
    console.log(stageOverhead(text).join('\n'));
    return;
  }
  const repeat = Math.max(1, Number(arg('--repeat', '1')));
  if (!Number.isInteger(repeat)) throw new Error('bench: --repeat takes a whole number of runs');
  const chosen = chooseRows(arg('--rows', ''));
  if (chosen.length < ROWS.length && process.argv.includes('--markdown')) throw new Error('bench: --markdown writes the whole table; leave out --rows');
  // Round by round (every chosen row once, then again), not a row's runs back to back: the machine is
  // shared, its speed drifts over minutes, and back-to-back runs put all of a row's runs in the same slow or
  // fast spell. Spread over the whole run, each row's median is taken across spells.
  const runs: Row[][] = chosen.map(() => []);
  for (let r = 0; r < repeat; r++) {
    for (const [k, i] of chosen.entries()) {
      runs[k].push(
        await new Promise<Row>((resolve, reject) => {
          const args = ['--row', String(i), '--data', data, '--warm-data', arg('--warm-data', WARM_DATA), ...(fromSource ? ['--source'] : [])];
          const p = fork(new URL(import.meta.url).pathname, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
          p.on('message', (m) => resolve(m as Row));
          p.on('error', reject);
          p.on('exit', (code) => code !== 0 && reject(new Error(`row ${ROWS[i].name} exited ${code}`)));
        }),
      );
    }
    process.stderr.write(`  round ${r + 1} of ${repeat} done\n`);
  }
  const rows = runs.map(medianRow);
  const lines: string[] = [];
  const repeatNote = repeat > 1 ? `; each row run in ${repeat} processes, one per round over all rows, the medians shown with the ranges (\`--repeat ${repeat}\`)` : '';
  lines.push(`Corpus: ANERcorp train tokens joined into text (${(bytes(text) / 1e6).toFixed(2)} MB UTF-8, ${text.length} UTF-16 units). Measured: ${fromSource ? 'src/ through tsx' : 'the built dist/'}. Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} CPUs available to the run, one JavaScript thread per row${repeatNote}.`, '');
  lines.push(
    `| group | implementation | MB/s | tokens/s |${repeat > 1 ? ' range |' : ''} tokens/CPU-s |${repeat > 1 ? ' range |' : ''} JS thread | ratio to tahlil | peak RSS MB | note |`,
    `|---|---|---:|---:|${repeat > 1 ? '---:|' : ''}---:|${repeat > 1 ? '---:|' : ''}---:|---:|---:|---|`,
  );
  const rate = (x: number | undefined): string => (x ? Math.round(x).toLocaleString('en') : '');
  for (const r of rows) {
    const ours = rows.find((x) => x.group === r.group && x.name.startsWith('tahlil'));
    const ratio = ours && !r.name.startsWith('tahlil') ? `tahlil ${(ours.mbps / r.mbps).toFixed(2)}×` : '';
    const range = repeat > 1 ? ` ${r.range ? `${rate(r.range[0])}–${rate(r.range[1])}` : ''} |` : '';
    const cpuRange = repeat > 1 ? ` ${r.cpuRange ? `${rate(r.cpuRange[0])}–${rate(r.cpuRange[1])}` : ''} |` : '';
    const share = r.mainShare === undefined ? '' : `${Math.round(r.mainShare * 100)}%`;
    lines.push(`| ${r.group} | ${r.name} | ${r.mbps.toFixed(1)} | ${rate(r.tokensPerSecond)} |${range} ${rate(r.tokensPerCpuSecond)} |${cpuRange} ${share} | ${ratio} | ${r.peakRssMb.toFixed(0)} | ${r.note ?? ''} |`);
  }
  if (chosen.length < ROWS.length) {
    // A few rows (`--rows`) are a quick look at a figure: the table alone.
    console.log(lines.join('\n'));
    return;
  }
  lines.push('', ...stageOverhead(text));
  lines.push('', '### Scaling and adversarial inputs (analyze, all stages)', '', ...scaling());
  const extra = await import('./bench-extra.js').then((m) => m.extraSections(text, data)).catch((e: unknown) => [`(extra sections unavailable: ${String(e)})`]);
  lines.push(...extra);
  const md = lines.join('\n');
  console.log(md);
  const out = process.argv.indexOf('--markdown');
  if (out > 0) writeFileSync(process.argv[out + 1], HEADER + md + '\n' + FOOTER);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
