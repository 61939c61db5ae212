/**
 * Checks the name recognizer's confidence curve against the committed model: tags the dev split (last 10 %
 * of train.bio) in 20-sentence documents, sorts the predicted chunks by their smallest token margin, and
 * prints, per octile, the median margin, the chunks' precision and the curve's value there, followed by the
 * logistic curve fitted to those octiles (least squares on the logit of the precision). Trains nothing.
 *
 *   npx tsx scripts/calibrate-ner.ts [--data ../shared/corpora/anercorp/train.bio]
 *
 * The margin's scale belongs to the model, so the curve in src/recognize/names/model/recognizer.ts is
 * refitted whenever the model is retrained.
 */
import { tagSentences } from '../src/recognize/names/model/index.js';
import { confidenceOf } from '../src/recognize/names/model/recognizer.js';
import { chunks } from '../src/recognize/names/model/tags.js';
import { parseArgs } from './ner/args.js';
import { readBio, splitDev } from './ner/corpus.js';

const args = parseArgs(process.argv.slice(2));
const { dev } = splitDev(readBio(args.get('data') ?? '../shared/corpora/anercorp/train.bio'));
const items: { margin: number; correct: boolean }[] = [];
for (let i = 0; i < dev.length; i += 20) {
  const doc = dev.slice(i, i + 20);
  tagSentences(doc.map((s) => s.words)).forEach((r, s) => {
    const gold = new Set(chunks(doc[s].tags).map((c) => `${c.start}-${c.end}-${c.type}`));
    for (const c of chunks(r.tags)) {
      let margin = Infinity;
      for (let k = c.start; k < c.end; k++) margin = Math.min(margin, r.scores[k]);
      items.push({ margin, correct: gold.has(`${c.start}-${c.end}-${c.type}`) });
    }
  });
}
items.sort((a, b) => a.margin - b.margin);
const points: { m: number; p: number }[] = [];
const lines = ['| octile | median margin | precision | curve |', '|---:|---:|---:|---:|'];
for (let o = 0; o < 8; o++) {
  const part = items.slice(Math.floor((o * items.length) / 8), Math.floor(((o + 1) * items.length) / 8));
  const m = part[part.length >> 1].margin;
  const p = part.filter((x) => x.correct).length / part.length;
  points.push({ m, p: Math.min(Math.max(p, 0.01), 0.99) });
  lines.push(`| ${o + 1} | ${m.toFixed(1)} | ${(p * 100).toFixed(0)}% | ${(confidenceOf(m) * 100).toFixed(0)}% |`);
}
const logit = (p: number): number => Math.log(p / (1 - p));
const mm = points.reduce((s, x) => s + x.m, 0) / points.length;
const ml = points.reduce((s, x) => s + logit(x.p), 0) / points.length;
let cov = 0;
let v = 0;
for (const x of points) {
  cov += (x.m - mm) * (logit(x.p) - ml);
  v += (x.m - mm) ** 2;
}
const slope = cov / v;
console.log(`${items.length} predicted chunks on the dev split.\n\n${lines.join('\n')}\n`);
console.log(`fitted: confidence = 1 / (1 + e^(-(margin - ${(mm - ml / slope).toFixed(0)}) / ${(1 / slope).toFixed(0)}))`);
