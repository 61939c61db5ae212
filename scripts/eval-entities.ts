/**
 * Scores the whole name stage (tagger, gazetteer, refiners, linking) on the ANERcorp dev split through the
 * `tahlil conll` command, next to the tagger alone (`tahlil conll --model`): entity-level, exact span and
 * type, conlleval rules. Trains nothing; prints a markdown table (the one in docs/ENTITIES.md).
 *
 *   npx tsx scripts/eval-entities.ts [--data ../shared/corpora/anercorp/train.bio]
 */
import { run } from '../src/cli/commands/conll.js';
import { parseArgs } from './ner/args.js';
import { readBio, splitDev } from './ner/corpus.js';
import { scoreChunks } from './ner/scorer.js';

const args = parseArgs(process.argv.slice(2));
const dataPath = args.get('data') ?? '../shared/corpora/anercorp/train.bio';
const { dev } = splitDev(readBio(dataPath));
const input = dev.map((s) => s.words.join('\n')).join('\n\n') + '\n';

async function tagsOf(flags: string[]): Promise<string[][]> {
  let out = '';
  await run(['-', ...flags], { stdout: (c) => (out += c), stderr: () => {}, readInput: () => input, stderrIsTTY: false });
  return out
    .trim()
    .split(/\n\n/)
    .map((block) => block.split('\n').map((line) => line.split('\t')[1] ?? 'O'));
}

const rows: [string, string[]][] = [
  ['tagger alone (`--model`)', ['--model']],
  [`tagger alone, \`--model --document\` (what \`npm run eval:ner\` scores)`, ['--model', '--document']],
  ['full name stage (default)', []],
  [`full name stage, \`--document\` (all ${dev.length} sentences as one document)`, ['--document']],
];
const gold = dev.map((s) => s.tags);
const lines = ['| run | LOC F1 | ORG F1 | PER F1 | MISC F1 | micro P | micro R | micro F1 |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
for (const [name, flags] of rows) {
  const s = scoreChunks(gold, await tagsOf(flags));
  const f = (t: string): string => (s.byType[t]?.f1 ?? 0).toFixed(1);
  lines.push(`| ${name} | ${f('LOC')} | ${f('ORG')} | ${f('PER')} | ${f('MISC')} | ${s.micro.precision.toFixed(1)} | ${s.micro.recall.toFixed(1)} | ${s.micro.f1.toFixed(1)} |`);
}
console.log(`Dev split: last ${dev.length} sentences of \`${dataPath}\`.\n\n${lines.join('\n')}`);
