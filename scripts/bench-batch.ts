// Batch throughput and memory of `tahlil analyze --jsonl`, run as users run it: the built CLI
// (`npm run build` first) as a child process, output to /dev/null, under /usr/bin/time -v for peak RSS.
//
//   npx tsx scripts/bench-batch.ts [--records 1500] [--repeat 2] [--sizes 10,40] [--stream-mb 1024]
//                                  [--skip-big] [--article fixtures/article.txt] [--dir /tmp/tahlil-bench]
//
// Prints markdown tables: records/s with 1 and 2 workers on the same generated JSONL; peak RSS on
// generated files of growing size (`--sizes`, in MB, fully analysed) to show that memory stays flat; and
// peak RSS on a `--stream-mb` file read through the same streaming path with `--text-field` pointing at
// a field the records lack, so every record is answered with an error line and no analysis runs (a
// gigabyte of real analysis takes hours on a small machine; this isolates what could grow with input
// size: reading, splitting, ordering and writing).
import { spawn } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1500' },
    repeat: { type: 'string', default: '2' },
    sizes: { type: 'string', default: '10,40' },
    'stream-mb': { type: 'string', default: '1024' },
    'skip-big': { type: 'boolean', default: false },
    'keep-files': { type: 'boolean', default: false },
    article: { type: 'string', default: join(ROOT, 'fixtures', 'article.txt') },
    dir: { type: 'string', default: '/tmp/tahlil-bench' },
  },
});

const CLI = join(ROOT, 'bin', 'tahlil.cjs');
if (!existsSync(join(ROOT, 'dist', 'cli.cjs'))) {
  console.error('bench-batch: dist/cli.cjs not found; run `npm run build` first');
  process.exit(1);
}
mkdirSync(values.dir, { recursive: true });

const paragraphs = readFileSync(values.article, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l.length > 0);

// A fixed linear congruential generator, so every run benchmarks the same bytes.
function* records(seed = 1): Generator<string> {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state % n;
  };
  for (let i = 0; ; i++) {
    const count = 1 + next(3);
    const text = Array.from({ length: count }, () => paragraphs[next(paragraphs.length)]).join('\n');
    yield JSON.stringify({ id: `r${i}`, text });
  }
}

/** Writes records until `limit` records or `bytes` bytes, streaming (never the whole file in memory). */
async function generate(file: string, limit: { records?: number; bytes?: number }): Promise<{ records: number; bytes: number }> {
  const out = createWriteStream(file);
  let n = 0;
  let bytes = 0;
  for (const line of records()) {
    if ((limit.records !== undefined && n >= limit.records) || (limit.bytes !== undefined && bytes >= limit.bytes)) break;
    const data = `${line}\n`;
    bytes += Buffer.byteLength(data);
    n++;
    if (!out.write(data)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return { records: n, bytes };
}

interface Run {
  seconds: number;
  cpuSeconds: number;
  rssMB: number;
  summary: string;
  recordsPerSecond: number;
}

function runCli(file: string, workers: number, extra: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const devnull = openSync('/dev/null', 'w');
    const started = performance.now();
    const child = spawn('/usr/bin/time', ['-v', process.execPath, CLI, 'analyze', '--jsonl', file, '--workers', String(workers), ...extra], {
      stdio: ['ignore', devnull, 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      closeSync(devnull);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`tahlil exited ${code}: ${stderr}`));
      const cpu = ['User', 'System'].reduce((t, k) => t + Number(new RegExp(`${k} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? 0), 0);
      const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
      const summary = /^tahlil: .*$/m.exec(stderr)?.[0] ?? '';
      const rate = Number(/([\d.]+) records\/s/.exec(summary)?.[1] ?? NaN);
      resolve({ seconds, cpuSeconds: cpu, rssMB: rss / 1024, summary, recordsPerSecond: rate });
    });
  });
}

const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  const repeat = Math.max(1, Number(values.repeat));
  console.log(`# tahlil analyze --jsonl: batch benchmark\n`);
  console.log(`Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at start; records built from ${paragraphs.length} paragraphs of ${values.article}.\n`);

  const small = join(values.dir, 'throughput.jsonl');
  const gen = await generate(small, { records: Number(values.records) });
  console.log(`## Throughput: ${gen.records} records, ${mb(gen.bytes)} MB, best of ${repeat}\n`);
  console.log('| workers | wall time (s) | CPU time (s) | records/s (CLI summary) | peak RSS (MB) |');
  console.log('|---:|---:|---:|---:|---:|');
  const best: Record<number, Run> = {};
  for (const workers of [1, 2]) {
    for (let r = 0; r < repeat; r++) {
      const run = await runCli(small, workers);
      if (!best[workers] || run.seconds < best[workers].seconds) best[workers] = run;
    }
    const b = best[workers];
    console.log(`| ${workers} | ${b.seconds.toFixed(2)} | ${b.cpuSeconds.toFixed(2)} | ${b.recordsPerSecond} | ${b.rssMB.toFixed(0)} |`);
  }
  console.log(`\nSpeed-up with 2 workers: ${(best[1].seconds / best[2].seconds).toFixed(2)}×\n`);

  if (values['skip-big']) return;
  console.log(`## Memory: peak RSS against input size (workers 2, output to /dev/null)\n`);
  console.log('| input (MB) | records | analysed | wall time (s) | records/s | input MB/s | peak RSS (MB) |');
  console.log('|---:|---:|---|---:|---:|---:|---:|');
  const sizes = values.sizes.split(',').filter(Boolean).map(Number).map((size) => ({ size, analysed: true }));
  if (Number(values['stream-mb']) > 0) sizes.push({ size: Number(values['stream-mb']), analysed: false });
  for (const { size, analysed } of sizes) {
    const file = join(values.dir, `big-${size}.jsonl`);
    const g = await generate(file, { bytes: size * 1024 * 1024 });
    const run = await runCli(file, 2, analysed ? [] : ['--text-field', 'no-such-field']);
    const actual = statSync(file).size;
    const cells = [mb(actual), g.records, analysed ? 'yes' : 'no (error lines)', run.seconds.toFixed(1), run.recordsPerSecond, (actual / 1024 / 1024 / run.seconds).toFixed(2), run.rssMB.toFixed(0)];
    console.log(`| ${cells.join(' | ')} |`);
    if (!values['keep-files']) rmSync(file, { force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
