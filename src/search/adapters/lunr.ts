/**
 * lunr: tahlil as the indexing and search pipeline function.
 */
import { searchTerms } from '../analyzer.js';
import type { TermOptions } from '../term.js';

/** The part of a lunr token tahlil uses. */
interface LunrTokenLike {
  toString(): string;
  clone(fn?: (str: string) => string): LunrTokenLike;
}

/** A lunr pipeline function with the label lunr serializes it under. */
type LunrPipelineFunction = ((token: LunrTokenLike) => LunrTokenLike[] | undefined) & { label?: string };

/**
 * The part of the `lunr` namespace tahlil needs: the registry of pipeline functions, so that an index
 * built with tahlil can be serialized and loaded again.
 *
 * @example
 * ```ts
 * import lunr from 'lunr';
 * const l: LunrLike = lunr;
 * ```
 */
export interface LunrLike {
  Pipeline: { registerFunction(fn: never, label: string): void };
}

/**
 * The part of a lunr `Builder` tahlil needs.
 *
 * @example
 * ```ts
 * lunr(function () { const b: LunrBuilderLike = this; });
 * ```
 */
export interface LunrBuilderLike {
  pipeline: { reset(): void; add(...fns: never[]): void };
  searchPipeline: { reset(): void; add(...fns: never[]): void };
}

/**
 * A lunr plugin that replaces the default English pipelines (trimmer, stop word filter, Porter stemmer)
 * with tahlil's analysis, for indexing and for search. lunr's tokenizer still splits on white space;
 * each of its tokens becomes zero or more tahlil terms (punctuation is dropped, stopwords removed, words
 * stemmed). The function is registered as `tahlil-light`, `tahlil-root` or `tahlil-none` (by stemming
 * mode) so serialized indexes load again after the same plugin call.
 *
 * @example
 * ```ts
 * import lunr from 'lunr';
 * const idx = lunr(function () {
 *   this.use(lunrPlugin(lunr)); this.ref('id'); this.field('text');
 *   this.add({ id: '1', text: 'وصل الرئيس إلى بكين' });
 * });
 * idx.search('ببكين'); // [{ ref: '1', … }]
 * ```
 */
export function lunrPlugin(lunr: LunrLike, options?: TermOptions): (builder: LunrBuilderLike) => void {
  const label = `tahlil-${options?.stem === false ? 'none' : (options?.stem ?? 'light')}`;
  const fn: LunrPipelineFunction = (token) => {
    const terms = searchTerms(token.toString(), options);
    return terms.length === 0 ? undefined : terms.map((t) => token.clone(() => t));
  };
  // lunr warns when a label is registered twice, which repeated plugin calls would do: replace silently.
  const registry = (lunr.Pipeline as { registeredFunctions?: Record<string, unknown> }).registeredFunctions;
  if (registry && label in registry) {
    fn.label = label;
    registry[label] = fn;
  } else {
    lunr.Pipeline.registerFunction(fn as never, label);
  }
  return (builder) => {
    builder.pipeline.reset();
    builder.searchPipeline.reset();
    builder.pipeline.add(fn as never);
    builder.searchPipeline.add(fn as never);
  };
}
