/**
 * The binary format of the committed model: sorted 32-bit keys stored as varint deltas, weights quantized
 * to 16 bits, all base64-encoded into a string constant so the model is bundled code, never read from disk.
 * Each feature is one row for all stages (per stage a bit mask of its non-zero tags, then their weights),
 * in the integer units tagging adds, so loading copies numbers into place and converts none.
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
  /**
   * The non-zero weights of every row in compressed sparse rows: row `r`'s are `cols`/`vals` over
   * `[rowStart[r], rowStart[r + 1])`, column `k × tagCount + t` for stage `k`, tag `t`. The stored model is
   * in this form already, so loading builds it in the same pass as {@link LoadedModel.weights}.
   */
  rowStart: Int32Array;
  cols: Uint8Array;
  vals: Int16Array;
  lexicons: Lexicons;
  /** Distinct weighted features over all stages. */
  featureCount: number;
}

/**
 * Bumped whenever the layout or the meaning of features changes, so a stale model fails loudly. Version
 * 5 stores the weights as loading wants them (one row per feature for all stages, in the shared integer
 * scale), where version 4 stored each stage in its own scale and loading re-quantized them.
 */
const FORMAT_VERSION = 5;

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
  float64(v: number): void {
    this.ensure(8);
    new DataView(this.buf.buffer).setFloat64(this.length, v, true);
    this.length += 8;
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
  float64(): number {
    const v = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return v;
  }
}

const zigzag = (v: number): number => (v < 0 ? -2 * v - 1 : 2 * v);
// In integer operations: a division by two gives a double, which the loader then stored into the weight
// table about a third slower (the values are 16-bit, far inside the int32 range).
const unzigzag = (v: number): number => (v >>> 1) ^ -(v & 1);

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
  const T = raw.tagCount;
  const S = raw.stages.length;
  const stages = raw.stages.map((stage) => quantizeStage(stage, T, raw.prune ?? 0));
  // One integer scale for all stages: half the memory of floats, so more of the table stays in cache.
  let max = 0;
  for (const q of stages) for (let i = 0; i < q.weights.length; i++) max = Math.max(max, Math.abs(q.weights[i]));
  const scale = max === 0 ? 1 : max / 32767;
  const keys = unionKeys(stages.map((q) => q.keys));
  const w = new Writer();
  w.varint(FORMAT_VERSION);
  w.varint(T);
  w.varint(raw.groups);
  w.varint(S);
  for (const stage of raw.stages) {
    w.varint(ROLES.indexOf(stage.role));
    // In the weights' integer units, so that decoding never converts.
    for (const v of stage.transitions) w.float32(Math.fround(v) / scale);
    for (const v of stage.starts) w.float32(Math.fround(v) / scale);
  }
  w.float64(scale);
  w.varint(keys.length);
  const at = stages.map(() => 0);
  let prev = 0;
  for (const key of keys) {
    w.varint(key - prev);
    prev = key;
    for (let k = 0; k < S; k++) {
      const q = stages[k];
      if (at[k] >= q.keys.length || q.keys[at[k]] !== key) {
        w.varint(0);
        continue;
      }
      const row = at[k]++;
      let mask = 0;
      const values: number[] = [];
      for (let t = 0; t < T; t++) {
        const v = Math.round(q.weights[row * T + t] / scale);
        if (v === 0) continue;
        mask |= 1 << t;
        values.push(v);
      }
      w.varint(mask);
      for (const v of values) w.varint(zigzag(v));
    }
  }
  let count = ALWAYS_WRITTEN;
  for (let i = ALWAYS_WRITTEN; i < LEXICON_NAMES.length; i++) if (raw.lexicons[LEXICON_NAMES[i]] !== undefined) count = i + 1;
  for (const name of LEXICON_NAMES.slice(0, count)) {
    const lex = raw.lexicons[name];
    if (lex === undefined) w.varint(0);
    else writeSortedTable(w, lex.keys, lex.values);
  }
  return toBase64(w.bytes());
}

/**
 * A stage's rows as sorted keys and weights: each weight quantized in the stage's own scale and given back
 * as the float32 it then stands for; rows pruned, or all zero, are left out. Up to format version 4 models
 * were stored this way and re-quantized to the shared scale at load; keeping the step keeps every weight,
 * and so every tag, as it was.
 */
function quantizeStage(raw: RawStage, T: number, prune: number): { keys: Uint32Array; weights: Float32Array } {
  let max = 0;
  for (const v of raw.featureWeights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 32767;
  const stored = Math.fround(scale);
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
  const keys = new Uint32Array(rows.length);
  const weights = new Float32Array(rows.length * T);
  rows.forEach((r, i) => {
    keys[i] = raw.featureKeys[r];
    for (let t = 0; t < T; t++) weights[i * T + t] = Math.round(raw.featureWeights[r * T + t] / scale) * stored;
  });
  return { keys, weights };
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
  const S = r.varint();
  const stages: LoadedStage[] = [];
  for (let k = 0; k < S; k++) {
    const role = ROLES[r.varint()];
    const transitions = new Float32Array(T * T);
    for (let i = 0; i < T * T; i++) transitions[i] = r.float32();
    const starts = new Float32Array(T);
    for (let i = 0; i < T; i++) starts[i] = r.float32();
    stages.push({ role, transitions, starts });
  }
  const scale = r.float64();
  const rows = r.varint();
  const width = S * T;
  const keys = new Uint32Array(rows);
  const weights = new Int16Array(rows * width);
  const stageMask = new Uint8Array(rows);
  const rowStart = new Int32Array(rows + 1);
  // Grown by doubling; cut to the count at the end.
  let cols = new Uint8Array(1 << 16);
  let vals = new Int16Array(1 << 16);
  let n = 0;
  let key = 0;
  for (let row = 0; row < rows; row++) {
    key += r.varint();
    keys[row] = key;
    rowStart[row] = n;
    if (n + width > cols.length) {
      const c = new Uint8Array(cols.length * 2);
      c.set(cols);
      cols = c;
      const v = new Int16Array(vals.length * 2);
      v.set(vals);
      vals = v;
    }
    for (let k = 0; k < S; k++) {
      const mask = r.varint();
      if (mask === 0) continue;
      stageMask[row] |= 1 << k;
      // The set bits only, lowest (first tag) first, as they were written.
      for (let m = mask; m !== 0; m &= m - 1) {
        const col = k * T + 31 - Math.clz32(m & -m);
        const v = unzigzag(r.varint());
        weights[row * width + col] = v;
        cols[n] = col;
        vals[n++] = v;
      }
    }
  }
  rowStart[rows] = n;
  const lexicons: Record<string, IntTable> = {};
  for (const name of LEXICON_NAMES) {
    // Lexicons added later are appended: a model encoded before them simply ends early.
    if (r.pos >= bytes.length) break;
    const count = r.varint();
    if (count === 0) continue;
    const lk = new Uint32Array(count);
    const lv = new Uint32Array(count);
    let p = 0;
    for (let i = 0; i < count; i++) {
      p += r.varint();
      lk[i] = p;
      lv[i] = r.varint();
    }
    lexicons[name] = IntTable.from(lk, lv);
  }
  const rowOf = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) rowOf[i] = i;
  return {
    tagCount: T,
    groups,
    stages,
    index: IntTable.from(keys, rowOf),
    weights,
    scale,
    stageMask,
    rowStart,
    cols: cols.slice(0, n),
    vals: vals.slice(0, n),
    lexicons,
    featureCount: rows,
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
