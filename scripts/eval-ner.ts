/**
 * Scores the committed name-tagger model on the dev split (last 10 % of ANERcorp train.bio). Trains
 * nothing.
 *
 *   npm run eval:ner [-- --data ../shared/corpora/anercorp/train.bio] [--write docs/NER.md] [--errors]
 *
 * Prints a markdown table (entity-level, exact span and type, conlleval rules). With `--write FILE`, also
 * replaces the text between `<!-- eval-ner:start -->` and `<!-- eval-ner:end -->` in FILE. With `--errors`,
 * also prints where the errors are (exact, wrong type, boundary, missed; names unseen in training).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { getModel } from '../src/recognize/names/model/index.js';
import { parseArgs } from './ner/args.js';
import { readBio, splitDev } from './ner/corpus.js';
import { evaluate, predict } from './ner/evaluate.js';
import { errorTable } from './ner/errors.js';
import { scoresTable } from './ner/scorer.js';

const args = parseArgs(process.argv.slice(2));
const dataPath = args.get('data') ?? '../shared/corpora/anercorp/train.bio';
const { train, dev } = splitDev(readBio(dataPath));
const scores = evaluate(getModel(), dev);
const table = [
  `Dev split: last ${dev.length} sentences (${dev.reduce((n, s) => n + s.words.length, 0)} tokens) of \`${dataPath.replace(/^.*shared\//, '../shared/')}\`.`,
  '',
  scoresTable(scores),
].join('\n');
console.log(table);
if (args.has('errors')) console.log('\n' + errorTable(dev, predict(getModel(), dev), train));

const target = args.get('write');
if (target !== undefined) {
  const doc = readFileSync(target, 'utf8');
  const re = /(<!-- eval-ner:start -->\n)[\s\S]*?(<!-- eval-ner:end -->)/;
  if (!re.test(doc)) throw new Error(`${target} has no eval-ner markers`);
  writeFileSync(target, doc.replace(re, (_, a: string, b: string) => a + table + '\n' + b));
}
