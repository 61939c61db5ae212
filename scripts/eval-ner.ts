/**
 * Scores the committed name-tagger model on the dev split (last 10 % of ANERcorp train.bio). Trains
 * nothing.
 *
 *   npm run eval:ner [-- --data ../shared/corpora/anercorp/train.bio] [--write docs/NER.md] [--errors]
 *                    [--model FILE] [--document-size N]
 *
 * Prints a markdown table (entity-level, exact span and type, conlleval rules). With `--write FILE`, also
 * replaces the text between `<!-- eval-ner:start -->` and `<!-- eval-ner:end -->` in FILE. With `--errors`,
 * also prints where the errors are (exact, wrong type, boundary, missed; names unseen in training).
 * `--model FILE` scores a model file that `train:ner --out FILE` wrote instead of the committed one, and
 * `--document-size N` tags the split in documents of N sentences (1: each sentence alone) instead of as one
 * running text; neither may be combined with `--write`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeModel } from '../src/recognize/names/model/codec.js';
import { getModel } from '../src/recognize/names/model/index.js';
import { parseArgs } from './ner/args.js';
import { readBio, splitDev } from './ner/corpus.js';
import { evaluate, predict } from './ner/evaluate.js';
import { errorTable } from './ner/errors.js';
import { scoresTable } from './ner/scorer.js';

const args = parseArgs(process.argv.slice(2));
const dataPath = args.get('data') ?? '../shared/corpora/anercorp/train.bio';
const { train, dev } = splitDev(readBio(dataPath));
const modelFile = args.get('model');
const documentSize = args.has('document-size') ? Number(args.get('document-size')) : Infinity;
if (!(documentSize >= 1)) throw new Error('eval:ner: --document-size must be a number of sentences, 1 or more');
if ((modelFile !== undefined || documentSize !== Infinity) && args.has('write')) {
  throw new Error('eval:ner: --write records the committed model on the running text; drop --model and --document-size');
}
const model =
  modelFile === undefined
    ? getModel()
    : decodeModel(((await import(pathToFileURL(resolve(modelFile)).href)) as { NER_MODEL_DATA: string }).NER_MODEL_DATA);
const scores = evaluate(model, dev, documentSize);
const table = [
  `Dev split: last ${dev.length} sentences (${dev.reduce((n, s) => n + s.words.length, 0)} tokens) of \`${dataPath.replace(/^.*shared\//, '../shared/')}\`.`,
  '',
  scoresTable(scores),
].join('\n');
console.log(table);
if (args.has('errors')) console.log('\n' + errorTable(dev, predict(model, dev, documentSize), train));

const target = args.get('write');
if (target !== undefined) {
  const doc = readFileSync(target, 'utf8');
  const re = /(<!-- eval-ner:start -->\n)[\s\S]*?(<!-- eval-ner:end -->)/;
  if (!re.test(doc)) throw new Error(`${target} has no eval-ner markers`);
  writeFileSync(target, doc.replace(re, (_, a: string, b: string) => a + table + '\n' + b));
}
