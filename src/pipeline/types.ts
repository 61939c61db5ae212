import type { Entity, Sentence, Token } from '../types.js';

/**
 * The extraction stages that `analyze()` can run. `names` finds people, organizations, places and other
 * names; `quantities` finds numbers, money, quantities, percentages, dates and times.
 *
 * @example
 * ```ts
 * analyze(text, { entities: ['quantities'] });
 * ```
 */
export type Stage = 'names' | 'quantities';

/**
 * What recognizers and refiners see: the input, its tokens and sentences, and the resolved options.
 *
 * @example
 * ```ts
 * const r: Recognizer = { name: 'mine', stage: 'names', recognize: (ctx: Context) => [] };
 * ```
 */
export interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  /** Resolves relative dates (`أمس`, `هذا الأسبوع`); absent means they stay unresolved. */
  readonly referenceDate?: Date;
}

/**
 * Proposes entity spans over the tokens. A recognizer never looks at another recognizer's output;
 * combining is a refiner's job.
 *
 * @example
 * ```ts
 * const years: Recognizer = {
 *   name: 'years', stage: 'quantities',
 *   recognize: (ctx) => [],
 * };
 * ```
 */
export interface Recognizer {
  readonly name: string;
  readonly stage: Stage;
  recognize(ctx: Context): Entity[];
}

/**
 * Rewrites the whole list of proposed entities: merges, resolves overlaps, links mentions. A pure
 * function from spans to spans.
 *
 * @example
 * ```ts
 * const dropMisc: Refiner = { name: 'drop-misc', refine: (ctx, es) => es.filter((e) => e.type !== 'misc') };
 * ```
 */
export interface Refiner {
  readonly name: string;
  /** When set, the refiner runs only if this stage is enabled. */
  readonly stage?: Stage;
  refine(ctx: Context, entities: Entity[]): Entity[];
}

/**
 * An ordered list of recognizers and refiners: what `analyze()` runs.
 *
 * @example
 * ```ts
 * import { defaultConfiguration } from 'tahlil';
 * const mine = { ...defaultConfiguration, refiners: [...defaultConfiguration.refiners, dropMisc] };
 * ```
 */
export interface Configuration {
  readonly recognizers: readonly Recognizer[];
  readonly refiners: readonly Refiner[];
}
