import * as analyze from './commands/analyze.js';
import * as conll from './commands/conll.js';
import * as normalize from './commands/normalize.js';
import * as render from './commands/render.js';
import * as terms from './commands/terms.js';
import * as tokenize from './commands/tokenize.js';
import { processIO, UsageError, type CliIO } from './io.js';

interface Command {
  help: string;
  run(args: string[], io: CliIO): Promise<number>;
}

const COMMANDS: Record<string, Command> = { analyze, normalize, tokenize, conll, terms, render };

const HELP = `Usage: tahlil <command> [FILE|-] [options]

Commands:
  analyze    language, sentences, tokens and entities as JSON (or --format text; --jsonl for batches)
  normalize  normalized text (--preset search|display|camel-arclean|camel-dediac|lucene|…)
  tokenize   one token a line: start, end, kind, text
  conll      BIO name tags for CoNLL-style input (TOKEN<TAB>TAG)
  terms      search index terms, one a line
  render     a self-contained HTML page with the entities highlighted

Run 'tahlil <command> --help' for a command's options.
`;

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code: 0 on success, 2
 * on bad usage or unreadable input (with a one-line message on standard error).
 *
 * @example
 * ```ts
 * process.exitCode = await main(['analyze', 'fixtures/article.txt']);
 * ```
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP);
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`tahlil: unknown command ${JSON.stringify(name)}; run 'tahlil --help'\n`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tahlil: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

declare const __TAHLIL_VERSION__: string | undefined;
const VERSION = typeof __TAHLIL_VERSION__ === 'string' ? __TAHLIL_VERSION__ : 'dev';
