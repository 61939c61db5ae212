/**
 * Feature extraction for the name tagger, shared verbatim by training (scripts/train-ner.ts) and tagging,
 * so the two can never disagree. Every feature is a 32-bit hash of a template id, a window offset and a
 * value; word strings are hashed once per token.
 *
 * @packageDocumentation
 */
import { foldWord, prepositionStripped, stemKey, stripArticle, stripProclitics } from './fold.js';
import { hashString, mix } from './hash.js';
import type { IntTable } from './int-table.js';

/**
 * Feature groups, as bits: a model records the groups it was trained with, and ablation turns them off
 * one at a time.
 *
 * @example
 * ```ts
 * const all = ALL_GROUPS & ~FeatureGroup.Cluster;
 * ```
 */
export const FeatureGroup = {
  /** Surface and folded word identities in a ±2 window, and word bigrams. */
  Word: 1,
  /** Clitic-stripped base and core forms, and which proclitics were attached. */
  Clitic: 2,
  /** Prefixes and suffixes of the word. */
  Affix: 4,
  /** Script and character-class shape, length. */
  Shape: 8,
  /** Title and trigger words (الرئيس، وزير، شركة، مدينة …) around the word. */
  Trigger: 16,
  /** How often the word was part of each entity type in the training data (jackknifed over folds). */
  TrainLexicon: 32,
  /** How often the word was part of each entity type in WikiFANE. */
  WikiLexicon: 64,
  /** Membership in a list of Arabic given names. */
  GivenName: 128,
  /** Distributional word clusters learned from unlabeled text. */
  Cluster: 256,
  /** Multi-word names from WikiFANE and the training data (jackknifed) matched as whole spans. */
  SpanLexicon: 512,
  /** Reach of a preceding organization/place/event head word over the words after it, and quotation marks. */
  HeadReach: 1024,
  /** WikiFANE's fine-grained class of the word (bits 20-25 of its `wiki` entry) at −1…+1. */
  FineLexicon: 2048,
  /** Pairs and the triple of the WikiFANE lexicon classes (unknown, mostly a type, common word) at −1, 0, +1. */
  LexiconPairs: 4096,
  /** For a word no word lexicon knows: the entity counts of its light stem (WikiFANE + training data) at −1…+1. */
  StemLexicon: 8192,
  /** Part-of-speech counts (PROPN, NOUN, ADJ, VERB) of the word in a UD treebank at −1…+1. */
  UdLexicon: 16384,
  /** Letters, vowel density and endings typical of transliterated foreign names, for words no word lexicon knows. */
  Translit: 32768,
  /**
   * For words no word lexicon knows: whether the word, or its light stem, is a word of the Ayaspell
   * dictionary (common word, proper name, nisba adjective), at −1…+1.
   */
  Dictionary: 65536,
  /**
   * For words no word lexicon knows: how name-like their letters are, a bucketed log-odds of a letter
   * trigram model of name words against common words, at −1…+1.
   */
  NameLikeness: 131072,
  /**
   * Document stage: how many sports cue words (the model's `topic` lexicon) the sentences around the token
   * hold, with the token's first-stage type and WikiFANE class (round 8; see `topicFeatures` in document.ts).
   */
  Topic: 262144,
  /** A trigger word at −3, and the trigger class at −2, −1 and +1 with the word's lexicon classes (round 8). */
  TriggerContext: 524288,
  /** Person-name cues (given name, mostly a person in a lexicon, unknown) of the word and its neighbours, paired (round 8). */
  NameBoundary: 1048576,
  /** Document stage: where in a name (first, inside, last, alone) the first stage put the word's other occurrences (round 8). */
  DocPosition: 2097152,
  /** Document stage: whether the first stage put the word's pairs with its neighbours in one name elsewhere (round 8). */
  DocPair: 4194304,
  /** Document stage: the type the first stage gave the same name, or the longer names holding it, elsewhere (round 8). */
  DocEntity: 8388608,
  /**
   * The guide tagger's confidence: its max-marginal margin at the token, in buckets (the model's `guideMargin`
   * thresholds, quartiles on the training split), × its tag (round 9; see `guideCode` in guide.ts).
   */
  GuideMargin: 16777216,
} as const;

/**
 * Every feature group.
 *
 * @example
 * ```ts
 * extractFeatures(words, lexicons, ALL_GROUPS);
 * ```
 */
export const ALL_GROUPS = 33554431;

/**
 * The lexicons features read, each keyed by `hashString(lexiconKey(word))`.
 *
 * - `train`, `wiki`: packed counts (see {@link packLexiconEntry}).
 * - `names`: bit 0 given name; bits 1.. trigger classes (see {@link TRIGGER_CLASSES}).
 * - `clusters`: a coarse cluster id in the low byte and a fine one above it.
 *
 * @example
 * ```ts
 * const lex: Lexicons = { train, wiki, names, clusters };
 * ```
 */
export interface Lexicons {
  readonly train?: IntTable;
  readonly wiki?: IntTable;
  readonly names?: IntTable;
  readonly clusters?: IntTable;
  /** Multi-word names: {@link spanKey} of the words → bits 0-3 WikiFANE types, bits 4-7 training types. */
  readonly spans?: IntTable;
  /** Packed counts like `train`/`wiki`, keyed by `hashString(stemKey(lexiconKey(word)))`. */
  readonly stems?: IntTable;
  /** UD part-of-speech counts, packed like `train` with PROPN, NOUN, ADJ, VERB as the four types. */
  readonly ud?: IntTable;
  /**
   * Dictionary words by lexicon key: bit 0 common word, bit 1 proper name, bit 2 nisba adjective; bit 3
   * marks the light stem (`stemKey`) of a common word (see {@link DICT_BITS}).
   */
  readonly dict?: IntTable;
  /** Letter trigram ({@link trigramKey}) → log-odds of names against common words, + {@link NGRAM_BIAS}. */
  readonly ngrams?: IntTable;
  /** Topic cue words by lexicon key (value 1: sport), read by the document stage's Topic features. */
  readonly topic?: IntTable;
  /** Guide margin bucket thresholds: key `b` → the lower bound of bucket `b + 1`, in score units × {@link GUIDE_MARGIN_UNIT}. */
  readonly guideMargin?: IntTable;
}

/**
 * The fixed-point unit of the `guideMargin` thresholds (a lexicon stores unsigned integers).
 *
 * @example
 * ```ts
 * const stored = Math.round(threshold * GUIDE_MARGIN_UNIT);
 * ```
 */
export const GUIDE_MARGIN_UNIT = 16;

/**
 * The bits of a `dict` lexicon entry.
 *
 * @example
 * ```ts
 * (entry & DICT_BITS.common) !== 0; // a common word of the dictionary
 * ```
 */
export const DICT_BITS = { common: 1, proper: 2, nisba: 4, stem: 8 } as const;

/**
 * The key of a letter trigram in the `ngrams` lexicon (`0x5e` and `0x24` mark the word's ends).
 *
 * @example
 * ```ts
 * trigramKey(0x5e, 0x628, 0x648); // ^بو
 * ```
 */
export function trigramKey(a: number, b: number, c: number): number {
  return mix(mix(0x7419 ^ a, b), c);
}

/**
 * The offset added to a quantized trigram log-odds (in quarter nats) in the `ngrams` lexicon, whose
 * values must be non-negative.
 *
 * @example
 * ```ts
 * const logOdds = (table.get(key) - NGRAM_BIAS) / 4;
 * ```
 */
export const NGRAM_BIAS = 128;

/**
 * Longest multi-word name the span lexicon holds.
 *
 * @example
 * ```ts
 * MAX_SPAN; // 6
 * ```
 */
export const MAX_SPAN = 6;

/**
 * Extends a span key by one more word (start from 0).
 *
 * @example
 * ```ts
 * const key = spanKey(spanKey(0, hashString('جنوب')), hashString('سودان'));
 * ```
 */
export function spanKey(prefix: number, wordKey: number): number {
  return mix(prefix ^ 0x5a5a, wordKey);
}

/**
 * Trigger classes in bit order (bit `i + 1` of a `names` entry): the column values of
 * `data/names-model/triggers.tsv`.
 *
 * @example
 * ```ts
 * TRIGGER_CLASSES.indexOf('title'); // 0
 * ```
 */
export const TRIGGER_CLASSES = ['title', 'person-role', 'org-head', 'loc-head', 'misc-head', 'speech-verb'] as const;

/**
 * Packs per-type entity counts of one word into a lexicon value: for each of the four types 3 bits of
 * ratio bucket and 1 bit "mostly begins a name", then 2 bits of frequency bucket.
 *
 * @example
 * ```ts
 * packLexiconEntry([3, 0, 0, 0], [0, 0, 0, 0], 4); // PER in 3 of 4 occurrences
 * ```
 */
export function packLexiconEntry(begins: readonly number[], inside: readonly number[], total: number): number {
  let v = 0;
  for (let t = 0; t < 4; t++) {
    const n = begins[t] + inside[t];
    if (n === 0) continue;
    const r = n / total;
    const bucket = r < 0.05 ? 1 : r < 0.2 ? 2 : r < 0.5 ? 3 : r < 0.8 ? 4 : r < 0.99 ? 5 : 6;
    v |= (bucket | (begins[t] >= inside[t] ? 8 : 0)) << (t * 4);
  }
  const freq = total < 2 ? 0 : total < 5 ? 1 : total < 20 ? 2 : 3;
  return (v | (freq << 16)) >>> 0;
}

// Template ids: stable numbers, part of the model format.
const T_BIAS = 1;
const T_RAW = 2;
const T_FOLD = 3;
const T_BIGRAM = 4;
const T_STEM = 5;
const T_CORE = 6;
const T_PROCLITIC = 7;
const T_CORE_BIGRAM = 8;
const T_PREFIX = 9;
const T_SUFFIX = 10;
const T_SHAPE = 11;
const T_SHAPE3 = 12;
const T_LENGTH = 13;
const T_TRIGGER = 14;
const T_TRAIN = 15;
const T_TRAIN_UNKNOWN = 16;
const T_WIKI = 17;
const T_WIKI_UNKNOWN = 18;
const T_GIVEN = 19;
const T_CLUSTER = 20;
const T_TRIGGER_PAIR = 21;
const T_CORE_SUFFIX = 22;
const T_SPAN = 23;
const T_HEAD_REACH = 24;
const T_QUOTE = 25;
const T_FINE = 26;
const T_LEX_PAIR = 27;
const T_STEM_LEX = 28;
const T_STEM_LEX_UNKNOWN = 29;
const T_UD = 30;
const T_UD_UNKNOWN = 31;
const T_TRANSLIT = 32;
const T_DICT = 33;
const T_LIKENESS = 34;
const T_TRIGGER_CONTEXT = 35;
const T_NAME_BOUNDARY = 36;

// Bits of the org-head, loc-head and misc-head trigger classes within a `names` entry (after `>>> 1`).
const HEAD_BITS = (1 << TRIGGER_CLASSES.indexOf('org-head')) | (1 << TRIGGER_CLASSES.indexOf('loc-head')) | (1 << TRIGGER_CLASSES.indexOf('misc-head'));
const MAX_REACH = 4;

// Unknown to WikiFANE, seen in a name there, frequent non-name word, rare non-name word.
function wikiClass(v: number): number {
  if (v < 0) return v === -1 ? 0 : 4;
  if ((v & 0xffff) !== 0) return 1;
  return ((v >>> 16) & 3) >= 2 ? 2 : 3;
}

/**
 * The coarse class of a packed lexicon entry (`train` or `wiki`): 0 unknown, 1-4 its most frequent entity
 * type, 5 frequent non-name, 6 rare non-name, 7 no lexicon (sentence edge).
 *
 * @example
 * ```ts
 * lexiconClass(tokenInfo('بكين', lex).wiki); // 3: mostly LOC
 * ```
 */
export function lexiconClass(v: number): number {
  return wikiCode(v);
}

function wikiCode(v: number): number {
  if (v < 0) return v === -1 ? 0 : 7;
  let best = -1;
  let bestCode = 0;
  for (let t = 0; t < 4; t++) {
    const code = (v >>> (t * 4)) & 7;
    if (code > bestCode) {
      best = t;
      bestCode = code;
    }
  }
  if (best >= 0) return 1 + best;
  return ((v >>> 16) & 3) >= 2 ? 5 : 6;
}

function isQuote(word: string): boolean {
  return word === '"' || word === '«' || word === '»' || word === '“' || word === '”' || word === "'";
}

/**
 * Per-token values the templates read, computed once per word type (see {@link tokenInfo}).
 *
 * @example
 * ```ts
 * const info: TokenInfo = tokenInfo('وبكين', lexicons);
 * ```
 */
export interface TokenInfo {
  raw: number;
  fold: number;
  stem: number;
  core: number;
  proclitic: number;
  prefixes: number[];
  suffixes: number[];
  coreSuffixes: number[];
  shape: number;
  length: number;
  /** The lexicon key hash when the token can be (part of) a name, else 0. */
  key: number;
  train: number;
  wiki: number;
  names: number;
  cluster: number;
  /** The stem lexicon's entry when neither word lexicon knows the word (-1: the stem is unknown too), else -2. */
  stemLex: number;
  ud: number;
  /** Transliteration cue bits of a word no word lexicon knows (see `translitCues`), else 0. */
  translit: number;
  /** Dictionary code of a word no word lexicon knows (see `dictCode`), else 0. */
  dict: number;
  /** Name-likeness bucket (1-7) of a word no word lexicon knows (see `likenessBucket`), else 0. */
  likeness: number;
}

/**
 * The pseudo-token beyond either end of a sentence.
 *
 * @example
 * ```ts
 * unaryFeatures(BOUNDARY, -1, groups, sink); // what "no previous word" contributes
 * ```
 */
export const BOUNDARY: TokenInfo = {
  raw: 0x5eed,
  fold: 0x5eed,
  stem: 0x5eed,
  core: 0x5eed,
  proclitic: 0,
  prefixes: [],
  suffixes: [],
  coreSuffixes: [],
  shape: 15,
  length: 0,
  key: 0,
  train: -2,
  wiki: -2,
  names: 0,
  cluster: -2,
  stemLex: -2,
  ud: -2,
  translit: 0,
  dict: 0,
  likeness: 0,
};

function shapeOf(word: string): number {
  const classes = shapeClasses();
  let shape = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    shape |= c < SHAPE_END ? classes[c] : OTHER;
  }
  const c0 = word.charCodeAt(0);
  const capital = shape & LATIN && c0 >= 65 && c0 <= 90 ? 1 : 0;
  return shape | (capital << 4);
}

// shapeOf's classes of the code units below the end of the Arabic block, as its bits (every code unit
// above is OTHER). One array read per code unit: with a branch per class, the first word with a rare
// class (Eastern digits, say) threw the optimized code away (docs/NER.md, round 20). Built on first use.
const SHAPE_END = 0x0700;
const ARABIC = 1;
const DIGIT = 2;
const LATIN = 4;
const OTHER = 8;
let shapeTable: Uint8Array | undefined;

function shapeClasses(): Uint8Array {
  if (shapeTable === undefined) {
    shapeTable = new Uint8Array(SHAPE_END);
    for (let c = 0; c < SHAPE_END; c++) {
      if (c >= 0x0600 && c <= 0x06ff && !(c >= 0x0660 && c <= 0x0669) && c !== 0x060c && c !== 0x061f && c !== 0x061b) shapeTable[c] = ARABIC;
      else if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) shapeTable[c] = DIGIT;
      else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) shapeTable[c] = LATIN;
      else shapeTable[c] = OTHER;
    }
  }
  return shapeTable;
}

function affixes(s: string, fromEnd: boolean): number[] {
  // Sized up front: an array grown by `push` allocates its backing store twice for a new word.
  const out = new Array<number>(Math.max(0, Math.min(3, s.length - 1)));
  for (let n = 1; n <= out.length; n++) {
    out[n - 1] = fromEnd ? mix(n, hashString(s, s.length - n)) : mix(n, hashString(s, 0, n));
  }
  return out;
}

function lookup(table: IntTable | undefined, key: number, fallback: number): number {
  if (table === undefined) return -2;
  const v = table.get(key);
  return v === -1 && fallback !== 0 ? table.get(fallback) : v;
}

// Unknown common words are mostly inflections of known ones, unknown transliterated names are not: the
// stem's counts tell the two apart. The stem is only worth computing when both word lexicons missed.
function stemLookup(table: IntTable | undefined, core: string, alt: string | undefined): number {
  if (table === undefined) return -2;
  const v = table.get(hashString(stemKey(core)));
  return v === -1 && alt !== undefined ? table.get(hashString(stemKey(alt))) : v;
}

const FOREIGN_LETTERS = new Set([0x067e, 0x06a4, 0x06af, 0x0686, 0x0698]); // پ ڤ گ چ ژ
const FOREIGN_ENDINGS = ['وف', 'سكي', 'يان', 'ان', 'و', 'يتش', 'رغ'];

// Foreign names are transliterated with long vowels for their vowels and with Persian letters for p, v, g
// and ch; Arabic words of the same length have fewer long vowels. Bit 0: a foreign letter; bits 1-2: long
// vowel density bucket; bits 3-5: the first matching ending, + 1; bit 8: the word was looked at.
function translitCues(core: string): number {
  const n = core.length;
  if (n < 3) return 0;
  let foreign = 0;
  let vowels = 0;
  for (let i = 0; i < n; i++) {
    const c = core.charCodeAt(i);
    if (FOREIGN_LETTERS.has(c)) foreign = 1;
    if (c === 0x0627 || c === 0x0648 || c === 0x064a) vowels++;
  }
  const r = vowels / n;
  const density = r < 0.25 ? 0 : r < 0.4 ? 1 : r < 0.55 ? 2 : 3;
  let ending = 0;
  for (let e = 0; e < FOREIGN_ENDINGS.length && ending === 0; e++) {
    if (n > FOREIGN_ENDINGS[e].length + 2 && core.endsWith(FOREIGN_ENDINGS[e])) ending = e + 1;
  }
  return 0x100 | foreign | (density << 1) | (ending << 3);
}

// An unknown word that the dictionary knows, as a word or through its light stem, is most likely an
// inflected common word; a transliterated name is in neither. Codes: the entry's class bits (1-7) for the
// word itself, 8 for the stem of a common word, 9 for neither; 0 when there is no dictionary.
function dictCode(table: IntTable | undefined, coreHash: number, core: string, alt: string | undefined): number {
  if (table === undefined) return 0;
  const own = dictClass(table, coreHash) || (alt === undefined ? 0 : dictClass(table, hashString(alt)));
  if (own !== 0) return own;
  return dictStem(table, core) || (alt !== undefined && dictStem(table, alt)) ? 8 : 9;
}

// The dictionary's class bits for a word's hash (0: not a word it has).
function dictClass(table: IntTable, key: number): number {
  const v = table.get(key);
  return v > 0 ? v & 7 : 0;
}

// Whether the dictionary has the word's light stem as the stem of a common word.
function dictStem(table: IntTable, word: string): boolean {
  return (Math.max(0, table.get(hashString(stemKey(word)))) & DICT_BITS.stem) !== 0;
}

// The mean log-odds of the word's letter trigrams (word ends marked) under the name and common-word
// models, in 7 buckets; trigrams the table lacks count as even.
function likenessBucket(table: IntTable | undefined, core: string): number {
  if (table === undefined || core.length < 2) return 0;
  let sum = 0;
  let a = 0x5e;
  let b = core.charCodeAt(0);
  for (let i = 1; i <= core.length; i++) {
    const c = i < core.length ? core.charCodeAt(i) : 0x24;
    const v = table.get(trigramKey(a, b, c));
    if (v >= 0) sum += v - NGRAM_BIAS;
    a = b;
    b = c;
  }
  const r = sum / 4 / core.length;
  return r < -1.5 ? 1 : r < -0.75 ? 2 : r < -0.25 ? 3 : r < 0.25 ? 4 : r < 0.75 ? 5 : r < 1.5 ? 6 : 7;
}

// Token infos depend only on the word and the lexicons, and text is Zipfian: memoizing them per lexicon set
// removes most of the per-token work. The cache is bounded by clearing it when full.
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<Lexicons, Map<string, TokenInfo>>();

/**
 * The memoized {@link TokenInfo} of a word under a set of lexicons.
 *
 * @example
 * ```ts
 * tokenInfo('بكين', lexicons).key !== 0; // a name candidate
 * ```
 */
export function tokenInfo(word: string, lex: Lexicons): TokenInfo {
  let cache = caches.get(lex);
  if (cache === undefined) {
    cache = new Map();
    caches.set(lex, cache);
  }
  let info = cache.get(word);
  if (info === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    info = computeTokenInfo(word, lex);
    cache.set(word, info);
  }
  return info;
}

/**
 * The {@link TokenInfo} of a word, computed afresh (for callers that keep their own memo).
 *
 * @example
 * ```ts
 * computeTokenInfo('وبكين', lexicons).key;
 * ```
 */
export function computeTokenInfo(word: string, lex: Lexicons): TokenInfo {
  const fold = foldWord(word);
  const stem = stripProclitics(fold);
  const core = stripArticle(stem);
  const coreHash = hashString(core);
  const stripped = fold.length - stem.length;
  const shape = shapeOf(word);
  const alt = prepositionStripped(core);
  const altHash = alt === undefined ? 0 : hashString(alt);
  const train = lookup(lex.train, coreHash, altHash);
  const wiki = lookup(lex.wiki, coreHash, altHash);
  const unknown = train === -1 && wiki === -1;
  return {
    raw: hashString(word),
    fold: hashString(fold),
    stem: hashString(stem),
    core: coreHash,
    proclitic: (stripped > 0 ? stripped : 0) | (core.length < stem.length ? 4 : 0),
    prefixes: affixes(core, false),
    suffixes: affixes(fold, true),
    coreSuffixes: affixes(core, true),
    shape,
    length: Math.min(core.length, 9),
    key: core.length >= 2 && (shape & 5) !== 0 ? coreHash : 0,
    train,
    wiki,
    names: Math.max(0, lookup(lex.names, coreHash, altHash)),
    cluster: lookup(lex.clusters, coreHash, 0),
    stemLex: unknown ? stemLookup(lex.stems, core, alt) : -2,
    ud: lookup(lex.ud, coreHash, altHash),
    translit: unknown ? translitCues(core) : 0,
    dict: unknown ? dictCode(lex.dict, coreHash, core, alt) : 0,
    likeness: unknown ? likenessBucket(lex.ngrams, core) : 0,
  };
}

/**
 * Every span of 2..MAX_SPAN words found in the span lexicon, as per-token codes: position in the span
 * (begin, inside, end), span length and the lexicon's type bits.
 */
function matchSpans(info: readonly TokenInfo[], spans: IntTable): { offsets: Int32Array; codes: number[] } {
  const n = info.length;
  const perToken: number[][] = Array.from({ length: n }, () => []);
  let any = false;
  for (let i = 0; i < n; i++) {
    let key = spanKey(0, info[i].core);
    for (let len = 2; len <= MAX_SPAN && i + len <= n; len++) {
      key = spanKey(key, info[i + len - 1].core);
      const bits = spans.get(key);
      if (bits <= 0) continue;
      any = true;
      for (let j = i; j < i + len; j++) {
        const pos = j === i ? 0 : j === i + len - 1 ? 2 : 1;
        perToken[j].push(mix(pos * 8 + Math.min(len, 4), bits));
        for (let t = 0; t < 8; t++) if (bits & (1 << t)) perToken[j].push(mix(pos, 100 + t));
      }
    }
  }
  const offsets = new Int32Array(n + 1);
  const codes: number[] = [];
  for (let i = 0; i < n; i++) {
    offsets[i] = codes.length;
    if (any) codes.push(...perToken[i]);
  }
  offsets[n] = codes.length;
  return { offsets, codes };
}

/**
 * The lexicon-key hash of each word when it can be part of a name (letters, two or more after stripping),
 * else 0: what in-document features group occurrences by.
 *
 * @example
 * ```ts
 * nameKeys(['وبكين', 'بكين'], {}); // two equal keys
 * ```
 */
export function nameKeys(words: readonly string[], lex: Lexicons): Uint32Array {
  const out = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) out[i] = tokenInfo(words[i], lex).key;
  return out;
}

/**
 * Features of every token of one sentence, flattened: the features of token `i` are
 * `features[offsets[i] .. offsets[i + 1])`.
 *
 * @example
 * ```ts
 * const { offsets, features } = extractFeatures(['زار', 'بوتين', 'بكين'], lexicons, ALL_GROUPS);
 * ```
 */
export interface SentenceFeatures {
  offsets: Int32Array;
  features: Uint32Array;
  /** Token `i`'s own word-identity features are `features[offsets[i] .. lexicalEnd[i])` (training drops them at times). */
  lexicalEnd?: Int32Array;
}

/**
 * Receives one feature as a template id and a value (hashed together by the caller).
 *
 * @example
 * ```ts
 * const sink: FeatureSink = (template, value) => keys.push(mix(template, value));
 * ```
 */
export type FeatureSink = (template: number, value: number) => void;

/**
 * Groups whose features depend on more than one token beyond adjacent pairs (the shape trigram, lexicon
 * triples, span matches, head reach and quotations). A model trained with any of them cannot use the
 * per-word emission cache of the tagger.
 *
 * @example
 * ```ts
 * const cacheable = (groups & NON_LOCAL_GROUPS) === 0;
 * ```
 */
export const NON_LOCAL_GROUPS =
  FeatureGroup.Shape |
  FeatureGroup.LexiconPairs |
  FeatureGroup.SpanLexicon |
  FeatureGroup.HeadReach |
  // Round 8's Topic, TriggerContext and NameBoundary: the fast path does not implement them (they are off by
  // default). DocPosition, DocPair and DocEntity are added on either path (tagger.ts).
  FeatureGroup.Topic |
  FeatureGroup.TriggerContext |
  FeatureGroup.NameBoundary;

function lexiconFeatures(add: FeatureSink, template: number, unknownTemplate: number, k: number, v: number): void {
  if (v === -1) {
    add(unknownTemplate, k);
    return;
  }
  if (v < 0) return;
  const freq = (v >>> 16) & 3;
  let any = false;
  for (let t = 0; t < 4; t++) {
    const code = (v >>> (t * 4)) & 15;
    if (code === 0) continue;
    any = true;
    add(template, mix(k, t * 16 + code));
    if (k === 0) add(template, mix(100 + freq, t * 16 + (code & 7)));
  }
  if (!any) add(template, mix(k, 200 + freq));
}

/**
 * The word-identity features of a token (its own forms, not its neighbours'): training's word dropout
 * removes exactly these.
 *
 * @example
 * ```ts
 * identityFeatures(tokenInfo('بكين', lex), groups, sink);
 * ```
 */
export function identityFeatures(t: TokenInfo, groups: number, add: FeatureSink): void {
  if (groups & FeatureGroup.Word) {
    add(T_RAW, t.raw);
    add(T_FOLD, mix(0, t.fold));
  }
  if (groups & FeatureGroup.Clitic) {
    add(T_STEM, t.stem);
    add(T_CORE, mix(0, t.core));
  }
}

/**
 * Which of a token's unary features {@link unaryFeatures} emits: those of its own forms (`Word`: folded
 * word, core, affixes, shape, cluster), those read from its small codes (`Codes`: bias, proclitics,
 * trigger and given-name bits, lexicon entries, cues; see {@link codeHash}), or both (`All`, the order
 * training uses). Many words share their codes, so the tagger sums the code features once per distinct
 * set of codes.
 *
 * @example
 * ```ts
 * unaryFeatures(info, 0, groups, sink, UnaryPart.Codes);
 * ```
 */
export const UnaryPart = { Word: 1, Codes: 2, All: 3 } as const;

/**
 * The features that position `i` gets from the token at `i + k` alone (k = -2..2), identity features
 * excluded. Because they depend on one token and the offset only, the tagger can sum their weights once per
 * word type and offset.
 *
 * @param part - which features to emit ({@link UnaryPart}); all by default, in training's order.
 * @example
 * ```ts
 * for (let k = -2; k <= 2; k++) unaryFeatures(tokenInfo(words[i + k], lex), k, groups, sink);
 * ```
 */
export function unaryFeatures(t: TokenInfo, k: number, groups: number, add: FeatureSink, part: number = UnaryPart.All): void {
  const near = k >= -1 && k <= 1;
  const word = (part & UnaryPart.Word) !== 0;
  const codes = (part & UnaryPart.Codes) !== 0;
  if (codes && k === 0) add(T_BIAS, 0);
  if (word && groups & FeatureGroup.Word && k !== 0) add(T_FOLD, mix(k, t.fold));
  if (groups & FeatureGroup.Clitic) {
    if (word && (k === -1 || k === 1)) add(T_CORE, mix(k, t.core));
    if (codes && k === 0) add(T_PROCLITIC, t.proclitic);
    if (codes && k === 1) add(T_PROCLITIC, mix(1, t.proclitic));
  }
  if (word && groups & FeatureGroup.Affix && k === 0) {
    for (const p of t.prefixes) add(T_PREFIX, p);
    for (const s of t.suffixes) add(T_SUFFIX, s);
    for (const s of t.coreSuffixes) add(T_CORE_SUFFIX, s);
  }
  if (word && groups & FeatureGroup.Shape) {
    if (near) add(T_SHAPE, mix(k, t.shape));
    if (k === 0) add(T_LENGTH, t.length);
  }
  if (codes) codeFeatures(t, k, near, groups, add);
  if (word && groups & FeatureGroup.Cluster) clusterFeatures(t, k, add);
}

function codeFeatures(t: TokenInfo, k: number, near: boolean, groups: number, add: FeatureSink): void {
  if (groups & FeatureGroup.Trigger) {
    const bits = t.names >>> 1;
    if (bits !== 0) for (let b = 0; b < TRIGGER_CLASSES.length; b++) if (bits & (1 << b)) add(T_TRIGGER, mix(k, b));
  }
  if (groups & FeatureGroup.TrainLexicon && near) lexiconFeatures(add, T_TRAIN, T_TRAIN_UNKNOWN, k, t.train);
  if (groups & FeatureGroup.WikiLexicon && near) lexiconFeatures(add, T_WIKI, T_WIKI_UNKNOWN, k, t.wiki);
  if (groups & FeatureGroup.StemLexicon && near) lexiconFeatures(add, T_STEM_LEX, T_STEM_LEX_UNKNOWN, k, t.stemLex);
  if (groups & FeatureGroup.UdLexicon && near) lexiconFeatures(add, T_UD, T_UD_UNKNOWN, k, t.ud);
  if (groups & FeatureGroup.Translit && near && t.translit !== 0) {
    const c = t.translit;
    if (k === 0) {
      add(T_TRANSLIT, mix(0, c & 1));
      add(T_TRANSLIT, mix(1, (c >>> 1) & 3));
      add(T_TRANSLIT, mix(2, c >>> 3));
    } else add(T_TRANSLIT, mix(3 + k, (c >>> 1) & 3));
  }
  if (groups & FeatureGroup.Dictionary && near && t.dict !== 0) add(T_DICT, mix(k, t.dict));
  if (groups & FeatureGroup.NameLikeness && near && t.likeness !== 0) add(T_LIKENESS, mix(k, t.likeness));
  if (groups & FeatureGroup.FineLexicon && near && t.wiki >= 0 && t.wiki >>> 20 !== 0) add(T_FINE, mix(k, t.wiki >>> 20));
  if (groups & FeatureGroup.GivenName && t.names & 1) add(T_GIVEN, k);
}

const TRIGGER_MASK = (1 << TRIGGER_CLASSES.length) - 1;

// Round 8: a trigger three words back (`نادي X Y Z`), and the trigger class at −2, −1 and +1 with the
// word's own WikiFANE and train-lexicon classes: `فريق` before a word known as a place says club.
function triggerContextFeatures(info: readonly TokenInfo[], i: number, add: FeatureSink): void {
  const cur = info[i];
  const own = (wikiCode(cur.wiki) << 3) | wikiCode(cur.train);
  if (i >= 3) {
    const bits = (info[i - 3].names >>> 1) & TRIGGER_MASK;
    if (bits !== 0) add(T_TRIGGER_CONTEXT, mix(-3, bits));
  }
  for (const k of [-2, -1, 1]) {
    if (i + k < 0 || i + k >= info.length) continue;
    const bits = (info[i + k].names >>> 1) & TRIGGER_MASK;
    if (bits !== 0) add(T_TRIGGER_CONTEXT, mix(mix(k, bits), own));
  }
}

// How person-like a word looks: whether it is a given name (bit 3) with its coarse WikiFANE class (0-6,
// see `wikiCode`), so that a given name that is mostly a common word (رزق، سعد) differs from one that is
// mostly a name; 15 beyond the sentence edge.
function personCue(t: TokenInfo): number {
  if (t === BOUNDARY) return 15;
  return (t.names & 1 ? 8 : 0) | wikiCode(t.wiki);
}

// Round 8: where a person's name starts and ends: the person cues of the word and of each neighbour, paired,
// and with the word's proclitics (`وألفا عمر كوناري`).
function nameBoundaryFeatures(prev: TokenInfo, cur: TokenInfo, next: TokenInfo, add: FeatureSink): void {
  const p = personCue(prev);
  const c = personCue(cur);
  const n = personCue(next);
  add(T_NAME_BOUNDARY, mix(1, (p << 4) | c));
  add(T_NAME_BOUNDARY, mix(2, (c << 4) | n));
  add(T_NAME_BOUNDARY, mix(3, (cur.proclitic << 8) | (c << 4) | n));
}

function clusterFeatures(t: TokenInfo, k: number, add: FeatureSink): void {
  const c = t.cluster;
  if (c < 0) add(T_CLUSTER, mix(k, c === -1 ? 0xffff0 : 0xffff1));
  else {
    add(T_CLUSTER, mix(mix(k, 1), c & 0xff));
    add(T_CLUSTER, mix(mix(k, 2), c >>> 8));
  }
}

/**
 * A hash of the fields that the code features ({@link UnaryPart}) read: two tokens with {@link sameCodes}
 * get the same code features at every offset.
 *
 * @example
 * ```ts
 * const key = codeHash(info);
 * ```
 */
export function codeHash(t: TokenInfo): number {
  let h = mix(t.proclitic, t.names);
  h = mix(h, t.train);
  h = mix(h, t.wiki);
  h = mix(h, t.stemLex);
  h = mix(h, t.ud);
  h = mix(h, t.translit);
  h = mix(h, t.dict);
  return mix(h, t.likeness);
}

/**
 * Whether two tokens agree on every field the code features read (see {@link codeHash}).
 *
 * @example
 * ```ts
 * sameCodes(info, tokenInfo('بكين', lex));
 * ```
 */
export function sameCodes(a: CodeFields, b: CodeFields): boolean {
  return (
    a.proclitic === b.proclitic &&
    a.names === b.names &&
    a.train === b.train &&
    a.wiki === b.wiki &&
    a.stemLex === b.stemLex &&
    a.ud === b.ud &&
    a.translit === b.translit &&
    a.dict === b.dict &&
    a.likeness === b.likeness
  );
}

/**
 * The fields of a {@link TokenInfo} that the code features read (see {@link codeHash}): small integers.
 *
 * @example
 * ```ts
 * const codes: CodeFields = codeFields(tokenInfo('بكين', lex));
 * ```
 */
export type CodeFields = Pick<TokenInfo, 'proclitic' | 'names' | 'train' | 'wiki' | 'stemLex' | 'ud' | 'translit' | 'dict' | 'likeness'>;

/**
 * A copy of the fields the code features read, for a memo that keeps them: the whole `TokenInfo` holds
 * three affix arrays and hashes that V8 keeps as heap numbers, a dozen objects for the collector to mark
 * for as long as the memo keeps the entry, where this is one.
 *
 * @example
 * ```ts
 * sameCodes(codeFields(info), info); // true
 * ```
 */
export function codeFields(t: TokenInfo): CodeFields {
  return {
    proclitic: t.proclitic,
    names: t.names,
    train: t.train,
    wiki: t.wiki,
    stemLex: t.stemLex,
    ud: t.ud,
    translit: t.translit,
    dict: t.dict,
    likeness: t.likeness,
  };
}

/**
 * What {@link pairFeatures} reads of a token: its folded form's and core's hashes and its name classes.
 * The hashes may be given as signed 32-bit integers: they are only mixed, which reads 32 bits either way.
 *
 * @example
 * ```ts
 * const p: PairInfo = tokenInfo('بوتين', lex);
 * ```
 */
export type PairInfo = Pick<TokenInfo, 'fold' | 'core' | 'names'>;

/**
 * The features that the token `cur` gets from the pair (`prev`, `cur`) and the pair (`cur`, `next`): word
 * and core bigrams and the previous word's trigger class with the current core.
 *
 * @example
 * ```ts
 * pairFeatures(tokenInfo('الرئيس', lex), tokenInfo('بوتين', lex), BOUNDARY, groups, sink);
 * ```
 */
export function pairFeatures(prev: PairInfo, cur: PairInfo, next: PairInfo, groups: number, add: FeatureSink): void {
  if (groups & FeatureGroup.Word) {
    add(T_BIGRAM, mix(prev.fold, cur.fold));
    add(T_BIGRAM, mix(cur.fold, mix(1, next.fold)));
  }
  if (groups & FeatureGroup.Clitic) add(T_CORE_BIGRAM, mix(prev.core, cur.core));
  if (groups & FeatureGroup.Trigger) {
    const prevBits = prev.names >>> 1;
    if (prevBits !== 0) add(T_TRIGGER_PAIR, mix(prevBits, cur.core));
  }
}

/**
 * Extracts the features of one sentence under the given feature groups: for each token its identity and
 * pair features (up to `lexicalEnd`), then the unary features of the tokens at offsets -2..2, then the
 * non-local ones ({@link NON_LOCAL_GROUPS}).
 *
 * @example
 * ```ts
 * const f = extractFeatures(['وصل', 'بوتين'], {}, ALL_GROUPS);
 * f.offsets.length; // 3
 * ```
 */
export function extractFeatures(words: readonly string[], lex: Lexicons, groups: number): SentenceFeatures {
  const n = words.length;
  const info = new Array<TokenInfo>(n);
  for (let i = 0; i < n; i++) info[i] = tokenInfo(words[i], lex);
  const at = (i: number): TokenInfo => (i >= 0 && i < n ? info[i] : BOUNDARY);

  // Inside a quotation: MISC names (titles, events, products) are often quoted.
  let quoted: Uint8Array | undefined;
  if (groups & FeatureGroup.HeadReach) {
    quoted = new Uint8Array(n);
    let open = -1;
    for (let i = 0; i < n; i++) {
      if (!isQuote(words[i])) continue;
      if (open < 0) open = i;
      else {
        for (let j = open + 1; j < i; j++) quoted[j] = j === open + 1 ? 1 : 2;
        if (i - open > 1) quoted[i - 1] |= 4;
        open = -1;
      }
    }
  }
  const spanHits = groups & FeatureGroup.SpanLexicon && lex.spans !== undefined ? matchSpans(info, lex.spans) : undefined;
  const offsets = new Int32Array(n + 1);
  const lexicalEnd = new Int32Array(n);
  let buf = new Uint32Array(Math.max(64, n * 96));
  let len = 0;
  const add: FeatureSink = (template, value) => {
    if (len === buf.length) {
      const bigger = new Uint32Array(buf.length * 2);
      bigger.set(buf);
      buf = bigger;
    }
    buf[len++] = mix(template, value);
  };

  for (let i = 0; i < n; i++) {
    offsets[i] = len;
    const cur = info[i];
    identityFeatures(cur, groups, add);
    pairFeatures(at(i - 1), cur, at(i + 1), groups, add);
    lexicalEnd[i] = len;
    for (let k = -2; k <= 2; k++) unaryFeatures(at(i + k), k, groups, add);
    if (groups & FeatureGroup.Shape) add(T_SHAPE3, (at(i - 1).shape << 10) | (cur.shape << 5) | at(i + 1).shape);
    if (groups & FeatureGroup.LexiconPairs) {
      const a = wikiCode(at(i - 1).wiki);
      const b = wikiCode(cur.wiki);
      const c = wikiCode(at(i + 1).wiki);
      add(T_LEX_PAIR, (1 << 12) | (a << 4) | b);
      add(T_LEX_PAIR, (2 << 12) | (b << 4) | c);
      add(T_LEX_PAIR, (3 << 12) | (a << 8) | (b << 4) | c);
    }
    if (groups & FeatureGroup.TriggerContext) triggerContextFeatures(info, i, add);
    if (groups & FeatureGroup.NameBoundary) nameBoundaryFeatures(at(i - 1), cur, at(i + 1), add);
    if (groups & FeatureGroup.SpanLexicon && spanHits !== undefined) {
      for (let h = spanHits.offsets[i]; h < spanHits.offsets[i + 1]; h++) add(T_SPAN, spanHits.codes[h]);
    }
    if (groups & FeatureGroup.HeadReach && quoted !== undefined) {
      // The nearest head word up to MAX_REACH words back, with no punctuation in between: the words it
      // governs are usually the rest of the name (جامعة الدول العربية).
      for (let k = 1; k <= MAX_REACH && i - k >= 0; k++) {
        const t = info[i - k];
        if ((t.shape & 5) === 0) break;
        const head = (t.names >>> 1) & HEAD_BITS;
        if (head === 0) continue;
        add(T_HEAD_REACH, mix(k, head));
        add(T_HEAD_REACH, mix(mix(head, 100 + k), wikiClass(cur.wiki)));
        break;
      }
      if (quoted[i] !== 0) add(T_QUOTE, quoted[i]);
    }
  }
  offsets[n] = len;
  return { offsets, features: buf.subarray(0, len), lexicalEnd };
}
