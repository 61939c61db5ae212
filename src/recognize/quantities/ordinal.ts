/**
 * Ordinals: الأول، الثانية، ثالث أكبر، دفعة أولى، الحادي عشر، الثالث والعشرون، العشرون.
 *
 * @packageDocumentation
 */
import type { Recognizer } from '../../pipeline/types.js';
import type { OrdinalEntity, Token } from '../../types.js';
import { spanOf } from './entity.js';
import { baseView } from './keys.js';
import { lexicon, type Lexicon, type OrdinalWord } from './lexicon.js';
import { Trigger, triggers } from './triggers.js';

/**
 * Recognizes ordinal words. A feminine ordinal right after a number is the unit "second" (30 ثانية), not
 * an ordinal, so an ordinal never directly follows a number.
 *
 * @example
 * ```ts
 * ordinalRecognizer.recognize(ctx); // [{ type: 'ordinal', text: 'ثالث', value: 3, … }]
 * ```
 */
export const ordinalRecognizer: Recognizer = {
  name: 'quantities/ordinal',
  stage: 'quantities',
  recognize(ctx) {
    const lex = lexicon();
    const tokens = ctx.tokens;
    const out: OrdinalEntity[] = [];
    const { whole, base: baseBits, candidates } = triggers(tokens);
    let done = -1;
    for (const i of candidates) {
      if (i <= done || ((whole[i] | baseBits[i]) & Trigger.Ordinal) === 0) continue;
      const found = readOrdinal(tokens, i, lex);
      if (found === null) continue;
      out.push({ type: 'ordinal', ...spanOf(ctx.text, found.start, tokens[found.last].end), value: found.value });
      done = found.last;
    }
    return out;
  },
};

/**
 * The ordinal that starts at token `i` (with its compound tail), or null. Shared with the date recognizer
 * (الرابع من مايو).
 *
 * @example
 * ```ts
 * readOrdinal(tokens, 1, lexicon()); // { value: 21, start: 6, last: 3 } for القرن الحادي والعشرين
 * ```
 */
export function readOrdinal(tokens: readonly Token[], i: number, lex: Lexicon): { value: number; start: number; last: number } | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  let word = lex.ordinals.get(t.normalized);
  let start = t.start;
  if (word === undefined) {
    const base = baseView(t);
    word = base ? lex.ordinals.get(base.key) : undefined;
    if (word === undefined || base === null) return null;
    start = base.start;
  }
  const prev = tokens[i - 1];
  if (prev && (prev.kind === 'number' || lex.numbers.has(prev.normalized) || lex.scales.has(prev.normalized))) return null;
  const compound = extend(tokens, i, word, lex);
  return compound === null ? null : { value: compound.value, start, last: compound.last };
}

/** The ordinal starting at token `i`, with its compound tail (عشر، والعشرون), or null. */
function extend(tokens: readonly Token[], i: number, word: OrdinalWord, lex: Lexicon): { value: number; last: number } | null {
  const next = tokens[i + 1];
  if (word.kind !== 'ten' && word.value < 10 && next && next.kind === 'word') {
    // الحادي عشر، الثالثة عشرة
    if (lex.numbers.get(next.normalized)?.value === 10) return { value: word.value + 10, last: i + 1 };
    // الحادي والعشرون، الثالث و العشرين
    let ten: OrdinalWord | undefined;
    let last = i + 1;
    if (next.normalized === lex.waw && tokens[i + 2]?.kind === 'word') {
      ten = lex.ordinals.get(tokens[i + 2].normalized);
      last = i + 2;
    } else {
      const base = baseView(next);
      if (base && base.prefix === lex.waw) ten = lex.ordinals.get(base.key);
    }
    if (ten && ten.kind === 'ten') return { value: word.value + ten.value, last };
    // الخامسة و عشرون: the tens may also be written without the article.
    const bare = last === i + 2 ? lex.numbers.get(tokens[i + 2].normalized) : undefined;
    if (bare && bare.kind === 'ten' && bare.value >= 20) return { value: word.value + bare.value, last };
  }
  if (word.kind === 'unit') return null;
  return { value: word.value, last: i };
}
