import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the pool's worker code is and how to start it: the file, and extra Node options for the
 * thread (a TypeScript loader when running from source).
 *
 * @example
 * ```ts
 * const { filename, execArgv } = workerEntry();
 * ```
 */
export interface WorkerEntry {
  filename: string;
  execArgv: string[];
}

// The module's own path. The CommonJS build (and jest, which compiles to CommonJS) has __filename; the
// ES module build has import.meta.url, which the CommonJS build leaves empty.
function currentFile(): string {
  if (typeof __filename === 'string') return __filename;
  return fileURLToPath(import.meta.url);
}

function tsxLoader(from: string): string | undefined {
  try {
    return createRequire(from).resolve('tsx');
  } catch {
    return undefined;
  }
}

/**
 * Finds the worker entry next to the running module. Built code (`dist/*.js`, `*.cjs`, including chunks
 * and the bundled CLI) uses the sibling `node-worker` file of the same module format. Source code run by
 * tsx or jest uses `worker.ts` through the tsx loader when tsx is installed, else the built `dist/`
 * worker. `TAHLIL_WORKER_FILE` overrides all of this (for bundlers that move files).
 *
 * @example
 * ```ts
 * new Piscina({ ...workerEntry(), name: 'runTask' });
 * ```
 */
export function workerEntry(): WorkerEntry {
  const override = process.env.TAHLIL_WORKER_FILE;
  if (override) return { filename: override, execArgv: [] };
  const self = currentFile();
  const dir = dirname(self);
  const ext = extname(self);
  if (ext !== '.ts') {
    const formats = [ext, '.js', '.cjs', '.mjs'].filter((e, i, all) => all.indexOf(e) === i);
    for (const name of ['node-worker', 'worker'])
      for (const e of formats) {
        const candidate = join(dir, name + e);
        if (existsSync(candidate)) return { filename: candidate, execArgv: [] };
      }
    throw new Error(`tahlil: worker file not found next to ${self}; set TAHLIL_WORKER_FILE`);
  }
  const source = join(dir, 'worker.ts');
  const tsx = tsxLoader(self);
  if (existsSync(source) && tsx) return { filename: source, execArgv: ['--import', 'tsx'] };
  const built = join(dir, '..', '..', 'dist', 'node-worker.cjs');
  if (existsSync(built)) return { filename: built, execArgv: [] };
  throw new Error('tahlil: running from source without tsx and without a build; run `npm run build` first');
}
