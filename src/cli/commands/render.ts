import { analyze } from '../../pipeline/analyze.js';
import { render, type RenderInput } from '../../render/index.js';
import { parse, wantsHelp } from '../args.js';
import { UsageError, type CliIO } from '../io.js';

/**
 * The text of `tahlil render --help`.
 *
 * @example
 * ```ts
 * io.stdout(help);
 * ```
 */
export const help = `Usage: tahlil render [FILE|-] [--title TITLE] [--reference-date YYYY-MM-DD] > view.html

Writes a self-contained right-to-left HTML page of the text with every entity highlighted by type (colour
and label); hovering or focusing (Tab) an entity shows its canonical name, id and resolved value. The page
has a legend, a table of entities by type and needs no JavaScript or network.

FILE (or standard input for - or no FILE) is plain text, which is analysed first, or the JSON output of
'tahlil analyze' (an Analysis, or one {"id","analysis"} line of --jsonl), which is rendered as is.

Options:
  --title TITLE          the page title (default: a generic Arabic title)
  --reference-date DATE  resolves relative dates when analysing plain text
  -h, --help             this help
`;

// An Analysis (or a --jsonl output line holding one), recognised by shape; anything else is text.
function readAnalysis(input: string): RenderInput | undefined {
  if (!input.trimStart().startsWith('{')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(input);
  } catch {
    return undefined;
  }
  const candidate = (value as { analysis?: unknown } | null)?.analysis ?? value;
  const shaped = candidate as Partial<RenderInput> | null;
  return typeof shaped?.text === 'string' && Array.isArray(shaped.entities) ? (shaped as RenderInput) : undefined;
}

/**
 * `tahlil render`.
 *
 * @example
 * ```ts
 * await run(['fixtures/article.txt'], processIO()); // the HTML page on standard output
 * ```
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(help);
    return 0;
  }
  const { values, positionals } = parse('render', args, {
    title: { type: 'string' },
    'reference-date': { type: 'string' },
  });
  const input = io.readInput(positionals[0]);
  let analysis = readAnalysis(input);
  if (!analysis) {
    try {
      analysis = analyze(input, { referenceDate: values['reference-date'] });
    } catch (error) {
      if (error instanceof RangeError) throw new UsageError(`render: ${error.message}`);
      throw error;
    }
  }
  io.stdout(render(analysis, { title: values.title }));
  return 0;
}
