import { readFileSync } from 'node:fs';

/**
 * What a CLI command reads from and writes to; tests pass their own.
 *
 * @example
 * ```ts
 * const io: CliIO = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
 *   readInput, isTTY: false };
 * ```
 */
export interface CliIO {
  stdout(chunk: string): void;
  stderr(chunk: string): void;
  /** Reads a file, or standard input for `-` or no path, decoded as `readFileSync(file, 'utf8')` does. */
  readInput(path: string | undefined): string;
  /** Whether standard error is a terminal (progress bars only then). */
  stderrIsTTY: boolean;
}

/**
 * A usage or input error: the CLI prints its one-line message and exits with code 2.
 *
 * @example
 * ```ts
 * throw new UsageError('unknown option --foo');
 * ```
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Reads the input of a command. BOM and CRLF are kept so that offsets index the file as read.
 *
 * @example
 * ```ts
 * const text = readInput('fixtures/article.txt');
 * ```
 */
export function readInput(path: string | undefined): string {
  try {
    return readFileSync(path === undefined || path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String((error as NodeJS.ErrnoException).code) : String(error);
    throw new UsageError(`cannot read ${path === undefined || path === '-' ? 'standard input' : path}: ${reason}`);
  }
}

/**
 * The process's own streams.
 *
 * @example
 * ```ts
 * await main(['analyze', 'file.txt'], processIO());
 * ```
 */
export function processIO(): CliIO {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readInput,
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}
