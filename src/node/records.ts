import { analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { Analysis } from '../types.js';

/**
 * Which fields of a JSON Lines record hold its id and its text.
 *
 * @example
 * ```ts
 * const fields: RecordFields = { id: 'doc_id', text: 'body' };
 * ```
 */
export interface RecordFields {
  id: string;
  text: string;
}

/**
 * The default record fields: `{"id": …, "text": "…"}`.
 *
 * @example
 * ```ts
 * DEFAULT_FIELDS.text; // 'text'
 * ```
 */
export const DEFAULT_FIELDS: Readonly<RecordFields> = { id: 'id', text: 'text' };

/**
 * The result for one record: its analysis, or an error that says why there is none. `line` (1-based) is
 * set for input lines that are not a JSON object, since they have no id.
 *
 * @example
 * ```ts
 * const r: RecordResult = { id: 7, error: { message: 'field "text" is missing or not a string' } };
 * ```
 */
export type RecordResult =
  | { id: unknown; analysis: Analysis }
  | { id: unknown; line?: number; error: { message: string } };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Analyses one parsed record. A record without a string text, or whose analysis throws, yields an
 * error result rather than an exception, so a batch never stops on a bad record.
 *
 * @example
 * ```ts
 * analyzeRecord({ id: 1, text: 'بكين' }).id; // 1
 * ```
 */
export function analyzeRecord(record: unknown, fields: RecordFields = DEFAULT_FIELDS, options?: AnalyzeOptions, line?: number): RecordResult {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    const error = { message: 'record is not a JSON object' };
    return line === undefined ? { id: null, error } : { id: null, line, error };
  }
  const fieldsOf = record as Record<string, unknown>;
  const id = Object.prototype.hasOwnProperty.call(fieldsOf, fields.id) ? (fieldsOf[fields.id] ?? null) : null;
  const text = fieldsOf[fields.text];
  if (typeof text !== 'string') return { id, error: { message: `field "${fields.text}" is missing or not a string` } };
  try {
    return { id, analysis: analyze(text, options) };
  } catch (error) {
    return { id, error: { message: message(error) } };
  }
}

/**
 * The result for one input line of a JSON Lines file: the record's result, or `{id: null, line: N,
 * error}` when the line is not valid JSON. One line in, one result out, whatever the input, so outputs
 * can be joined back to inputs by position.
 *
 * @example
 * ```ts
 * lineResult('{oops', 2); // { id: null, line: 2, error: { message: 'invalid JSON: …' } }
 * ```
 */
export function lineResult(line: string, lineNumber: number, fields: RecordFields = DEFAULT_FIELDS, options?: AnalyzeOptions): RecordResult {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (error) {
    return { id: null, line: lineNumber, error: { message: `invalid JSON: ${message(error)}` } };
  }
  return analyzeRecord(record, fields, options, lineNumber);
}

/**
 * {@link lineResult} as the output line (without the newline) of `tahlil analyze --jsonl`.
 *
 * @example
 * ```ts
 * processLine('{"id":1,"text":"بكين"}', 1);  // '{"id":1,"analysis":{…}}'
 * processLine('{oops', 2);                   // '{"id":null,"line":2,"error":{"message":"invalid JSON: …"}}'
 * ```
 */
export function processLine(line: string, lineNumber: number, fields: RecordFields = DEFAULT_FIELDS, options?: AnalyzeOptions): string {
  return JSON.stringify(lineResult(line, lineNumber, fields, options));
}
