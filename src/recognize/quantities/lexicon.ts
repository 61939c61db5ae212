/**
 * The quantity word lists (src/generated/quantities-data.ts) as lookup tables keyed by search-normalized
 * form. Built once, on first use, never at import time.
 *
 * @packageDocumentation
 */
import {
  CURRENCY_QUALIFIERS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  FRACTION_WORDS,
  MARKERS,
  MONTH_NAMES,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  RELATIVE_DATES,
  SCALE_WORDS,
  UNIT_WORDS,
  WEEKDAY_NAMES,
} from '../../generated/quantities-data.js';
import type { Calendar, Dimension, Qualifier, RelativeDate, Unit } from '../../types.js';
import { searchKey } from './keys.js';
import { PhraseTable, phraseKeys } from './phrases.js';
import { Trigger } from './trigger-bits.js';

/**
 * A cardinal word. `teen` forms (أحد، اثنا) only start 11 and 12.
 *
 * @example
 * ```ts
 * const w: NumberWord = { value: 3, kind: 'unit' };
 * ```
 */
export interface NumberWord {
  value: number;
  kind: 'zero' | 'unit' | 'teen' | 'ten' | 'hundred';
}

/**
 * A scale word: `count` 1 singular, 2 dual, 0 plural.
 *
 * @example
 * ```ts
 * const s: ScaleWord = { scale: 1e6, count: 0 }; // ملايين
 * ```
 */
export interface ScaleWord {
  scale: number;
  count: number;
}

/**
 * A fraction word.
 *
 * @example
 * ```ts
 * const f: FractionWord = { numerator: 1, denominator: 4, kind: 'single' }; // ربع
 * ```
 */
export interface FractionWord {
  numerator: number;
  denominator: number;
  kind: 'single' | 'ambiguous' | 'dual' | 'plural';
}

/**
 * An ordinal word; `unit` forms (الحادي) only start a compound, `ten` forms are the definite tens.
 *
 * @example
 * ```ts
 * const o: OrdinalWord = { value: 3, kind: 'ordinal', definite: true }; // الثالث
 * ```
 */
export interface OrdinalWord {
  value: number;
  kind: 'ordinal' | 'unit' | 'ten';
  definite: boolean;
}

/**
 * A currency word.
 *
 * @example
 * ```ts
 * const c: CurrencyWord = { lemma: 'دينار', code: 'KWD', assumed: true };
 * ```
 */
export interface CurrencyWord {
  lemma: string;
  code: string;
  assumed: boolean;
}

/**
 * A month name.
 *
 * @example
 * ```ts
 * const m: MonthName = { month: 2, calendar: 'gregorian', words: 1 };
 * ```
 */
export interface MonthName {
  month: number;
  calendar: Calendar;
  /** Number of words: two-word names (كانون الثاني) are unambiguous on their own. */
  words: number;
}

/**
 * A relative date phrase.
 *
 * @example
 * ```ts
 * const r: RelativePhrase = { relative: 'this-week', unit: 'week', offset: 0 };
 * ```
 */
export interface RelativePhrase {
  relative: RelativeDate;
  unit: 'day' | 'week' | 'month' | 'year';
  offset: number;
}

/**
 * All quantity lookup tables.
 *
 * @example
 * ```ts
 * lexicon().scales.get('مليار')?.scale; // 1e9
 * ```
 */
export interface Lexicon {
  /** Cardinal words, also with the article (الخمسة عشر، المئة); the definite tens are ordinals. */
  numbers: Map<string, NumberWord>;
  scales: Map<string, ScaleWord>;
  fractions: Map<string, FractionWord>;
  ordinals: Map<string, OrdinalWord>;
  /** Feminine definite ordinals read as clock hours (الثالثة → 3), with الواحدة. */
  hours: Map<string, number>;
  currencies: PhraseTable<CurrencyWord>;
  /** lemma → qualifier phrase → ISO 4217 code. */
  currencyQualifiers: Map<string, PhraseTable<string>>;
  symbols: Map<string, string>;
  units: PhraseTable<Unit>;
  months: PhraseTable<MonthName>;
  /** Definite weekday names (الجمعة) → ISO weekday. */
  weekdays: Map<string, number>;
  /** Bare weekday names (جمعة), valid only after يوم. */
  bareWeekdays: Map<string, number>;
  relative: PhraseTable<RelativePhrase>;
  qualifiers: PhraseTable<Qualifier>;
  qualifiersAfter: PhraseTable<Qualifier>;
  percent: PhraseTable<true>;
  negative: Set<string>;
  yearWords: Set<string>;
  hijriMarks: PhraseTable<true>;
  /** Era marks after a year: true for BC (ق.م، قبل الميلاد), false for AD (م، ميلادي). */
  eraMarks: PhraseTable<boolean>;
  /** After a weekday or a month: -1 (الاثنين الماضي), 1 (الجمعة المقبلة), 0 (مارس الجاري). */
  shifts: Map<string, number>;
  /** Words before اليوم that make it "the day", not today (نفس اليوم). */
  notToday: Set<string>;
  hourWords: Set<string>;
  periods: PhraseTable<string>;
  halves: PhraseTable<number>;
  /** The connectors of X من Y, X على Y, X جزء من Y, as word keys. */
  ofPhrases: string[][];
  ofWords: Set<string>;
  /** Words that open a range (بين): what follows is two numbers, not one. */
  rangeStarts: Set<string>;
  /** Keys of the word يوم (before a weekday) and شهر (before a month). */
  day: string;
  month: string;
  waw: string;
  /**
   * Word key → the Trigger bits of what it can start; the same keys behind every proclitic sequence
   * (وخمسمائة، بالعام، للعام) carry `Trigger.Prefixed`, so one lookup also says whether to look at the base.
   */
  triggers: Map<string, number>;
}

let built: Lexicon | undefined;

// Proclitic letters a number, a date word or an ordinal may carry, alone or stacked.
const PROCLITIC_SEQUENCES = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك'];

/**
 * The lookup tables, built on first call.
 *
 * @example
 * ```ts
 * lexicon().numbers.get(searchKey('ثلاثة'))?.value; // 3
 * ```
 */
export function lexicon(): Lexicon {
  built ??= build();
  return built;
}

function definite(form: string): string {
  return searchKey(`ال${form}`);
}

function build(): Lexicon {
  const numbers = new Map<string, NumberWord>();
  for (const [form, value, kind] of NUMBER_WORDS) numbers.set(searchKey(form), { value, kind });
  for (const [form, value, kind] of NUMBER_WORDS) {
    if (kind !== 'zero' && !(kind === 'ten' && value >= 20) && !numbers.has(definite(form))) numbers.set(definite(form), { value, kind });
  }

  const scales = new Map<string, ScaleWord>();
  for (const [form, scale, count] of SCALE_WORDS) scales.set(searchKey(form), { scale, count });

  const fractions = new Map<string, FractionWord>();
  for (const [form, numerator, denominator, kind] of FRACTION_WORDS) fractions.set(searchKey(form), { numerator, denominator, kind });

  const ordinals = new Map<string, OrdinalWord>();
  const hours = new Map<string, number>();
  for (const [form, value, kind] of ORDINAL_WORDS) {
    if (!ordinals.has(searchKey(form))) ordinals.set(searchKey(form), { value, kind, definite: false });
    ordinals.set(definite(form), { value, kind, definite: true });
    // Clock hours are feminine: الساعة الثالثة. The -ة forms of the table give them.
    if (form.endsWith('ة')) hours.set(definite(form), value);
  }
  for (const [form, value, kind] of NUMBER_WORDS) {
    if (kind === 'ten' && value >= 20) ordinals.set(definite(form), { value, kind: 'ten', definite: true });
    if (kind === 'unit' && value === 1 && form.endsWith('ة')) hours.set(definite(form), 1);
  }

  const currencies = new PhraseTable<CurrencyWord>();
  for (const [lemma, forms, code, assumed] of CURRENCY_WORDS) {
    for (const form of forms) currencies.add(form, { lemma, code, assumed });
  }
  const currencyQualifiers = new Map<string, PhraseTable<string>>();
  for (const [lemma, adjective, code] of CURRENCY_QUALIFIERS) {
    const table = currencyQualifiers.get(lemma) ?? new PhraseTable<string>();
    // Agreement: دولار كندي, ليرة تركية, جنيهات مصرية, الدولار الأمريكي.
    for (const form of [adjective, `${adjective}ا`, `${adjective}ة`, `${adjective}ين`, `${adjective}ون`]) {
      table.add(form, code);
      table.add(`ال${form}`, code);
    }
    currencyQualifiers.set(lemma, table);
  }
  const symbols = new Map<string, string>();
  for (const [symbol, code] of CURRENCY_SYMBOLS) symbols.set(searchKey(symbol), code);

  const units = new PhraseTable<Unit>();
  for (const [ar, en, dimension, forms] of UNIT_WORDS) {
    const unit: Unit = { ar, en, dimension: dimension as Dimension };
    for (const form of forms) units.add(form, unit);
  }

  const months = new PhraseTable<MonthName>();
  for (const [form, month, calendar] of MONTH_NAMES) {
    months.add(form, { month, calendar, words: form.split(' ').length });
  }

  const weekdays = new Map<string, number>();
  const bareWeekdays = new Map<string, number>();
  for (const [form, day] of WEEKDAY_NAMES) {
    weekdays.set(definite(form), day);
    bareWeekdays.set(searchKey(form), day);
  }

  const relative = new PhraseTable<RelativePhrase>();
  for (const [phrase, rel, unit, offset] of RELATIVE_DATES) relative.add(phrase, { relative: rel as RelativeDate, unit, offset });

  const qualifiers = new PhraseTable<Qualifier>();
  const qualifiersAfter = new PhraseTable<Qualifier>();
  const percent = new PhraseTable<true>();
  const hijriMarks = new PhraseTable<true>();
  const eraMarks = new PhraseTable<boolean>();
  const shifts = new Map<string, number>();
  const notToday = new Set<string>();
  const periods = new PhraseTable<string>();
  const halves = new PhraseTable<number>();
  const ofPhrases: string[][] = [];
  const negative = new Set<string>();
  const rangeStarts = new Set<string>();
  const yearWords = new Set<string>();
  const hourWords = new Set<string>();
  for (const [phrase, kind, value] of MARKERS) {
    switch (kind) {
      case 'qualifier':
        qualifiers.add(phrase, value as Qualifier);
        break;
      case 'qualifier-after':
        qualifiersAfter.add(phrase, value as Qualifier);
        break;
      case 'percent':
        percent.add(phrase, true);
        break;
      case 'negative':
        negative.add(searchKey(phrase));
        break;
      case 'range':
        rangeStarts.add(searchKey(phrase));
        break;
      case 'year':
        yearWords.add(searchKey(phrase));
        break;
      case 'hijri':
        hijriMarks.add(phrase, true);
        break;
      case 'bc':
      case 'ad':
        eraMarks.add(phrase, kind === 'bc');
        break;
      case 'not-today':
        notToday.add(searchKey(phrase));
        break;
      case 'shift':
        shifts.set(searchKey(phrase), Number(value));
        break;
      case 'hour':
        hourWords.add(searchKey(phrase));
        break;
      case 'period':
        periods.add(phrase, value);
        break;
      case 'half':
        halves.add(phrase, Number(value));
        break;
      case 'fraction-of':
      case 'part-of':
        ofPhrases.push(phraseKeys(phrase));
        break;
    }
  }

  const triggers = new Map<string, number>();
  const flag = (key: string, bit: number): void => {
    triggers.set(key, (triggers.get(key) ?? 0) | bit);
  };
  for (const k of [...numbers.keys(), ...scales.keys(), ...fractions.keys()]) flag(k, Trigger.Number);
  for (const k of ordinals.keys()) flag(k, Trigger.Ordinal);
  for (const k of [...weekdays.keys(), ...bareWeekdays.keys()]) flag(k, Trigger.Weekday);
  for (const k of yearWords) flag(k, Trigger.YearWord);
  for (const k of months.firstKeys()) flag(k, Trigger.Month);
  for (const k of relative.firstKeys()) flag(k, Trigger.Relative);
  for (const k of [...hourWords, ...hours.keys()]) flag(k, Trigger.Hour);
  for (const k of periods.firstKeys()) flag(k, Trigger.Period);
  for (const k of negative) flag(k, Trigger.Negative);
  for (const k of percent.firstKeys()) flag(k, Trigger.Percent);
  flag(searchKey('يوم'), Trigger.DayWord);
  flag(searchKey('شهر'), Trigger.MonthWord);
  for (const k of [...triggers.keys()]) {
    for (const p of PROCLITIC_SEQUENCES) {
      flag(p + k, Trigger.Prefixed);
      // ل + ال contracts to لل.
      if (p.endsWith('ل') && k.startsWith('ال')) flag(p + k.slice(1), Trigger.Prefixed);
    }
  }

  return {
    triggers,
    numbers,
    scales,
    fractions,
    ordinals,
    hours,
    currencies,
    currencyQualifiers,
    symbols,
    units,
    months,
    weekdays,
    bareWeekdays,
    relative,
    qualifiers,
    qualifiersAfter,
    percent,
    negative,
    yearWords,
    hijriMarks,
    eraMarks,
    shifts,
    notToday,
    hourWords,
    periods,
    halves,
    ofPhrases: ofPhrases.sort((a, b) => b.length - a.length),
    ofWords: new Set(ofPhrases.flat()),
    rangeStarts,
    day: searchKey('يوم'),
    month: searchKey('شهر'),
    waw: searchKey('و'),
  };
}
