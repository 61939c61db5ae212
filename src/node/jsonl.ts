import type { Writable } from 'node:stream';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { splitLines, type LineBatch } from './lines.js';
import { orderedMap } from './ordered.js';
import { AnalyzePool } from './pool.js';
import { DEFAULT_FIELDS, type RecordFields } from './records.js';

/**
 * Options of {@link processJsonl}.
 *
 * @example
 * ```ts
 * const o: JsonlOptions = { workers: 2, fields: { text: 'body' } };
 * ```
 */
export interface JsonlOptions {
  /** Field names of the id and the text; default `id` and `text`. */
  fields?: Partial<RecordFields>;
  /** Worker threads; 1 (the default) runs in this thread. Ignored when `pool` is given. */
  workers?: number;
  /** A pool to reuse; left open. */
  pool?: AnalyzePool;
  /** Options passed to every `analyze()` call. */
  analyze?: AnalyzeOptions;
  /** Called after each batch is written. */
  onProgress?: (progress: { bytes: number; records: number; errors: number }) => void;
}

/**
 * Figures of a finished JSON Lines run.
 *
 * @example
 * ```ts
 * const s: JsonlSummary = { records: 1000, errors: 2, seconds: 4.1, recordsPerSecond: 243.9 };
 * ```
 */
export interface JsonlSummary {
  records: number;
  errors: number;
  seconds: number;
  recordsPerSecond: number;
}

// Small enough that a few hundred records spread evenly over the workers, large enough that the cost of
// passing a batch to a thread is noise next to analysing it (each record takes milliseconds).
const BATCH_LINES = 64;

function write(output: Writable, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error): void => reject(error);
    output.once('error', failed);
    const done = (): void => {
      output.off('error', failed);
      resolve();
    };
    if (output.write(data)) done();
    else output.once('drain', done);
  });
}

/**
 * Streams JSON Lines records through `analyze()`: one output line per input line, in input order,
 * `{"id":…,"analysis":{…}}` or an error line for a bad record or invalid JSON. Memory stays flat: input
 * is read chunk by chunk, at most two batches per worker are in flight, and output waits for the
 * writer to drain.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { processJsonl } from 'tahlil/node';
 * const summary = await processJsonl(createReadStream('news.jsonl'), process.stdout, { workers: 2 });
 * ```
 */
export async function processJsonl(input: AsyncIterable<Buffer | string>, output: Writable, options: JsonlOptions = {}): Promise<JsonlSummary> {
  const started = performance.now();
  const fields: RecordFields = { ...DEFAULT_FIELDS, ...options.fields };
  const pool = options.pool ?? new AnalyzePool({ workers: options.workers });
  let records = 0;
  let errors = 0;
  let bytes = 0;
  try {
    const run = async (batch: LineBatch) => ({
      batch,
      out: batch.lines.length === 0 ? { lines: [], errors: 0 } : await pool.run({ kind: 'lines', lines: batch.lines, firstLine: batch.firstLine, fields, options: options.analyze }),
    });
    for await (const { batch, out } of orderedMap(splitLines(input, BATCH_LINES), run, pool.workers * 2)) {
      if (out.lines.length > 0) await write(output, `${out.lines.join('\n')}\n`);
      records += out.lines.length;
      errors += out.errors;
      bytes += batch.bytes;
      options.onProgress?.({ bytes, records, errors });
    }
  } finally {
    if (!options.pool) await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { records, errors, seconds, recordsPerSecond: seconds > 0 ? records / seconds : 0 };
}
