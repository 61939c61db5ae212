/**
 * Trains the name tagger and writes it to src/generated/ner-model.ts.
 *
 *   npm run train:ner -- --data ../shared/corpora/anercorp/train.bio [--wikifane ../shared/corpora/wikifane/wikifane.bio]
 *     [--epochs N] [--seed N] [--pa C] [--ud FILE.conllu] [--without Group,Group | --all-groups] [--one-stage] [--no-guide] [--prune X]
 *     [--dictionary FILE.tsv] [--likeness-train] [--type-bias none|start|all] [--type-bias-grid 0,4,8,16] [--type-bias-types ORG,MISC] [--first-tags mixed|biased|plain]
 *     [--learner perceptron|crf|ensemble] [--guide-learner perceptron|crf|ensemble] [--ensemble-alpha A] [--crf-epochs N] [--crf-guide-epochs N] [--l2 λ] [--rate η0] [--crf-margin M] [--crf-unit U]
 *     [--with Group,Group] [--topic-min-count N] [--topic-min-share S] [--fold-errors FILE] [--doc-folds] [--doc-stages 1|2] [--doc-alone]
 *     [--adapt] [--adapt-misc keep|o] [--adapt-share S] [--adapt-guide none|jackknife] [--guide-margin-buckets N]
 *     [--first-folds N] [--doc-bias] [--guide-wiki] [--augment K] [--augment-source train|train-other|wiki|duplicate] [--augment-p P]
 *     [--folds-only] [--ablate] [--no-write] [--out FILE]
 *
 * Dev is the last 10 % of train.bio; it is never trained on (nor used for lexicons or clusters), only
 * scored. `--ablate` trains the configured model, then once more without each stage and each feature group,
 * and prints a table.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeModel, encodeModel, type LoadedModel, type RawModel, type RawStage } from '../src/recognize/names/model/codec.js';
import { guideFeatures, marginBuckets } from '../src/recognize/names/model/guide.js';
import { viterbi } from '../src/recognize/names/model/decoder.js';
import { appendFeatures, DOC_WINDOW, documentFeatures, documentPairFeatures, entityFeatures, positionFeatures, TOPIC_REACH, topicFeatures } from '../src/recognize/names/model/document.js';
import {
  ALL_GROUPS,
  extractFeatures,
  FeatureGroup,
  GUIDE_MARGIN_UNIT,
  nameKeys,
  type Lexicons,
  type SentenceFeatures,
} from '../src/recognize/names/model/features.js';
import { addEmissions } from '../src/recognize/names/model/tagger.js';
import { IntTable } from '../src/recognize/names/model/int-table.js';
import { BILOU_LABELS, ENTITY_TYPES, fromBio, labelType, TAGS, toBio } from '../src/recognize/names/model/tags.js';
import { parseArgs } from './ner/args.js';
import { learnClusters } from './ner/clusters.js';
import { prng, readBio, splitDev, type Sentence } from './ner/corpus.js';
import { augmentSentence, mentionPools, type AugmentedCopy, type Mention } from './ner/augment.js';
import { evaluate } from './ner/evaluate.js';
import { addCounts, countEntities, jackknife, stemLexiconKey, toTable, withFineClasses, type Table } from './ner/lexicon.js';
import { countSpans, spanTable } from './ner/spans.js';
import { givenNames, namesTable, triggers } from './ner/names.js';
import { udTable } from './ner/ud.js';
import { dictionaryTable } from './ner/dictionary.js';
import { corpusWords, dictionaryWords, trigramTable, unionWords } from './ner/charmodel.js';
import { trainPerceptron, type Example, type Trained } from './ner/perceptron.js';
import { trainCrf } from './ner/crf.js';
import { sumTrained } from './ner/ensemble.js';
import { adaptExamples, newsView } from './ner/adapt.js';
import { scoreChunks, scoresTable, type Scores } from './ner/scorer.js';
import { fineClassSentences, topicTable } from './ner/topic.js';

const args = parseArgs(process.argv.slice(2));
const dataPath = args.get('data') ?? '../shared/corpora/anercorp/train.bio';
const wikiPath = args.get('wikifane');
const epochs = Number(args.get('epochs') ?? 12);
const seed = Number(args.get('seed') ?? 2);
const dropout = Number(args.get('dropout') ?? 0);
const margin = Number(args.get('margin') ?? 2);
const missCost = Number(args.get('miss-cost') ?? 0);
// PA-I update size cap (0 = plain perceptron updates of 1). The cap of 1 never binds in practice (steps
// average about 0.015), so this is plain PA; a binding cap of 0.02 measured worse (docs/NER.md).
const paCap = Number(args.get('pa') ?? 1);
// The shipped sentence and document stages average this many perceptrons trained in different seeded orders.
const bag = Number(args.get('bag') ?? 1);
const guideEpochs = Number(args.get('guide-epochs') ?? 8);
// Weights below this magnitude (in perceptron updates) are dropped from the shipped model.
const prune = Number(args.get('prune') ?? 4);
const folds = 10;
// BILOU (Ratinov & Roth 2009) by default; `--scheme bio` trains the plain BIO tagger.
const scheme = args.get('scheme') ?? 'bilou';
const TAG_COUNT = scheme === 'bio' ? TAGS.length : BILOU_LABELS.length;
const outPath = resolve(args.get('out') ?? 'src/generated/ner-model.ts');
// `--learner crf` trains every stage as a linear-chain CRF (scripts/ner/crf.ts) instead of the perceptron
// (`--guide-learner` may differ for the guide). Its weights, in nats, are multiplied by `--crf-unit`: at 20
// the O grid below spans 0 to 2 nats and `--prune 4` drops rows under 0.2 nats, which keeps a model of about
// the shipped size (2.2 to 2.7 MB; docs/NER.md, round 6).
// `--learner ensemble` trains both and ships perceptron + α · CRF (`--ensemble-alpha`, CRF in its unit-scaled
// weights) as one linear model (docs/NER.md, round 7).
const learner = args.get('learner') ?? 'perceptron';
const guideLearner = args.get('guide-learner') ?? learner;
const ensembleAlpha = Number(args.get('ensemble-alpha') ?? 1);
for (const l of [learner, guideLearner]) if (!['perceptron', 'crf', 'ensemble'].includes(l)) throw new Error(`unknown learner ${l}`);
// Defaults chosen on the held-out training folds (docs/NER.md, round 6); the guide gets 10 epochs because
// WikiFANE is 4.4 times the size of the training split.
const crf = {
  epochs: Number(args.get('crf-epochs') ?? 20),
  guideEpochs: Number(args.get('crf-guide-epochs') ?? 10),
  l2: Number(args.get('l2') ?? 1),
  rate: Number(args.get('rate') ?? 0.1),
  margin: Number(args.get('crf-margin') ?? 3),
  missCost,
  unit: Number(args.get('crf-unit') ?? 20),
};

function learn(examples: readonly Example[], guide: boolean, runSeed = seed): Trained {
  const kind = guide ? guideLearner : learner;
  const crfModel = (): Trained => trainCrf(examples, TAG_COUNT, { ...crf, epochs: guide ? crf.guideEpochs : crf.epochs, seed: runSeed });
  if (kind === 'crf') return crfModel();
  const perceptron = trainPerceptron(examples, TAG_COUNT, guide ? guideEpochs : epochs, runSeed, dropout, margin, missCost, paCap);
  if (kind === 'ensemble') return sumTrained(perceptron, crfModel(), ensembleAlpha);
  return perceptron;
}

// Round 9: `--adapt` trains the sentence stage and its held-out fold models on WikiFANE too, every feature
// with a shared and a per-corpus copy (scripts/ner/adapt.ts); the model ships shared + news. `--adapt-misc o`
// reads WikiFANE's MISC, defined differently from ANERcorp's, as O in those sentences.
const adapt = args.has('adapt');
const adaptMisc = args.get('adapt-misc') ?? 'keep';
if (!['keep', 'o'].includes(adaptMisc)) throw new Error(`unknown --adapt-misc ${adaptMisc}`);
// `--adapt-share S` keeps every (1/S)-th WikiFANE sentence (evenly spaced) for the adapted stage, to bound its cost.
const adaptShare = Number(args.get('adapt-share') ?? 1);
const adaptGuide = args.get('adapt-guide') ?? 'none';
if (!['none', 'jackknife'].includes(adaptGuide)) throw new Error(`unknown --adapt-guide ${adaptGuide}`);
// The WikiFANE examples of an adapted sentence stage (none without `--adapt`), set by `trainWith`.
let wikiAdapted: Example[] = [];
// Round 9's GuideMargin group: the guide's margins in this many buckets, split at quantiles of the margins of the
// training split's tokens that the guide tags as part of a name.
const guideMarginBuckets = Number(args.get('guide-margin-buckets') ?? 4);

// Round 10: `--augment K` trains the sentence stage and its held-out fold models also on K copies of each training
// sentence that holds a name, its names swapped for other names of the same type (scripts/ner/augment.ts), each
// with probability `--augment-p`. `--augment-source train` draws them from the same lexicon fold as the
// sentence: the fold's own names are what its jackknifed train lexicon does not count, so a swapped-in name is
// as often known to that lexicon as a real one (`train-other`, from the other folds, makes every swapped-in name
// a known one). `wiki` draws WikiFANE's PER, ORG and LOC names; MISC, defined differently there, stays.
// `duplicate` is the control: the copies repeat their sentence unchanged.
const augmentCopies = Number(args.get('augment') ?? 0);
const augmentSource = args.get('augment-source') ?? 'train';
if (!['train', 'train-other', 'wiki', 'duplicate'].includes(augmentSource)) throw new Error(`unknown --augment-source ${augmentSource}`);
const augmentP = Number(args.get('augment-p') ?? 1);
if (!(Number.isInteger(augmentCopies) && augmentCopies >= 0)) throw new Error('--augment takes a whole number of copies, 0 or more');
if (!(augmentP >= 0 && augmentP <= 1)) throw new Error('--augment-p takes a probability from 0 to 1');

// The sentence stage's learner: with `--adapt`, on news and wiki sentences with per-corpus copies, shipped as
// news text sees it.
function learnSentence(examples: readonly Example[], runSeed = seed): Trained {
  if (wikiAdapted.length === 0) return learn(examples, false, runSeed);
  const both = adaptExamples(examples, wikiAdapted);
  return newsView(learn(both.examples, false, runSeed), both.shared);
}

const t0 = performance.now();
const log = (msg: string): void => console.error(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);

const { train, dev } = splitDev(readBio(dataPath));
log(`train ${train.length} sentences, dev ${dev.length}`);
const wiki = wikiPath ? readBio(wikiPath) : [];
if (wikiPath) log(`wikifane ${wiki.length} sentences`);

const table = (t: Table | undefined): IntTable | undefined => (t ? IntTable.from(t.keys, t.values) : undefined);
const fullTrain = toTable(countEntities(train));
const { foldOf, tables: foldTables } = jackknife(train, folds);
// Groups left out by default: each measured neutral-to-harmful on dev in the ablation (docs/NER.md).
const DEFAULT_OFF = 'Word,Shape,Cluster,SpanLexicon,HeadReach,FineLexicon,LexiconPairs,StemLexicon,UdLexicon,Dictionary,NameLikeness,Topic,TriggerContext,NameBoundary,GuideMargin';
// `--with A,B` switches groups on by taking them out of the off list (default or `--without`).
const withGroups = (args.get('with') ?? '').split(',').filter(Boolean);
const withoutSpec = args.has('all-groups')
  ? ''
  : (args.get('without') ?? DEFAULT_OFF)
      .split(',')
      .filter((g) => !withGroups.includes(g))
      .join(',');
// WikiFANE's fine-grained annotation of the same sentences (wikifane.fine.bio next to wikifane.bio).
const finePath = args.get('wikifane-fine') ?? (wikiPath ? wikiPath.replace(/\.bio$/, '.fine.bio') : undefined);
const needTopic = args.has('ablate') || !withoutSpec.split(',').includes('Topic');
const needFineClasses = args.has('ablate') || !withoutSpec.split(',').includes('FineLexicon');
const needFine = needFineClasses || needTopic;
const fine = needFine && finePath && existsSync(finePath) ? readBio(finePath) : [];
const wikiTable = wiki.length > 0 ? (fine.length > 0 && needFineClasses ? withFineClasses(toTable(countEntities(wiki)), fine) : toTable(countEntities(wiki))) : undefined;
const names = namesTable(givenNames(), triggers(resolve('data/names-model/triggers.tsv')));
const needClusters = args.has('ablate') || !withoutSpec.split(',').includes('Cluster');
const clusters = needClusters ? learnClusters([...train, ...wiki].map((s) => s.words)) : undefined;
log(`lexicons: train ${fullTrain.keys.length}, wiki ${wikiTable?.keys.length ?? 0}, names ${names.keys.length}, clusters ${clusters?.keys.length ?? 0}`);

const wikiSpans = countSpans(wiki);
const trainSpans = countSpans(train);
const fullSpans = spanTable(wikiSpans, trainSpans);
const foldSpans = Array.from({ length: folds }, (_, k) => spanTable(wikiSpans, trainSpans, countSpans(train.filter((_, i) => foldOf[i] === k))));
log(`spans: ${fullSpans.keys.length}`);

// Stem lexicon: WikiFANE plus the training split, the training part jackknifed over the same folds.
// Built only when their group may be used (like the fine classes and clusters above): stemming every word
// of both corpora and reading the treebank cost time for tables nothing would read.
const needStems = args.has('ablate') || !withoutSpec.split(',').includes('StemLexicon');
const wikiAndTrainStems = needStems ? addCounts(countEntities(wiki, stemLexiconKey), countEntities(train, stemLexiconKey)) : undefined;
const fullStems = wikiAndTrainStems && toTable(wikiAndTrainStems);
const foldStems = Array.from({ length: folds }, (_, k) =>
  wikiAndTrainStems && toTable(wikiAndTrainStems, countEntities(train.filter((_, i) => foldOf[i] === k), stemLexiconKey)),
);
// Part-of-speech lexicon from a UD treebank (PUD is not ANERcorp, so it says nothing about dev).
const udPath = args.get('ud') ?? resolve('../shared/suites/ud-pud/ar_pud-ud-test.conllu');
const needUd = args.has('ablate') || !withoutSpec.split(',').includes('UdLexicon');
const ud = needUd && existsSync(udPath) ? udTable(udPath) : undefined;
// Ayaspell dictionary words (MPL 1.1), shipped whole: leaving out the words that the word lexicons know
// would save only 3 % of its keys.
const dictPath = resolve(args.get('dictionary') ?? 'data/names-model/ayaspell.tsv');
const needDict = args.has('ablate') || !withoutSpec.split(',').includes('Dictionary');
const dict = needDict ? dictionaryTable(dictPath) : undefined;
// Letter trigrams of name words against common words, from WikiFANE and the dictionary, and with
// `--likeness-train` also from the training split (jackknifed over the lexicon folds).
const needNgrams = args.has('ablate') || !withoutSpec.split(',').includes('NameLikeness');
const likenessTrain = args.has('likeness-train');
const baseWords = needNgrams ? unionWords(corpusWords(wiki), ...(existsSync(dictPath) ? [dictionaryWords(dictPath)] : [])) : undefined;
const nameWords = baseWords && (likenessTrain ? unionWords(baseWords, corpusWords(train)) : baseWords);
const ngrams = nameWords && trigramTable(nameWords.names, nameWords.common);
const foldNgrams = Array.from({ length: folds }, (_, k) => {
  if (baseWords === undefined || !likenessTrain) return ngrams;
  const w = unionWords(baseWords, corpusWords(train.filter((_, i) => foldOf[i] !== k)));
  return trigramTable(w.names, w.common);
});
log(`stems ${fullStems?.keys.length ?? 0}, ud ${ud?.keys.length ?? 0}, dict ${dict?.keys.length ?? 0}, trigrams ${ngrams?.keys.length ?? 0} (${nameWords?.names.size ?? 0} name words, ${nameWords?.common.size ?? 0} common)`);

// Round 8: sports cue words, the context words of WikiFANE's sentences that hold a Sports (club) or Athlete
// name (scripts/ner/topic.ts). WikiFANE is not ANERcorp, so the list needs no jackknifing.
const topicRule = { minCount: Number(args.get('topic-min-count') ?? 3), minShare: Number(args.get('topic-min-share') ?? 0.5), reach: 0 };
const topic = needTopic && fine.length > 0 ? topicTable(fine, fineClassSentences(fine, ['Sports', 'Athlete']), topicRule) : undefined;
if (topic) log(`topic cue words ${topic.keys.length}`);

const shared = { wiki: table(wikiTable), names: table(names), clusters: table(clusters), ud: table(ud), dict: table(dict), ngrams: table(ngrams) };
const foldLexicons: Lexicons[] = foldTables.map((t, k) => ({
  ...shared,
  train: table(t),
  spans: table(foldSpans[k]),
  stems: table(foldStems[k]),
  ngrams: table(foldNgrams[k]),
}));

// The `--augment` copies of the training split, from a PRNG of their own so that the rest of training draws as before.
function augmentedSentences(): AugmentedCopy[] {
  if (augmentCopies <= 0) return [];
  if (augmentSource === 'wiki' && wiki.length === 0) throw new Error('--augment-source wiki needs --wikifane');
  if (augmentSource === 'duplicate') {
    return train.flatMap((s, i) => (s.tags.some((t) => t !== 'O') ? Array.from({ length: augmentCopies }, () => ({ sentence: s, source: i, uses: [i] })) : []));
  }
  type Pool = Map<string, Mention[]> | undefined;
  let poolOf: (source: number) => Pool;
  if (augmentSource === 'wiki') {
    const pool = mentionPools(wiki, () => 0, ['PER', 'ORG', 'LOC'], (i) => -1 - i).get(0);
    poolOf = () => pool;
  } else if (augmentSource === 'train') {
    const byFold = mentionPools(train, (i) => foldOf[i], ENTITY_TYPES);
    poolOf = (source) => byFold.get(foldOf[source]);
  } else {
    const others = Array.from({ length: folds }, (_, f) => mentionPools(train, (i) => (foldOf[i] === f ? undefined : 0), ENTITY_TYPES).get(0));
    poolOf = (source) => others[foldOf[source]];
  }
  const rand = prng(seed * 7919 + 10);
  return train.flatMap((s, i) => {
    const pool = poolOf(i);
    return augmentSentence(s, i, { copies: augmentCopies, p: augmentP, rand, candidates: (type) => pool?.get(type) });
  });
}

function parseGroups(spec: string | undefined): number {
  let g = ALL_GROUPS;
  if (!wikiPath) g &= ~FeatureGroup.WikiLexicon;
  for (const name of (spec ?? '').split(',').filter(Boolean)) {
    const bit = (FeatureGroup as Record<string, number>)[name];
    if (bit === undefined) throw new Error(`unknown feature group ${name}`);
    g &= ~bit;
  }
  return g;
}

// How many contiguous folds give the training split's held-out first-stage tags (`--first-folds`).
const firstStageFolds = Number(args.get('first-folds') ?? 5);
const documentStages = Number(args.get('doc-stages') ?? 1);

function examplesOf(groups: number): Example[] {
  return train.map((s: Sentence, i) => ({
    features: extractFeatures(s.words, foldLexicons[foldOf[i]], groups),
    gold: fromBio(TAG_COUNT, s.tags),
  }));
}

function trainBagged(examples: readonly Example[], sentence = false): Trained {
  const runs = Array.from({ length: bag }, (_, b) => (sentence ? learnSentence(examples, seed + b * 1000) : learn(examples, false, seed + b * 1000)));
  if (runs.length === 1) return runs[0];
  // Same examples give the same feature rows in the same order, whatever the visiting order.
  const mean = (pick: (t: Trained) => Float32Array): Float32Array => {
    const out = new Float32Array(pick(runs[0]).length);
    for (const r of runs) {
      const a = pick(r);
      for (let i = 0; i < out.length; i++) out[i] += a[i] / runs.length;
    }
    return out;
  };
  return {
    featureKeys: runs[0].featureKeys,
    featureWeights: mean((t) => t.featureWeights),
    transitions: mean((t) => t.transitions),
    starts: mean((t) => t.starts),
  };
}

function stageOf(trained: RawStage): LoadedModel {
  return decodeModel(encodeModel({ tagCount: TAG_COUNT, groups: 0, stages: [trained], lexicons: {} }));
}

function emissionsOf(model: LoadedModel, f: SentenceFeatures, n: number): Float32Array {
  const scores = new Float32Array(n * TAG_COUNT);
  addEmissions(model, f, n, scores, 0);
  return scores;
}

// A perceptron tagger leans towards precision (here ~78 P vs ~65 R). A constant penalty on the O tag
// trades some precision for recall; its size is chosen on the held-out folds of the training split (never
// on dev) and applied to the shipped sentence and document stages. PA-trained folds keep improving past
// 12, hence the longer tail. An ensemble's weights are the sum of two models', so its folds still rose at 40
// (round 7): it gets a longer tail still, which leaves the other learners' choices (and models) as they were.
const OUTSIDE_BIASES = [0, 2, 4, 6, 8, 10, 12, 16, 20, 24, 32, 40, ...(learner === 'ensemble' ? [48, 64, 80, 96, 120] : [])];
// Recall is lowest for ORG and MISC, so after the O penalty each of these types may get its own bonus,
// chosen the same way on the folds (coordinate search). `start` puts it on B/U (one bonus per name),
// `all` on every label of the type (a bonus per word). `--type-bias none` keeps only the O penalty.
const typeBiasMode = args.get('type-bias') ?? 'none';
const TYPE_BIASES = (args.get('type-bias-grid') ?? '0,4,8,16').split(',').map(Number);
// At run time the document stage reads the sentence stage's tags. `mixed` (the shipped models so far) trains
// it on unbiased held-out tags but biases the sentence stage at run time; `biased` trains it on biased
// held-out tags; `plain` leaves the sentence stage unbiased at run time, so both sides see unbiased tags.
const firstTags = args.get('first-tags') ?? 'mixed';
const TYPE_BIAS_TYPES = (args.get('type-bias-types') ?? 'ORG,MISC').split(',').filter(Boolean);

/** The decision biases, in perceptron updates: one number per label, added wherever the label is entered. */
interface Biases {
  labels: Float32Array;
  outside: number;
  types: Record<string, number>;
}

function biasVector(outside: number, types: Record<string, number>): Float32Array {
  const v = new Float32Array(TAG_COUNT);
  v[0] = -outside;
  for (const [type, b] of Object.entries(types)) {
    for (let l = 1; l < TAG_COUNT; l++) {
      if (labelType(TAG_COUNT, l) !== ENTITY_TYPES.indexOf(type as (typeof ENTITY_TYPES)[number])) continue;
      // BILOU: B and U are (l - 1) % 4 of 0 and 3; in BIO only B, (l - 1) % 2 === 0, starts a name.
      const starts = TAG_COUNT === BILOU_LABELS.length ? (l - 1) % 4 === 0 || (l - 1) % 4 === 3 : (l - 1) % 2 === 0;
      if (typeBiasMode === 'all' || starts) v[l] += b;
    }
  }
  return v;
}

// Every path enters each of its labels through exactly one start or transition score, so adding the bias
// there adds it once per word with that label: the run-time decoder applies it with no extra code.
function withLabelBias<S extends { starts: Float32Array; transitions: Float32Array }>(stage: S, bias: Float32Array, unit = 1): S {
  const starts = stage.starts.slice();
  const transitions = stage.transitions.slice();
  for (let t = 0; t < TAG_COUNT; t++) {
    starts[t] += bias[t] / unit;
    for (let p = 0; p < TAG_COUNT; p++) transitions[p * TAG_COUNT + t] += bias[t] / unit;
  }
  return { ...stage, starts, transitions };
}

// The second stage must learn from first-stage tags as noisy as those it will see on new text, so the
// train split's first-stage tags come from models that did not see the sentence (contiguous folds).
function jackknifedFirstStage(examples: readonly Example[], copies: readonly AugmentedExample[] = []): { tags: Int32Array[]; biases: Biases } {
  const tags: Int32Array[] = new Array(examples.length);
  // Emissions do not depend on the biases: score each held-out sentence once, then decode it per bias.
  const heldOut: { scores: Float32Array; model: LoadedModel }[] = new Array(examples.length);
  for (let k = 0; k < firstStageFolds; k++) {
    const lo = Math.floor((k * examples.length) / firstStageFolds);
    const hi = Math.floor(((k + 1) * examples.length) / firstStageFolds);
    // `--augment`: only copies that take no word from the held-out sentences.
    const kept = copies.filter((c) => c.uses.every((u) => u < lo || u >= hi)).map((c) => c.example);
    const stage = stageOf({
      role: 'sentence',
      ...learnSentence([...examples.slice(0, lo), ...examples.slice(hi), ...kept]),
    });
    for (let i = lo; i < hi; i++) {
      const n = examples[i].gold.length;
      heldOut[i] = { scores: emissionsOf(stage, examples[i].features, n), model: stage };
      const s = stage.stages[0];
      tags[i] = viterbi(heldOut[i].scores, s.transitions, s.starts, n, TAG_COUNT, false).tags;
    }
    log(`first-stage fold ${k + 1}/${firstStageFolds}`);
  }
  const gold = train.map((s) => s.tags);
  const heldOutF1 = (bias: Float32Array): number => {
    const predicted = heldOut.map(({ scores, model }, i) => {
      const s = withLabelBias(model.stages[0], bias, model.scale);
      return toBio(TAG_COUNT, viterbi(scores, s.transitions, s.starts, examples[i].gold.length, TAG_COUNT, false).tags);
    });
    return scoreChunks(gold, predicted).micro.f1;
  };
  const f1s = OUTSIDE_BIASES.map((b) => heldOutF1(biasVector(b, {})));
  let best = f1s.indexOf(Math.max(...f1s));
  log(`held-out F1 by O penalty: ${OUTSIDE_BIASES.map((b, j) => `${b}:${f1s[j].toFixed(2)}`).join(' ')}`);
  const outside = OUTSIDE_BIASES[best];
  const types: Record<string, number> = {};
  let bestF1 = f1s[best];
  if (typeBiasMode !== 'none') {
    for (const type of TYPE_BIAS_TYPES) {
      const tf1s = TYPE_BIASES.map((b) => heldOutF1(biasVector(outside, { ...types, [type]: b })));
      best = tf1s.indexOf(Math.max(...tf1s));
      log(`held-out F1 by ${type} bias (${typeBiasMode}): ${TYPE_BIASES.map((b, j) => `${b}:${tf1s[j].toFixed(2)}`).join(' ')}`);
      types[type] = TYPE_BIASES[best];
      bestF1 = tf1s[best];
    }
  }
  log(`chosen biases: O -${outside} ${Object.entries(types).map(([t, b]) => `${t} +${b}`).join(' ')} (held-out F1 ${bestF1.toFixed(2)})`);
  const labels = biasVector(outside, types);
  // `--fold-errors FILE`: the held-out tags at the chosen biases (word, gold, predicted), for error analysis on
  // the training split instead of dev.
  const foldErrors = args.get('fold-errors');
  if (foldErrors !== undefined) {
    const lines: string[] = [];
    heldOut.forEach(({ scores, model }, i) => {
      const s = withLabelBias(model.stages[0], labels, model.scale);
      const pred = toBio(TAG_COUNT, viterbi(scores, s.transitions, s.starts, examples[i].gold.length, TAG_COUNT, false).tags);
      train[i].words.forEach((w, j) => lines.push(`${w}\t${train[i].tags[j]}\t${pred[j]}`));
      lines.push('');
    });
    writeFileSync(foldErrors, lines.join('\n'));
  }
  if (firstTags === 'biased') {
    for (let i = 0; i < examples.length; i++) {
      const s = withLabelBias(heldOut[i].model.stages[0], labels, heldOut[i].model.scale);
      tags[i] = viterbi(heldOut[i].scores, s.transitions, s.starts, examples[i].gold.length, TAG_COUNT, false).tags;
    }
  }
  return { tags, biases: { labels, outside, types } };
}

// The document stage's examples: `base` plus the in-document features that the tags `tags` give (the default
// ones, then those of round 8's groups that are on), in the order the run-time tagger adds them.
// The in-document features of a run of sentences read as one document.
function documentParts(words: readonly (readonly string[])[], tags: readonly Int32Array[], keys: readonly Uint32Array[], groups: number): SentenceFeatures[][] {
  const parts = [documentFeatures(keys, tags, DOC_WINDOW, TAG_COUNT)];
  if (groups & FeatureGroup.Topic) parts.push(topicFeatures(words, tags, { ...shared, topic: table(topic) }, TAG_COUNT, TOPIC_REACH));
  if (groups & FeatureGroup.DocPosition) parts.push(positionFeatures(keys, tags, DOC_WINDOW, TAG_COUNT));
  if (groups & FeatureGroup.DocPair) parts.push(documentPairFeatures(keys, tags, DOC_WINDOW, TAG_COUNT));
  if (groups & FeatureGroup.DocEntity) parts.push(entityFeatures(keys, tags, DOC_WINDOW, TAG_COUNT));
  return parts;
}

function documentExamples(base: readonly Example[], tags: readonly Int32Array[], keys: readonly Uint32Array[], groups: number): Example[] {
  const parts = documentParts(
    train.map((s) => s.words),
    tags,
    keys,
    groups,
  );
  return base.map((e, i) => ({ features: parts.reduce((f, p) => appendFeatures(f, p[i]), e.features), gold: e.gold }));
}

// `--doc-alone`: every training sentence a second time as a document of its own, so that the document stage
// also learns what its features look like in a one-sentence text (as `tahlil conll` tags by default).
function aloneExamples(base: readonly Example[], tags: readonly Int32Array[], keys: readonly Uint32Array[], groups: number): Example[] {
  return base.map((e, i) => {
    const parts = documentParts([train[i].words], [tags[i]], [keys[i]], groups);
    return { features: parts.reduce((f, p) => appendFeatures(f, p[0]), e.features), gold: e.gold };
  });
}

// `--doc-folds` (round 8): the document stage's F1 on the training split, held out over the first stage's
// five folds. A fold's sentences get their in-document features from held-out first-stage tags, as in
// training, and are tagged by a document stage trained on the other four folds, with the chosen biases.
// Dev has 969 names; the training split has about 8,000, so this measures the document stage's features
// with far less noise than dev (the first stage's held-out F1 cannot see them). Returns the held-out tags
// without the biases (as `mixed` first-stage tags are), which a second document stage trains on.
function heldOutDocument(second: readonly Example[], labels: Float32Array): Int32Array[] {
  const held = heldOutDocumentScores(second);
  const predicted = held.map((h, i) => toBio(TAG_COUNT, heldOutTags(h, second[i].gold.length, labels)));
  const scores = scoreChunks(
    train.map((s) => s.tags),
    predicted,
  );
  log(`held-out document-stage F1 ${scores.micro.f1.toFixed(2)} (P ${scores.micro.precision.toFixed(2)}, R ${scores.micro.recall.toFixed(2)})`);
  return held.map((h, i) => heldOutTags(h, second[i].gold.length));
}

interface HeldOut {
  scores: Float32Array;
  model: LoadedModel;
}

// Each training sentence's document-stage scores from a document stage trained on the other four of the first
// stage's five folds; computed once per set of examples, for `--doc-folds`, `--doc-stages 2` and `--doc-bias`.
const heldOutByExamples = new WeakMap<readonly Example[], HeldOut[]>();
function heldOutDocumentScores(second: readonly Example[]): HeldOut[] {
  const known = heldOutByExamples.get(second);
  if (known !== undefined) return known;
  const held: HeldOut[] = new Array(second.length);
  for (let k = 0; k < firstStageFolds; k++) {
    const lo = Math.floor((k * second.length) / firstStageFolds);
    const hi = Math.floor(((k + 1) * second.length) / firstStageFolds);
    const model = stageOf({ role: 'document', ...learn([...second.slice(0, lo), ...second.slice(hi)], false) });
    for (let i = lo; i < hi; i++) held[i] = { scores: emissionsOf(model, second[i].features, second[i].gold.length), model };
  }
  heldOutByExamples.set(second, held);
  return held;
}

// A held-out sentence's tags, with the label biases `labels` or without any.
function heldOutTags({ scores, model }: HeldOut, n: number, labels?: Float32Array): Int32Array {
  const s = labels === undefined ? model.stages[0] : withLabelBias(model.stages[0], labels, model.scale);
  return viterbi(scores, s.transitions, s.starts, n, TAG_COUNT, false).tags;
}

// `--doc-bias` (round 9): the document stage's own O penalty, chosen on its held-out F1 over the first stage's
// folds (as `--doc-folds` measures it: about 8,000 names) instead of the first stage's.
function documentBias(second: readonly Example[], types: Record<string, number>): Float32Array {
  const held = heldOutDocumentScores(second);
  const gold = train.map((s) => s.tags);
  const f1s = OUTSIDE_BIASES.map((b) => {
    const labels = biasVector(b, types);
    return scoreChunks(
      gold,
      held.map((h, i) => toBio(TAG_COUNT, heldOutTags(h, second[i].gold.length, labels))),
    ).micro.f1;
  });
  const outside = OUTSIDE_BIASES[f1s.indexOf(Math.max(...f1s))];
  log(`held-out document-stage F1 by O penalty: ${OUTSIDE_BIASES.map((b, j) => `${b}:${f1s[j].toFixed(2)}`).join(' ')}; chosen O -${outside}`);
  return biasVector(outside, types);
}

// The guide tagger learns WikiFANE's own conventions; it never sees its own lexicon (WikiFANE word and span
// lexicons would describe the very sentences it trains on).
function trainGuide(groups: number, sentences: readonly Sentence[] = wiki): RawStage {
  // Round 8's groups read the WikiFANE lexicon or later stages' context: the guide never sees them.
  const guideGroups =
    groups &
    ~(FeatureGroup.WikiLexicon | FeatureGroup.SpanLexicon | FeatureGroup.StemLexicon | FeatureGroup.Topic | FeatureGroup.TriggerContext | FeatureGroup.NameBoundary | FeatureGroup.DocPosition | FeatureGroup.DocPair | FeatureGroup.DocEntity);
  const lex: Lexicons = { train: table(fullTrain), names: shared.names, clusters: shared.clusters, ud: shared.ud };
  // `--guide-wiki` (round 9): the guide reads the WikiFANE lexicon too, jackknifed over 10 contiguous folds of
  // its own sentences, so that a sentence never sees its own counts; on news it reads the whole lexicon.
  let lexOf = (_: number): Lexicons => lex;
  let ownGroups = guideGroups;
  if (args.has('guide-wiki') && groups & FeatureGroup.WikiLexicon) {
    const { foldOf: wikiFold, tables } = jackknife(sentences, folds);
    const byFold = tables.map((t) => ({ ...lex, wiki: table(t) }));
    lexOf = (i) => byFold[wikiFold[i]];
    ownGroups = guideGroups | FeatureGroup.WikiLexicon;
  }
  const examples = sentences.map((s, i) => ({ features: extractFeatures(s.words, lexOf(i), ownGroups), gold: fromBio(TAG_COUNT, s.tags) }));
  const trained = learn(examples, true);
  log('guide tagger trained');
  return { role: 'guide', ...trained };
}

// `--adapt`: WikiFANE's sentences as training examples of the sentence stage. Their WikiFANE lexicon is
// jackknifed over 10 contiguous WikiFANE folds, as the train lexicon is for ANERcorp, and their train lexicon is
// ANERcorp's whole training split (not their own corpus). By default they get no guide features in either copy:
// the guide was trained on these very sentences, so its tags there are near-gold, and the guide weights must be
// learnt where the guide is out of sample, on news. `--adapt-guide jackknife` gives them held-out guide tags.
let wikiKept: number[] = [];
function wikiExamplesOf(groups: number): Example[] {
  const { foldOf: wikiFold, tables } = jackknife(wiki, folds);
  const lexicons: Lexicons[] = tables.map((t) => ({ ...shared, train: table(fullTrain), spans: table(fullSpans), stems: table(fullStems), wiki: table(t) }));
  const gold = (tags: readonly string[]): string[] => (adaptMisc === 'o' ? tags.map((t) => (t.endsWith('-MISC') ? 'O' : t)) : [...tags]);
  const kept = wiki.map((_, i) => i).filter((i) => Math.floor(i * adaptShare) !== Math.floor((i + 1) * adaptShare));
  wikiKept = kept;
  return kept.map((i) => ({ features: extractFeatures(wiki[i].words, lexicons[wikiFold[i]], groups), gold: fromBio(TAG_COUNT, gold(wiki[i].tags)) }));
}

// The GuideMargin bucket bounds (in score units × GUIDE_MARGIN_UNIT): quantiles of the guide's margins over the
// training split's tokens it tags as part of a name (nearly every O token's margin is large, so quantiles over
// all tokens would put almost every name in the lowest bucket).
function marginThresholds(tags: readonly Int32Array[], margins: readonly Float32Array[]): Table {
  const named: number[] = [];
  tags.forEach((t, s) => t.forEach((tag, i) => tag !== 0 && named.push(margins[s][i])));
  named.sort((a, b) => a - b);
  const bounds = Array.from({ length: guideMarginBuckets - 1 }, (_, b) => Math.round(named[Math.floor(((b + 1) * named.length) / guideMarginBuckets)] * GUIDE_MARGIN_UNIT));
  log(`guide margin buckets from ${named.length} name tokens: ${bounds.map((b) => (b / GUIDE_MARGIN_UNIT).toFixed(1)).join(', ')}`);
  return { keys: Uint32Array.from(bounds, (_, b) => b), values: Uint32Array.from(bounds) };
}
let guideMargin: Table | undefined;

// A sentence's guide tags and, when asked for (the GuideMargin group), their margins in score units.
function guideTagging(guide: LoadedModel, e: Example, withMargins: boolean): { tags: Int32Array; margins: Float32Array } {
  const s = guide.stages[0];
  const n = e.gold.length;
  const d = viterbi(emissionsOf(guide, e.features, n), s.transitions, s.starts, n, TAG_COUNT, withMargins);
  return { tags: d.tags, margins: (d.margins ?? new Float32Array(0)).map((m) => m * guide.scale) };
}

// The example with the guide features of its tagging appended (with margin buckets when there are thresholds).
function withGuideFeatures(e: Example, tagging: { tags: Int32Array; margins: Float32Array }, thresholds: IntTable | undefined): Example {
  const buckets = thresholds && marginBuckets(tagging.margins, thresholds);
  return { features: appendFeatures(e.features, guideFeatures(tagging.tags, TAG_COUNT, buckets)), gold: e.gold };
}

// `--adapt-guide jackknife`: the WikiFANE examples' guide features come from guides trained on the other four of
// five contiguous WikiFANE folds, so that they are as noisy there as on text the guide never saw.
function withHeldOutGuide(groups: number, examples: readonly Example[]): Example[] {
  const k = 5;
  const foldOfWiki = (i: number): number => Math.min(k - 1, Math.floor((i * k) / wiki.length));
  const thresholds = table(guideMargin);
  const out = examples.slice();
  for (let f = 0; f < k; f++) {
    const guide = stageOf(trainGuide(groups, wiki.filter((_, i) => foldOfWiki(i) !== f)));
    wikiKept.forEach((w, j) => {
      if (foldOfWiki(w) === f) out[j] = withGuideFeatures(examples[j], guideTagging(guide, examples[j], thresholds !== undefined), thresholds);
    });
  }
  log(`held-out guide features for ${examples.length} WikiFANE sentences`);
  return out;
}

// An `--augment` copy as a training example, with the sentences it took words from.
interface AugmentedExample {
  example: Example;
  uses: readonly number[];
}

function trainWith(groups: number, twoStage: boolean, useGuide: boolean): { raw: RawModel; scores: Scores } {
  let examples = examplesOf(groups);
  // `--augment`: copies get their features as real sentences do, with their source sentence's lexicon fold.
  const copies = augmentedSentences();
  let copyExamples: Example[] = copies.map((c) => ({
    features: extractFeatures(c.sentence.words, foldLexicons[foldOf[c.source]], groups),
    gold: fromBio(TAG_COUNT, c.sentence.tags),
  }));
  if (copies.length > 0) log(`augmented: ${copies.length} copies (source ${augmentSource}, p ${augmentP})`);
  wikiAdapted = adapt ? wikiExamplesOf(groups) : [];
  if (adapt) log(`adapted sentence stage: ${wikiAdapted.length} WikiFANE sentences (MISC ${adaptMisc})`);
  const stages: RawStage[] = [];
  if (useGuide) {
    const guide = trainGuide(groups);
    stages.push(guide);
    const loaded = stageOf(guide);
    const withMargins = (groups & FeatureGroup.GuideMargin) !== 0;
    const taggings = examples.map((e) => guideTagging(loaded, e, withMargins));
    guideMargin = withMargins ? marginThresholds(taggings.map((t) => t.tags), taggings.map((t) => t.margins)) : undefined;
    const thresholds = table(guideMargin);
    examples = examples.map((e, i) => withGuideFeatures(e, taggings[i], thresholds));
    copyExamples = copyExamples.map((e) => withGuideFeatures(e, guideTagging(loaded, e, withMargins), thresholds));
    if (adaptGuide === 'jackknife' && wikiAdapted.length > 0) wikiAdapted = withHeldOutGuide(groups, wikiAdapted);
  }
  // Tuning on the training split alone: print the held-out first-stage F1 by O penalty, then stop.
  const augmented: AugmentedExample[] = copies.map((c, i) => ({ example: copyExamples[i], uses: c.uses }));
  if (args.has('folds-only')) {
    jackknifedFirstStage(examples, augmented);
    process.exit(0);
  }
  stages.push({ role: 'sentence', ...trainBagged([...examples, ...copyExamples], true) });
  if (twoStage) {
    const { tags: first, biases } = jackknifedFirstStage(examples, augmented);
    const keys = train.map((s) => nameKeys(s.words, shared));
    const second = documentExamples(examples, first, keys, groups);
    const docTags = args.has('doc-folds') || documentStages > 1 ? heldOutDocument(second, biases.labels) : undefined;
    stages.push({ role: 'document', ...trainBagged(args.has('doc-alone') ? [...second, ...aloneExamples(examples, first, keys, groups)] : second) });
    // `--doc-stages 2` (round 8): a second document stage re-reads the first one's tags (held-out tags in
    // training). At run time its in-document features are added on top of the first document stage's, as
    // every stage's are, so it trains on both.
    if (documentStages > 1 && docTags !== undefined) {
      const third = documentExamples(second, docTags, keys, groups);
      stages.push({ role: 'document', ...trainBagged(third) });
    }
    outsideBias = biases.outside;
    typeBiases = biases.types;
    const documentLabels = args.has('doc-bias') ? documentBias(second, biases.types) : biases.labels;
    for (let k = 0; k < stages.length; k++) {
      if (stages[k].role === 'guide' || (firstTags === 'plain' && stages[k].role === 'sentence')) continue;
      stages[k] = withLabelBias(stages[k], stages[k].role === 'document' ? documentLabels : biases.labels);
    }
  }
  const raw: RawModel = {
    tagCount: TAG_COUNT,
    groups,
    stages,
    prune,
    lexicons: {
      train: groups & FeatureGroup.TrainLexicon ? fullTrain : undefined,
      wiki: groups & FeatureGroup.WikiLexicon ? wikiTable : undefined,
      names: groups & (FeatureGroup.GivenName | FeatureGroup.Trigger | FeatureGroup.HeadReach) ? names : undefined,
      clusters: groups & FeatureGroup.Cluster ? clusters : undefined,
      spans: groups & FeatureGroup.SpanLexicon ? fullSpans : undefined,
      stems: groups & FeatureGroup.StemLexicon ? fullStems : undefined,
      ud: groups & FeatureGroup.UdLexicon ? ud : undefined,
      dict: groups & FeatureGroup.Dictionary ? dict : undefined,
      ngrams: groups & FeatureGroup.NameLikeness ? ngrams : undefined,
      topic: groups & FeatureGroup.Topic ? topic : undefined,
      guideMargin: groups & FeatureGroup.GuideMargin ? guideMargin : undefined,
    },
  };
  // Score the model as shipped (encoded, quantized, decoded), not the in-memory weights.
  const scores = evaluate(decodeModel(encodeModel(raw)), dev);
  return { raw, scores };
}

const twoStage = !args.has('one-stage');
const useGuide = wiki.length > 0 && !args.has('no-guide');
let outsideBias = 0;
let typeBiases: Record<string, number> = {};

if (args.has('ablate')) {
  const full = parseGroups(withoutSpec);
  const lines = ['| model | micro P | micro R | micro F1 | Δ F1 |', '|---|---:|---:|---:|---:|'];
  const base = trainWith(full, twoStage, useGuide).scores.micro;
  log(`as configured: F1 ${base.f1.toFixed(2)}`);
  lines.push(`| as configured | ${base.precision.toFixed(2)} | ${base.recall.toFixed(2)} | ${base.f1.toFixed(2)} | |`);
  const row = (name: string, s: Scores['micro']): void => {
    log(`${name}: F1 ${s.f1.toFixed(2)}`);
    lines.push(`| ${name} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} | ${s.f1.toFixed(2)} | ${(s.f1 - base.f1).toFixed(2)} |`);
  };
  if (useGuide) row('without guide tagger', trainWith(full, twoStage, false).scores.micro);
  if (twoStage) row('without document stage (and O penalty)', trainWith(full, false, useGuide).scores.micro);
  for (const [name, bit] of Object.entries(FeatureGroup)) {
    if (!(full & bit)) continue;
    row(`without ${name}`, trainWith(full & ~bit, twoStage, useGuide).scores.micro);
  }
  console.log(lines.join('\n'));
} else {
  const groups = parseGroups(withoutSpec);
  const { raw, scores } = trainWith(groups, twoStage, useGuide);
  log(`trained, ${raw.stages.map((t) => t.featureKeys.length).join(' + ')} features`);
  console.log(scoresTable(scores));
  if (!args.has('no-write')) {
    const data = encodeModel(raw);
    const info = {
      trainedOn: 'ANERcorp train.bio (CAMeL split), first 90% of sentences' + (wikiPath ? '; WikiFANE Gold as guide-tagger training data and lexicons' : ''),
      trainSentences: train.length,
      scheme,
      ...(learner !== 'perceptron' || guideLearner !== 'perceptron' ? { learner, guideLearner, crf } : {}),
      ...(learner === 'ensemble' || guideLearner === 'ensemble' ? { ensembleAlpha } : {}),
      epochs,
      seed,
      dropout,
      margin,
      missCost,
      paCap,
      bag,
      outsideBias,
      ...(typeBiasMode !== 'none' ? { typeBias: { mode: typeBiasMode, ...typeBiases } } : {}),
      ...(firstTags !== 'mixed' ? { firstTags } : {}),
      ...(adapt ? { adapt: { misc: adaptMisc, share: adaptShare, guide: adaptGuide } } : {}),
      ...(augmentCopies > 0 ? { augment: { copies: augmentCopies, source: augmentSource, p: augmentP } } : {}),
      prune,
      stages: raw.stages.length,
      groups: Object.entries(FeatureGroup).filter(([, bit]) => groups & bit).map(([name]) => name),
      bytes: data.length,
      licence:
        'CC BY-SA 4.0 (ANERcorp)' +
        (wikiPath ? ', CC BY-SA 3.0 (WikiFANE)' : '') +
        (groups & FeatureGroup.UdLexicon && ud ? ', CC BY-SA 3.0 (UD Arabic-PUD)' : '') +
        ((groups & FeatureGroup.Dictionary && dict) || (groups & FeatureGroup.NameLikeness && nameWords && existsSync(dictPath)) ? ', MPL 1.1 (Ayaspell hunspell-ar)' : '') +
        ', ISC (arabic-name-to-en)',
    };
    const lines = [
      '// GENERATED by scripts/train-ner.ts — do not edit',
      '/* eslint-disable */',
      `/** How the bundled name-tagger model was trained. */`,
      `export const NER_MODEL_INFO = ${JSON.stringify(info)} as const;`,
      '/** The bundled name-tagger model (see src/recognize/names/model/codec.ts for the format). */',
      `export const NER_MODEL_DATA =\n  '${data}';`,
      '',
    ];
    writeFileSync(outPath, lines.join('\n'));
    log(`wrote ${outPath} (${data.length} bytes of model data)`);
  }
}
