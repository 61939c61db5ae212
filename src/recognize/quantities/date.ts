/**
 * Dates: numeric dates in the Arabic order day/month/year (`05/02/2022`), day-month-year with a month
 * name of any family (`5 فبراير 2022`, `5 شباط/فبراير`, `3 رمضان 1443 هـ`), month and year, `عام 2021`,
 * weekdays (`الجمعة`, `يوم الجمعة`) and relative expressions (`أمس`, `هذا الأسبوع`), resolved when the
 * context has a reference date.
 *
 * @packageDocumentation
 */
import type { Context, Recognizer } from '../../pipeline/types.js';
import type { Calendar, DateEntity, Token } from '../../types.js';
import { isoOf, resolveRelative, shiftToWeekday, validDay, yearOfMonth } from './calendar.js';
import { spanOf } from './entity.js';
import { baseKey, baseView } from './keys.js';
import { lexicon, type Lexicon, type MonthName } from './lexicon.js';
import { readOrdinal } from './ordinal.js';
import { digitStart, numberAt } from './scan.js';
import { Trigger, triggers } from './triggers.js';

const DATE_WORD = Trigger.Weekday | Trigger.YearWord | Trigger.DayWord | Trigger.MonthWord | Trigger.Month | Trigger.Relative | Trigger.Ordinal;
const DATE_SEPARATORS = new Set(['/', '-', '.']);
// 05.02.2022 is one number token for the tokenizer (dots are kept inside numbers).
const DOTTED = /^[0-9]{1,4}\.[0-9]{1,2}\.[0-9]{2,4}$/;

/** True when من follows token `i` within three tokens (the length of the longest ordinal day). */
function ofWithin(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) if (tokens[k].normalized === 'من') return true;
  return false;
}

/** True when token `i` is followed, without a space, by a date separator and another number (2016/02/22). */
function separatorAfter(tokens: readonly Token[], i: number): boolean {
  const sep = tokens[i + 1];
  const next = tokens[i + 2];
  return sep !== undefined && next !== undefined && DATE_SEPARATORS.has(sep.text) && sep.start === tokens[i].end && next.start === sep.end && next.kind === 'number';
}

interface Found {
  value: DateEntity['value'];
  calendar: Calendar;
  start: number;
  /** Index of the last token. */
  last: number;
}

/**
 * Recognizes dates. A month name alone (مايو، رمضان، آب) is a date only next to a day, a year or the word
 * شهر, since most of them are also names or words; the two-word names (كانون الثاني) stand alone.
 *
 * @example
 * ```ts
 * dateRecognizer.recognize(ctx);
 * // [{ type: 'date', text: '05/02/2022', value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05', calendar: 'gregorian' }]
 * ```
 */
export const dateRecognizer: Recognizer = {
  name: 'quantities/date',
  stage: 'quantities',
  recognize(ctx) {
    const lex = lexicon();
    const tokens = ctx.tokens;
    const out: DateEntity[] = [];
    const { whole, base, candidates } = triggers(tokens);
    let done = -1;
    for (const i of candidates) {
      if (i <= done) continue;
      const t = tokens[i];
      if (t.kind === 'word' ? ((whole[i] | base[i]) & DATE_WORD) === 0 : t.kind === 'number' ? (whole[i + 1] & Trigger.Month) === 0 && !separatorAfter(tokens, i) && !DOTTED.test(t.normalized) : t.kind === 'mixed' ? (whole[i + 1] & Trigger.Month) === 0 : t.kind !== 'date') continue;
      // An ordinal is a day only before من (الرابع من مايو, الحادي والعشرين من مايو): most ordinals are not.
      if (t.kind === 'word' && ((whole[i] | base[i]) & DATE_WORD) === Trigger.Ordinal && !ofWithin(tokens, i)) continue;
      if (t.kind === 'word') {
        const rel = relative(ctx, i, lex);
        if (rel) {
          out.push(rel.entity);
          done = rel.last;
          continue;
        }
      }
      const found = t.kind === 'date' ? numeric(tokens, i) : t.kind === 'number' ? (numeric(tokens, i) ?? dayMonth(tokens, i, lex)) : t.kind === 'mixed' ? dayMonth(tokens, i, lex) : fromWord(ctx, i, lex);
      if (found === null) continue;
      const entity: DateEntity = { type: 'date', ...spanOf(ctx.text, found.start, tokens[found.last].end), value: found.value, calendar: found.calendar };
      if (found.calendar === 'gregorian') {
        const iso = isoOf(found.value);
        if (iso !== undefined) entity.iso = iso;
      }
      out.push(entity);
      done = found.last;
    }
    return out;
  },
};

/**
 * A numeric date: a date token, or three numbers joined by one separator without spaces (2016/02/22). Read
 * d/m/y, or y/m/d when it starts with the year; m/d/y only when d/m is impossible.
 */
function numeric(tokens: readonly Token[], i: number): Found | null {
  let written = tokens[i].normalized;
  let last = i;
  if (tokens[i].kind === 'number' && !DOTTED.test(written)) {
    if (!separatorAfter(tokens, i) || !separatorAfter(tokens, i + 2) || tokens[i + 1].text !== tokens[i + 3].text) return null;
    if (separatorAfter(tokens, i + 4)) return null;
    last = i + 4;
    written = tokens.slice(i, last + 1).map((t) => t.normalized).join('');
  }
  const groups = written.split(/[/\-.]/);
  const parts = groups.map(Number);
  if (parts.length !== 3 || parts.some((p) => !Number.isInteger(p))) return null;
  let [a, b, c] = parts;
  if (groups[0].length === 4) [a, b, c] = [c, b, a];
  else if (groups[2].length !== 4 && groups[2].length !== 2) return null;
  if (c < 100) c += c < 50 ? 2000 : 1900;
  let day = a;
  let month = b;
  if (!validDay(c, month, day) && validDay(c, a, b)) [day, month] = [b, a];
  if (!validDay(c, month, day)) return null;
  return { value: { year: c, month, day }, calendar: 'gregorian', start: tokens[i].start, last };
}

/** A month name at token `i`, with a mirrored alternative (شباط/فبراير), or null. */
function monthAt(tokens: readonly Token[], i: number, lex: Lexicon): { month: MonthName; start: number; last: number } | null {
  const m = lex.months.match(tokens, i);
  if (m === null) return null;
  let last = m.next - 1;
  const slash = tokens[m.next];
  if (slash && slash.text === '/') {
    const alt = lex.months.match(tokens, m.next + 1);
    if (alt && alt.value.month === m.value.month) last = alt.next - 1;
  }
  return { month: m.value, start: m.start, last };
}

/**
 * A year at token `i` (or after a comma there): four digits, or one to four before an era mark. A following
 * هـ marks the Hijri calendar; ق.م gives a negative year (−2000 is 2000 BC, as written).
 */
function yearAt(tokens: readonly Token[], i: number, lex: Lexicon): { year: number; hijri: boolean; last: number } | null {
  if (tokens[i] !== undefined && (tokens[i].text === ',' || tokens[i].text === '،')) i++;
  // 12 يناير من عام 2016, 12 يناير عام 2016
  if (tokens[i]?.normalized === 'من' && lex.yearWords.has(tokens[i + 1]?.normalized ?? '')) i += 2;
  else if (tokens[i] !== undefined && lex.yearWords.has(tokens[i].normalized)) i += 1;
  const t = tokens[i];
  if (t === undefined || t.kind !== 'number' || !/^[0-9]{1,4}$/.test(t.normalized)) return null;
  const year = Number(t.normalized);
  const hijri = lex.hijriMarks.match(tokens, i + 1);
  if (hijri) return { year, hijri: true, last: hijri.next - 1 };
  const era = lex.eraMarks.match(tokens, i + 1);
  if (era) return { year: era.value ? -year : year, hijri: false, last: era.next - 1 };
  if (t.normalized.length !== 4 || year < 1000 || year > 2999) return null;
  return { year, hijri: false, last: i };
}

/** 5 فبراير 2022, 5 شباط/فبراير, 3 رمضان 1443 هـ, و5 فبراير. */
function dayMonth(tokens: readonly Token[], i: number, lex: Lexicon): Found | null {
  const t = tokens[i];
  const digits = /^(?:[وفبل]|ال)?([0-9]{1,2})$/.exec(t.normalized);
  if (digits === null) return null;
  const m = monthAt(tokens, i + 1, lex);
  if (m === null) return null;
  const day = Number(digits[1]);
  const y = yearAt(tokens, m.last + 1, lex);
  const calendar: Calendar = m.month.calendar === 'hijri' || y?.hijri ? 'hijri' : 'gregorian';
  if (!validDay(calendar === 'gregorian' ? y?.year : undefined, m.month.month, day) || (calendar === 'hijri' && day > 30)) return null;
  const value: DateEntity['value'] = y ? { year: y.year, month: m.month.month, day } : { month: m.month.month, day };
  return { value, calendar, start: digitStart(t), last: y ? y.last : m.last };
}

/** Dates that start with a word: a weekday, a year word, a month name, شهر + month. */
function fromWord(ctx: Context, i: number, lex: Lexicon): Found | null {
  const tokens = ctx.tokens;
  const t = tokens[i];
  const view = keyOf(t, lex);
  const key = view.key;
  // يوم الجمعة، الجمعة
  let weekday = lex.weekdays.get(key);
  let last = i;
  const next = tokens[i + 1];
  if (key === lex.day && next && next.kind === 'word') {
    const w = lex.weekdays.get(next.normalized) ?? lex.bareWeekdays.get(next.normalized);
    if (w !== undefined) {
      weekday = w;
      last = i + 1;
    }
  } else if (weekday !== undefined && weekday === 1 && !view.prefix && dualBefore(tokens, i, lex)) {
    weekday = undefined; // البلدين الاثنين: "the two", not Monday.
  }
  if (weekday !== undefined) {
    // الجمعة 5 فبراير 2022 / الجمعة، 05/02/2022: one date with its weekday.
    let at = last + 1;
    if (tokens[at] !== undefined && (tokens[at].text === ',' || tokens[at].text === '،')) at++;
    const after = tokens[at];
    const full = after?.kind === 'date' ? numeric(tokens, at) : after?.kind === 'number' ? (numeric(tokens, at) ?? dayMonth(tokens, at, lex)) : null;
    if (full) return { ...full, value: { ...full.value, weekday }, start: view.start };
    // الاثنين الماضي، الجمعة المقبلة: resolved to a day when there is a reference date.
    const shift = tokens[last + 1] === undefined ? undefined : lex.shifts.get(tokens[last + 1].normalized);
    if (shift !== undefined && shift !== 0) {
      const value = ctx.referenceDate ? shiftToWeekday(ctx.referenceDate, weekday, shift) : { weekday };
      return { value, calendar: 'gregorian', start: view.start, last: last + 1 };
    }
    return { value: { weekday }, calendar: 'gregorian', start: view.start, last };
  }
  // الرابع من مايو، الحادي والعشرين من مايو 2016
  const ordinal = lex.ordinals.has(key) ? readOrdinal(tokens, i, lex) : null;
  if (ordinal) {
    const of = tokens[ordinal.last + 1];
    const m = of?.normalized === 'من' ? monthAt(tokens, ordinal.last + 2, lex) : null;
    if (m === null || ordinal.value > 31) return null;
    const y = yearAt(tokens, m.last + 1, lex);
    const calendar: Calendar = m.month.calendar === 'hijri' || y?.hijri ? 'hijri' : 'gregorian';
    if (!validDay(calendar === 'gregorian' ? y?.year : undefined, m.month.month, ordinal.value)) return null;
    const value: DateEntity['value'] = y ? { year: y.year, month: m.month.month, day: ordinal.value } : { month: m.month.month, day: ordinal.value };
    return { value, calendar, start: ordinal.start, last: y ? y.last : m.last };
  }
  // عام 2021، العام 2021
  if (lex.yearWords.has(key)) {
    const y = yearAt(tokens, i + 1, lex);
    if (y) return { value: { year: y.year }, calendar: y.hijri ? 'hijri' : 'gregorian', start: view.start, last: y.last };
    // عام ألفين وعشرين
    const words = tokens[i + 1]?.kind === 'word' ? numberAt(ctx, i + 1) : undefined;
    if (words && words.start === tokens[i + 1].start && Number.isInteger(words.value) && words.value >= 1000 && words.value <= 2999) {
      return { value: { year: words.value }, calendar: 'gregorian', start: view.start, last: words.last };
    }
    return null;
  }
  // شهر رمضان، شهر فبراير
  let start = view.start;
  let at = i;
  if (key === lex.month) {
    at = i + 1;
  }
  const m = monthAt(tokens, at, lex);
  if (m === null) return null;
  if (at === i) start = m.start;
  const y = yearAt(tokens, m.last + 1, lex);
  const calendar: Calendar = m.month.calendar === 'hijri' || y?.hijri ? 'hijri' : 'gregorian';
  if (y) return { value: { year: y.year, month: m.month.month }, calendar, start, last: y.last };
  // مارس الماضي، يناير المقبل، رمضان الجاري: the year follows from the reference date (Gregorian only).
  const shift = tokens[m.last + 1] === undefined ? undefined : lex.shifts.get(tokens[m.last + 1].normalized);
  if (shift !== undefined) {
    const month = m.month.month;
    const value: DateEntity['value'] = ctx.referenceDate && calendar === 'gregorian' ? { year: yearOfMonth(ctx.referenceDate, month, shift), month } : { month };
    return { value, calendar, start, last: m.last + 1 };
  }
  if (at !== i || m.month.words > 1) return { value: { month: m.month.month }, calendar, start, last: m.last };
  return null;
}

/** The key of a word, through its proclitics when the whole word is not a date word (ويوم، بالعام). */
function keyOf(t: Token, lex: Lexicon): { key: string; start: number; prefix: string } {
  const whole = t.normalized;
  if (t.parts === undefined || t.parts.length < 2) return { key: whole, start: t.start, prefix: '' };
  if (whole === lex.day || whole === lex.month || lex.weekdays.has(whole) || lex.yearWords.has(whole)) return { key: whole, start: t.start, prefix: '' };
  const base = baseView(t);
  return base ? { key: base.key, start: base.start, prefix: base.prefix } : { key: whole, start: t.start, prefix: '' };
}

/** A definite dual or plural just before (البلدين الاثنين، الطرفين الاثنين). */
function dualBefore(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word') return false;
  const k = baseKey(prev) ?? prev.normalized;
  return k.startsWith('ال') && (k.endsWith('ين') || k.endsWith('ان')) && !lex.weekdays.has(k);
}

const DEFINITE_AFTER_TODAY = /^ال/;
const CONJUNCTIONS = /^[وف]?$/;

/** A relative expression at token `i` (أمس، هذا الأسبوع), resolved when the context has a reference date. */
function relative(ctx: Context, i: number, lex: Lexicon): { entity: DateEntity; last: number } | null {
  const tokens = ctx.tokens;
  const m = lex.relative.match(tokens, i, true);
  // Only a conjunction may be attached (وأمس): باول أمس is Powell, not أول أمس.
  if (m === null || !CONJUNCTIONS.test(m.prefix)) return null;
  // اليوم التالي، اليوم الوطني, في نفس اليوم: "the day", not "today".
  if (m.value.relative === 'today') {
    const next = tokens[m.next];
    const prev = tokens[i - 1];
    if (next && next.kind === 'word' && DEFINITE_AFTER_TODAY.test(next.normalized)) return null;
    if (prev && prev.kind === 'word' && lex.notToday.has(prev.normalized)) return null;
  }
  const entity: DateEntity = { type: 'date', ...spanOf(ctx.text, m.start, m.end), value: {}, calendar: 'gregorian', relative: m.value.relative };
  if (ctx.referenceDate) {
    const r = resolveRelative(m.value, ctx.referenceDate);
    entity.value = r.value;
    entity.iso = r.iso;
  }
  return { entity, last: m.next - 1 };
}
