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
export function evaluate(model: LoadedModel, sentences: readonly Sentence[]): Scores {
  return scoreChunks(
    sentences.map((s) => s.tags),
    predict(model, sentences),
  );
}

/**
 * The model's BIO tags for every sentence. The sentences are contiguous corpus text, so they are tagged as
 * one document (in-document features then see neighbouring sentences, as they would in a real article).
 *
 * @example
 * ```ts
 * predict(model, dev)[0]; // ['O', 'B-PER', 'I-PER', …]
 * ```
 */
export function predict(model: LoadedModel, sentences: readonly Sentence[]): string[][] {
  return decodeDocument(model, sentences.map((s) => s.words)).map((d) => toBio(model.tagCount, d.tags));
}
