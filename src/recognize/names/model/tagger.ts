/**
 * Scoring and decoding with a loaded model: the first stage tags each sentence alone; the second stage
 * (when the model has one) re-tags every sentence with in-document features from the first stage's tags.
 *
 * @packageDocumentation
 */
import type { LoadedModel } from './codec.js';
import { viterbi, type Decoded } from './decoder.js';
import { addCodedEmissions, addSentenceEmissions, cacheable, type CodeFeatures, type DocumentWords, type WordSums } from './emissions.js';
import {
  DOC_WINDOW,
  documentCodeFeatures,
  documentCodes,
  documentFeatures,
  entityCodeFeatures,
  entityCodes,
  documentPairFeatures,
  entityFeatures,
  positionFeatures,
  pairCodeFeatures,
  pairCodes,
  positionCodeFeatures,
  positionCodes,
  topicFeatures,
} from './document.js';
import { extractFeatures, FeatureGroup, nameKeys, type SentenceFeatures } from './features.js';
import { guideCode, guideCodeFeatures, guideFeatures, marginBuckets } from './guide.js';
import { mapPacked } from '../../../util/arrays.js';
import { int32Array } from '../../../util/typed-chunks.js';

/**
 * Adds the weights of a sentence's features, in the model's integer units, to the emission scores of stages
 * `from ..` (all stages
 * interleaved: token `i`, stage `k`, tag `t` at `scores[(i * stages + k) * tagCount + t]`), looking each
 * feature up once for all stages.
 *
 * @example
 * ```ts
 * const scores = new Float32Array(n * model.stages.length * model.tagCount);
 * addEmissions(model, features, n, scores, 0);
 * ```
 */
export function addEmissions(model: LoadedModel, f: SentenceFeatures, n: number, scores: Float32Array, from: number): void {
  const T = model.tagCount;
  const S = model.stages.length;
  const width = S * T;
  const { offsets, features } = f;
  const { index, weights, stageMask } = model;
  for (let i = 0; i < n; i++) {
    const base = i * width;
    for (let j = offsets[i]; j < offsets[i + 1]; j++) {
      const row = index.get(features[j]);
      if (row < 0) continue;
      // A row holds zeros for the stages it has no weight in, so one contiguous pass over the stages from
      // `from` on is correct, and faster than skipping stage by stage.
      if ((stageMask[row] >> from) === 0) continue;
      const w = row * width - base;
      for (let x = base + from * T; x < base + width; x++) scores[x] += weights[w + x];
    }
  }
}

// The code kinds' features in `addCodedEmissions`'s form, made once here rather than per document (see
// `ModelCache.addPair` in emissions.ts for why).
const featuresOfPosition: CodeFeatures = (code, _tagCount, add) => positionCodeFeatures(code, add);
const beforePair: CodeFeatures = (code, _tagCount, add) => pairCodeFeatures(0, code, add);
const afterPair: CodeFeatures = (code, _tagCount, add) => pairCodeFeatures(1, code, add);
const featuresOfEntity: CodeFeatures = (code, _tagCount, add) => entityCodeFeatures(code, add);

/** One kind of per-token code of the document stage, with the features a code stands for. */
interface CodedKind {
  kind: string;
  codes: readonly ArrayLike<number>[];
  featuresOf: CodeFeatures;
}

// The document stage's codes on the cached path: the in-document type codes, then round 8's groups. Each
// distinct code's weight sum is computed once (`addCodedEmissions`). The caller adds every kind to one
// sentence before it moves to the next, so each sentence's scores are walked once for all five kinds (the
// sums are whole numbers, so the order of the additions changes no bit).
function documentKinds(model: LoadedModel, keys: readonly Uint32Array[], tags: readonly Int32Array[]): CodedKind[] {
  const T = model.tagCount;
  const kinds: CodedKind[] = [
    { kind: 'document', codes: documentCodes(keys, tags, DOC_WINDOW, T), featuresOf: documentCodeFeatures },
  ];
  if (model.groups & FeatureGroup.DocPosition) kinds.push({ kind: 'doc-position', codes: positionCodes(keys, tags, DOC_WINDOW, T), featuresOf: featuresOfPosition });
  if (model.groups & FeatureGroup.DocPair) {
    const pairs = pairCodes(keys, tags, DOC_WINDOW, T);
    const before: Int32Array[] = [];
    const after: Int32Array[] = [];
    for (const [b, a] of pairs) {
      before.push(b);
      after.push(a);
    }
    kinds.push({ kind: 'doc-pair-before', codes: before, featuresOf: beforePair });
    kinds.push({ kind: 'doc-pair-after', codes: after, featuresOf: afterPair });
  }
  if (model.groups & FeatureGroup.DocEntity) kinds.push({ kind: 'doc-entity', codes: entityCodes(keys, tags, DOC_WINDOW, T), featuresOf: featuresOfEntity });
  return kinds;
}

// Round 8's in-document groups on the plain path: the same features one by one, as training adds them.
function addDocumentGroups(model: LoadedModel, keys: readonly Uint32Array[], tags: readonly Int32Array[], scores: readonly Float32Array[], k: number): void {
  const T = model.tagCount;
  const plain = (extra: SentenceFeatures[]): void => extra.forEach((f, s) => addEmissions(model, f, keys[s].length, scores[s], k));
  if (model.groups & FeatureGroup.DocPosition) plain(positionFeatures(keys, tags, DOC_WINDOW, T));
  if (model.groups & FeatureGroup.DocPair) plain(documentPairFeatures(keys, tags, DOC_WINDOW, T));
  if (model.groups & FeatureGroup.DocEntity) plain(entityFeatures(keys, tags, DOC_WINDOW, T));
}

// 4M floats (16 MB): about 80,000 tokens of a three-stage model.
const KEPT_SCORES = 1 << 22;
let documentBuffer = new Float32Array(0);

/**
 * Tags the sentences of one document: tag indices and per-token margins for each sentence. Features are
 * extracted and looked up once; each stage adds its own on top (guide tags, then in-document tags).
 *
 * @example
 * ```ts
 * const [{ tags, margins }] = decodeDocument(model, [['زار', 'بوتين', 'بكين']]);
 * ```
 */
export function decodeDocument(
  model: LoadedModel,
  sentences: readonly (readonly string[])[],
  forms?: DocumentForms,
): { tags: Int32Array; margins: Float32Array }[] {
  const S = model.stages.length;
  const T = model.tagCount;
  // One buffer for the whole document, viewed per sentence. Up to KEPT_SCORES floats it is kept for the next
  // document (decoding is synchronous, and nothing returned points into it): a large typed array per call
  // is memory outside the heap for the collector to account for and free.
  let total = 0;
  for (const w of sentences) total += w.length;
  const size = total * S * T;
  if (size > KEPT_SCORES) return decodeWith(model, sentences, forms, new Float32Array(size));
  if (documentBuffer.length < size) documentBuffer = new Float32Array(Math.min(KEPT_SCORES, Math.max(size, 2 * documentBuffer.length)));
  return decodeWith(model, sentences, forms, documentBuffer.subarray(0, size).fill(0));
}

/**
 * Numbers for the distinct words of a document, per sentence: sentence `s`'s word `i` is form
 * `sentences[s][i]`, and equal words have equal numbers below `count`. The tokenizer gives them for its
 * tokens (`tokenForms`); a caller with plain words gets them from {@link numberForms}.
 *
 * @example
 * ```ts
 * const forms: DocumentForms = { sentences: [Int32Array.of(0, 1), Int32Array.of(1)], count: 2 };
 * ```
 */
export interface DocumentForms {
  readonly sentences: readonly ArrayLike<number>[];
  readonly count: number;
  /** By form number, the serials of the tokenizer's word records (see `TokenForms.serials`). */
  readonly serials?: ArrayLike<number>;
  readonly previous?: ArrayLike<number>;
}

/**
 * Numbers the distinct words of a document in order of first use.
 *
 * @example
 * ```ts
 * numberForms([['في', 'بكين'], ['بكين']]); // { sentences: [[0, 1], [1]], count: 2 }
 * ```
 */
export function numberForms(sentences: readonly (readonly string[])[]): DocumentForms {
  const ids = new Map<string, number>();
  const out = mapPacked(sentences, (words) => {
    const forms = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) {
      let id = ids.get(words[i]);
      if (id === undefined) ids.set(words[i], (id = ids.size));
      forms[i] = id;
    }
    return forms;
  });
  return { sentences: out, count: ids.size };
}

function decodeWith(
  model: LoadedModel,
  sentences: readonly (readonly string[])[],
  given: DocumentForms | undefined,
  buffer: Float32Array,
): { tags: Int32Array; margins: Float32Array }[] {
  const T = model.tagCount;
  const S = model.stages.length;
  // The coded document sums are memoized per code for one stage offset: a model with a second document stage
  // (round 8, not the shipped one) takes the plain path.
  let documentStages = 0;
  for (let k = 0; k < S; k++) if (model.stages[k].role === 'document') documentStages++;
  const fast = cacheable(model) && documentStages <= 1;
  let keys: Uint32Array[] | undefined = fast ? [] : undefined;
  let at = 0;
  // Only the cached path reads form numbers; plain words are numbered here.
  const forms = given ?? (fast ? numberForms(sentences) : { sentences: [], count: 0 });
  // Filled with undefined, so that it is an array of one kind from the start (not of small integers until
  // the first store), as the code reading it was compiled for.
  const document: DocumentWords = { byForm: new Array<WordSums | undefined>(forms.count).fill(undefined), serials: forms.serials, previous: forms.previous };
  // Loops rather than callbacks made per document throughout (see `ModelCache.addPair` in emissions.ts).
  const scores: Float32Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const w = sentences[s];
    const all = buffer.subarray(at, (at += w.length * S * T));
    if (keys !== undefined) keys.push(addSentenceEmissions(model, w, all, { document, forms: forms.sentences[s] }));
    else addEmissions(model, extractFeatures(w, model.lexicons, model.groups), w.length, all, 0);
    scores.push(all);
  }
  let tags: Int32Array[] = [];
  let margins: Float32Array[] = [];
  // A document of one sentence stops before the document stage: that stage learnt from the other
  // sentences of a ±20-sentence window, and with none it tags worse than the stage before it (dev, each
  // sentence alone: 72.84 against 73.10).
  const used = sentences.length === 1 && S > 1 && model.stages[S - 1].role === 'document' ? S - 1 : S;
  for (let k = 0; k < used; k++) {
    const stage = model.stages[k];
    if (stage.role === 'document') {
      keys ??= mapPacked(sentences, (w) => nameKeys(w, model.lexicons));
      if (fast) {
        const kinds = documentKinds(model, keys, tags);
        for (let s = 0; s < sentences.length; s++) {
          for (const c of kinds) addCodedEmissions(model, c.kind, c.codes[s], c.featuresOf, scores[s], k);
        }
      } else {
        const extra = documentFeatures(keys, tags, DOC_WINDOW, T);
        sentences.forEach((w, s) => addEmissions(model, extra[s], w.length, scores[s], k));
        // Topic is off by default and not in the fast path (NON_LOCAL_GROUPS sends its models here).
        if (model.groups & FeatureGroup.Topic) {
          const topics = topicFeatures(sentences, tags, model.lexicons, T);
          sentences.forEach((w, s) => addEmissions(model, topics[s], w.length, scores[s], k));
        }
        // Round 8's in-document groups (on since round 13).
        if (model.groups & (FeatureGroup.DocPosition | FeatureGroup.DocPair | FeatureGroup.DocEntity)) addDocumentGroups(model, keys, tags, scores, k);
      }
    }
    const last = k === used - 1;
    // GuideMargin (round 9, off by default) reads the guide's margins: one more backward pass for that stage.
    const thresholds = stage.role === 'guide' && model.groups & FeatureGroup.GuideMargin ? model.lexicons.guideMargin : undefined;
    const decoded: Decoded[] = [];
    for (let s = 0; s < sentences.length; s++) {
      decoded.push(viterbi(scores[s], stage.transitions, stage.starts, sentences[s].length, T, last || thresholds !== undefined, k * T, S * T));
    }
    tags = [];
    for (const d of decoded) tags.push(d.tags);
    if (last) {
      margins = [];
      for (let s = 0; s < decoded.length; s++) {
        const m = decoded[s].margins ?? new Float32Array(sentences[s].length);
        for (let i = 0; i < m.length; i++) m[i] *= model.scale;
        margins.push(m);
      }
    }
    if (stage.role === 'guide') {
      const buckets = thresholds && mapPacked(decoded, (d) => marginBuckets((d.margins as Float32Array).map((m) => m * model.scale), thresholds));
      if (fast) {
        for (let s = 0; s < tags.length; s++) {
          const t = tags[s];
          const codes = int32Array(t.length);
          for (let i = 0; i < t.length; i++) codes[i] = guideCode(t, i, T, buckets?.[s]);
          addCodedEmissions(model, 'guide', codes, guideCodeFeatures, scores[s], k + 1);
        }
      } else sentences.forEach((w, s) => addEmissions(model, guideFeatures(tags[s], T, buckets?.[s]), w.length, scores[s], k + 1));
    }
  }
  const out: { tags: Int32Array; margins: Float32Array }[] = [];
  for (let s = 0; s < tags.length; s++) out.push({ tags: tags[s], margins: margins[s] });
  return out;
}
