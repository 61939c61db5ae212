import { analyze } from '../../pipeline/analyze.js';
import { parse, wantsHelp } from '../args.js';
import { formatText } from '../format-text.js';
import { UsageError, type CliIO } from '../io.js';

/**
 * The text of `tahlil analyze --help`.
 *
 * @example
 * ```ts
 * io.stdout(help);
 * ```
 */
export const help = `Usage: tahlil analyze [FILE|-] [--format json|text] [--reference-date YYYY-MM-DD]
       tahlil analyze --jsonl [FILE|-] [--id-field id] [--text-field text] [--workers N] [--quiet]

Analyses Arabic text: language, sentences, tokens (with clitics) and entities (names, amounts, dates).
Reads FILE, or standard input for - or no FILE. Offsets index the input as read (BOM and CRLF kept).

Options:
  --format json|text     json (default): the Analysis object; text: a summary for the terminal
  --reference-date DATE  resolves relative dates such as أمس and هذا الأسبوع
  --jsonl                JSON Lines in, one {"id","analysis"} or {"id","error"} line out per line in
  --id-field NAME        with --jsonl: the id field (default id)
  --text-field NAME      with --jsonl: the text field (default text)
  --workers N            with --jsonl: worker threads (default 1)
  --quiet                with --jsonl: no progress bar and no summary line
  -h, --help             this help
`;

/**
 * `tahlil analyze`.
 *
 * @example
 * ```ts
 * await run(['fixtures/article.txt', '--format', 'text'], processIO());
 * ```
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(help);
    return 0;
  }
  if (args.includes('--jsonl')) {
    const { runJsonl } = await import('../jsonl.js');
    return runJsonl(args, io);
  }
  const { values, positionals } = parse('analyze', args, {
    format: { type: 'string' },
    'reference-date': { type: 'string' },
  });
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError(`analyze: --format must be json or text, got ${format}`);
  const text = io.readInput(positionals[0]);
  let analysis;
  try {
    analysis = analyze(text, { referenceDate: values['reference-date'] });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`analyze: ${error.message}`);
    throw error;
  }
  io.stdout(format === 'json' ? JSON.stringify(analysis) + '\n' : formatText(analysis));
  return 0;
}
