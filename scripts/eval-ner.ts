/**
 * Scores the committed name-tagger model on the dev split (last 10 % of ANERcorp train.bio). Trains
 * nothing.
 *
 *   npm run eval:ner [-- --data ../shared/corpora/anercorp/train.bio] [--write docs/NER.md] [--errors]
 *                    [--model FILE] [--document-size N] [--compare FILE] [--draws N]
 *
 * Prints a markdown table (entity-level, exact span and type, conlleval rules). With `--write FILE`, also
 * replaces the text between `<!-- eval-ner:start -->` and `<!-- eval-ner:end -->` in FILE. With `--errors`,
 * also prints where the errors are (exact, wrong type, boundary, missed; names unseen in training).
 * `--model FILE` scores a model file that `train:ner --out FILE` wrote instead of the committed one, and
 * `--document-size N` tags the split in documents of N sentences (1: each sentence alone) instead of as one
 * running text; neither may be combined with `--write`. Under the table: a 95 % interval of the micro F1
 * from a sentence bootstrap (`--draws N` samples, default 1,000, seed 1), and with `--compare FILE` the
 * paired bootstrap against another model file: its F1 and the share of samples in which it scores higher.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decodeModel, type LoadedModel } from '../src/recognize/names/model/codec.js';
import { getModel } from '../src/recognize/names/model/index.js';
import { parseArgs } from './ner/args.js';
import { readBio, splitDev } from './ner/corpus.js';
import { bootstrapF1 } from './ner/bootstrap.js';
import { predict } from './ner/evaluate.js';
import { errorTable } from './ner/errors.js';
import { scoreChunks, scoresTable } from './ner/scorer.js';

const args = parseArgs(process.argv.slice(2));
const dataPath = args.get('data') ?? '../shared/corpora/anercorp/train.bio';
const { train, dev } = splitDev(readBio(dataPath));
const modelFile = args.get('model');
const documentSize = args.has('document-size') ? Number(args.get('document-size')) : Infinity;
if (!(documentSize >= 1)) throw new Error('eval:ner: --document-size must be a number of sentences, 1 or more');
if ((modelFile !== undefined || documentSize !== Infinity) && args.has('write')) {
  throw new Error('eval:ner: --write records the committed model on the running text; drop --model and --document-size');
}
const draws = Number(args.get('draws') ?? 1000);
if (!(Number.isInteger(draws) && draws >= 1)) throw new Error('eval:ner: --draws must be a whole number of samples, 1 or more');
const loadFile = async (file: string): Promise<LoadedModel> => {
  if (!existsSync(file)) throw new Error(`eval:ner: no model file ${file} (train:ner --out FILE writes one)`);
  return decodeModel(((await import(pathToFileURL(resolve(file)).href)) as { NER_MODEL_DATA: string }).NER_MODEL_DATA);
};
const model = modelFile === undefined ? getModel() : await loadFile(modelFile);
const gold = dev.map((s) => s.tags);
const predicted = predict(model, dev, documentSize);
const compareFile = args.get('compare');
const other = compareFile === undefined ? undefined : predict(await loadFile(compareFile), dev, documentSize);
const interval = bootstrapF1(gold, predicted, { draws, seed: 1, other });
const table = [
  `Dev split: last ${dev.length} sentences (${dev.reduce((n, s) => n + s.words.length, 0)} tokens) of \`${dataPath.replace(/^.*shared\//, '../shared/')}\`.`,
  '',
  scoresTable(scoreChunks(gold, predicted)),
  '',
  `Micro F1 95 % interval (sentence bootstrap, ${draws.toLocaleString('en')} samples, seed 1): ${interval.low.toFixed(2)} to ${interval.high.toFixed(2)}.`,
].join('\n');
console.log(table);
if (interval.other !== undefined) {
  const o = interval.other;
  console.log(
    `\nPaired bootstrap against ${compareFile}: F1 ${o.f1.toFixed(2)} (${o.f1 >= interval.f1 ? '+' : ''}${(o.f1 - interval.f1).toFixed(2)}); ` +
      `it scores higher in ${(100 * o.better).toFixed(1)} % of the samples (mean difference ${o.meanDifference.toFixed(2)}).`,
  );
}
if (args.has('errors')) console.log('\n' + errorTable(dev, predicted, train));

const target = args.get('write');
if (target !== undefined) {
  const doc = readFileSync(target, 'utf8');
  const re = /(<!-- eval-ner:start -->\n)[\s\S]*?(<!-- eval-ner:end -->)/;
  if (!re.test(doc)) throw new Error(`${target} has no eval-ner markers`);
  writeFileSync(target, doc.replace(re, (_, a: string, b: string) => a + table + '\n' + b));
}
