/**
 * Second-stage, in-document features (after Krishnan & Manning 2006): a name is usually tagged the same way
 * throughout a document, so the second stage sees how the first stage tagged the other occurrences of the
 * same word in nearby sentences, plus the first stage's own tags around the token.
 *
 * @packageDocumentation
 */
import { lexiconClass, tokenInfo, type Lexicons, type SentenceFeatures } from './features.js';
import { mix } from './hash.js';
import { labelType } from './tags.js';
import { mapPacked } from '../../../util/arrays.js';
import { float64Array, int32Array } from '../../../util/typed-chunks.js';

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
  return mapPacked(documentCodes(keys, tags, window, tagCount), (codes) => {
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
  const counter = new TypeWindow(keySlots(keys), tags, tagCount);
  slideWindow(keys.length, window, counter);
  return counter.out;
}

/**
 * Counts kept over a window of sentences: `update(s, +1)` as sentence `s` enters it, `update(s, -1)` as it
 * leaves, and `visit(s)` with the window around `s` counted.
 *
 * Each kind of count is a class, not closures made per call: V8 keeps a closure's optimized code only
 * while some closure made at that place is alive, so closures made per document were compiled again after
 * every full garbage collection (docs/NER.md, round 20). A class's methods live as long as the module.
 */
interface SlidingCounts {
  update(s: number, delta: number): void;
  visit(s: number): void;
}

// Slides a window of `window` sentences on either side over `count` sentences.
function slideWindow(count: number, window: number, counter: SlidingCounts): void {
  let lo = 0;
  let hi = 0; // the counts cover sentences [lo, hi)
  for (let s = 0; s < count; s++) {
    while (hi < count && hi <= s + window) counter.update(hi++, 1);
    while (lo < s - window) counter.update(lo++, -1);
    counter.visit(s);
  }
}

// Five counts per distinct key of the window's sentences, one for each of five classes of a token's tag
// (`classOf`).
abstract class KeyCounts implements SlidingCounts {
  protected readonly counts: Int32Array;

  constructor(
    protected readonly slots: KeySlots,
    protected readonly tags: readonly Int32Array[],
    protected readonly tagCount: number,
  ) {
    this.counts = new Int32Array(slots.count * 5);
  }

  update(s: number, delta: number): void {
    const k = this.slots.of[s];
    const t = this.tags[s];
    const counts = this.counts;
    for (let i = 0; i < k.length; i++) if (k[i] >= 0) counts[k[i] * 5 + this.classOf(t[i])] += delta;
  }

  protected abstract classOf(tag: number): number;
  abstract visit(s: number): void;
}

// The in-document type codes (`documentCodes`): the classes are the types PER, ORG, LOC, MISC and O.
class TypeWindow extends KeyCounts {
  readonly out: Float64Array[] = [];

  protected classOf(tag: number): number {
    return labelType(this.tagCount, tag);
  }

  visit(s: number): void {
    this.out.push(sentenceCodes(this.slots.of[s], this.tags[s], this.counts, this.tagCount));
  }
}

// Dense numbers for 32-bit keys (any value, 0 included), by open addressing: the sliding windows below
// keep their counts in flat arrays indexed by these numbers rather than in a map entry per key.
class KeyIndex {
  private readonly table: Uint32Array;
  private readonly index: Int32Array;
  private readonly mask: number;
  count = 0;

  constructor(most: number) {
    let capacity = 16;
    while (capacity < most * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.table = new Uint32Array(capacity);
    this.index = new Int32Array(capacity).fill(-1);
  }

  /** The number of `key`, given on its first call. */
  of(key: number): number {
    const k = key >>> 0;
    let h = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
    while (this.index[h] >= 0 && this.table[h] !== k) h = (h + 1) & this.mask;
    if (this.index[h] < 0) {
      this.table[h] = k;
      this.index[h] = this.count++;
    }
    return this.index[h];
  }
}

// A dense index for the document's distinct keys (-1 for the key 0, which is never counted), so that the
// sliding window's counts sit in one flat array instead of a map entry per key.
interface KeySlots {
  of: Int32Array[];
  count: number;
}

function keySlots(keys: readonly Uint32Array[]): KeySlots {
  let total = 0;
  for (const k of keys) total += k.length;
  let capacity = 16;
  while (capacity < total * 2) capacity *= 2;
  const mask = capacity - 1;
  const table = new Uint32Array(capacity);
  const index = new Int32Array(capacity).fill(-1);
  let count = 0;
  const of: Int32Array[] = [];
  for (const k of keys) {
    const o = int32Array(k.length);
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
    of.push(o);
  }
  return { of, count };
}

const own = new Int32Array(5);
// Layout of a code: the low 32 bits hold tags and majorities, the bits above them the type shares.
const HIGH = 2 ** 32;

function sentenceCodes(slots: Int32Array, tags: Int32Array, counts: Int32Array, tagCount: number): Float64Array {
  const n = slots.length;
  const { bits, edge } = tagBits(tagCount);
  const majority = int32Array(n).fill(-1);
  const codes = float64Array(n);
  // Majority type of each token's other occurrences (-1: no other occurrence or not a name candidate).
  for (let i = 0; i < n; i++) {
    if (slots[i] < 0) continue;
    const c = slots[i] * 5;
    own.fill(0);
    own[labelType(tagCount, tags[i])] = 1;
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
      const type = labelType(tagCount, tag);
      for (let t = 0; t < 5; t++) total += counts[c + t] - (type === t ? 1 : 0);
      for (let t = 0; t < 5; t++) {
        const v = counts[c + t] - (type === t ? 1 : 0);
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
 * How many sentences before and after a sentence the Topic features count cue words in.
 *
 * @example
 * ```ts
 * topicFeatures(sentences, firstStageTags, lexicons, 17, TOPIC_REACH);
 * ```
 */
export const TOPIC_REACH = 2;

const T_TOPIC = 0x70c1;

/**
 * The Topic features of every sentence (round 8, `FeatureGroup.Topic`): the number of cue words of the
 * `topic` lexicon in the sentences within `reach`, bucketed (none, 1, 2-3, 4 or more). A place name in a
 * sports report is often a club, but only in some contexts (`فاز ميلان` against `في ميلانو`), so the bucket
 * is conjoined with the type that the first stage gave the token and with its WikiFANE class, and with its
 * neighbours' words. Only tokens that the first stage tagged LOC or ORG, or that WikiFANE knows mostly as a
 * place or an organization, get them; sentences with no cue word nearby get none.
 *
 * @example
 * ```ts
 * const extra = topicFeatures(sentences, firstStageTags, model.lexicons, 17);
 * ```
 */
export function topicFeatures(
  sentences: readonly (readonly string[])[],
  tags: readonly Int32Array[],
  lex: Lexicons,
  tagCount: number,
  reach = TOPIC_REACH,
): SentenceFeatures[] {
  const topic = lex.topic;
  const cues = mapPacked(sentences, (words) => {
    let c = 0;
    if (topic !== undefined) for (const w of words) if (topic.get(tokenInfo(w, lex).core) > 0) c++;
    return c;
  });
  return mapPacked(sentences, (words, s) => {
    let c = 0;
    for (let d = -reach; d <= reach; d++) c += cues[s + d] ?? 0;
    const b = c === 0 ? 0 : c === 1 ? 1 : c < 4 ? 2 : 3;
    const n = words.length;
    const offsets = new Int32Array(n + 1);
    const feats: number[] = [];
    for (let i = 0; i < n; i++) {
      offsets[i] = feats.length;
      if (b === 0) continue;
      const type = labelType(tagCount, tags[s][i]);
      const info = tokenInfo(words[i], lex);
      const cls = lexiconClass(info.wiki);
      // Types 1 ORG and 2 LOC (0 PER, 3 MISC, 4 O); classes 2 mostly ORG and 3 mostly LOC.
      if (type !== 1 && type !== 2 && cls !== 2 && cls !== 3) continue;
      const own = (b << 8) | (type << 4) | cls;
      feats.push(mix(T_TOPIC, mix(2, own)));
      feats.push(mix(T_TOPIC, mix(mix(3, own), i > 0 ? tokenInfo(words[i - 1], lex).core : 0)));
      feats.push(mix(T_TOPIC, mix(mix(4, own), i + 1 < n ? tokenInfo(words[i + 1], lex).core : 0)));
    }
    offsets[n] = feats.length;
    return { offsets, features: Uint32Array.from(feats) };
  });
}

const T_POSITION = 0x7051;

// The place of a label in its name: 0 outside, 1 first of several words, 2 inside, 3 last, 4 alone (BILOU);
// a BIO model knows only outside, begins (4) and continues (2).
function positionOf(tag: number, tagCount: number): number {
  if (tag === 0) return 0;
  if (tagCount === 17) return ((tag - 1) & 3) + 1;
  return (tag - 1) % 2 === 0 ? 4 : 2;
}

/**
 * The Position features of every sentence (round 8, `FeatureGroup.DocPosition`): where in a name the first
 * stage put the other occurrences of the token's word in the `window` sentences on either side (outside,
 * first, inside, last, alone: each place's bucketed share, and the most frequent place with the token's own
 * tag), and the same for the previous and the next word. The in-document type features say what a word is;
 * these say where a name that holds it starts and ends (`كوندوليزا رايس` against `رايس ستزور`).
 *
 * @example
 * ```ts
 * const extra = positionFeatures([nameKeys(words, lex)], [firstTags], DOC_WINDOW, 17);
 * ```
 */
export function positionFeatures(keys: readonly Uint32Array[], tags: readonly Int32Array[], window: number, tagCount: number): SentenceFeatures[] {
  const codes = positionCodes(keys, tags, window, tagCount);
  return expandCodes(codes, (s, i, add) => positionCodeFeatures(codes[s][i], add));
}

/**
 * The features of every token of every sentence, as training reads them, from what `featuresOf` adds for
 * token `i` of sentence `s` (the in-document groups give them from their codes).
 *
 * @example
 * ```ts
 * const extra = expandCodes(codes, (s, i, add) => positionCodeFeatures(codes[s][i], add));
 * ```
 */
export function expandCodes(
  sentences: readonly ArrayLike<unknown>[],
  featuresOf: (s: number, i: number, add: (key: number) => void) => void,
): SentenceFeatures[] {
  return mapPacked(sentences, (sentence, s) => {
    const n = sentence.length;
    const offsets = new Int32Array(n + 1);
    const feats: number[] = [];
    const add = (key: number): void => void feats.push(key);
    for (let i = 0; i < n; i++) {
      offsets[i] = feats.length;
      featuresOf(s, i, add);
    }
    offsets[n] = feats.length;
    return { offsets, features: Uint32Array.from(feats) };
  });
}

/**
 * The Position codes of every sentence (see {@link positionFeatures}): per token, in 29 bits, the bucketed
 * share of each of the five places (3 bits each, 0 when none), the majority place of the token, of the
 * previous and of the next word (3 bits each; 7 past a sentence edge), and the token's own tag (5 bits).
 * Codes repeat, so the tagger sums each distinct code's weights once (`addCodedEmissions`).
 *
 * @example
 * ```ts
 * const codes = positionCodes([nameKeys(words, lex)], [firstTags], DOC_WINDOW, 17);
 * ```
 */
export function positionCodes(keys: readonly Uint32Array[], tags: readonly Int32Array[], window: number, tagCount: number): Int32Array[] {
  const counter = new PositionWindow(keySlots(keys), tags, tagCount);
  slideWindow(keys.length, window, counter);
  return counter.out;
}

// The Position codes: the classes are the places outside, first, inside, last and alone.
class PositionWindow extends KeyCounts {
  readonly out: Int32Array[] = [];

  protected classOf(tag: number): number {
    return positionOf(tag, this.tagCount);
  }

  visit(s: number): void {
    const { counts, tags, tagCount } = this;
    const k = this.slots.of[s];
    const n = k.length;
    // Majority place of each token's other occurrences (-1: none), and the bucketed shares (3 bits a place).
    const major = int32Array(n).fill(-1);
    const shares = int32Array(n);
    for (let i = 0; i < n; i++) {
      if (k[i] < 0) continue;
      const own = positionOf(tags[s][i], tagCount);
      let total = 0;
      let best = -1;
      let bestCount = 0;
      for (let p = 0; p < 5; p++) {
        const v = counts[k[i] * 5 + p] - (p === own ? 1 : 0);
        total += v;
        if (v > bestCount) {
          best = p;
          bestCount = v;
        }
      }
      if (total === 0) continue;
      major[i] = best;
      for (let p = 0; p < 5; p++) {
        const v = counts[k[i] * 5 + p] - (p === own ? 1 : 0);
        if (v > 0) shares[i] |= bucket(v, total) << (3 * p);
      }
    }
    const codes = int32Array(n);
    for (let i = 0; i < n; i++) {
      const prev = i > 0 ? major[i - 1] + 1 : 7;
      const next = i + 1 < n ? major[i + 1] + 1 : 7;
      codes[i] = (shares[i] << 14) | ((major[i] + 1) << 11) | (prev << 8) | (next << 5) | tags[s][i];
    }
    this.out.push(codes);
  }
}

/**
 * The features a Position code stands for (see {@link positionCodes}).
 *
 * @example
 * ```ts
 * positionCodeFeatures(code, (key) => keys.push(key));
 * ```
 */
export function positionCodeFeatures(code: number, add: (key: number) => void): void {
  const tag = code & 31;
  const shares = code >>> 14;
  for (let p = 0; p < 5; p++) {
    const b = (shares >>> (3 * p)) & 7;
    if (b !== 0) add(mix(T_POSITION, mix(1, p * 8 + b)));
  }
  add(mix(T_POSITION, mix(2, (((code >>> 11) & 7) << 5) | tag)));
  add(mix(T_POSITION, mix(3, (((code >>> 8) & 7) << 5) | tag)));
  add(mix(T_POSITION, mix(4, (((code >>> 5) & 7) << 5) | tag)));
}

const T_PAIR = 0x7052;

// How the first stage tagged a pair of adjacent words: 0 both outside names, 1 one name holds both,
// 2 only the left one in a name (or the right one starts another), 3 only the right one in a name.
function pairPlace(left: number, right: number, tagCount: number): number {
  const l = positionOf(left, tagCount);
  const r = positionOf(right, tagCount);
  if (l === 0 && r === 0) return 0;
  if ((l === 1 || l === 2) && (r === 2 || r === 3)) return 1;
  return l !== 0 ? 2 : 3;
}

/**
 * The Pair features of every sentence (round 8, `FeatureGroup.DocPair`): how the first stage tagged the other
 * occurrences of the token's word pairs, (previous, own) and (own, next), in the `window` sentences on either
 * side: in one name, split, or outside (bucketed shares, and the most frequent with the token's own tag).
 * A pair that is one name elsewhere in the document (`جورج بوش`) is likely one here; a pair that is split
 * elsewhere (`بوش ورايس`) is likely split here.
 *
 * @example
 * ```ts
 * const extra = documentPairFeatures([nameKeys(words, lex)], [firstTags], DOC_WINDOW, 17);
 * ```
 */
export function documentPairFeatures(keys: readonly Uint32Array[], tags: readonly Int32Array[], window: number, tagCount: number): SentenceFeatures[] {
  const pairs = pairCodes(keys, tags, window, tagCount);
  return expandCodes(keys, (s, i, add) => {
    pairCodeFeatures(0, pairs[s][0][i], add);
    pairCodeFeatures(1, pairs[s][1][i], add);
  });
}

/**
 * The Pair codes of every sentence (see {@link documentPairFeatures}): two per token, for the pair with
 * the previous word and the pair with the next one. A code packs the bucketed share of each of the four
 * pair places (3 bits each, 0 when none), the most frequent place (2 bits) and the token's own tag (5
 * bits); -1 when the pair occurs nowhere else in the window.
 *
 * @example
 * ```ts
 * const [[before, after]] = pairCodes([nameKeys(words, lex)], [firstTags], DOC_WINDOW, 17);
 * ```
 */
export function pairCodes(keys: readonly Uint32Array[], tags: readonly Int32Array[], window: number, tagCount: number): Array<[Int32Array, Int32Array]> {
  // Each adjacent pair of name keys numbered once: slots[s][i] is the pair (i - 1, i), -1 when one of the
  // two cannot be part of a name.
  let total = 0;
  for (const k of keys) total += k.length;
  const pairs = new KeyIndex(total);
  const slots: Int32Array[] = [];
  for (const k of keys) {
    const o = int32Array(k.length).fill(-1);
    for (let i = 1; i < k.length; i++) if (k[i - 1] !== 0 && k[i] !== 0) o[i] = pairs.of(mix(k[i - 1] ^ 0x51, k[i]));
    slots.push(o);
  }
  const counter = new PairWindow(slots, new Int32Array(pairs.count * 4), tags, tagCount);
  slideWindow(keys.length, window, counter);
  return counter.out;
}

// The Pair codes: four counts (the places of `pairPlace`) per distinct pair of adjacent keys.
class PairWindow implements SlidingCounts {
  readonly out: Array<[Int32Array, Int32Array]> = [];

  constructor(
    private readonly slots: readonly Int32Array[],
    private readonly counts: Int32Array,
    private readonly tags: readonly Int32Array[],
    private readonly tagCount: number,
  ) {}

  update(s: number, delta: number): void {
    const o = this.slots[s];
    const t = this.tags[s];
    const counts = this.counts;
    for (let i = 1; i < o.length; i++) if (o[i] >= 0) counts[o[i] * 4 + pairPlace(t[i - 1], t[i], this.tagCount)] += delta;
  }

  visit(s: number): void {
    const o = this.slots[s];
    const t = this.tags[s];
    const n = o.length;
    const before = int32Array(n);
    const after = int32Array(n);
    for (let i = 0; i < n; i++) {
      before[i] = this.pair(o, t, i, t[i]);
      after[i] = this.pair(o, t, i + 1, t[i]);
    }
    this.out.push([before, after]);
  }

  // The pair ending at `b` of a sentence with pair slots `o` and tags `t`, as its code; the sentence's own
  // occurrence is in the counts, so it is left out.
  private pair(o: Int32Array, t: Int32Array, b: number, own: number): number {
    if (b < 1 || b >= o.length || o[b] < 0) return -1;
    const counts = this.counts;
    const at = o[b] * 4;
    const mine = pairPlace(t[b - 1], t[b], this.tagCount);
    let total = 0;
    let best = -1;
    let bestCount = 0;
    for (let p = 0; p < 4; p++) {
      const v = counts[at + p] - (p === mine ? 1 : 0);
      total += v;
      if (v > bestCount) {
        best = p;
        bestCount = v;
      }
    }
    if (total === 0) return -1;
    let shares = 0;
    for (let p = 0; p < 4; p++) {
      const v = counts[at + p] - (p === mine ? 1 : 0);
      if (v > 0) shares |= bucket(v, total) << (3 * p);
    }
    return (shares << 7) | (best << 5) | own;
  }
}

/**
 * The features a Pair code of one side (0: the pair with the previous word, 1: with the next) stands for
 * (see {@link pairCodes}): none for -1.
 *
 * @example
 * ```ts
 * pairCodeFeatures(0, code, (key) => keys.push(key));
 * ```
 */
export function pairCodeFeatures(side: number, code: number, add: (key: number) => void): void {
  if (code < 0) return;
  const shares = code >>> 7;
  for (let p = 0; p < 4; p++) {
    const b = (shares >>> (3 * p)) & 7;
    if (b !== 0) add(mix(T_PAIR, mix(side, p * 8 + b)));
  }
  add(mix(T_PAIR, mix(2 + side, (((code >>> 5) & 3) << 5) | (code & 31))));
}

const T_ENTITY = 0x7053;

// The first stage's names in a sentence, as [start, end, type) triples read from its labels (a name starts
// at B or U, or wherever the type changes).
function namesOf(tags: Int32Array, tagCount: number): number[] {
  const out: number[] = [];
  let start = -1;
  let type = -1;
  for (let i = 0; i <= tags.length; i++) {
    const t = i < tags.length ? tags[i] : 0;
    const ty = t === 0 ? -1 : labelType(tagCount, t);
    const p = positionOf(t, tagCount);
    if (start >= 0 && (ty !== type || p === 1 || p === 4)) {
      out.push(start, i, type);
      start = -1;
    }
    if (ty >= 0 && start < 0) {
      start = i;
      type = ty;
    }
  }
  return out;
}

// The key of the words [a, b) of a sentence, 0 when one of them cannot be part of a name.
function spanKeyOf(k: Uint32Array, a: number, b: number): number {
  let h = 0x3e11;
  for (let i = a; i < b; i++) {
    if (k[i] === 0) return 0;
    h = mix(h, k[i]);
  }
  return h;
}

/**
 * The Entity codes of every sentence (round 8, `FeatureGroup.DocEntity`), after Krishnan & Manning's
 * entity-majority and superentity-majority features: for a name of the first stage, the most frequent type
 * that the first stage gave the same words as a whole name elsewhere in the `window` sentences on either
 * side, and the most frequent type of the longer names that hold them (`بوش` inside `جورج بوش`); for a word
 * outside its names, the same for the word alone. A token's code packs both with its own tag (see
 * {@link entityCodeFeatures}); -1 for a token that has none. Codes are few, so the tagger sums each
 * distinct code's weights once (`addCodedEmissions`).
 *
 * @example
 * ```ts
 * const codes = entityCodes([nameKeys(words, lex)], [firstTags], DOC_WINDOW, 17);
 * ```
 */
export function entityCodes(keys: readonly Uint32Array[], tags: readonly Int32Array[], window: number, tagCount: number): Int32Array[] {
  const names: number[][] = [];
  for (let s = 0; s < keys.length; s++) names.push(namesOf(tags[s], tagCount));
  // Every run of words the counts or the lookups touch, numbered once (-1 for a run with a word that
  // cannot be part of a name): per sentence, each name's own run, then the shorter runs inside it, then
  // each word alone.
  let total = 0;
  for (let s = 0; s < keys.length; s++) {
    total += keys[s].length;
    const ns = names[s];
    for (let j = 0; j < ns.length; j += 3) {
      const len = ns[j + 1] - ns[j];
      total += (len * (len + 1)) / 2;
    }
  }
  const runs = new KeyIndex(total);
  const nameRuns: number[][] = [];
  for (let s = 0; s < keys.length; s++) {
    const k = keys[s];
    const ns = names[s];
    const o: number[] = [];
    for (let j = 0; j < ns.length; j += 3) {
      const a = ns[j];
      const b = ns[j + 1];
      o.push(runSlot(runs, k, a, b));
      for (let x = a; x < b; x++) for (let y = x + 1; y <= b; y++) if (y - x < b - a) o.push(runSlot(runs, k, x, y));
    }
    nameRuns.push(o);
  }
  const wordRuns: Int32Array[] = [];
  for (const k of keys) {
    const o = int32Array(k.length);
    for (let i = 0; i < k.length; i++) o[i] = k[i] === 0 ? -1 : runSlot(runs, k, i, i + 1);
    wordRuns.push(o);
  }
  const counter = new EntityWindow(keys, tags, names, nameRuns, wordRuns, runs.count);
  slideWindow(keys.length, window, counter);
  return counter.out;
}

// The number of the run of words [a, b) of a sentence with name keys `k`, -1 when one of them cannot be
// part of a name.
function runSlot(runs: KeyIndex, k: Uint32Array, a: number, b: number): number {
  const key = spanKeyOf(k, a, b);
  return key === 0 ? -1 : runs.of(key);
}

// The most frequent type (0-3) in a run's four counts, less the sentence's own occurrence of `ownType`
// (-1: none); 4 for no run or no other occurrence.
function majorityOf(counts: Int32Array, slot: number, ownType: number): number {
  if (slot < 0) return 4;
  let best = 4;
  let bestCount = 0;
  for (let t = 0; t < 4; t++) {
    const v = counts[slot * 4 + t] - (t === ownType ? 1 : 0);
    if (v > bestCount) {
      best = t;
      bestCount = v;
    }
  }
  return best;
}

// The Entity codes: four counts (PER, ORG, LOC, MISC) per run, as a whole name and inside a longer one.
class EntityWindow implements SlidingCounts {
  readonly out: Int32Array[] = [];
  private readonly whole: Int32Array;
  private readonly inside: Int32Array;

  constructor(
    private readonly keys: readonly Uint32Array[],
    private readonly tags: readonly Int32Array[],
    private readonly names: readonly number[][],
    private readonly nameRuns: readonly number[][],
    private readonly wordRuns: readonly Int32Array[],
    runCount: number,
  ) {
    this.whole = new Int32Array(runCount * 4);
    this.inside = new Int32Array(runCount * 4);
  }

  update(s: number, delta: number): void {
    const { whole, inside } = this;
    const ns = this.names[s];
    const o = this.nameRuns[s];
    let r = 0;
    for (let j = 0; j < ns.length; j += 3) {
      const len = ns[j + 1] - ns[j];
      const type = ns[j + 2];
      const own = o[r++];
      if (own >= 0) whole[own * 4 + type] += delta;
      // The shorter runs inside, in the order they were numbered.
      for (let m = (len * (len + 1)) / 2 - 1; m > 0; m--) {
        const inner = o[r++];
        if (inner >= 0) inside[inner * 4 + type] += delta;
      }
    }
  }

  visit(s: number): void {
    const { whole, inside } = this;
    const k = this.keys[s];
    const t = this.tags[s];
    const n = k.length;
    // Per token: the entity and superentity majorities of its name (or of the word alone), as 3 bits each.
    const code = int32Array(n).fill(-1);
    const ns = this.names[s];
    const o = this.nameRuns[s];
    let r = 0;
    for (let j = 0; j < ns.length; j += 3) {
      const a = ns[j];
      const b = ns[j + 1];
      const own = o[r];
      r += ((b - a) * (b - a + 1)) / 2;
      if (own < 0) continue;
      // The sentence's own name is in the window's counts: leave it out once (and from the runs inside it).
      const e = majorityOf(whole, own, ns[j + 2]);
      const sup = majorityOf(inside, own, -1);
      for (let i = a; i < b; i++) code[i] = (1 << 6) | (e << 3) | sup;
    }
    const w = this.wordRuns[s];
    for (let i = 0; i < n; i++) {
      if (code[i] >= 0 || k[i] === 0) continue;
      code[i] = (2 << 6) | (majorityOf(whole, w[i], -1) << 3) | majorityOf(inside, w[i], -1);
    }
    for (let i = 0; i < n; i++) if (code[i] >= 0) code[i] = (code[i] << 5) | t[i];
    this.out.push(code);
  }
}

/**
 * The features an Entity code stands for (see {@link entityCodes}): none for -1.
 *
 * @example
 * ```ts
 * entityCodeFeatures(code, (key) => keys.push(key));
 * ```
 */
export function entityCodeFeatures(code: number, add: (key: number) => void): void {
  if (code < 0) return;
  const tag = code & 31;
  const c = code >>> 5;
  const kind = c >>> 6;
  add(mix(T_ENTITY, mix(kind, (((c >>> 3) & 7) << 5) | tag)));
  add(mix(T_ENTITY, mix(kind + 2, ((c & 7) << 5) | tag)));
}

/**
 * The Entity features of every sentence, as training reads them: {@link entityCodeFeatures} of
 * {@link entityCodes}.
 *
 * @example
 * ```ts
 * const extra = entityFeatures([nameKeys(words, lex)], [firstTags], DOC_WINDOW, 17);
 * ```
 */
export function entityFeatures(keys: readonly Uint32Array[], tags: readonly Int32Array[], window: number, tagCount: number): SentenceFeatures[] {
  const codes = entityCodes(keys, tags, window, tagCount);
  return expandCodes(codes, (s, i, add) => entityCodeFeatures(codes[s][i], add));
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
