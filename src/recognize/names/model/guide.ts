/**
 * Guide features (stacking across annotation schemes): a tagger trained on WikiFANE, whose conventions
 * differ from ANERcorp's, tags the sentence first; its tags become features of the news tagger, which
 * learns per type how far to trust them. Its many more annotated names then help without its different
 * MISC definition being imposed.
 *
 * @packageDocumentation
 */
import type { SentenceFeatures } from './features.js';
import { tagBits } from './document.js';
import { mix } from './hash.js';

const T_GUIDE = 0x9d1e;

/**
 * Features of one sentence from the guide tagger's tag indices.
 *
 * @example
 * ```ts
 * const extra = guideFeatures(guideTags);
 * ```
 */
export function guideFeatures(tags: Int32Array, tagCount = 9): SentenceFeatures {
  const { bits, edge: EDGE } = tagBits(tagCount);
  const n = tags.length;
  const offsets = new Int32Array(n + 1);
  const features = new Uint32Array(n * 5);
  let len = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    const prev = i > 0 ? tags[i - 1] : EDGE;
    const next = i + 1 < n ? tags[i + 1] : EDGE;
    features[len++] = mix(T_GUIDE, mix(1, tags[i]));
    features[len++] = mix(T_GUIDE, mix(2, (prev << bits) | tags[i]));
    features[len++] = mix(T_GUIDE, mix(3, (tags[i] << bits) | next));
    features[len++] = mix(T_GUIDE, mix(4, prev));
    features[len++] = mix(T_GUIDE, mix(5, next));
  }
  offsets[n] = len;
  return { offsets, features };
}
