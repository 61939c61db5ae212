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
 * The guide context of token `i`: its guide tag and its neighbours' (the sentence edge as a pseudo-tag),
 * packed into one number. A token's guide features depend on nothing else, so the tagger memoizes their
 * weights by this code.
 *
 * @example
 * ```ts
 * guideCode(Int32Array.of(0, 4, 0), 1, 17);
 * ```
 */
export function guideCode(tags: Int32Array, i: number, tagCount: number): number {
  const { bits, edge } = tagBits(tagCount);
  const prev = i > 0 ? tags[i - 1] : edge;
  const next = i + 1 < tags.length ? tags[i + 1] : edge;
  return (((prev << bits) | tags[i]) << bits) | next;
}

/**
 * The guide features of a token, from its {@link guideCode}.
 *
 * @example
 * ```ts
 * guideCodeFeatures(guideCode(tags, i, 17), 17, (key) => keys.push(key));
 * ```
 */
export function guideCodeFeatures(code: number, tagCount: number, add: (key: number) => void): void {
  const { bits, edge } = tagBits(tagCount);
  const next = code & edge;
  const tag = (code >>> bits) & edge;
  const prev = code >>> (2 * bits);
  add(mix(T_GUIDE, mix(1, tag)));
  add(mix(T_GUIDE, mix(2, (prev << bits) | tag)));
  add(mix(T_GUIDE, mix(3, (tag << bits) | next)));
  add(mix(T_GUIDE, mix(4, prev)));
  add(mix(T_GUIDE, mix(5, next)));
}

/**
 * Features of one sentence from the guide tagger's tag indices.
 *
 * @example
 * ```ts
 * const extra = guideFeatures(guideTags);
 * ```
 */
export function guideFeatures(tags: Int32Array, tagCount = 9): SentenceFeatures {
  const n = tags.length;
  const offsets = new Int32Array(n + 1);
  const features = new Uint32Array(n * 5);
  let len = 0;
  const add = (key: number): void => {
    features[len++] = key;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    guideCodeFeatures(guideCode(tags, i, tagCount), tagCount, add);
  }
  offsets[n] = len;
  return { offsets, features };
}
