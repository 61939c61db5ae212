import { indexTerms } from '../../search/index-terms.js';
import { parse, wantsHelp } from '../args.js';
import { UsageError, type CliIO } from '../io.js';

/**
 * The text of `tahlil terms --help`.
 *
 * @example
 * ```ts
 * io.stdout(help);
 * ```
 */
export const help = `Usage: tahlil terms [FILE|-] [--stem light|root|none] [--keep-stopwords] [--entities] [--offsets]

Prints the search index terms of the input, one term a line, in order: Arabic words folded as the
search normalization preset does, stopwords dropped, words stemmed. Reads FILE, or standard input for -
or no FILE.

Options:
  --stem MODE        light (default), root, or none (folded words)
  --keep-stopwords   keep stopwords
  --entities         also print each multi-word named entity as one term
  --offsets          print position<TAB>start<TAB>end<TAB>term<TAB>text (UTF-16 offsets into the input)
  -h, --help         this help
`;

/**
 * `tahlil terms`.
 *
 * @example
 * ```ts
 * await run(['fixtures/article.txt', '--stem', 'root'], processIO());
 * ```
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(help);
    return 0;
  }
  const { values, positionals } = parse('terms', args, {
    stem: { type: 'string' },
    'keep-stopwords': { type: 'boolean' },
    entities: { type: 'boolean' },
    offsets: { type: 'boolean' },
  });
  const mode = values.stem ?? 'light';
  if (mode !== 'light' && mode !== 'root' && mode !== 'none') {
    throw new UsageError(`terms: --stem must be light, root or none, got ${mode}`);
  }
  const text = io.readInput(positionals[0]);
  const terms = indexTerms(text, {
    stem: mode === 'none' ? false : mode,
    stopwords: values['keep-stopwords'] ? false : undefined,
    entities: values.entities === true,
  });
  const lines = values.offsets
    ? terms.map((t) => `${t.position}\t${t.start}\t${t.end}\t${t.term}\t${t.text}`)
    : terms.map((t) => t.term);
  io.stdout(lines.length ? lines.join('\n') + '\n' : '');
  return 0;
}
