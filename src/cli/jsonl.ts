import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { Writable, type Readable } from 'node:stream';
import cliProgress from 'cli-progress';
import { processJsonl, type JsonlSummary } from '../node/jsonl.js';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { parse } from './args.js';
import { UsageError, type CliIO } from './io.js';

/**
 * What `tahlil analyze --jsonl` was asked to do.
 *
 * @example
 * ```ts
 * const o: JsonlCommand = { input: 'news.jsonl', idField: 'id', textField: 'text', workers: 2, quiet: false };
 * ```
 */
export interface JsonlCommand {
  /** A file, or `-`/absent for standard input. */
  input?: string;
  idField: string;
  textField: string;
  workers: number;
  quiet: boolean;
  analyze?: AnalyzeOptions;
}

/**
 * Parses `--workers`: a whole number from 1 up.
 *
 * @example
 * ```ts
 * parseWorkers('2'); // 2
 * ```
 */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return 1;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new UsageError(`analyze: --workers expects a whole number from 1, got ${value}`);
  return n;
}

// Opens the input before any output so that an unreadable input is a usage error (exit 2) with no
// partial output, and so the file's size is known for the progress bar.
function openInput(input: string | undefined): { stream: Readable; size?: number } {
  if (input === undefined || input === '-') return { stream: process.stdin };
  let fd: number;
  try {
    fd = openSync(input, 'r');
  } catch (error) {
    throw new UsageError(`cannot read ${input}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const stat = fstatSync(fd);
  if (stat.isDirectory()) {
    closeSync(fd);
    throw new UsageError(`cannot read ${input}: EISDIR`);
  }
  return { stream: createReadStream('', { fd, highWaterMark: 256 * 1024 }), size: stat.isFile() ? stat.size : undefined };
}

function formatSummary(s: JsonlSummary): string {
  const rate = s.recordsPerSecond >= 100 ? Math.round(s.recordsPerSecond).toString() : s.recordsPerSecond.toFixed(1);
  return `tahlil: ${s.records} records, ${s.errors} errors, ${s.seconds.toFixed(2)} s, ${rate} records/s\n`;
}

/**
 * Parses the arguments of `tahlil analyze --jsonl`.
 *
 * @example
 * ```ts
 * parseJsonlArgs(['--jsonl', 'news.jsonl', '--workers', '2']).workers; // 2
 * ```
 */
export function parseJsonlArgs(args: string[]): JsonlCommand {
  const { values, positionals } = parse('analyze', args, {
    jsonl: { type: 'boolean' },
    'id-field': { type: 'string' },
    'text-field': { type: 'string' },
    workers: { type: 'string' },
    quiet: { type: 'boolean' },
    format: { type: 'string' },
    'reference-date': { type: 'string' },
  });
  if (values.format !== undefined && values.format !== 'json') throw new UsageError('analyze: --jsonl writes JSON Lines; --format text does not apply');
  const referenceDate = values['reference-date'];
  if (referenceDate !== undefined && Number.isNaN(new Date(referenceDate).getTime())) {
    throw new UsageError(`analyze: --reference-date must be an ISO 8601 date, got ${referenceDate}`);
  }
  return {
    input: positionals[0],
    idField: values['id-field'] ?? 'id',
    textField: values['text-field'] ?? 'text',
    workers: parseWorkers(values.workers),
    quiet: values.quiet ?? false,
    analyze: referenceDate === undefined ? undefined : { referenceDate },
  };
}

/**
 * `tahlil analyze --jsonl [FILE|-]`: one output line per input line, in order, on `--workers` threads;
 * a progress bar on standard error when it is a terminal and the input is a file; a summary line on
 * standard error at the end (`--quiet` silences both). Returns the exit code: 0 whatever the records
 * contain; an unreadable input is a usage error (exit 2).
 *
 * @example
 * ```ts
 * await runJsonl(['--jsonl', 'news.jsonl', '--workers', '2'], processIO());
 * ```
 */
export async function runJsonl(args: string[], io: CliIO): Promise<number> {
  const command = parseJsonlArgs(args);
  const { stream, size } = openInput(command.input);
  // io.stdout is synchronous for files and pipes on POSIX, so this writer never piles output up.
  const output = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, callback) {
      io.stdout(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
      callback();
    },
  });
  const showBar = !command.quiet && io.stderrIsTTY && size !== undefined;
  const bar = showBar
    ? new cliProgress.SingleBar(
        { format: 'tahlil {bar} {percentage}% | {records} records | {rate} records/s | ETA {eta_formatted}', stream: process.stderr, hideCursor: true, fps: 5 },
        cliProgress.Presets.shades_classic,
      )
    : undefined;
  const started = performance.now();
  bar?.start(size ?? 0, 0, { records: 0, rate: 0 });
  let summary: JsonlSummary;
  try {
    summary = await processJsonl(stream, output, {
      workers: command.workers,
      fields: { id: command.idField, text: command.textField },
      analyze: command.analyze,
      onProgress: bar
        ? ({ bytes, records }) => bar.update(bytes, { records, rate: Math.round(records / Math.max(0.001, (performance.now() - started) / 1000)) })
        : undefined,
    });
  } finally {
    bar?.stop();
  }
  if (!command.quiet) io.stderr(formatSummary(summary));
  return 0;
}
