/**
 * Number words to values: a left-to-right reading of cardinal words, scale words and fractions, as a pure
 * function over word keys so that it can be tested without a tokenizer.
 *
 * @packageDocumentation
 */
import { lexicon, type Lexicon } from './lexicon.js';

/**
 * One word as the parser sees it: its search key and whether و joined it to the word before (`وخمسمائة`
 * or a separate `و`).
 *
 * @example
 * ```ts
 * const w: WordItem = { key: 'خمسماءه', waw: true };
 * ```
 */
export interface WordItem {
  key: string;
  waw: boolean;
}

/**
 * A number read from words: its value and how many items it used.
 *
 * @example
 * ```ts
 * const n: WordNumber = { value: 3500, used: 3, fraction: false, loneOne: false, ratio: false, tailScale: 0 };
 * ```
 */
export interface WordNumber {
  value: number;
  used: number;
  /** True when the value is or ends in a fraction (نصف، ثلاثة أرباع، واحد من ثلاثة). */
  fraction: boolean;
  /** True for a lone واحد/واحدة, which is as often a pronoun (أي واحد) as a number. */
  loneOne: boolean;
  /** True for X من Y / X على Y / X جزء من Y. */
  ratio: boolean;
  /** The scale word the number ends on (مليار in ثلاثة مليارات), 0 when it ends on anything else. */
  tailScale: number;
}

interface State {
  total: number;
  group: number;
  lastScale: number;
  hundred: boolean;
  unit: boolean;
  ten: boolean;
  /** The last unit added, with whether it came after و (for ثلاث مائة and ثلاثة أرباع). */
  lastUnit: number;
  lastUnitWaw: boolean;
  lastWasUnit: boolean;
}

const definite = (key: string | undefined): boolean => key !== undefined && key.startsWith('ال') && key.length > 3;

/**
 * Reads the longest number at the start of `items`, or returns null when the first item starts none.
 *
 * @example
 * ```ts
 * const items = ['ثلاثه', 'الاف', 'وخمسماءه'].map(...);
 * parseNumberWords([{ key: 'ثلاثه', waw: false }, { key: 'الاف', waw: false }, { key: 'خمسماءه', waw: true }]);
 * // { value: 3500, used: 3, fraction: false, loneOne: false, ratio: false, tailScale: 0 }
 * ```
 */
export function parseNumberWords(items: readonly WordItem[], lex: Lexicon = lexicon()): WordNumber | null {
  const head = parseCardinal(items, 0, lex);
  if (head === null) return null;
  // X من Y, X على Y, X جزء من Y: a fraction when both sides are number words.
  const i = head.used;
  const of = head.fraction ? 0 : connector(items, i, lex);
  if (of > 0) {
    const tail = parseCardinal(items, i + of, lex);
    if (tail !== null && !tail.fraction && tail.value !== 0) {
      return { value: head.value / tail.value, used: i + of + tail.used, fraction: true, loneOne: false, ratio: true, tailScale: 0 };
    }
  }
  return head;
}

/** Number of items of a من / على / جزء من connector at `i`, or 0. */
function connector(items: readonly WordItem[], i: number, lex: Lexicon): number {
  for (const phrase of lex.ofPhrases) {
    if (i + phrase.length >= items.length) continue;
    let ok = true;
    for (let k = 0; k < phrase.length; k++) {
      if (items[i + k].waw || items[i + k].key !== phrase[k]) ok = false;
    }
    if (ok && !items[i + phrase.length].waw) return phrase.length;
  }
  return 0;
}

function parseCardinal(items: readonly WordItem[], from: number, lex: Lexicon): WordNumber | null {
  const first = items[from];
  if (first === undefined) return null;
  const next = items[from + 1];

  // Fractions that open the number: نصف، ثلثان، خمس الفطيرة, and نصف مليون.
  const frac = lex.fractions.get(first.key);
  const word = lex.numbers.get(first.key);
  if (frac && (frac.kind === 'single' || frac.kind === 'dual' || (frac.kind === 'ambiguous' && definite(next?.key) && !(next && lex.numbers.has(next.key))))) {
    const value = frac.numerator / frac.denominator;
    const scale = next && !next.waw ? lex.scales.get(next.key) : undefined;
    if (scale && scale.count === 1) return { value: value * scale.scale, used: 2, fraction: false, loneOne: false, ratio: false, tailScale: scale.scale };
    return { value, used: 1, fraction: true, loneOne: false, ratio: false, tailScale: 0 };
  }
  if (!word && !lex.scales.has(first.key)) return null;

  const s: State = { total: 0, group: 0, lastScale: Infinity, hundred: false, unit: false, ten: false, lastUnit: 0, lastUnitWaw: false, lastWasUnit: false };
  let i = from;
  let fraction = false;
  for (; i < items.length; i++) {
    const it = items[i];
    const opening = i === from;
    const w = lex.numbers.get(it.key);
    const sc = w ? undefined : lex.scales.get(it.key);

    if (!opening && !it.waw) {
      // Continuations written without و: teens, ثلاث مائة, scales, plural fractions.
      if (w && w.kind === 'ten' && w.value === 10 && s.lastWasUnit && !s.ten) {
        s.group += 10;
        s.ten = true;
        s.lastWasUnit = false;
        continue;
      }
      if (w && w.kind === 'hundred' && w.value === 100 && s.lastWasUnit && s.lastUnit >= 3 && !s.hundred && s.group === s.lastUnit) {
        s.group = s.lastUnit * 100;
        s.hundred = true;
        s.unit = false;
        s.lastWasUnit = false;
        continue;
      }
      if (sc && sc.count !== 2 && s.group > 0) {
        applyScale(s, s.group, sc.scale);
        continue;
      }
      const pf = lex.fractions.get(it.key);
      if (pf && pf.kind === 'plural' && (s.group > 0 || s.total > 0)) {
        if (s.lastWasUnit && s.lastUnitWaw) {
          s.group += s.lastUnit / pf.denominator - s.lastUnit;
        } else {
          const whole = s.total + s.group;
          s.total = whole / pf.denominator;
          s.group = 0;
        }
        fraction = true;
        i++;
        break;
      }
      break;
    }

    if (w) {
      if (w.kind === 'zero') {
        if (opening) return { value: 0, used: 1, fraction: false, loneOne: false, ratio: false, tailScale: 0 };
        break;
      }
      if (w.kind === 'teen') {
        const n = items[i + 1];
        if (!n || n.waw || lex.numbers.get(n.key)?.value !== 10 || s.unit || s.ten) break;
        addUnit(s, w.value, it.waw);
        continue;
      }
      if (w.kind === 'unit' || (w.kind === 'ten' && w.value === 10)) {
        if (w.kind === 'unit') {
          // عشرون وثلاثة أخماس: after the tens only as the numerator of a plural fraction.
          const n = items[i + 1];
          const numerator = n !== undefined && !n.waw && lex.fractions.get(n.key)?.kind === 'plural';
          if ((s.unit || s.ten) && !(it.waw && numerator)) break;
          addUnit(s, w.value, it.waw);
          continue;
        }
        if (s.ten || s.unit) break;
        s.group += 10;
        s.ten = true;
        s.lastWasUnit = false;
        continue;
      }
      if (w.kind === 'ten') {
        if (s.ten) break;
        s.group += w.value;
        s.ten = true;
        s.lastWasUnit = false;
        continue;
      }
      // hundred
      if (s.group !== 0) break;
      s.group = w.value;
      s.hundred = true;
      s.lastWasUnit = false;
      continue;
    }
    if (sc) {
      if (sc.count === 0) break;
      if (s.group !== 0) break;
      if (sc.scale >= s.lastScale) break;
      applyScale(s, sc.count, sc.scale);
      continue;
    }
    // و نصف، و ربع، و ثلثان: a fraction closes the number. After a scale word it is a fraction of that scale
    // (مليون ونصف = 1,500,000), and so before one (خمسة ملايين ونصف مليون = 5,500,000).
    const f = lex.fractions.get(it.key);
    if (!opening && f && (f.kind === 'single' || f.kind === 'dual')) {
      const part = f.numerator / f.denominator;
      const n = items[i + 1];
      const scale = n !== undefined && !n.waw ? lex.scales.get(n.key) : undefined;
      if (scale && scale.count === 1 && s.group === 0 && scale.scale <= s.lastScale) {
        s.total += part * scale.scale;
        i += 2;
        break;
      }
      if (s.group === 0 && Number.isFinite(s.lastScale)) {
        s.total += part * s.lastScale;
        i++;
        break;
      }
      s.group += part;
      fraction = true;
      i++;
      break;
    }
    break;
  }
  const used = i - from;
  if (used === 0) return null;
  // ألف الكاتب روايته: a lone ألف before a definite noun is the verb "composed", not a thousand.
  if (used === 1 && lex.scales.has(first.key) && definite(items[from + 1]?.key) && !items[from + 1].waw) return null;
  const value = s.total + s.group;
  const loneOne = used === 1 && value === 1;
  const tailScale = s.group === 0 && !fraction && Number.isFinite(s.lastScale) ? s.lastScale : 0;
  return { value, used, fraction, loneOne, ratio: false, tailScale };
}

function addUnit(s: State, value: number, waw: boolean): void {
  s.group += value;
  s.unit = true;
  s.lastUnit = value;
  s.lastUnitWaw = waw;
  s.lastWasUnit = true;
}

function applyScale(s: State, count: number, scale: number): void {
  if (scale >= s.lastScale) s.total = (s.total + count) * scale;
  else s.total += count * scale;
  s.lastScale = scale;
  s.group = 0;
  s.hundred = false;
  s.unit = false;
  s.ten = false;
  s.lastWasUnit = false;
}
