/**
 * Tagging a corpus with a loaded model and scoring it.
 */
import type { LoadedModel } from '../../src/recognize/names/model/codec.js';
import { decodeDocument } from '../../src/recognize/names/model/tagger.js';
import { toBio } from '../../src/recognize/names/model/tags.js';
import type { Sentence } from './corpus.js';
import { scoreChunks, type Scores } from './scorer.js';

/**
 * Tags every sentence with the model and scores against the gold tags.
 *
 * @example
 * ```ts
 * evaluate(model, dev).micro.f1;
 * ```
 */
export function evaluate(model: LoadedModel, sentences: readonly Sentence[], documentSize = Infinity): Scores {
  return scoreChunks(
    sentences.map((s) => s.tags),
    predict(model, sentences, documentSize),
  );
}

/**
 * The model's BIO tags for every sentence. The sentences are contiguous corpus text, so by default they are
 * tagged as one document (in-document features then see neighbouring sentences, as they would in a real
 * article); `documentSize` cuts them into documents of that many sentences (1: each sentence alone).
 *
 * @example
 * ```ts
 * predict(model, dev)[0]; // ['O', 'B-PER', 'I-PER', …]
 * predict(model, dev, 1)[0]; // the first sentence tagged alone
 * ```
 */
export function predict(model: LoadedModel, sentences: readonly Sentence[], documentSize = Infinity): string[][] {
  const out: string[][] = [];
  const size = Math.min(Math.max(1, documentSize), sentences.length || 1);
  for (let i = 0; i < sentences.length; i += size) {
    const words = sentences.slice(i, i + size).map((s) => s.words);
    for (const d of decodeDocument(model, words)) out.push(toBio(model.tagCount, d.tags));
  }
  return out;
}
