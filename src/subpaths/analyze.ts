/**
 * `tahlil/analyze`: the whole pipeline and its configuration.
 *
 * @packageDocumentation
 */
export { analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
export { defaultConfiguration } from '../pipeline/configuration.js';
export type { Configuration, Context, Recognizer, Refiner, Stage } from '../pipeline/types.js';
export type * from '../types.js';
