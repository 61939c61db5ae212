import { parseArgs } from 'node:util';
import { UsageError } from './io.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; default?: string | boolean }>;

/**
 * Parses a command's arguments strictly: an unknown option or a missing value is a usage error, and at
 * most `maxPositionals` positionals are allowed.
 *
 * @example
 * ```ts
 * const { values, positionals } = parse(['--format', 'text', 'a.txt'], { format: { type: 'string' } });
 * ```
 */
export function parse<O extends OptionSpec>(
  command: string,
  args: string[],
  options: O,
  maxPositionals = 1,
): { values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string }; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (parsed.positionals.length > maxPositionals) {
    throw new UsageError(`${command}: expected at most ${maxPositionals} input file, got ${parsed.positionals.length}`);
  }
  return parsed as never;
}

/**
 * True when `--help`/`-h` was given.
 *
 * @example
 * ```ts
 * if (wantsHelp(args)) io.stdout(help);
 * ```
 */
export function wantsHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}
