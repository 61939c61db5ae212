/**
 * Emission scores of the sentence-level features, summed once per word type. Most of a token's features
 * depend on a single token of its window and that token's offset (see `unaryFeatures`), so the weight sum
 * of a word at each offset -2..2 is computed on its first occurrence and reused: a token then costs five
 * vector additions and its pair features instead of some forty hash lookups.
 *
 * @packageDocumentation
 */
import type { LoadedModel } from './codec.js';
import {
  BOUNDARY,
  codeFields,
  codeHash,
  type CodeFields,
  identityFeatures,
  NON_LOCAL_GROUPS,
  pairFeatures,
  computeTokenInfo,
  sameCodes,
  unaryFeatures,
  UnaryPart,
  type FeatureSink,
  type TokenInfo,
} from './features.js';
import { GenerationalMemo } from '../../../util/memo.js';
import { SerialSlots } from '../../../util/serial-slots.js';
import { mix } from './hash.js';
import { uint32Array } from '../../../util/typed-chunks.js';

const WINDOW = 2;
const OFFSETS = 2 * WINDOW + 1;

// Each entry holds up to OFFSETS × stages × tags floats (255 for the shipped model, at most 1 KB; about
// 0.6 KB on average), and the memo keeps two generations of this many words. Text is Zipfian, so the
// frequent words stay and a few thousand types cover most tokens. The sums themselves live in the ring
// below, which bounds them to 16 MB whatever the memos hold.
const CACHE_LIMIT = 16_000;
// The same bound for the sums kept by serial: the words of the last 32,768 records the tokenizer made.
const SERIAL_BITS = 15;

/**
 * The word sums one document has looked up so far, by the document's number for each distinct word (see
 * `tokenForms`). A document repeats its words, and reading an array by a number the tokenizer has already
 * given costs less than any lookup by text; these few thousand entries also stay in the processor's
 * caches, where the process-wide memo of thousands of words does not.
 *
 * @example
 * ```ts
 * const document: DocumentWords = { byForm: [] };
 * for (const [i, w] of sentences.entries()) addSentenceEmissions(model, w, scores[i], { document, forms: ids[i] });
 * ```
 */
export interface DocumentWords {
  readonly byForm: Array<WordSums | undefined>;
  /**
   * By form number, the serial of the tokenizer's record of the word and the one it had before (see
   * `TokenForms.serials`): a word with a serial finds its sums by it rather than by its text.
   */
  readonly serials?: ArrayLike<number>;
  readonly previous?: ArrayLike<number>;
}

/**
 * A sentence's place in its document: the document's word sums and the form number of each of the
 * sentence's words.
 *
 * @example
 * ```ts
 * const place: SentenceForms = { document: { byForm: [] }, forms: Int32Array.of(0, 1, 0) };
 * ```
 */
export interface SentenceForms {
  readonly document: DocumentWords;
  readonly forms: ArrayLike<number>;
}

/**
 * One word's weight sums (see {@link addSentenceEmissions}).
 *
 * @example
 * ```ts
 * const e: WordSums | undefined = document.get('بكين');
 * const ownWeights = e !== undefined && (e.mask & 0b00100) !== 0; // a sum at offset 0, the word's own position
 * ```
 */
export interface WordSums {
  // Of the word's TokenInfo only what pair features and the document stage read, the hashes as signed
  // 32-bit integers: V8 holds those unboxed, where an unsigned hash of 2^31 or more is a number object of
  // its own. The memo keeps tens of thousands of words, and a whole TokenInfo (some 400 bytes, with its
  // affix arrays) kept per word was the largest part of what each new word left for the collector to copy.
  /** `TokenInfo.fold` as a signed 32-bit integer. */
  fold: number;
  /** `TokenInfo.core` as a signed 32-bit integer. */
  core: number;
  /** `TokenInfo.names`. */
  names: number;
  /** `TokenInfo.key` as a signed 32-bit integer (0 when the word cannot be part of a name). */
  key: number;
  /** Holds the weight sums the word contributes to the position `k` before it, for the offsets it has features at. */
  slab: Float32Array;
  /** Where the first offset's sum starts in `slab`. */
  at: number;
  /** Bit `k + WINDOW` is set when the word has a sum at offset `k`; the sums follow each other in offset order. */
  mask: number;
  /** The ring block that holds the sums (see `SumsRing`), or -1 for sums in an array of their own. */
  block: number;
  /** The block's stamp when the sums were written: they are the word's while the block still has it. */
  stamp: number;
}

// RANK[mask * OFFSETS + s]: how many sums come before slot `s` in a word with presence `mask`.
const RANK = new Uint8Array(OFFSETS << OFFSETS);
for (let mask = 0; mask < 1 << OFFSETS; mask++) {
  for (let s = 0, r = 0; s < OFFSETS; s++) {
    RANK[mask * OFFSETS + s] = r;
    if (mask & (1 << s)) r++;
  }
}

// The sums of many words (and of many code sets) share one array filled in order rather than each owning
// one: one typed array per word is slow to allocate and to collect, and words met together stay together
// in memory, which keeps the frequent words' sums in the processor's caches.

/**
 * Where the cached sums live (the words' in one ring, the code sets' in another): a ring of blocks written
 * in turn, each block reused once the writer
 * comes round to it again. The blocks are made once and then rewritten in place. Before, each block of
 * sums was a new array, and a word kept across the memo's turnover was copied into the newest one so that
 * old blocks could be freed: about 17 MB of new memory for every 100,000 tokens of new text, each page of
 * which the kernel had to fault in and zero, plus the copying. An entry records its block and the block's
 * stamp; when the writer starts a block again it changes the stamp, and the entries written there before
 * are no longer current (`isCurrent`), which the lookups treat as a miss.
 */
interface SumsRing {
  /** The blocks, made as the writer first reaches each. */
  readonly blocks: Float32Array[];
  /** Per block, how many times the writer has started it. */
  readonly stamps: Int32Array;
  /** Floats per block. */
  readonly size: number;
  /** The block being written, and how much of it is used. */
  block: number;
  used: number;
  /** How many times the writer has started a block: a sentence that sees it change checks its entries again. */
  turns: number;
}

// 64 blocks of 64 K floats (16 MB): as much as the memos' entries hold at most, about 27,000 words.
const RING_BLOCKS = 64;
const BLOCK_FLOATS = 1 << 16;
let ringBlocks = RING_BLOCKS;
let blockFloats = BLOCK_FLOATS;

function newRing(): SumsRing {
  return { blocks: [], stamps: new Int32Array(ringBlocks), size: blockFloats, block: -1, used: blockFloats, turns: 0 };
}

// Space for `length` floats in the ring's current block, zeroed (the writer moves on to the next block when
// it is full). Returns where they start; the entry's block and stamp are the ring's current ones.
function reserveInRing(ring: SumsRing, length: number): number {
  if (ring.used + length > ring.size) {
    const next = (ring.block + 1) % ring.stamps.length;
    if (next === ring.blocks.length) ring.blocks.push(new Float32Array(ring.size));
    ring.block = next;
    ring.stamps[next]++;
    ring.used = 0;
    ring.turns++;
  }
  const at = ring.used;
  ring.used += length;
  ring.blocks[ring.block].fill(0, at, at + length);
  return at;
}

// Whether an entry's sums are still where it says (those in an array of their own always are).
function isCurrent(ring: SumsRing, e: { readonly block: number; readonly stamp: number }): boolean {
  return e.block < 0 || ring.stamps[e.block] === e.stamp;
}

/**
 * Sets the geometry of the ring that holds the cached word sums, and drops every cached sum: for tests,
 * which need a ring small enough to go round.
 *
 * @param blocks - how many blocks (at least 2).
 * @param floats - floats per block (a word whose sums are larger than a block gets an array of its own).
 * @example
 * ```ts
 * setSumsRing(4, 1024); // a ring of 4 KB blocks
 * setSumsRing(); // back to the default
 * ```
 */
export function setSumsRing(blocks = RING_BLOCKS, floats = BLOCK_FLOATS): void {
  if (!Number.isInteger(blocks) || blocks < 2) throw new RangeError(`setSumsRing: blocks must be an integer of at least 2, got ${blocks}`);
  if (!Number.isInteger(floats) || floats < 1) throw new RangeError(`setSumsRing: floats must be a positive integer, got ${floats}`);
  ringBlocks = blocks;
  blockFloats = floats;
  caches = new WeakMap();
  codeSumsOf = new WeakMap();
}

interface ModelCache {
  /** Sums by word, for callers without the tokenizer's serials (plain word lists). */
  words: GenerationalMemo<string, WordSums>;
  /** Sums by the serial of the tokenizer's record of the word (see `DocumentWords.serials`). */
  bySerial: SerialSlots<WordSums>;
  boundary: WordSums;
  /** Where the memos' sums are. */
  ring: SumsRing;
  /**
   * Adds a pair feature's row to `pairScores` at `pairBase`. Made once per model, not per sentence: V8
   * keeps a closure's optimized code only while some closure made at that place is alive, so a closure
   * made per call is compiled again after every full garbage collection (docs/NER.md, round 20).
   */
  addPair: FeatureSink;
  pairScores: Float32Array;
  pairBase: number;
}

let caches = new WeakMap<LoadedModel, ModelCache>();

/**
 * Whether a model's features allow the per-word cache (no feature reads three or more tokens at once).
 *
 * @example
 * ```ts
 * if (cacheable(model)) addSentenceEmissions(model, words, scores);
 * ```
 */
export function cacheable(model: LoadedModel): boolean {
  return (model.groups & NON_LOCAL_GROUPS) === 0;
}

/**
 * The model's weight rows for summing: a row with many zeros is summed over its non-zero weights only,
 * from the model's sparse rows (pruning leaves about one weight in five non-zero over all rows). The rows
 * that words actually hit are mostly dense (about 42 of 51 weights), and those are summed straight from the
 * model's table, which reads memory in order and skips the column indirection.
 */
interface SparseRows {
  /** Row `r`'s non-zero weights are `[start[r], start[r + 1])` of `cols` and `vals`. */
  start: Int32Array;
  cols: Uint8Array;
  vals: Int16Array;
  /** 1 for a row summed densely from `model.weights`. */
  dense: Uint8Array;
}

const sparseOf = new WeakMap<LoadedModel, SparseRows>();

// A row with more non-zero weights than this share of its width is summed densely.
const DENSE_SHARE = 0.6;

function sparseRows(model: LoadedModel, width: number): SparseRows {
  let sparse = sparseOf.get(model);
  if (sparse !== undefined) return sparse;
  const { rowStart: start, cols, vals } = model;
  const rows = start.length - 1;
  const dense = new Uint8Array(rows);
  for (let r = 0; r < rows; r++) if (start[r + 1] - start[r] > DENSE_SHARE * width) dense[r] = 1;
  sparse = { start, cols, vals, dense };
  sparseOf.set(model, sparse);
  return sparse;
}

// Adds the key's weight row to `out[at + column]` (nothing when the key has no row): a pair feature.
function addRow(model: LoadedModel, sparse: SparseRows, key: number, out: Float32Array, at: number, width: number): void {
  const row = model.index.get(key);
  if (row < 0) return;
  if (sparse.dense[row] === 1) {
    const w = model.weights;
    for (let x = 0, from = row * width; x < width; x++) out[at + x] += w[from + x];
    return;
  }
  const { start, cols, vals } = sparse;
  for (let j = start[row], to = start[row + 1]; j < to; j++) out[at + cols[j]] += vals[j];
}

// Adds columns `skip..width` of the key's weight row to `out[at + column]` (the context codes feed only the
// stages after the one that made them).
function addRowFrom(model: LoadedModel, sparse: SparseRows, key: number, out: Float32Array, at: number, skip: number, width: number): void {
  const row = model.index.get(key);
  if (row < 0) return;
  if (sparse.dense[row] === 1) {
    const w = model.weights;
    for (let x = skip, from = row * width; x < width; x++) out[at + x] += w[from + x];
    return;
  }
  const { start, cols, vals } = sparse;
  for (let j = start[row], to = start[row + 1]; j < to; j++) {
    const col = cols[j];
    if (col >= skip) out[at + col] += vals[j];
  }
}

// Scratch space for the keys, offsets and rows of the features being summed, reused (decoding is
// synchronous).
let keyScratch = new Int32Array(256);
let slotScratch = new Uint8Array(256);
let rowScratch = new Int32Array(256);
let gathered = 0;
let gatherSlot = 0;
const gather: FeatureSink = (template, value) => {
  if (gathered === keyScratch.length) {
    const keys = new Int32Array(gathered * 2);
    keys.set(keyScratch);
    keyScratch = keys;
    const slots = new Uint8Array(gathered * 2);
    slots.set(slotScratch);
    slotScratch = slots;
    rowScratch = new Int32Array(gathered * 2);
  }
  keyScratch[gathered] = mix(template, value);
  slotScratch[gathered++] = gatherSlot;
};

// Gathers the keys of a word's features (`part` of its unary features, and its identity features with
// the `Word` part) at every offset and finds their rows; returns the offsets that have a weighted feature
// as a mask. The rows wait in the scratch arrays for `addGathered`, so that the caller can size the sums
// before adding anything.
function probeFeatures(model: LoadedModel, info: TokenInfo, part: number): number {
  gathered = 0;
  for (let k = -WINDOW; k <= WINDOW; k++) {
    gatherSlot = k + WINDOW;
    if (k === 0 && part & UnaryPart.Word) identityFeatures(info, model.groups, gather);
    unaryFeatures(info, k, model.groups, gather, part);
  }
  const rows = rowScratch;
  const index = model.index;
  let present = 0;
  for (let m = 0; m < gathered; m++) {
    const row = index.get(keyScratch[m]);
    rows[m] = row;
    if (row >= 0) present |= 1 << slotScratch[m];
  }
  return present;
}

// Adds the rows `probeFeatures` found to `out`, whose sums for the offsets in `mask` (a superset of the
// probed ones) follow each other from `at`. Short loops without a call in them. The weights are integers
// and every sum stays far below 2^24, so float32 holds each partial sum exactly and neither the order of
// the additions nor the precision changes a bit of the result.
function addGathered(model: LoadedModel, sparse: SparseRows, width: number, out: Float32Array, at: number, mask: number): void {
  const rows = rowScratch;
  const { dense, start, cols, vals } = sparse;
  const w = model.weights;
  for (let m = 0; m < gathered; m++) {
    const row = rows[m];
    if (row < 0) continue;
    const to = at + RANK[mask * OFFSETS + slotScratch[m]] * width;
    if (dense[row] === 1) {
      for (let x = 0, from = row * width; x < width; x++) out[to + x] += w[from + x];
    } else {
      for (let j = start[row], end = start[row + 1]; j < end; j++) out[to + cols[j]] += vals[j];
    }
  }
}

/**
 * The summed code features of every word whose codes equal those of `info` (see `codeHash`): the sums at
 * the offsets in `mask`, one after another.
 */
interface CodeSums {
  codes: CodeFields;
  /** Holds the sums from `at` on (a block of the code sums' ring, as `WordSums.slab` is of the words'). */
  slab: Float32Array;
  at: number;
  mask: number;
  /** As `WordSums.block` and `WordSums.stamp`. */
  block: number;
  stamp: number;
}

// Distinct sets of codes are few (about 4,600 for ANERcorp's 29,000 words), so a new word usually finds
// its code features summed already and sums only its own forms' rows.
const CODE_LIMIT_WORDS = 8_000;

interface CodeSumsMemo {
  memo: GenerationalMemo<number, CodeSums>;
  ring: SumsRing;
}

let codeSumsOf = new WeakMap<LoadedModel, CodeSumsMemo>();

function codeSumsMemo(model: LoadedModel): CodeSumsMemo {
  let known = codeSumsOf.get(model);
  if (known === undefined) {
    known = { memo: new GenerationalMemo(CODE_LIMIT_WORDS), ring: newRing() };
    codeSumsOf.set(model, known);
  }
  return known;
}

// The caller reads the sums before it asks for more (`computeSums`), so a block started in between
// cannot have written over them.
function codeSums(model: LoadedModel, sparse: SparseRows, info: TokenInfo, width: number): CodeSums | undefined {
  const { memo, ring } = codeSumsMemo(model);
  const key = codeHash(info);
  const known = memo.get(key);
  if (known !== undefined && isCurrent(ring, known)) return sameCodes(known.codes, info) ? known : undefined;
  const mask = probeFeatures(model, info, UnaryPart.Codes);
  const length = bitCount(mask) * width;
  if (length === 0 || length > ring.size) {
    const slab = length === 0 ? NO_SCORES : new Float32Array(length);
    addGathered(model, sparse, width, slab, 0, mask);
    return memo.set(key, { codes: codeFields(info), slab, at: 0, mask, block: -1, stamp: 0 });
  }
  const at = reserveInRing(ring, length);
  const slab = ring.blocks[ring.block];
  addGathered(model, sparse, width, slab, at, mask);
  return memo.set(key, { codes: codeFields(info), slab, at, mask, block: ring.block, stamp: ring.stamps[ring.block] });
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

// A new word's sums go straight into their final place (the ring's current block): its own forms' rows
// are found first, which tells which offsets it has, then the code sums are copied in and the rows added.
function computeSums(model: LoadedModel, info: TokenInfo, width: number, ring: SumsRing | undefined): WordSums {
  const sparse = sparseRows(model, width);
  const codes = codeSums(model, sparse, info, width);
  // Another set of codes with the same hash may hold the memo's place: then everything is summed here.
  const own = probeFeatures(model, info, codes === undefined ? UnaryPart.All : UnaryPart.Word);
  const codeMask = codes === undefined ? 0 : codes.mask;
  const present = codeMask | own;
  // Most words have no weighted feature two positions away (only trigger words and given names do): only
  // the offsets present are kept, which saves additions and keeps the cache small enough to stay in the
  // processor's caches.
  const length = bitCount(present) * width;
  let slab: Float32Array;
  let at = 0;
  let block = -1;
  let stamp = 0;
  // A word with no weighted feature has no sums to hold (its mask is 0, so nothing reads its slab).
  if (length === 0) slab = NO_SCORES;
  else if (ring === undefined || length > ring.size) slab = new Float32Array(length);
  else {
    at = reserveInRing(ring, length);
    block = ring.block;
    stamp = ring.stamps[block];
    slab = ring.blocks[block];
  }
  if (codes !== undefined) {
    for (let k = 0, from = 0; k < OFFSETS; k++) {
      if ((codeMask & (1 << k)) === 0) continue;
      const to = at + RANK[present * OFFSETS + k] * width;
      for (let x = 0; x < width; x++) slab[to + x] = codes.slab[codes.at + from++];
    }
  }
  addGathered(model, sparse, width, slab, at, present);
  return { fold: info.fold | 0, core: info.core | 0, names: info.names, key: info.key | 0, slab, at, mask: present, block, stamp };
}

function cacheOf(model: LoadedModel, width: number): ModelCache {
  let cache = caches.get(model);
  if (cache === undefined) {
    const sparse = sparseRows(model, width);
    // An entry kept across the memos' turnover stays where it is: the ring, not the memos, decides how long
    // its sums last.
    const created: ModelCache = {
      words: new GenerationalMemo(CACHE_LIMIT),
      bySerial: new SerialSlots(SERIAL_BITS),
      boundary: computeSums(model, BOUNDARY, width, undefined),
      ring: newRing(),
      addPair: (template, value) => addRow(model, sparse, mix(template, value), created.pairScores, created.pairBase, width),
      pairScores: NO_SCORES,
      pairBase: 0,
    };
    cache = created;
    caches.set(model, cache);
  }
  return cache;
}

const NO_SCORES = new Float32Array(0);

// The sums a token adds, one per offset with a sum: at most OFFSETS of them.
const slabs: Float32Array[] = new Array<Float32Array>(OFFSETS);
const starts = new Int32Array(OFFSETS);

// Adds the first `count` vectors of `slabs`/`starts` to `scores` from `base`. Most tokens add three (their
// own word's and both neighbours'), and adding three in one pass reads and writes each score once instead
// of three times, which matters most when a long document's scores do not fit in the processor's caches.
// The sums are integers, so the grouping changes no bit.
function addVectors(scores: Float32Array, base: number, width: number, count: number): void {
  const end = base + width;
  let v = 0;
  for (; v + 3 <= count; v += 3) {
    const a = slabs[v];
    const b = slabs[v + 1];
    const c = slabs[v + 2];
    const fa = starts[v] - base;
    const fb = starts[v + 1] - base;
    const fc = starts[v + 2] - base;
    for (let x = base; x < end; x++) scores[x] += a[fa + x] + b[fb + x] + c[fc + x];
  }
  if (count - v === 2) {
    const a = slabs[v];
    const b = slabs[v + 1];
    const fa = starts[v] - base;
    const fb = starts[v + 1] - base;
    for (let x = base; x < end; x++) scores[x] += a[fa + x] + b[fb + x];
  } else if (count - v === 1) {
    const a = slabs[v];
    const fa = starts[v] - base;
    for (let x = base; x < end; x++) scores[x] += a[fa + x];
  }
}

/**
 * Adds the weights of one sentence's identity, pair and unary features to `scores` (all stages
 * interleaved: token `i`, stage `k`, tag `t` at `scores[(i * stages + k) * tagCount + t]`). The result
 * equals `addEmissions(model, extractFeatures(words, model.lexicons, model.groups), n, scores, 0)` for a
 * model that is {@link cacheable}. Returns the words' name keys (as `nameKeys` gives them), which the
 * in-document stage needs.
 *
 * @example
 * ```ts
 * const scores = new Float32Array(words.length * model.stages.length * model.tagCount);
 * addSentenceEmissions(model, words, scores);
 * ```
 */
export function addSentenceEmissions(
  model: LoadedModel,
  words: readonly string[],
  scores: Float32Array,
  place?: SentenceForms,
): Uint32Array {
  const width = model.stages.length * model.tagCount;
  const cache = cacheOf(model, width);
  const n = words.length;
  const entries = new Array<WordSums>(n);
  const byForm = place?.document.byForm;
  const serials = place?.document.serials;
  const previous = place?.document.previous;
  const ring = cache.ring;
  const turns = ring.turns;
  for (let i = 0; i < n; i++) {
    const form = place === undefined ? -1 : place.forms[i];
    let e = byForm === undefined ? undefined : byForm[form];
    if (e === undefined || !isCurrent(ring, e)) {
      const w = words[i];
      const serial = serials === undefined ? 0 : serials[form];
      e = serial > 0 ? cache.bySerial.find(serial, previous === undefined ? 0 : previous[form]) : cache.words.get(w);
      if (e === undefined || !isCurrent(ring, e)) {
        e = computeSums(model, computeTokenInfo(w, model.lexicons), width, ring);
        if (serial > 0) cache.bySerial.set(serial, e);
        else cache.words.set(w, e);
      }
      if (byForm !== undefined) byForm[form] = e;
    }
    entries[i] = e;
  }
  // A sentence whose new words started a block may have written over sums it found earlier (the block the
  // writer starts is the oldest): those words are summed again, into arrays of their own.
  if (ring.turns !== turns) {
    for (let i = 0; i < n; i++) if (!isCurrent(ring, entries[i])) entries[i] = computeSums(model, computeTokenInfo(words[i], model.lexicons), width, undefined);
  }
  cache.pairScores = scores;
  for (let i = 0; i < n; i++) {
    const base = i * width;
    let count = 0;
    for (let k = -WINDOW; k <= WINDOW; k++) {
      const j = i + k;
      const entry = j >= 0 && j < n ? entries[j] : cache.boundary;
      const slot = k + WINDOW;
      const mask = entry.mask;
      if ((mask & (1 << slot)) === 0) continue;
      slabs[count] = entry.slab;
      starts[count++] = entry.at + RANK[mask * OFFSETS + slot] * width;
    }
    addVectors(scores, base, width, count);
    const prev = i > 0 ? entries[i - 1] : cache.boundary;
    const next = i + 1 < n ? entries[i + 1] : cache.boundary;
    cache.pairBase = base;
    pairFeatures(prev, entries[i], next, model.groups, cache.addPair);
  }
  // Not kept past the call: a long document's scores are an array of their own.
  cache.pairScores = NO_SCORES;
  const keys = uint32Array(n);
  for (let i = 0; i < n; i++) keys[i] = entries[i].key;
  return keys;
}

// Weight sums by context code, per model and feature kind; codes repeat heavily (most tokens sit between
// two O tags), so a few hundred entries serve a whole document.
const CODE_LIMIT = 50_000;

// A kind's sums: all of them in a map, and the recent ones in a small direct-mapped table in front of it,
// where the few codes that most tokens have are found without a map lookup (a token reads six kinds).
// Codes are whole numbers below 2^53: the in-document kind keeps type shares above bit 32 (see
// `documentCodes`), so the table holds doubles. Such a code is no small integer to V8, and looking it up
// in the map boxes it on the heap: the table spares most tokens that.
interface CodeMemo {
  /** Each code's sums: where they start in `slab`. */
  all: Map<number, number>;
  hotCodes: Float64Array;
  hotAt: Int32Array;
  /**
   * The sums of all codes, one after another (`span` floats each). One array rather than one per code:
   * tens of thousands of small typed arrays, each with its buffer and its memory outside the heap, were
   * a large share of what the collector had to mark and sweep.
   */
  slab: Float32Array;
  used: number;
  /** Adds a key's row, from column `skip` on, to `slab` at `at` (made once per memo, as `ModelCache.addPair` is). */
  add: (key: number) => void;
  at: number;
  skip: number;
}

const HOT_BITS = 10;
const HOT_CODES = 1 << HOT_BITS;
const HIGH = 2 ** 32;

// A code's slot mixes both 32-bit halves: the low bits alone are a token's tags, which most in-document
// codes of a document share.
function hotCodeSlot(code: number): number {
  const high = (code / HIGH) | 0;
  return Math.imul((code | 0) ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> (32 - HOT_BITS);
}

function codeMemo(model: LoadedModel): CodeMemo {
  const width = model.stages.length * model.tagCount;
  const sparse = sparseRows(model, width);
  const memo: CodeMemo = {
    all: new Map(),
    hotCodes: new Float64Array(HOT_CODES).fill(-1),
    hotAt: new Int32Array(HOT_CODES),
    slab: NO_SCORES,
    used: 0,
    add: (key) => addRowFrom(model, sparse, key, memo.slab, memo.at - memo.skip, memo.skip, width),
    at: 0,
    skip: 0,
  };
  return memo;
}

const codeMemos = new WeakMap<LoadedModel, Map<string, CodeMemo>>();

// Where the sums of `code` (not -1) start in the memo's slab: from the hot table, or else from
// `coldSums`. Small enough for the compiler to inline into the caller's loop: a call would box a code
// above 2^31 on the heap at every token.
function codeSumsAt(
  model: LoadedModel,
  memo: CodeMemo,
  code: number,
  featuresOf: CodeFeatures,
  from: number,
): number {
  const slot = hotCodeSlot(code);
  if (memo.hotCodes[slot] === code) return memo.hotAt[slot];
  return coldSums(model, memo, code, slot, featuresOf, from);
}

// The sums of a code missing from the hot table: from the map, or summed now; then put in the table.
function coldSums(
  model: LoadedModel,
  memo: CodeMemo,
  code: number,
  slot: number,
  featuresOf: CodeFeatures,
  from: number,
): number {
  let at = memo.all.get(code);
  if (at === undefined) {
    if (memo.all.size >= CODE_LIMIT) {
      memo.all.clear();
      memo.hotCodes.fill(-1);
      memo.used = 0;
    }
    const T = model.tagCount;
    const span = model.stages.length * T - from * T;
    at = reserveSums(memo, span);
    memo.at = at;
    memo.skip = from * T;
    featuresOf(code, T, memo.add);
    memo.all.set(code, at);
  }
  memo.hotCodes[slot] = code;
  memo.hotAt[slot] = at;
  return at;
}

// Space for `span` zeros at the end of the slab (a larger slab when it is full; the slab holds at most
// CODE_LIMIT codes' sums, and after a clearing its space is handed out again, so it is zeroed first).
function reserveSums(memo: CodeMemo, span: number): number {
  const at = memo.used;
  if (at + span > memo.slab.length) {
    const grown = new Float32Array(Math.max(2 * memo.slab.length, at + span, 64 * span));
    grown.set(memo.slab.subarray(0, at));
    memo.slab = grown;
  } else memo.slab.fill(0, at, at + span);
  memo.used = at + span;
  return at;
}

/**
 * The features a context code stands for, given to `add` one key at a time (`tagCount` is the model's).
 *
 * @example
 * ```ts
 * const featuresOf: CodeFeatures = (code, tagCount, add) => guideCodeFeatures(code, tagCount, add);
 * ```
 */
export type CodeFeatures = (code: number, tagCount: number, add: (key: number) => void) => void;

/**
 * Adds, for each token, the weights of the features its context code stands for (guide or in-document
 * codes, see `guideCode` and `documentCodes`) to the stages from `from` on. The weight sum of each distinct
 * code is computed once per model and kept. The code -1 stands for no feature: `featuresOf(-1)` must add
 * none.
 *
 * @example
 * ```ts
 * addCodedEmissions(model, 'guide', codes, (code, add) => guideCodeFeatures(code, T, add), scores, 1);
 * ```
 */
export function addCodedEmissions(
  model: LoadedModel,
  kind: string,
  codes: ArrayLike<number>,
  featuresOf: CodeFeatures,
  scores: Float32Array,
  from: number,
): void {
  const T = model.tagCount;
  const width = model.stages.length * T;
  const span = width - from * T;
  let byKind = codeMemos.get(model);
  if (byKind === undefined) {
    byKind = new Map();
    codeMemos.set(model, byKind);
  }
  let memo = byKind.get(kind);
  if (memo === undefined) {
    memo = codeMemo(model);
    byKind.set(kind, memo);
  }
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    // -1 stands for no feature at all (round 8's document codes use it for many tokens).
    if (code === -1) continue;
    const at = codeSumsAt(model, memo, code, featuresOf, from);
    const sums = memo.slab;
    const base = i * width + from * T;
    for (let x = 0; x < span; x++) scores[base + x] += sums[at + x];
  }
}
