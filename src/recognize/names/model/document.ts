/**
 * Second-stage, in-document features (after Krishnan & Manning 2006): a name is usually tagged the same way
 * throughout a document, so the second stage sees how the first stage tagged the other occurrences of the
 * same word in nearby sentences, plus the first stage's own tags around the token.
 *
 * @packageDocumentation
 */
import type { SentenceFeatures } from './features.js';
import { mix } from './hash.js';
import { labelType } from './tags.js';

/**
 * How many sentences before and after a sentence count as its document context.
 *
 * @example
 * ```ts
 * documentFeatures(keys, firstStageTags, DOC_WINDOW);
 * ```
 */
export const DOC_WINDOW = 20;

const T_DOC = 0x0d0c;
/**
 * Bits that hold one tag in a packed pair, and the pseudo-tag of the sentence edge, for a tag set.
 *
 * @example
 * ```ts
 * tagBits(17); // { bits: 5, edge: 31 }
 * ```
 */
export function tagBits(tagCount: number): { bits: number; edge: number } {
  const bits = tagCount > 15 ? 5 : 4;
  return { bits, edge: (1 << bits) - 1 };
}

function bucket(part: number, total: number): number {
  const r = part / total;
  return r < 0.34 ? 1 : r < 0.67 ? 2 : r < 1 ? 3 : 4;
}

/**
 * In-document features of every sentence, from the name keys of its tokens (0 = cannot be a name) and the
 * first stage's tag indices, counting occurrences in `window` sentences on either side.
 *
 * @example
 * ```ts
 * const extra = documentFeatures([nameKeys(words, lex)], [firstTags], DOC_WINDOW);
 * ```
 */
export function documentFeatures(
  keys: readonly Uint32Array[],
  tags: readonly Int32Array[],
  window: number,
  tagCount = 9,
): SentenceFeatures[] {
  return documentCodes(keys, tags, window, tagCount).map((codes) => {
    const n = codes.length;
    const offsets = new Int32Array(n + 1);
    const feats: number[] = [];
    const add = (key: number): void => {
      feats.push(key);
    };
    for (let i = 0; i < n; i++) {
      offsets[i] = feats.length;
      documentCodeFeatures(codes[i], tagCount, add);
    }
    offsets[n] = feats.length;
    return { offsets, features: Uint32Array.from(feats) };
  });
}

/**
 * The in-document context of every token of every sentence, each packed into one number (below 2^53): its
 * own, previous and next first-stage tags, the majority type of its other occurrences and of its
 * neighbours', and the bucketed share of each type among its other occurrences. A token's in-document
 * features depend on nothing else, so the tagger memoizes their weights by this code.
 *
 * @example
 * ```ts
 * const [codes] = documentCodes([nameKeys(words, lex)], [firstTags], DOC_WINDOW, 17);
 * ```
 */
export function documentCodes(
  keys: readonly Uint32Array[],
  tags: readonly Int32Array[],
  window: number,
  tagCount = 9,
): Float64Array[] {
  const typeOf = (tag: number): number => labelType(tagCount, tag);
  const slots = keySlots(keys);
  // Five counts (PER, ORG, LOC, MISC, O) per distinct key, in the window's sentences.
  const counts = new Int32Array(slots.count * 5);
  const update = (s: number, delta: number): void => {
    const k = slots.of[s];
    for (let i = 0; i < k.length; i++) if (k[i] >= 0) counts[k[i] * 5 + typeOf(tags[s][i])] += delta;
  };
  const out: Float64Array[] = [];
  let lo = 0;
  let hi = 0; // counts cover sentences [lo, hi)
  for (let s = 0; s < keys.length; s++) {
    while (hi < keys.length && hi <= s + window) update(hi++, 1);
    while (lo < s - window) update(lo++, -1);
    out.push(sentenceCodes(slots.of[s], tags[s], counts, tagCount));
  }
  return out;
}

// A dense index for the document's distinct keys (-1 for the key 0, which is never counted), so that the
// sliding window's counts sit in one flat array instead of a map entry per key.
function keySlots(keys: readonly Uint32Array[]): { of: Int32Array[]; count: number } {
  let total = 0;
  for (const k of keys) total += k.length;
  let capacity = 16;
  while (capacity < total * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Uint32Array(capacity);
  const index = new Int32Array(capacity).fill(-1);
  let count = 0;
  const of = keys.map((k) => {
    const o = new Int32Array(k.length);
    for (let i = 0; i < k.length; i++) {
      const key = k[i];
      if (key === 0) {
        o[i] = -1;
        continue;
      }
      let h = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (index[h] >= 0 && table[h] !== key) h = (h + 1) & mask;
      if (index[h] < 0) {
        table[h] = key;
        index[h] = count++;
      }
      o[i] = index[h];
    }
    return o;
  });
  return { of, count };
}

const own = new Int32Array(5);
// Layout of a code: the low 32 bits hold tags and majorities, the bits above them the type shares.
const HIGH = 2 ** 32;

function sentenceCodes(slots: Int32Array, tags: Int32Array, counts: Int32Array, tagCount: number): Float64Array {
  const n = slots.length;
  const typeOf = (tag: number): number => labelType(tagCount, tag);
  const { bits, edge } = tagBits(tagCount);
  const majority = new Int32Array(n).fill(-1);
  const codes = new Float64Array(n);
  // Majority type of each token's other occurrences (-1: no other occurrence or not a name candidate).
  for (let i = 0; i < n; i++) {
    if (slots[i] < 0) continue;
    const c = slots[i] * 5;
    own.fill(0);
    own[typeOf(tags[i])] = 1;
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (let t = 0; t < 5; t++) {
      const v = counts[c + t] - own[t];
      total += v;
      if (v > bestCount) {
        best = t;
        bestCount = v;
      }
    }
    if (total > 0) majority[i] = best;
  }
  for (let i = 0; i < n; i++) {
    const tag = tags[i];
    const prev = i > 0 ? tags[i - 1] : edge;
    const next = i + 1 < n ? tags[i + 1] : edge;
    const majPrev = i > 0 ? majority[i - 1] + 1 : 7;
    const majNext = i + 1 < n ? majority[i + 1] + 1 : 7;
    let low = tag | (prev << bits) | (next << (2 * bits)) | (majPrev << 15) | (majNext << 18);
    let shares = 0;
    if (slots[i] >= 0 && majority[i] >= 0) {
      const c = slots[i] * 5;
      let total = 0;
      for (let t = 0; t < 5; t++) total += counts[c + t] - (typeOf(tag) === t ? 1 : 0);
      for (let t = 0; t < 5; t++) {
        const v = counts[c + t] - (typeOf(tag) === t ? 1 : 0);
        if (v > 0) shares |= bucket(v, total) << (t * 3);
      }
      low |= (1 << 21) | (majority[i] << 22);
    } else if (slots[i] >= 0) low |= 1 << 25;
    codes[i] = (low >>> 0) + shares * HIGH;
  }
  return codes;
}

/**
 * The in-document features of a token, from its code (see {@link documentCodes}).
 *
 * @example
 * ```ts
 * documentCodeFeatures(codes[i], 17, (key) => keys.push(key));
 * ```
 */
export function documentCodeFeatures(code: number, tagCount: number, add: (key: number) => void): void {
  const { bits, edge } = tagBits(tagCount);
  const low = code % HIGH;
  const shares = Math.floor(code / HIGH);
  const tag = low & edge;
  const prev = (low >>> bits) & edge;
  const next = (low >>> (2 * bits)) & edge;
  add(mix(T_DOC, mix(1, tag)));
  add(mix(T_DOC, mix(2, (prev << bits) | tag)));
  add(mix(T_DOC, mix(3, (tag << bits) | next)));
  if (low & (1 << 21)) {
    for (let t = 0; t < 5; t++) {
      const b = (shares >>> (t * 3)) & 7;
      if (b !== 0) add(mix(T_DOC, mix(4, t * 8 + b)));
    }
    add(mix(T_DOC, mix(5, (((low >>> 22) & 7) << bits) + tag)));
  } else {
    add(mix(T_DOC, mix(6, (low >>> 25) & 1)));
  }
  add(mix(T_DOC, mix(7, (low >>> 15) & 7)));
  add(mix(T_DOC, mix(8, (low >>> 18) & 7)));
}

/**
 * Concatenates two feature sets of the same sentence token by token.
 *
 * @example
 * ```ts
 * const all = appendFeatures(base, extra);
 * ```
 */
export function appendFeatures(a: SentenceFeatures, b: SentenceFeatures): SentenceFeatures {
  const n = a.offsets.length - 1;
  const offsets = new Int32Array(n + 1);
  const features = new Uint32Array(a.features.length + b.features.length);
  const lexicalEnd = a.lexicalEnd === undefined ? undefined : new Int32Array(n);
  let len = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    if (lexicalEnd !== undefined) lexicalEnd[i] = len + (a.lexicalEnd![i] - a.offsets[i]);
    features.set(a.features.subarray(a.offsets[i], a.offsets[i + 1]), len);
    len += a.offsets[i + 1] - a.offsets[i];
    features.set(b.features.subarray(b.offsets[i], b.offsets[i + 1]), len);
    len += b.offsets[i + 1] - b.offsets[i];
  }
  offsets[n] = len;
  return { offsets, features, lexicalEnd };
}
