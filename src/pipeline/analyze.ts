import { detectLanguage } from '../language/detect.js';
import { splitSentences } from '../tokenize/sentences.js';
import { tokenize } from '../tokenize/tokenize.js';
import type { Analysis, Entity, LanguageInfo } from '../types.js';
import { defaultConfiguration } from './configuration.js';
import { sortEntities } from './sort.js';
import type { Configuration, Context, Stage } from './types.js';

const STAGES: readonly Stage[] = ['names', 'quantities'];

/**
 * Options of {@link analyze}.
 *
 * @example
 * ```ts
 * const options: AnalyzeOptions = { entities: ['quantities'], referenceDate: '2022-02-05' };
 * ```
 */
export interface AnalyzeOptions {
  /**
   * Which extraction stages run: `true` (default) for all, `false` for none (tokens and sentences only),
   * or a list such as `['names']` or `['quantities']`.
   */
  entities?: boolean | readonly Stage[];
  /** Resolves relative dates (`أمس`, `هذا الأسبوع`); a `Date` or an ISO 8601 string. Default: unresolved. */
  referenceDate?: Date | string;
  /** Detect the language with franc. Default `true`; `false` reports `und` and saves the time. */
  language?: boolean;
  /** The recognizers and refiners to run. Default {@link defaultConfiguration}. */
  configuration?: Configuration;
}

const UNDETERMINED: LanguageInfo = { code: 'und', isArabic: false, confidence: 0 };

/**
 * Analyses a text: language, sentences, tokens (with clitics) and entities (names, amounts, dates,
 * times). Synchronous and pure; every offset is a UTF-16 index into `text`.
 *
 * @param text - The input.
 * @param options - See {@link AnalyzeOptions}.
 * @throws TypeError if `text` is not a string; RangeError for an unknown stage or an invalid date.
 * @example
 * ```ts
 * import { analyze } from 'tahlil';
 * const a = analyze('استغل بوتين زيارته إلى بكين لصفقة بقيمة 117.5 مليار دولار.');
 * a.entities.map((e) => `${e.type}:${e.text}`);
 * // ['person:بوتين', 'location:بكين', 'money:117.5 مليار دولار']
 * ```
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string') {
    throw new TypeError(`analyze: expected the text to be a string, got ${text === null ? 'null' : typeof text}`);
  }
  if (options === null || typeof options !== 'object') {
    throw new TypeError('analyze: expected the options to be an object');
  }
  const stages = resolveStages(options.entities);
  const referenceDate = resolveDate(options.referenceDate);
  const tokens = tokenize(text);
  const sentences = splitSentences(text, tokens);
  const language = options.language === false || text.length === 0 ? UNDETERMINED : detectLanguage(text);
  const entities = stages.size === 0 ? [] : extract({ text, tokens, sentences, referenceDate }, stages, options.configuration ?? defaultConfiguration);
  return { text, language, sentences, tokens, entities };
}

/**
 * Runs the recognizers of the enabled stages, then the refiners, on a prepared context.
 *
 * @example
 * ```ts
 * extract(ctx, new Set(['names']), defaultConfiguration);
 * ```
 */
export function extract(ctx: Context, stages: ReadonlySet<Stage>, configuration: Configuration): Entity[] {
  let entities: Entity[] = [];
  for (const r of configuration.recognizers) {
    if (!stages.has(r.stage)) continue;
    const found = r.recognize(ctx);
    for (const e of found) entities.push(e);
  }
  sortEntities(entities);
  for (const r of configuration.refiners) {
    if (r.stage !== undefined && !stages.has(r.stage)) continue;
    entities = sortEntities(r.refine(ctx, entities));
  }
  return entities;
}

function resolveStages(entities: AnalyzeOptions['entities']): Set<Stage> {
  if (entities === undefined || entities === true) return new Set(STAGES);
  if (entities === false) return new Set();
  if (!Array.isArray(entities)) {
    throw new TypeError('analyze: options.entities must be a boolean or an array of stages (names, quantities)');
  }
  for (const s of entities) {
    if (!STAGES.includes(s)) throw new RangeError(`analyze: unknown stage ${JSON.stringify(s)}; expected one of ${STAGES.join(', ')}`);
  }
  return new Set(entities);
}

function resolveDate(d: Date | string | undefined): Date | undefined {
  if (d === undefined) return undefined;
  const date = typeof d === 'string' ? new Date(d) : d;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`analyze: referenceDate must be a valid Date or ISO 8601 string, got ${String(d)}`);
  }
  return date;
}
