import { normalize, presets, type PresetName } from '../../text/index.js';
import { parse, wantsHelp } from '../args.js';
import { UsageError, type CliIO } from '../io.js';

/**
 * The text of `tahlil normalize --help`.
 *
 * @example
 * ```ts
 * io.stdout(help);
 * ```
 */
export const help = `Usage: tahlil normalize [FILE|-] [--preset NAME]

Prints the normalized text, line for line. Reads FILE, or standard input for - or no FILE.

Options:
  --preset NAME   one of: ${Object.keys(presets).join(', ')} (default search)
  -h, --help      this help
`;

/**
 * `tahlil normalize`.
 *
 * @example
 * ```ts
 * await run(['--preset', 'display', 'a.txt'], processIO());
 * ```
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(help);
    return 0;
  }
  const { values, positionals } = parse('normalize', args, { preset: { type: 'string' } });
  const preset = values.preset ?? 'search';
  if (!Object.prototype.hasOwnProperty.call(presets, preset)) {
    throw new UsageError(`normalize: unknown preset ${preset}; expected one of ${Object.keys(presets).join(', ')}`);
  }
  const text = io.readInput(positionals[0]);
  // Line by line, so that a whitespace option never joins two lines of the input.
  const lines = text.split('\n');
  const out = lines.map((line) => normalize(line, preset as PresetName)).join('\n');
  io.stdout(out.endsWith('\n') || out === '' ? out : out + '\n');
  return 0;
}
