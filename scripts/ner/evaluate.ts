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
  // The dev split is contiguous corpus text, so it is tagged as one document (in-document features then
  // see neighbouring sentences, as they would in a real article).
  const decoded = decodeDocument(model, sentences.map((s) => s.words));
  const predicted = decoded.map((d) => toBio(model.tagCount, d.tags));
  return scoreChunks(
    sentences.map((s) => s.tags),
    predicted,
  );
}
