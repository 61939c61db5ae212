/**
 * Node-only helpers (`tahlil/node`): streams, batches and a worker pool over `analyze()`. Not part of
 * the browser-safe root.
 *
 * @packageDocumentation
 */
export { analyzeStream, type AnalyzeStreamOptions } from './stream.js';
export { analyzeMany, type AnalyzeManyOptions } from './many.js';
export { AnalyzePool, type PoolOptions } from './pool.js';
export { analyzeRecord, processLine, DEFAULT_FIELDS, type RecordFields, type RecordResult } from './records.js';
export { processJsonl, type JsonlOptions, type JsonlSummary } from './jsonl.js';
export { splitLines, type LineBatch } from './lines.js';
export type { Task, TaskResult } from './tasks.js';
