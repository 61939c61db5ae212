import { analyze, type AnalyzeOptions } from '../pipeline/analyze.js';
import type { Analysis } from '../types.js';
import { AnalyzePool } from './pool.js';

/**
 * Options of {@link analyzeMany}.
 *
 * @example
 * ```ts
 * const options: AnalyzeManyOptions = { workers: 2 };
 * ```
 */
export interface AnalyzeManyOptions {
  /** Worker threads; 1 (the default) analyses in the calling thread. Ignored when `pool` is given. */
  workers?: number;
  /** A pool to reuse across calls; left open. */
  pool?: AnalyzePool;
  /** Options passed to every `analyze()` call. */
  analyze?: AnalyzeOptions;
  /** Texts sent to a worker at a time; by default the input is cut into about 8 batches per worker. */
  batchSize?: number;
}

/**
 * Analyses many texts, on worker threads when asked, and resolves with the analyses in input order
 * (the same analyses `analyze()` gives one by one). Rejects if any analysis throws.
 *
 * @example
 * ```ts
 * import { analyzeMany } from 'tahlil/node';
 * const analyses = await analyzeMany(['وصل بوتين إلى بكين.', 'ارتفع النفط 3%.'], { workers: 2 });
 * analyses[1].entities[0].type; // 'percent'
 * ```
 */
export async function analyzeMany(texts: readonly string[], options: AnalyzeManyOptions = {}): Promise<Analysis[]> {
  const pool = options.pool ?? new AnalyzePool({ workers: options.workers });
  try {
    if (pool.workers === 1) return texts.map((text) => analyze(text, options.analyze));
    const size = Math.max(1, options.batchSize ?? Math.min(256, Math.ceil(texts.length / (pool.workers * 8))));
    const batches: Promise<Analysis[]>[] = [];
    for (let i = 0; i < texts.length; i += size)
      batches.push(pool.run({ kind: 'texts', texts: texts.slice(i, i + size), options: options.analyze }));
    return (await Promise.all(batches)).flat();
  } finally {
    if (!options.pool) await pool.close();
  }
}
