import { tokenize } from '../../tokenize/tokenize.js';
import { parse, wantsHelp } from '../args.js';
import type { CliIO } from '../io.js';

/**
 * The text of `tahlil tokenize --help`.
 *
 * @example
 * ```ts
 * io.stdout(help);
 * ```
 */
export const help = `Usage: tahlil tokenize [FILE|-]

Prints one token a line: start<TAB>end<TAB>kind<TAB>text (UTF-16 offsets into the input as read).
Reads FILE, or standard input for - or no FILE.

Options:
  -h, --help   this help
`;

/**
 * `tahlil tokenize`.
 *
 * @example
 * ```ts
 * await run(['a.txt'], processIO());
 * ```
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(help);
    return 0;
  }
  const { positionals } = parse('tokenize', args, {});
  const text = io.readInput(positionals[0]);
  const lines: string[] = [];
  for (const t of tokenize(text, { clitics: false })) lines.push(`${t.start}\t${t.end}\t${t.kind}\t${t.text}`);
  io.stdout(lines.length ? lines.join('\n') + '\n' : '');
  return 0;
}
