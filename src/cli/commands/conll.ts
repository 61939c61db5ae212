import { defaultConfiguration } from '../../pipeline/configuration.js';
import { extract } from '../../pipeline/analyze.js';
import type { Context, Stage } from '../../pipeline/types.js';
import { tagSentences } from '../../recognize/names/model/index.js';
import { tokenize } from '../../tokenize/tokenize.js';
import type { Entity, Sentence } from '../../types.js';
import { parse, wantsHelp } from '../args.js';
import type { CliIO } from '../io.js';

/**
 * The command's help text.
 *
 * @example
 * ```ts
 * io.stdout(help);
 * ```
 */
export const help = `Usage: tahlil conll [FILE|-] [--document] [--model]

Reads CoNLL-style input (the first column is the token, a blank line ends a sentence, other columns are
ignored) and writes TOKEN<TAB>TAG, one line per input token, with BIO tags over PER/ORG/LOC/MISC and a
blank line between sentences. Each sentence's tokens are joined by spaces and run through the name
pipeline (tagger, gazetteer, refiners); entity spans are mapped back onto the input tokens. With --model
the tagger alone tags the tokens as given. A -DOCSTART- line (CoNLL-2003) is written back tagged O and
ends a document.
Reads FILE, or standard input for - or no FILE.

Options:
  --document   treat the input as running text: each document (the whole input, or the parts between
               -DOCSTART- lines) is tagged as one, so that mentions are linked across its sentences
               (default: each sentence on its own)
  --model      the trained tagger alone, on the input's own tokens, without gazetteer and refiners
               (to score the model itself: with --document, what npm run eval:ner scores)
  -h, --help   this help
`;

const TAG: Readonly<Record<string, string>> = { person: 'PER', organization: 'ORG', location: 'LOC', misc: 'MISC' };
const DOCSTART = '-DOCSTART-';
const NAMES: ReadonlySet<Stage> = new Set<Stage>(['names']);

/**
 * Sentences of CoNLL-style input: the first column of each non-blank line. A `-DOCSTART-` line (a document
 * boundary in CoNLL-2003 files) is a sentence of its own, even without blank lines around it.
 *
 * @example
 * ```ts
 * readConll('بكين\tB-LOC\n\nموسكو\tO\n'); // [['بكين'], ['موسكو']]
 * ```
 */
export function readConll(input: string): string[][] {
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const raw of input.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const first = (line.includes('\t') ? line.split('\t')[0] : line.trim().split(/\s+/)[0])?.trim() ?? '';
    if (first === DOCSTART) {
      if (current.length > 0) sentences.push(current);
      sentences.push([DOCSTART]);
      current = [];
      continue;
    }
    current.push(first);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

interface Layout {
  text: string;
  sentences: Sentence[];
  /** [start, end) of every input token in `text`, sentence by sentence. */
  offsets: Array<Array<[number, number]>>;
}

function layout(sentences: readonly string[][]): Layout {
  let text = '';
  const spans: Sentence[] = [];
  const offsets: Array<Array<[number, number]>> = [];
  for (const words of sentences) {
    if (text !== '') text += '\n';
    const start = text.length;
    const own: Array<[number, number]> = [];
    words.forEach((w, i) => {
      if (i > 0) text += ' ';
      own.push([text.length, text.length + w.length]);
      text += w;
    });
    spans.push({ text: text.slice(start), start, end: text.length });
    offsets.push(own);
  }
  return { text, sentences: spans, offsets };
}

/**
 * BIO tags of the input tokens for the name entities found over their joined text: every token that an
 * entity touches is tagged (a token whose proclitic is outside the span, `وبكين`, is still B-LOC).
 *
 * @example
 * ```ts
 * bioTags([[0, 5], [6, 10]], [{ type: 'location', start: 1, end: 5 } as Entity]); // ['B-LOC', 'O']
 * ```
 */
export function bioTags(tokens: ReadonlyArray<readonly [number, number]>, entities: readonly Entity[]): string[] {
  const tags = tokens.map(() => 'O');
  let t = 0;
  for (const e of entities) {
    const tag = TAG[e.type];
    if (tag === undefined) continue;
    while (t < tokens.length && (tokens[t] as readonly [number, number])[1] <= e.start) t++;
    let first = true;
    for (let i = t; i < tokens.length && (tokens[i] as readonly [number, number])[0] < e.end; i++) {
      // Overlapping names (rare after merging): the earlier one keeps its tokens.
      if (tags[i] !== 'O') break;
      tags[i] = `${first ? 'B' : 'I'}-${tag}`;
      first = false;
    }
  }
  return tags;
}

// The whole name stage over a group's joined text, its entities mapped back onto the input tokens.
function tagGroup(group: readonly string[][]): string[][] {
  const { text, sentences, offsets } = layout(group);
  const tokens = tokenize(text);
  const ctx: Context = { text, tokens, sentences };
  const entities = extract(ctx, NAMES, defaultConfiguration);
  return offsets.map((own, s) => {
    const sentence = sentences[s] as Sentence;
    const inside = entities.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
    return bioTags(own, inside);
  });
}

/**
 * `tahlil conll`.
 *
 * @example
 * ```ts
 * await run(['ANERCorp-test.txt'], processIO());
 * ```
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  if (wantsHelp(args)) {
    io.stdout(help);
    return 0;
  }
  const { values, positionals } = parse('conll', args, { document: { type: 'boolean' }, model: { type: 'boolean' } });
  const sentences = readConll(io.readInput(positionals[0]));
  const out: string[] = [];
  let s = 0;
  for (const group of groupsOf(sentences, values.document === true)) {
    if (group.length === 1 && isDocStart(group[0] as string[])) {
      out.push(`${DOCSTART}\tO`, '');
      s++;
      continue;
    }
    // The tagger alone reads the input's tokens as they are, as `npm run eval:ner` does: tokenizing their
    // joined text again could split one (`دبي.`), and a changed token can change the tags of its other
    // occurrences through the in-document stage.
    const tags = values.model ? tagSentences(group).map((r) => r.tags) : tagGroup(group);
    group.forEach((words, g) => {
      const own = tags[g] as string[];
      words.forEach((w, i) => out.push(`${w}\t${own[i] ?? 'O'}`));
      out.push('');
      s++;
    });
  }
  io.stdout(s === 0 ? '' : out.join('\n') + '\n');
  return 0;
}

function isDocStart(sentence: readonly string[]): boolean {
  return sentence.length === 1 && sentence[0] === DOCSTART;
}

// Each sentence alone, or each document's sentences together; a -DOCSTART- line is a group of its own,
// so that no document's names are linked into the next one.
function groupsOf(sentences: string[][], document: boolean): string[][][] {
  if (!document) return sentences.map((s) => [s]);
  const groups: string[][][] = [];
  let current: string[][] = [];
  for (const sentence of sentences) {
    if (!isDocStart(sentence)) {
      current.push(sentence);
      continue;
    }
    if (current.length > 0) groups.push(current);
    groups.push([sentence]);
    current = [];
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
