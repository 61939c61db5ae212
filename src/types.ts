/**
 * The public data model of tahlil. Every span (token, part, sentence, entity) carries half-open UTF-16
 * offsets `[start, end)` into the original input, so `input.slice(start, end) === text` always holds.
 *
 * @packageDocumentation
 */

/**
 * A half-open `[start, end)` UTF-16 range of the original input, with the text it covers.
 *
 * @example
 * ```ts
 * const span: Span = { text: 'بكين', start: 0, end: 4 };
 * ```
 */
export interface Span {
  /** `input.slice(start, end)`. */
  text: string;
  /** First UTF-16 code unit, inclusive. */
  start: number;
  /** Last UTF-16 code unit, exclusive. */
  end: number;
}

/**
 * What a token is. `word` is an Arabic-script word (possibly with attached clitics), `latin` a
 * Latin-script word, `mixed` letters joined with digits (`فرانس24`, `كوفيد-19`), `number` digits of any of
 * the three families with their separators (`117.5`, `٣٫٥`), `date` and `time` numeric dates and clock
 * times kept whole (`05/02/2022`, `11:10`).
 *
 * @example
 * ```ts
 * const k: TokenKind = 'number';
 * ```
 */
export type TokenKind =
  | 'word'
  | 'latin'
  | 'mixed'
  | 'number'
  | 'date'
  | 'time'
  | 'punct'
  | 'symbol'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji'
  | 'other';

/**
 * The role of one part of an Arabic word: attached particles before the base (و ف ب ك ل س), the base
 * (which keeps its definite article ال, as UD and most treebanks do), and an attached pronoun after it.
 *
 * @example
 * ```ts
 * const r: PartRole = 'proclitic';
 * ```
 */
export type PartRole = 'proclitic' | 'base' | 'enclitic';

/**
 * One part of an Arabic word. `text` is the surface slice of the input; `form` is the restored form,
 * which differs where writing contracted it: in `للحلف` the parts are `ل` + `لحلف` and the forms `ل` +
 * `الحلف`.
 *
 * @example
 * ```ts
 * const p: WordPart = { role: 'base', text: 'لحلف', start: 1, end: 5, form: 'الحلف' };
 * ```
 */
export interface WordPart extends Span {
  role: PartRole;
  /** The part as it is written when it stands alone (article restored, teh marbuta restored …). */
  form: string;
}

/**
 * A token of the input.
 *
 * @example
 * ```ts
 * import { tokenize } from 'tahlil';
 * const [t] = tokenize('وبكين');
 * t.kind;                        // 'word'
 * t.parts?.map((p) => p.text);   // ['و', 'بكين']
 * ```
 */
export interface Token extends Span {
  kind: TokenKind;
  /** The token under the `search` normalization preset (diacritics, tatweel, alef forms … folded). */
  normalized: string;
  /**
   * Clitic analysis of an Arabic `word`: proclitics, base, enclitics, in order. `undefined` for other kinds
   * and with `{ clitics: false }` (the field is there, so that every token has one shape; JSON leaves it out).
   */
  parts?: WordPart[];
}

/**
 * A sentence of the input.
 *
 * @example
 * ```ts
 * const s: Sentence = { text: 'جاء.', start: 0, end: 4 };
 * ```
 */
export type Sentence = Span;

/**
 * The language of a text as detected by franc (ISO 639-3; `arb` for Arabic, `und` when undetermined,
 * for example for very short text). Language never gates extraction.
 *
 * @example
 * ```ts
 * const l: LanguageInfo = { code: 'arb', isArabic: true, confidence: 1 };
 * ```
 */
export interface LanguageInfo {
  code: string;
  /** True for Arabic macrolanguage codes (`arb`, `ara` and the Arabic varieties franc knows). */
  isArabic: boolean;
  /** Between 0 and 1. */
  confidence: number;
}

// ---------------------------------------------------------------------------------------------- entities

/**
 * Where a name entity came from: the trained tagger, a gazetteer, both, or in-document linking to an
 * earlier mention.
 *
 * @example
 * ```ts
 * const s: NameSource = 'both';
 * ```
 */
export type NameSource = 'model' | 'gazetteer' | 'both' | 'linked';

/**
 * Fields shared by every entity.
 *
 * @example
 * ```ts
 * const b: EntityBase = { text: '2021', start: 4, end: 8 };
 * ```
 */
export type EntityBase = Span;

/**
 * A named entity: a person, organization, location or other name.
 *
 * @example
 * ```ts
 * const e: NameEntity = {
 *   type: 'location', text: 'بكين', start: 1, end: 5, id: 'CN-BJ',
 *   name: { ar: 'بكين', en: 'Beijing' }, source: 'gazetteer', confidence: 0.95,
 * };
 * ```
 */
export interface NameEntity extends EntityBase {
  type: 'person' | 'organization' | 'location' | 'misc';
  /** Stable for known entities (ISO 3166-1 alpha-2 for countries), document-local (`doc:…`) otherwise. */
  id: string;
  /** Canonical Arabic form and, where known, the English name. */
  name: { ar: string; en?: string };
  source: NameSource;
  /** Between 0 and 1. */
  confidence: number;
}

/**
 * How an amount was qualified in the text: `about` (نحو، حوالي), `more-than` (أكثر من), `less-than`
 * (أقل من), `at-least`, `at-most`.
 *
 * @example
 * ```ts
 * const q: Qualifier = 'about';
 * ```
 */
export type Qualifier = 'about' | 'more-than' | 'less-than' | 'at-least' | 'at-most';

/**
 * Fields shared by resolved amounts.
 *
 * @example
 * ```ts
 * const a: AmountBase = { text: 'نحو 5', start: 0, end: 5, approximate: true, qualifier: 'about' };
 * ```
 */
export interface AmountBase extends EntityBase {
  /** True when the text hedges the amount (نحو، حوالي، أكثر من …). */
  approximate?: boolean;
  qualifier?: Qualifier;
}

/**
 * A sum of money, resolved to a number and an ISO 4217 currency code.
 *
 * @example
 * ```ts
 * const m: MoneyEntity = { type: 'money', text: '117.5 مليار دولار', start: 0, end: 17,
 *   value: 117500000000, currency: 'USD' };
 * ```
 */
export interface MoneyEntity extends AmountBase {
  type: 'money';
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** True when the text names the currency without its country (`دينار`) and the most common code was used. */
  currencyAssumed?: boolean;
}

/**
 * The dimension of a unit.
 *
 * @example
 * ```ts
 * const d: Dimension = 'mass';
 * ```
 */
export type Dimension =
  | 'count'
  | 'length'
  | 'mass'
  | 'volume'
  | 'area'
  | 'power'
  | 'energy'
  | 'temperature'
  | 'speed'
  | 'duration';

/**
 * A unit or counted thing: its Arabic singular, English singular and dimension.
 *
 * @example
 * ```ts
 * const u: Unit = { ar: 'جندي', en: 'soldier', dimension: 'count' };
 * ```
 */
export interface Unit {
  ar: string;
  en: string;
  dimension: Dimension;
}

/**
 * A quantity of counted things or of a measure.
 *
 * @example
 * ```ts
 * const q: QuantityEntity = { type: 'quantity', text: '3000 جندي', start: 0, end: 9, value: 3000,
 *   unit: { ar: 'جندي', en: 'soldier', dimension: 'count' } };
 * ```
 */
export interface QuantityEntity extends AmountBase {
  type: 'quantity';
  value: number;
  unit: Unit;
}

/**
 * A percentage; `value` is 15 for 15%.
 *
 * @example
 * ```ts
 * const p: PercentEntity = { type: 'percent', text: '15%', start: 0, end: 3, value: 15 };
 * ```
 */
export interface PercentEntity extends AmountBase {
  type: 'percent';
  value: number;
}

/**
 * A plain cardinal number that is not part of money, a quantity, a percent or a date.
 *
 * @example
 * ```ts
 * const n: NumberEntity = { type: 'number', text: 'ثلاثة آلاف', start: 0, end: 10, value: 3000 };
 * ```
 */
export interface NumberEntity extends AmountBase {
  type: 'number';
  value: number;
}

/**
 * An ordinal (الأول، ثالث أكبر → 3).
 *
 * @example
 * ```ts
 * const o: OrdinalEntity = { type: 'ordinal', text: 'ثالث', start: 0, end: 4, value: 3 };
 * ```
 */
export interface OrdinalEntity extends EntityBase {
  type: 'ordinal';
  value: number;
}

/**
 * Calendar of a date.
 *
 * @example
 * ```ts
 * const c: Calendar = 'hijri';
 * ```
 */
export type Calendar = 'gregorian' | 'hijri';

/**
 * A relative date expression that was not (or could not be) resolved to a calendar date.
 *
 * @example
 * ```ts
 * const r: RelativeDate = 'this-week';
 * ```
 */
export type RelativeDate =
  | 'today'
  | 'yesterday'
  | 'tomorrow'
  | 'day-before-yesterday'
  | 'day-after-tomorrow'
  | 'this-week'
  | 'last-week'
  | 'next-week'
  | 'this-month'
  | 'last-month'
  | 'next-month'
  | 'this-year'
  | 'last-year'
  | 'next-year';

/**
 * A date, possibly partial (a year, a weekday).
 *
 * @example
 * ```ts
 * const d: DateEntity = { type: 'date', text: '05/02/2022', start: 0, end: 10,
 *   value: { year: 2022, month: 2, day: 5 }, iso: '2022-02-05', calendar: 'gregorian' };
 * ```
 */
export interface DateEntity extends EntityBase {
  type: 'date';
  value: {
    year?: number;
    month?: number;
    day?: number;
    /** 1 (Monday) to 7 (Sunday), as in ISO 8601. */
    weekday?: number;
  };
  /** ISO 8601 (`2022-02-05`, `2022-02`, `2021`) when the Gregorian date is known. */
  iso?: string;
  calendar: Calendar;
  /** Set for relative expressions; kept even when `referenceDate` resolved them. */
  relative?: RelativeDate;
}

/**
 * A clock time, in 24-hour form.
 *
 * @example
 * ```ts
 * const t: TimeEntity = { type: 'time', text: '11:10', start: 0, end: 5, value: { hour: 11, minute: 10 } };
 * ```
 */
export interface TimeEntity extends EntityBase {
  type: 'time';
  value: { hour: number; minute: number };
}

/**
 * An amount, date or time found by the quantity extractors.
 *
 * @example
 * ```ts
 * const isMoney = (q: QuantityLikeEntity) => q.type === 'money';
 * ```
 */
export type QuantityLikeEntity =
  | MoneyEntity
  | QuantityEntity
  | PercentEntity
  | NumberEntity
  | OrdinalEntity
  | DateEntity
  | TimeEntity;

/**
 * Anything tahlil extracts; discriminated on `type`.
 *
 * @example
 * ```ts
 * function show(e: Entity): string {
 *   return e.type === 'money' ? `${e.value} ${e.currency}` : e.text;
 * }
 * ```
 */
export type Entity = NameEntity | QuantityLikeEntity;

/**
 * The `type` of any entity.
 *
 * @example
 * ```ts
 * const t: EntityType = 'person';
 * ```
 */
export type EntityType = Entity['type'];

/**
 * The result of {@link analyze}.
 *
 * @example
 * ```ts
 * import { analyze } from 'tahlil';
 * const a: Analysis = analyze('وصل بوتين إلى بكين.');
 * a.sentences.length; // 1
 * ```
 */
export interface Analysis {
  /** The input, unchanged. */
  text: string;
  language: LanguageInfo;
  sentences: Sentence[];
  tokens: Token[];
  /** Sorted by `start`, then by longer span first. */
  entities: Entity[];
}
