/**
 * The worker-thread entry of the pool (built to `dist/node-worker.js` and `.cjs`). Piscina calls the
 * named export `runTask`, so the file works whether it is loaded as ES module or CommonJS.
 *
 * @example
 * ```ts
 * new Piscina({ filename: workerFile(), name: 'runTask' });
 * ```
 *
 * @packageDocumentation
 */
export { runTask } from './tasks.js';
