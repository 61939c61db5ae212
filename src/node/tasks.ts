import { analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { Analysis } from '../types.js';
import { analyzeRecord, lineResult, type RecordFields, type RecordResult } from './records.js';

/**
 * A unit of work for the pool: a batch of texts, of parsed records, or of raw JSON Lines. Batches, not
 * single items, so that message passing costs little next to the analysis.
 *
 * @example
 * ```ts
 * const t: Task = { kind: 'lines', lines: ['{"id":1,"text":"بكين"}'], firstLine: 1, fields: { id: 'id', text: 'text' } };
 * ```
 */
export type Task =
  | { kind: 'texts'; texts: string[]; options?: AnalyzeOptions }
  | { kind: 'records'; records: unknown[]; fields: RecordFields; options?: AnalyzeOptions }
  | { kind: 'lines'; lines: string[]; firstLine: number; fields: RecordFields; options?: AnalyzeOptions };

/**
 * The output of a `lines` task: one JSON output line per input line, and how many of them are errors.
 *
 * @example
 * ```ts
 * const out: LinesOutput = { lines: ['{"id":null,"line":1,"error":{"message":"invalid JSON"}}'], errors: 1 };
 * ```
 */
export interface LinesOutput {
  lines: string[];
  errors: number;
}

/**
 * What a {@link Task} returns, by kind: analyses, record results, or output lines.
 *
 * @example
 * ```ts
 * const out: TaskResult<Extract<Task, { kind: 'lines' }>> = { lines: [], errors: 0 };
 * ```
 */
export type TaskResult<T extends Task> = T extends { kind: 'texts' }
  ? Analysis[]
  : T extends { kind: 'records' }
    ? RecordResult[]
    : LinesOutput;

/**
 * Runs one task. The same function runs in process (one worker) and in every pool thread, which is what
 * makes pooled output identical to single-threaded output.
 *
 * @example
 * ```ts
 * runTask({ kind: 'texts', texts: ['بكين'] })[0].text; // 'بكين'
 * ```
 */
export function runTask<T extends Task>(task: T): TaskResult<T>;
export function runTask(task: Task): Analysis[] | RecordResult[] | LinesOutput {
  switch (task.kind) {
    case 'texts':
      return task.texts.map((text) => analyze(text, task.options));
    case 'records':
      return task.records.map((record) => analyzeRecord(record, task.fields, task.options));
    case 'lines': {
      // Serialized here, in the worker, so the main thread only moves strings.
      let errors = 0;
      const lines = task.lines.map((line, i) => {
        const result = lineResult(line, task.firstLine + i, task.fields, task.options);
        if ('error' in result) errors++;
        return JSON.stringify(result);
      });
      return { lines, errors };
    }
  }
}
