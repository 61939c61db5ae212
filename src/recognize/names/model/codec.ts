/**
 * The binary format of the committed model: sorted 32-bit keys stored as varint deltas, weights quantized
 * to 16 bits, all base64-encoded into a string constant so the model is bundled code, never read from disk.
 *
 * @packageDocumentation
 */
import { IntTable } from './int-table.js';
import type { Lexicons } from './features.js';

/**
 * The trained parameters in their raw (training-side) form.
 *
 * @example
 * ```ts
 * const raw: RawModel = { tagCount: 9, transitions, starts, featureKeys, featureWeights, lexicons: {} };
 * ```
 */
export interface RawModel {
  tagCount: number;
  /** The feature groups the model was trained with (see `FeatureGroup`). */
  groups: number;
  /** The stages in the order they run (see {@link StageRole}). */
  stages: RawStage[];
  /** Feature rows whose largest absolute weight is below this are not stored (0 keeps every row). */
  prune?: number;
  /** Lexicons as parallel key/value arrays. */
  lexicons: Partial<Record<LexiconName, { keys: Uint32Array; values: Uint32Array }>>;
}

/**
 * The weights of one tagging stage in training-side form.
 *
 * @example
 * ```ts
 * const stage: RawStage = { transitions, starts, featureKeys, featureWeights };
 * ```
 */
export interface RawStage {
  role: StageRole;
  transitions: Float32Array;
  starts: Float32Array;
  /** Distinct feature keys (any order). */
  featureKeys: Uint32Array;
  /** `featureKeys.length × tagCount` weights, row-major. */
  featureWeights: Float32Array;
}

/**
 * What a stage does: `guide` tags with WikiFANE conventions for the next stage to read; `sentence` is the
 * news tagger proper; `document` re-tags with in-document features from the `sentence` stage's tags.
 *
 * @example
 * ```ts
 * const r: StageRole = 'document';
 * ```
 */
export type StageRole = 'guide' | 'sentence' | 'document';

const ROLES: readonly StageRole[] = ['guide', 'sentence', 'document'];

/**
 * One decoded tagging stage: its role and transition scores, in the model's integer weight units (its
 * feature weights live in the model's shared table).
 *
 * @example
 * ```ts
 * viterbi(scores, stage.transitions, stage.starts, n, T, false);
 * ```
 */
export interface LoadedStage {
  role: StageRole;
  transitions: Float32Array;
  starts: Float32Array;
}

/**
 * The names of the lexicons a model carries, in storage order.
 *
 * @example
 * ```ts
 * LEXICON_NAMES.includes('wiki'); // true
 * ```
 */
export const LEXICON_NAMES = ['train', 'wiki', 'names', 'clusters', 'spans', 'stems', 'ud', 'dict', 'ngrams', 'topic', 'guideMargin'] as const;

// Tables after these are written only up to the last one present, so a model without them keeps the
// bytes it had before they existed.
const ALWAYS_WRITTEN = 7;

/**
 * One of {@link LEXICON_NAMES}.
 *
 * @example
 * ```ts
 * const n: LexiconName = 'clusters';
 * ```
 */
export type LexiconName = (typeof LEXICON_NAMES)[number];

/**
 * A model ready for tagging: its stages, one feature table shared by all stages (so each feature is
 * looked up once), and lexicons.
 *
 * @example
 * ```ts
 * const row = model.index.get(featureKey); // -1 when unknown
 * model.weights[row * model.stages.length * model.tagCount + stage * model.tagCount + tag];
 * ```
 */
export interface LoadedModel {
  tagCount: number;
  groups: number;
  stages: LoadedStage[];
  /** Feature key → row of {@link LoadedModel.weights}. */
  index: IntTable;
  /**
   * `rows × stages × tagCount` weights as 16-bit integers; multiply by {@link LoadedModel.scale} for
   * score units. Stage transitions and starts are stored in the same integer units, so decoding never
   * converts.
   */
  weights: Int16Array;
  /** Score units per weight unit. */
  scale: number;
  /** Per row, bit `k` set when stage `k` has a non-zero weight in it (lets tagging skip empty blocks). */
  stageMask: Uint8Array;
  lexicons: Lexicons;
  /** Distinct weighted features over all stages. */
  featureCount: number;
}

/** Bumped whenever the layout or the meaning of features changes, so a stale model fails loudly. */
const FORMAT_VERSION = 4;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

class Writer {
  private buf = new Uint8Array(1 << 16);
  length = 0;
  private ensure(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }
  varint(v: number): void {
    this.ensure(5);
    let x = v >>> 0;
    while (x >= 0x80) {
      this.buf[this.length++] = (x & 0x7f) | 0x80;
      x >>>= 7;
    }
    this.buf[this.length++] = x;
  }
  float32(v: number): void {
    this.ensure(4);
    new DataView(this.buf.buffer).setFloat32(this.length, v, true);
    this.length += 4;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.length);
  }
}

class Reader {
  pos = 0;
  private readonly view: DataView;
  constructor(private readonly buf: Uint8Array) {
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  varint(): number {
    // Loading decodes a few million varints, nearly all of one or two bytes: those take the short path.
    const buf = this.buf;
    const b0 = buf[this.pos++];
    if (b0 < 0x80) return b0;
    const b1 = buf[this.pos++];
    if (b1 < 0x80) return (b0 & 0x7f) | (b1 << 7);
    let x = (b0 & 0x7f) + (b1 & 0x7f) * 0x80;
    let shift = 14;
    for (;;) {
      const b = buf[this.pos++];
      x += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return x;
      shift += 7;
    }
  }
  float32(): number {
    const v = this.view.getFloat32(this.pos, true);
    this.pos += 4;
    return v;
  }
}

const zigzag = (v: number): number => (v < 0 ? -2 * v - 1 : 2 * v);
const unzigzag = (v: number): number => (v & 1 ? -(v + 1) / 2 : v / 2);

function writeSortedTable(w: Writer, keys: Uint32Array, values: Uint32Array): void {
  const order = Array.from(keys.keys()).sort((a, b) => keys[a] - keys[b]);
  w.varint(keys.length);
  let prev = 0;
  for (const i of order) {
    w.varint(keys[i] - prev);
    prev = keys[i];
    w.varint(values[i]);
  }
}

/**
 * Serializes a model; weights are quantized to integers with a common scale. Deterministic: the same
 * model gives the same string.
 *
 * @example
 * ```ts
 * const text = encodeModel(raw);
 * ```
 */
export function encodeModel(raw: RawModel): string {
  const w = new Writer();
  w.varint(FORMAT_VERSION);
  w.varint(raw.tagCount);
  w.varint(raw.groups);
  w.varint(raw.stages.length);
  for (const stage of raw.stages) writeStage(w, stage, raw.tagCount, raw.prune ?? 0);
  let count = ALWAYS_WRITTEN;
  for (let i = ALWAYS_WRITTEN; i < LEXICON_NAMES.length; i++) if (raw.lexicons[LEXICON_NAMES[i]] !== undefined) count = i + 1;
  for (const name of LEXICON_NAMES.slice(0, count)) {
    const lex = raw.lexicons[name];
    if (lex === undefined) w.varint(0);
    else writeSortedTable(w, lex.keys, lex.values);
  }
  return toBase64(w.bytes());
}

function writeStage(w: Writer, raw: RawStage, T: number, prune: number): void {
  w.varint(ROLES.indexOf(raw.role));
  for (const v of raw.transitions) w.float32(v);
  for (const v of raw.starts) w.float32(v);
  let max = 0;
  for (const v of raw.featureWeights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 32767;
  w.float32(scale);
  const rows: number[] = [];
  for (let r = 0; r < raw.featureKeys.length; r++) {
    let any = false;
    let largest = 0;
    for (let t = 0; t < T; t++) {
      if (Math.round(raw.featureWeights[r * T + t] / scale) !== 0) any = true;
      largest = Math.max(largest, Math.abs(raw.featureWeights[r * T + t]));
    }
    if (any && largest >= prune) rows.push(r);
  }
  rows.sort((a, b) => raw.featureKeys[a] - raw.featureKeys[b]);
  w.varint(rows.length);
  let prev = 0;
  for (const r of rows) {
    w.varint(raw.featureKeys[r] - prev);
    prev = raw.featureKeys[r];
    let mask = 0;
    const q: number[] = [];
    for (let t = 0; t < T; t++) {
      const v = Math.round(raw.featureWeights[r * T + t] / scale);
      if (v !== 0) {
        mask |= 1 << t;
        q.push(v);
      }
    }
    w.varint(mask);
    for (const v of q) w.varint(zigzag(v));
  }
}

interface StageData {
  stage: LoadedStage;
  keys: Uint32Array;
  weights: Float32Array;
}

function readStage(r: Reader, T: number): StageData {
  const role = ROLES[r.varint()];
  const transitions = new Float32Array(T * T);
  for (let i = 0; i < T * T; i++) transitions[i] = r.float32();
  const starts = new Float32Array(T);
  for (let i = 0; i < T; i++) starts[i] = r.float32();
  const scale = r.float32();
  const count = r.varint();
  const keys = new Uint32Array(count);
  const weights = new Float32Array(count * T);
  let prev = 0;
  for (let f = 0; f < count; f++) {
    prev += r.varint();
    keys[f] = prev;
    const mask = r.varint();
    for (let t = 0; t < T; t++) if (mask & (1 << t)) weights[f * T + t] = unzigzag(r.varint()) * scale;
  }
  return { stage: { role, transitions, starts }, keys, weights };
}

/** Merges the stages' sorted key lists into one sorted list of distinct keys. */
function unionKeys(lists: readonly Uint32Array[]): Uint32Array {
  const out = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  const pos = lists.map(() => 0);
  let len = 0;
  for (;;) {
    let min = -1;
    for (let i = 0; i < lists.length; i++) if (pos[i] < lists[i].length && (min < 0 || lists[i][pos[i]] < min)) min = lists[i][pos[i]];
    if (min < 0) break;
    out[len++] = min;
    for (let i = 0; i < lists.length; i++) if (pos[i] < lists[i].length && lists[i][pos[i]] === min) pos[i]++;
  }
  return out.subarray(0, len);
}

/**
 * Deserializes a model produced by {@link encodeModel}.
 *
 * @example
 * ```ts
 * const model = decodeModel(NER_MODEL_DATA);
 * ```
 */
export function decodeModel(text: string): LoadedModel {
  const bytes = fromBase64(text);
  const r = new Reader(bytes);
  const version = r.varint();
  if (version !== FORMAT_VERSION) throw new Error(`name model format ${version}, expected ${FORMAT_VERSION}: retrain`);
  const T = r.varint();
  const groups = r.varint();
  const stageCount = r.varint();
  const data: StageData[] = [];
  for (let i = 0; i < stageCount; i++) data.push(readStage(r, T));
  const keys = unionKeys(data.map((d) => d.keys));
  const width = stageCount * T;
  // One integer scale for all stages: half the memory of floats, so more of the table stays in cache.
  let max = 0;
  for (const d of data) for (const v of d.weights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 32767;
  const weights = new Int16Array(keys.length * width);
  const stageMask = new Uint8Array(keys.length);
  data.forEach((d, k) => {
    // Both key lists are sorted, so one forward walk finds every row.
    let row = 0;
    for (let f = 0; f < d.keys.length; f++) {
      while (keys[row] !== d.keys[f]) row++;
      for (let t = 0; t < T; t++) {
        const q = Math.round(d.weights[f * T + t] / scale);
        weights[row * width + k * T + t] = q;
        if (q !== 0) stageMask[row] |= 1 << k;
      }
    }
    for (let i = 0; i < d.stage.transitions.length; i++) d.stage.transitions[i] /= scale;
    for (let i = 0; i < d.stage.starts.length; i++) d.stage.starts[i] /= scale;
  });
  const rows = new Uint32Array(keys.length);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  const lexicons: Record<string, IntTable> = {};
  for (const name of LEXICON_NAMES) {
    // Lexicons added later are appended: a model encoded before them simply ends early.
    if (r.pos >= bytes.length) break;
    const n = r.varint();
    if (n === 0) continue;
    const lk = new Uint32Array(n);
    const lv = new Uint32Array(n);
    let p = 0;
    for (let i = 0; i < n; i++) {
      p += r.varint();
      lk[i] = p;
      lv[i] = r.varint();
    }
    lexicons[name] = IntTable.from(lk, lv);
  }
  return {
    tagCount: T,
    groups,
    stages: data.map((d) => d.stage),
    index: IntTable.from(keys, rows),
    weights,
    scale,
    stageMask,
    lexicons,
    featureCount: keys.length,
  };
}

function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    chunk += B64[a >> 2] + B64[((a & 3) << 4) | (b >> 4)];
    chunk += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : '=';
    chunk += i + 2 < bytes.length ? B64[c & 63] : '=';
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}

function fromBase64(text: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  let len = (text.length / 4) * 3;
  if (text.endsWith('==')) len -= 2;
  else if (text.endsWith('=')) len -= 1;
  const out = new Uint8Array(len);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const a = lookup[text.charCodeAt(i)];
    const b = lookup[text.charCodeAt(i + 1)];
    const c = lookup[text.charCodeAt(i + 2)];
    const d = lookup[text.charCodeAt(i + 3)];
    if (o < len) out[o++] = (a << 2) | (b >> 4);
    if (o < len) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < len) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}
