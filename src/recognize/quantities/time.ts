/**
 * Clock times: `11:10`, `الساعة 11:10`, `الساعة الثالثة مساء`, `الساعة 3 والنصف`, with صباحا/مساء/ظهرا/ليلا
 * read into the 24-hour value.
 *
 * @packageDocumentation
 */
import type { Context, Recognizer } from '../../pipeline/types.js';
import type { TimeEntity, Token } from '../../types.js';
import { spanOf } from './entity.js';
import { baseView } from './keys.js';
import { lexicon, type Lexicon } from './lexicon.js';
import { numberAt } from './scan.js';
import { Trigger, triggers } from './triggers.js';

/**
 * Recognizes clock times. A bare number is a time only after الساعة.
 *
 * @example
 * ```ts
 * timeRecognizer.recognize(ctx); // [{ type: 'time', text: '11:10', value: { hour: 11, minute: 10 } }]
 * ```
 */
export const timeRecognizer: Recognizer = {
  name: 'quantities/time',
  stage: 'quantities',
  recognize(ctx) {
    const lex = lexicon();
    const tokens = ctx.tokens;
    const out: TimeEntity[] = [];
    const { whole, base, candidates } = triggers(tokens);
    let done = -1;
    for (const i of candidates) {
      if (i <= done) continue;
      const t = tokens[i];
      if (t.kind === 'word' ? ((whole[i] | base[i]) & Trigger.Hour) === 0 : t.kind === 'number' ? (whole[i + 1] & Trigger.Period) === 0 : t.kind !== 'time') continue;
      let start = t.start;
      let at = i;
      let needsPeriod = false;
      if (t.kind === 'word' && lex.hours.has(t.normalized)) {
        // في السابعة مساء: a clock hour without الساعة, when a period of the day follows.
        needsPeriod = true;
      } else if (t.kind === 'word') {
        const hourWord = lex.hourWords.has(t.normalized) ? t.start : hourWordBase(t, lex);
        if (hourWord === null) continue;
        start = hourWord;
        at = i + 1;
      } else if (t.kind === 'number') {
        needsPeriod = true;
      } else if (t.kind !== 'time') continue;
      const clock = clockAt(ctx, at, lex);
      if (clock === null) continue;
      let { hour, minute, last } = clock;
      const period = lex.periods.match(tokens, last + 1);
      // A bare hour (السابعة، 7) is a time only with a period of the day or with minutes after it.
      // (الخامسة والعشرون is an ordinal: bare minutes need دقيقة or a fraction of the hour.)
      const marked = t.kind === 'word' && (clock.minutes === 'fraction' || clock.minutes === 'unit');
      if (needsPeriod && ((period === null && !marked) || hour > 12 || hour === 0)) continue;
      // فاز 4 - 1 مساء السبت: a bare number before مساء + a definite noun is a score or a count, and مساء is
      // "the evening of".
      if (needsPeriod && t.kind === 'number' && period !== null && (tokens[i - 1]?.text === '-' || tokens[period.next]?.normalized.startsWith('ال'))) continue;
      if (period) {
        hour = adjust(hour, period.value);
        last = period.next - 1;
      }
      out.push({ type: 'time', ...spanOf(ctx.text, start, tokens[last].end), value: { hour, minute } });
      done = last;
    }
    return out;
  },
};

function hourWordBase(t: Token, lex: Lexicon): number | null {
  if (t.parts === undefined || t.parts.length < 2) return null;
  const base = baseView(t);
  return base && lex.hourWords.has(base.key) ? base.start : null;
}

/** How the minutes were given. */
type Minutes = 'clock' | 'fraction' | 'unit' | 'number' | 'none';

/** 11:10, 3, الثالثة, الحادية عشرة, each optionally with والنصف / والربع / إلا ربع. */
function clockAt(ctx: Context, i: number, lex: Lexicon): { hour: number; minute: number; last: number; minutes: Minutes } | null {
  const tokens = ctx.tokens;
  const t = tokens[i];
  if (t === undefined) return null;
  let hour: number;
  let minute = 0;
  let last = i;
  if (t.kind === 'time') {
    const [h, m] = t.normalized.split(':').map(Number);
    if (!(h >= 0 && h <= 24 && m >= 0 && m < 60)) return null;
    return { hour: h, minute: m, last: i, minutes: 'clock' };
  }
  if (t.kind === 'number' && /^[0-9]{1,2}$/.test(t.normalized)) hour = Number(t.normalized);
  else if (t.kind === 'word' && lex.hours.has(t.normalized)) {
    hour = lex.hours.get(t.normalized) as number;
    const next = tokens[i + 1];
    if (next && hour <= 2 && lex.numbers.get(next.normalized)?.value === 10) {
      hour += 10;
      last = i + 1;
    }
  } else return null;
  if (hour > 24) return null;
  const half = lex.halves.match(tokens, last + 1);
  if (half) {
    minute = half.value;
    last = half.next - 1;
    if (minute < 0) {
      minute += 60;
      hour = hour === 0 ? 23 : hour - 1;
    }
    return { hour, minute, last, minutes: 'fraction' };
  }
  // الثامنة و 30 دقيقة، السابعة وخمسة وثلاثين: minutes after و, in digits or words.
  let j = last + 1;
  if (tokens[j]?.normalized === lex.waw) j++;
  const n = tokens[j] === undefined ? undefined : numberAt(ctx, j);
  const joined = j > last + 1 || (n !== undefined && n.start > tokens[j].start);
  if (n && joined && Number.isInteger(n.value) && n.value >= 1 && n.value < 60) {
    const unit = lex.units.match(tokens, n.last + 1);
    // السابعة و3 جنود: a number that counts something else is not the minutes.
    if (unit === null) return { hour, minute: n.value, last: n.last, minutes: 'number' };
    if (unit.value.en === 'minute') return { hour, minute: n.value, last: unit.next - 1, minutes: 'unit' };
  }
  return { hour, minute, last, minutes: 'none' };
}

function adjust(hour: number, period: string): number {
  if (period === 'am') return hour === 12 ? 0 : hour;
  if (period === 'pm') return hour < 12 ? hour + 12 : hour;
  if (period === 'noon') return hour >= 1 && hour <= 4 ? hour + 12 : hour;
  // night (ليلا): 9 ليلا is 21:00, 2 ليلا stays 02:00.
  return hour >= 6 && hour < 12 ? hour + 12 : hour;
}
