/**
 * Word → entity-type frequency lexicons (train lexicon, WikiFANE lexicon), including the jackknifed
 * variant that keeps the train lexicon from memorizing the very sentence it is computed for.
 */
import { lexiconKey, stemKey } from '../../src/recognize/names/model/fold.js';
import { packLexiconEntry } from '../../src/recognize/names/model/features.js';
import { hashString } from '../../src/recognize/names/model/hash.js';
import { ENTITY_TYPES } from '../../src/recognize/names/model/tags.js';
import type { Sentence } from './corpus.js';

/**
 * Per word key: begins[0..3], inside[4..7], total[8].
 *
 * @example
 * ```ts
 * const c: Counts = countEntities(train);
 * ```
 */
export type Counts = Map<number, Int32Array>;

/**
 * Parallel key/value arrays of a lexicon table.
 *
 * @example
 * ```ts
 * const t: Table = { keys: Uint32Array.of(1), values: Uint32Array.of(2) };
 * ```
 */
export interface Table {
  keys: Uint32Array;
  values: Uint32Array;
}

/**
 * The key of a word in the word lexicons.
 *
 * @example
 * ```ts
 * wordKey('وبالصين') === hashString('صين'); // true
 * ```
 */
export function wordKey(word: string): number {
  return hashString(lexiconKey(word));
}

/**
 * The key of a word in the stem lexicon: the light stem of its word-lexicon key.
 *
 * @example
 * ```ts
 * stemLexiconKey('وحكومتها') === hashString('حكوم'); // true
 * ```
 */
export function stemLexiconKey(word: string): number {
  return hashString(stemKey(lexiconKey(word)));
}

/**
 * The sum of two count sets.
 *
 * @example
 * ```ts
 * const both = addCounts(countEntities(wiki), countEntities(train));
 * ```
 */
export function addCounts(a: Counts, b: Counts): Counts {
  const out: Counts = new Map();
  for (const [key, c] of a) out.set(key, Int32Array.from(c));
  for (const [key, c] of b) {
    const o = out.get(key);
    if (o === undefined) out.set(key, Int32Array.from(c));
    else for (let i = 0; i < c.length; i++) o[i] += c[i];
  }
  return out;
}

/**
 * Counts, for every word key, how often it begins or continues an entity of each type.
 *
 * @example
 * ```ts
 * const counts = countEntities(train);
 * ```
 */
export function countEntities(sentences: readonly Sentence[], keyOf: (word: string) => number = wordKey): Counts {
  const counts: Counts = new Map();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      const key = keyOf(s.words[i]);
      let c = counts.get(key);
      if (c === undefined) {
        c = new Int32Array(9);
        counts.set(key, c);
      }
      c[8]++;
      const tag = s.tags[i];
      const t = ENTITY_TYPES.indexOf(tag.slice(2) as (typeof ENTITY_TYPES)[number]);
      if (t < 0) continue;
      c[tag[0] === 'B' ? t : 4 + t]++;
    }
  }
  return counts;
}

/**
 * Packs counts into a table, optionally subtracting another count set first (the held-out fold).
 *
 * @example
 * ```ts
 * const full = toTable(countEntities(train));
 * ```
 */
export function toTable(counts: Counts, minus?: Counts): Table {
  const keys: number[] = [];
  const values: number[] = [];
  for (const [key, c] of counts) {
    const m = minus?.get(key);
    const total = c[8] - (m ? m[8] : 0);
    if (total <= 0) continue;
    const begins = [0, 1, 2, 3].map((t) => c[t] - (m ? m[t] : 0));
    const inside = [0, 1, 2, 3].map((t) => c[4 + t] - (m ? m[4 + t] : 0));
    keys.push(key);
    values.push(packLexiconEntry(begins, inside, total));
  }
  return { keys: Uint32Array.from(keys), values: Uint32Array.from(values) };
}

/**
 * Splits sentences into `k` contiguous folds (contiguous so that a fold approximates unseen documents)
 * and returns, for each fold, the lexicon of all other folds.
 *
 * @example
 * ```ts
 * const { foldOf, tables } = jackknife(train, 10);
 * ```
 */
export function jackknife(sentences: readonly Sentence[], k: number): { foldOf: Int32Array; tables: Table[] } {
  const foldOf = new Int32Array(sentences.length);
  const folds: Sentence[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < sentences.length; i++) {
    const f = Math.min(k - 1, Math.floor((i * k) / sentences.length));
    foldOf[i] = f;
    folds[f].push(sentences[i]);
  }
  const total = countEntities(sentences);
  const tables = folds.map((fold) => toTable(total, countEntities(fold)));
  return { foldOf, tables };
}

/**
 * Adds WikiFANE's fine-grained class (Sports, Commercial, Building-Grounds, Hardware, …) to a WikiFANE
 * table: the class a word most often belongs to as part of a name goes to bits 20-25 of its value (classes
 * numbered 1.. in sorted order; 0 = never part of a name). The coarse types cannot tell a football club from
 * its city, nor a car model from a person; the fine classes can.
 *
 * @example
 * ```ts
 * const wiki = withFineClasses(toTable(countEntities(wikifane)), readBio('wikifane.fine.bio'));
 * ```
 */
export function withFineClasses(table: Table, fine: readonly Sentence[]): Table {
  const classes = [...new Set(fine.flatMap((s) => s.tags.filter((t) => t !== 'O').map((t) => t.slice(2))))].sort();
  const counts = new Map<number, Int32Array>();
  for (const s of fine) {
    for (let i = 0; i < s.words.length; i++) {
      if (s.tags[i] === 'O') continue;
      const key = hashString(lexiconKey(s.words[i]));
      let c = counts.get(key);
      if (c === undefined) {
        c = new Int32Array(classes.length);
        counts.set(key, c);
      }
      c[classes.indexOf(s.tags[i].slice(2))]++;
    }
  }
  const values = Uint32Array.from(table.values);
  for (let i = 0; i < table.keys.length; i++) {
    const c = counts.get(table.keys[i]);
    if (c === undefined) continue;
    let best = 0;
    for (let k = 1; k < c.length; k++) if (c[k] > c[best]) best = k;
    values[i] = (values[i] | (Math.min(best + 1, 63) << 20)) >>> 0;
  }
  return { keys: table.keys, values };
}
