import { Piscina } from 'piscina';
import { runTask, type Task, type TaskResult } from './tasks.js';
import { workerEntry } from './worker-file.js';

/**
 * Options of {@link AnalyzePool}.
 *
 * @example
 * ```ts
 * const options: PoolOptions = { workers: 4 };
 * ```
 */
export interface PoolOptions {
  /** Worker threads. 1 (the default) or less runs every task in the calling thread, with no pool. */
  workers?: number;
}

/**
 * Runs analysis tasks on a pool of worker threads (piscina), or in the calling thread when `workers`
 * is 1. Both paths run the same {@link runTask}, so results do not depend on the number of workers.
 * Reuse one pool for many calls: each thread loads the models once, when it starts.
 *
 * @example
 * ```ts
 * const pool = new AnalyzePool({ workers: 2 });
 * const [a] = await pool.run({ kind: 'texts', texts: ['بكين'] });
 * await pool.close();
 * ```
 */
export class AnalyzePool {
  /** Threads in the pool; 1 means in-process. */
  readonly workers: number;
  private readonly piscina?: Piscina;

  constructor(options: PoolOptions = {}) {
    this.workers = Math.max(1, Math.floor(options.workers ?? 1));
    if (this.workers > 1) {
      const { filename, execArgv } = workerEntry();
      this.piscina = new Piscina({
        filename,
        name: 'runTask',
        execArgv,
        minThreads: this.workers,
        maxThreads: this.workers,
        // Queue freely: callers bound the work in flight themselves, in input order.
        maxQueue: Infinity,
        idleTimeout: 30_000,
      });
    }
  }

  /**
   * Runs one task; resolves with its results in the task's order.
   *
   * @example
   * ```ts
   * await pool.run({ kind: 'lines', lines, firstLine: 1, fields: DEFAULT_FIELDS });
   * ```
   */
  run<T extends Task>(task: T): Promise<TaskResult<T>> {
    if (!this.piscina) {
      try {
        return Promise.resolve(runTask(task));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    // Functions cannot cross to a worker thread, and a custom configuration is made of them.
    if (task.options?.configuration) {
      return Promise.reject(new TypeError('tahlil: a custom `configuration` cannot be used with worker threads; use workers: 1'));
    }
    return this.piscina.run(task) as Promise<TaskResult<T>>;
  }

  /**
   * Stops the threads once running tasks finish.
   *
   * @example
   * ```ts
   * await pool.close();
   * ```
   */
  async close(): Promise<void> {
    await this.piscina?.close();
  }
}
