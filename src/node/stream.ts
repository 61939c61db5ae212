import { Transform, type TransformCallback } from 'node:stream';
import type { AnalyzeOptions } from '../pipeline/analyze.js';
import { AnalyzePool } from './pool.js';
import { analyzeRecord, DEFAULT_FIELDS, type RecordFields, type RecordResult } from './records.js';

/**
 * Options of {@link analyzeStream}.
 *
 * @example
 * ```ts
 * const options: AnalyzeStreamOptions = { workers: 2, fields: { id: 'doc', text: 'body' } };
 * ```
 */
export interface AnalyzeStreamOptions {
  /** Options passed to every `analyze()` call. */
  analyze?: AnalyzeOptions;
  /** Worker threads; 1 (the default) analyses in the stream's own thread. Ignored when `pool` is given. */
  workers?: number;
  /** A pool to share between streams; the stream then leaves it open at its end. */
  pool?: AnalyzePool;
  /** Field names of the id and the text in object input. Defaults to `id` and `text`. */
  fields?: Partial<RecordFields>;
  /** Records in flight on the pool at most; defaults to 4 per worker. */
  concurrency?: number;
  /** Object high-water mark of each side of the stream. */
  highWaterMark?: number;
}

interface Slot {
  done: boolean;
  result?: RecordResult;
  error?: unknown;
}

/**
 * A Node `Transform` in object mode: write texts (strings) or records (`{id, text}` objects), read one
 * {@link RecordResult} per input, in input order. A string's id is its position in the stream (from 0).
 * Backpressure holds both ways: a slow reader stops the writer, and at most `concurrency` records are in
 * flight on the worker pool. A record without text gives an error result, never a stream error.
 *
 * @example
 * ```ts
 * import { pipeline } from 'node:stream/promises';
 * import { analyzeStream } from 'tahlil/node';
 * await pipeline(records, analyzeStream({ workers: 2 }), async function* (results) {
 *   for await (const r of results) if ('analysis' in r) counts.set(r.id, r.analysis.entities.length);
 * });
 * ```
 */
export function analyzeStream(options: AnalyzeStreamOptions = {}): Transform {
  return new AnalyzeTransform(options);
}

class AnalyzeTransform extends Transform {
  private readonly pool: AnalyzePool;
  private readonly ownsPool: boolean;
  private readonly fields: RecordFields;
  private readonly options?: AnalyzeOptions;
  private readonly concurrency: number;
  private readonly slots: Slot[] = [];
  private count = 0;
  private held?: TransformCallback;
  private finish?: TransformCallback;

  constructor(options: AnalyzeStreamOptions) {
    super({ objectMode: true, highWaterMark: options.highWaterMark });
    this.ownsPool = options.pool === undefined;
    this.pool = options.pool ?? new AnalyzePool({ workers: options.workers });
    this.fields = { ...DEFAULT_FIELDS, ...options.fields };
    this.options = options.analyze;
    this.concurrency = Math.max(1, options.concurrency ?? this.pool.workers * 4);
  }

  override _transform(chunk: unknown, _encoding: BufferEncoding, callback: TransformCallback): void {
    const index = this.count++;
    const record = typeof chunk === 'string' ? { [this.fields.id]: index, [this.fields.text]: chunk } : chunk;
    if (this.pool.workers === 1) {
      callback(null, analyzeRecord(record, this.fields, this.options));
      return;
    }
    const slot: Slot = { done: false };
    this.slots.push(slot);
    this.pool.run({ kind: 'records', records: [record], fields: this.fields, options: this.options }).then(
      ([result]) => Object.assign(slot, { done: true, result }),
      (error: unknown) => Object.assign(slot, { done: true, error }),
    ).then(() => this.pump());
    if (this.slots.length < this.concurrency) callback();
    else this.held = callback;
  }

  override _flush(callback: TransformCallback): void {
    this.finish = callback;
    this.pump();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.release().then(() => callback(error), () => callback(error));
  }

  // Emits finished results from the head, in order; frees the writer and ends the stream when due.
  private pump(): void {
    if (this.destroyed) return;
    while (this.slots.length > 0 && this.slots[0].done) {
      const slot = this.slots.shift() as Slot;
      if (slot.error !== undefined) {
        this.destroy(slot.error instanceof Error ? slot.error : new Error(String(slot.error)));
        return;
      }
      this.push(slot.result);
    }
    if (this.held && this.slots.length < this.concurrency) {
      const held = this.held;
      this.held = undefined;
      held();
    }
    if (this.finish && this.slots.length === 0) {
      const finish = this.finish;
      this.finish = undefined;
      this.release().then(() => finish(), finish);
    }
  }

  private async release(): Promise<void> {
    if (this.ownsPool) await this.pool.close();
  }
}
