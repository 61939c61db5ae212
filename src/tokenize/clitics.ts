import type { WordPart } from '../types.js';
import { foldKey, foldUnit } from './fold.js';
import { isLexicalized, isNameWord, wordCount } from './lexicon.js';

/**
 * Clitic analysis of one Arabic word: conjunctions (و ف), prepositions (ب ك ل), the future particle
 * (س) before the base, the base itself (keeping its article ال, as UD does), and third-person and
 * first-person-plural pronouns (ه ها هما هم هن نا) after it.
 *
 * Splitting is conservative and lexicon-driven: a proclitic comes off only when what remains is a word
 * seen far more often on its own than the whole (`وبكين` → و + بكين), or starts with the article
 * (`بالصين` → ب + الصين). Words whose remainder is not a word stay whole (`واشنطن`, `وزارة`, `فرنسا`,
 * `كندا`, `لبنان`).
 */

/** How much more often the remainder must occur than the whole word before a clitic is split off. */
const PROCLITIC_RATIO = 1;
const ENCLITIC_RATIO = 1;
const SHORT_REST_RATIO = 8;
/**
 * WikiFANE leaves some preposition + noun pairs unsplit (بشكل، بسبب), so ب and ل need less evidence
 * than the conjunction.
 */
const PREPOSITION_RATIO = 0.25;
/** Counts stand-in for "the remainder starts with the article": strong evidence of a proclitic. */
const ARTICLE_BONUS = 1000;
/** Below this count a remainder is not trusted as evidence. */
const MIN_COUNT = 3;

const WAW = 0x648;
const FEH = 0x641;
const BEH = 0x628;
const KAF = 0x643;
const LAM = 0x644;
const SEEN = 0x633;
const ALEF = 0x627;
const YEH = 0x64a;
const TEH = 0x62a;
const NOON = 0x646;

/** Enclitic pronouns, longest first, as written (ة never ends a pronoun, so the check uses the surface). */
const ENCLITICS = ['هما', 'هم', 'هن', 'ها', 'ه', 'نا'];

/** Prepositions whose final alef maqsura is written yeh before a pronoun: عليه = على + ه. */
const MAQSURA_BEFORE_PRONOUN = new Set(['علي', 'الي', 'لدي', 'حتي']);

interface Skeleton {
  /** Folded letters (see foldKey). */
  key: string;
  /** Letters with diacritics and tatweel removed but not otherwise folded (ة and ه stay apart). */
  bare: string;
  /** Surface index of each skeleton letter, plus the surface length at the end. */
  pos: number[];
}

function skeleton(word: string): Skeleton {
  // Fast path: most words carry no marks, tatweel or joiners, so bare is the word and positions are 0..n.
  let plain = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((foldUnit(c) === 0 && c !== 0) || c === 0x200c || c === 0x200d) {
      plain = false;
      break;
    }
  }
  if (plain) {
    // Pushed like the other path's, so that both give arrays of one kind (packed): code compiled for the
    // one was thrown away on meeting the other (`new Array(n)` is holey).
    const pos: number[] = [];
    for (let i = 0; i <= word.length; i++) pos.push(i);
    return { key: foldKey(word), bare: word, pos };
  }
  let key = '';
  let bare = '';
  const pos: number[] = [];
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const f = foldUnit(c);
    if (f === 0 || c === 0x200c || c === 0x200d) continue;
    key += String.fromCharCode(f);
    bare += word[i];
    pos.push(i);
  }
  pos.push(word.length);
  // Marks before the first letter (a stray shadda) belong to the first part, so parts cover the word.
  pos[0] = 0;
  return { key, bare, pos };
}

interface Split {
  len: number;
  contracted: boolean;
  score: number;
}

/** Evidence that what follows the first `len` letters is a word of its own. */
function evidence(key: string, len: number): Split | undefined {
  const rest = key.slice(len);
  if (rest.length < 2) return undefined;
  const last = key.charCodeAt(len - 1);
  if (last === LAM && rest.charCodeAt(0) === LAM && rest.length >= 3) {
    // للحلف: the article's alef is dropped after the preposition lam.
    const count = wordCount('ا' + rest);
    return { len, contracted: true, score: count + (rest.length >= 4 ? ARTICLE_BONUS : 0) };
  }
  const count = wordCount(rest);
  if (last === SEEN) return { len, contracted: false, score: count };
  // An unknown long word after ال counts as article + word, except after ك: كال + an unknown word is more
  // often a name (كالديرون، كالاهاري) than ك + a rare noun (كالضباع).
  const article = rest.charCodeAt(0) === ALEF && rest.charCodeAt(1) === LAM && ((rest.length >= 5 && last !== KAF) || count >= MIN_COUNT);
  return { len, contracted: false, score: count + (article ? ARTICLE_BONUS : 0) };
}

/** Whether a split's remainder beats the word it was cut from (`whole` is that word's count). */
function accepted(e: Split | undefined, whole: number, ratio: number, restLength: number): e is Split {
  if (!e) return false;
  // A two-letter remainder (ان، ما) is a frequent function word whatever precedes it: ask for more.
  const r = restLength <= 2 ? SHORT_REST_RATIO : ratio;
  return e.score >= MIN_COUNT && e.score > r * whole;
}

/**
 * Peels the proclitics greedily, outside in: the conjunction first (و + بكين), then a preposition or
 * the future particle on what remains (و + ب + الصين), each judged against the word it is cut from,
 * so that `وكان` is و + كان and not و + ك + ان.
 */
function chooseProclitics(key: string): Split | undefined {
  const c0 = key.charCodeAt(0);
  if (c0 !== WAW && c0 !== FEH && c0 !== BEH && c0 !== KAF && c0 !== LAM && c0 !== SEEN) return undefined;
  const whole = wordCount(key);
  // A word that is mostly a name keeps its first letter (فيصل is not ف + يصل, كاليفورنيا not ك + اليفورنيا),
  // and so does a name after the conjunction (وكاليفورنيا); only the contracted article still comes off
  // (للولايات is ل + الولايات however often WikiFANE writes it inside a name).
  const name = isNameWord(key);
  let best: Split | undefined;
  let i = 0;
  let inner = whole;
  let innerName = name;
  if (c0 === WAW || c0 === FEH) {
    const e = evidence(key, 1);
    if (!name && accepted(e, whole, PROCLITIC_RATIO, key.length - 1)) {
      best = e;
      inner = wordCount(key.slice(1));
      innerName = isNameWord(key.slice(1));
    }
    i = 1;
  }
  const p = i < key.length ? key.charCodeAt(i) : -1;
  // -1 past the end rather than charCodeAt's NaN, which would throw away this function's optimized code.
  const next = i + 1 < key.length ? key.charCodeAt(i + 1) : -1;
  const isPrep = p === BEH || p === KAF || p === LAM;
  // The future particle only stands before an imperfect verb prefix.
  const isFuture = p === SEEN && (next === YEH || next === TEH || next === NOON || next === ALEF);
  if (isPrep || isFuture) {
    const e = evidence(key, i + 1);
    // ك (like) is rarer than ب and ل and begins many names (كندا، كوريا): it gets no discount.
    const ratio = p === BEH || p === LAM ? PREPOSITION_RATIO : PROCLITIC_RATIO;
    // A name keeps this letter too, unless it is the lam of a contracted article (see above).
    const keep = innerName && !e?.contracted;
    if (!keep && accepted(e, inner, ratio, key.length - i - 1)) best = e;
    else if (!keep && isFuture && inner < 2 && key.length - i - 1 >= 4) best = { len: i + 1, contracted: false, score: 0 };
  }
  if (!best && !name && whole < 2 && c0 === WAW && key.length >= 5 && wordCount(key.slice(1)) === 0) {
    // An unknown word after و is far more often و + an unknown name (وكريتنبرينك) than a word that
    // starts with و; the lexicon already holds the common و-initial words and names (واشنطن).
    best = { len: 1, contracted: false, score: 0 };
  }
  return best;
}

function chooseEnclitic(key: string, bare: string): { len: number; baseKey: string } | undefined {
  if (!mayEndInPronoun(bare)) return undefined;
  const whole = wordCount(key);
  for (const e of ENCLITICS) {
    if (!bare.endsWith(e)) continue;
    const baseKey = key.slice(0, key.length - e.length);
    if (baseKey.length < 2) continue;
    let count = wordCount(baseKey);
    let restoredKey = baseKey;
    // علاقتها: the base's teh marbuta is written teh before a pronoun.
    if (baseKey.charCodeAt(baseKey.length - 1) === TEH) {
      const tm = baseKey.slice(0, -1) + 'ه';
      const c = wordCount(tm);
      if (c > count) {
        count = c;
        restoredKey = tm;
      }
    }
    if (count >= MIN_COUNT && count > ENCLITIC_RATIO * whole) return { len: e.length, baseKey: restoredKey };
  }
  return undefined;
}

/** Every enclitic ends in ه، ا، م or ن: most words are ruled out by their last letter alone. */
function mayEndInPronoun(bare: string): boolean {
  const c = bare.charCodeAt(bare.length - 1);
  return c === 0x647 || c === ALEF || c === 0x645 || c === NOON;
}

/** لدينا: a lexicalized word (لدى) carrying a pronoun keeps its first letter. */
function startsLexicalized(key: string, bare: string): boolean {
  if (!mayEndInPronoun(bare)) return false;
  for (const e of ENCLITICS) if (bare.endsWith(e) && isLexicalized(key.slice(0, key.length - e.length))) return true;
  return false;
}

/** Prepositions that carry a pronoun and nothing else: له، بها، لنا (PUD splits them ل + ه). */
const PREP_PRONOUN = /^[وف]?[بلك](?:هما|هم|هن|ها|ه|نا)$/;

/**
 * Splits an Arabic word into its parts. Offsets are relative to the word (0 = its first code unit).
 * Non-Arabic input or a word without letters comes back as a single base part.
 *
 * @example
 * ```ts
 * analyzeWord('للحلف').map((p) => [p.text, p.form]); // [['ل', 'ل'], ['لحلف', 'الحلف']]
 * analyzeWord('واشنطن').length;                       // 1
 * ```
 */
export function analyzeWord(word: string): WordPart[] {
  const sk = skeleton(word);
  const { key, bare, pos } = sk;
  const n = key.length;
  if (n < 2 || isLexicalized(key)) return [part('base', word, 0, word.length)];

  const parts: WordPart[] = [];
  let from = 0; // letter index where the base starts
  let contracted = false;

  if (PREP_PRONOUN.test(bare)) {
    const conj = key.charCodeAt(0) === WAW || key.charCodeAt(0) === FEH ? 1 : 0;
    if (conj) parts.push(part('proclitic', word, 0, pos[1], bare[0]));
    parts.push(part('base', word, pos[conj], pos[conj + 1], bare[conj]));
    parts.push(part('enclitic', word, pos[conj + 1], word.length, bare.slice(conj + 1)));
    return parts;
  }

  const split = startsLexicalized(key, bare) ? undefined : chooseProclitics(key);
  if (split) {
    for (let i = 0; i < split.len; i++) parts.push(part('proclitic', word, pos[i], pos[i + 1], bare[i]));
    from = split.len;
    contracted = split.contracted;
  }

  let to = n;
  let baseForm: string | undefined;
  const enc = isNameWord(key.slice(from)) ? undefined : chooseEnclitic(key.slice(from), bare.slice(from));
  if (enc) {
    to = n - enc.len;
    const baseBare = bare.slice(from, to);
    if (MAQSURA_BEFORE_PRONOUN.has(enc.baseKey)) baseForm = baseBare.slice(0, -1) + 'ى';
    else if (enc.baseKey !== key.slice(from, to)) baseForm = baseBare.slice(0, -1) + 'ة';
  }

  const base = part('base', word, pos[from], pos[to]);
  if (contracted) base.form = 'ا' + (baseForm ?? base.text);
  else if (baseForm) base.form = baseForm;
  parts.push(base);
  if (to < n) parts.push(part('enclitic', word, pos[to], word.length, bare.slice(to)));
  return parts;
}

function part(role: WordPart['role'], word: string, start: number, end: number, form?: string): WordPart {
  const text = word.slice(start, end);
  return { role, text, start, end, form: form ?? text };
}
