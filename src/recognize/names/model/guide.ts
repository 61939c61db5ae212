/**
 * Guide features (stacking across annotation schemes): a tagger trained on WikiFANE, whose conventions
 * differ from ANERcorp's, tags the sentence first; its tags become features of the news tagger, which
 * learns per type how far to trust them. Its many more annotated names then help without its different
 * MISC definition being imposed.
 *
 * @packageDocumentation
 */
import { GUIDE_MARGIN_UNIT, type SentenceFeatures } from './features.js';
import type { IntTable } from './int-table.js';
import { tagBits } from './document.js';
import { mix } from './hash.js';
import { int32Array } from '../../../util/typed-chunks.js';

const T_GUIDE = 0x9d1e;

/**
 * The guide context of token `i`: its guide tag and its neighbours' (the sentence edge as a pseudo-tag),
 * and, when `buckets` are given (the GuideMargin group), the bucket of the guide's margin at `i`, packed into
 * one number. A token's guide features depend on nothing else, so the tagger memoizes their weights by this
 * code.
 *
 * @example
 * ```ts
 * guideCode(Int32Array.of(0, 4, 0), 1, 17);
 * ```
 */
export function guideCode(tags: Int32Array, i: number, tagCount: number, buckets?: Int32Array): number {
  const { bits, edge } = tagBits(tagCount);
  const prev = i > 0 ? tags[i - 1] : edge;
  const next = i + 1 < tags.length ? tags[i + 1] : edge;
  // Bucket + 1 above the three tags, so that 0 (no bucket) leaves the code of a model without the group.
  const bucket = buckets === undefined ? 0 : buckets[i] + 1;
  return (((((bucket << bits) | prev) << bits) | tags[i]) << bits) | next;
}

/**
 * The margin bucket of each token: how many of the model's `guideMargin` thresholds its margin (in score units)
 * reaches.
 *
 * @example
 * ```ts
 * marginBuckets(Float32Array.of(3, 40), thresholds); // e.g. Int32Array [0, 2]
 * ```
 */
export function marginBuckets(margins: Float32Array, thresholds: IntTable): Int32Array {
  const out = int32Array(margins.length);
  for (let i = 0; i < margins.length; i++) {
    let b = 0;
    for (let t = thresholds.get(b); t >= 0 && margins[i] * GUIDE_MARGIN_UNIT >= t; t = thresholds.get(++b));
    out[i] = b;
  }
  return out;
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
  const prev = (code >>> (2 * bits)) & edge;
  const bucket = code >>> (3 * bits);
  if (bucket !== 0) add(mix(T_GUIDE, mix(6, (bucket << bits) | tag)));
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
export function guideFeatures(tags: Int32Array, tagCount = 9, buckets?: Int32Array): SentenceFeatures {
  const n = tags.length;
  const offsets = new Int32Array(n + 1);
  const features = new Uint32Array(n * (buckets === undefined ? 5 : 6));
  let len = 0;
  const add = (key: number): void => {
    features[len++] = key;
  };
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    guideCodeFeatures(guideCode(tags, i, tagCount, buckets), tagCount, add);
  }
  offsets[n] = len;
  return { offsets, features };
}
