import { AMBIGUOUS_FORMS, ENTITY_COUNTRIES, GAZETTEER_ENTRIES, GENERIC_FORMS, GIVEN_NAMES, NATIONALITY_COUNTRIES, NATIONALITY_FORMS, TITLE_FORMS } from '../../../generated/gazetteer.js';
import { countryOf } from './country-context.js';
import type { NameEntity } from '../../../types.js';
import { FormIndex, keyWithCuts } from './form-index.js';
import { nameKey } from './key.js';

/**
 * A known name: a country, city, region, organization or person of the compiled gazetteer.
 *
 * @example
 * ```ts
 * const e: GazetteerEntry = { id: 'CN', type: 'location', name: { ar: 'الصين', en: 'China' } };
 * ```
 */
export interface GazetteerEntry {
  /** Stable id: ISO 3166-1 alpha-2 for countries, `m49:…` for world regions, `city:…`, `org:…`, `person:…`. */
  id: string;
  type: NameEntity['type'];
  name: { ar: string; en?: string };
  /**
   * The state the entry belongs to (ISO 3166-1 alpha-2), where there is one: a country itself, a city's
   * country, a national institution's or medium's state, the state a listed person led (`JO` for عبد الله
   * الثاني). Absent for international bodies and regions.
   */
  country?: string;
}

/**
 * One way of writing an entry, as stored in the index.
 *
 * @example
 * ```ts
 * const r: FormRef = { entry, ambiguous: false, latin: undefined };
 * ```
 */
export interface FormRef {
  entry: GazetteerEntry;
  /** The form is also an ordinary word (or a suspect label): it needs the tagger or a trigger word. */
  ambiguous: boolean;
  /**
   * For a Latin form (`WHO`, `Reuters`): its letters and digits, which the text must repeat in the same
   * case (see {@link latinLetters}), so that the English word "who" is not the WHO.
   */
  latin: string | undefined;
}

/**
 * The ASCII letters and digits of a string, in order and in their case: what a Latin form and the text
 * must share (`U.N.` and `UN` both give `UN`).
 *
 * @example
 * ```ts
 * latinLetters('U.N.'); // 'UN'
 * ```
 */
export function latinLetters(s: string): string {
  return s.replace(/[^A-Za-z0-9]/g, '');
}

/**
 * The loaded gazetteer: entries by id and the indexes over their forms.
 *
 * @example
 * ```ts
 * loadGazetteer().byId.get('CN')?.name.en; // 'China'
 * ```
 */
export interface LoadedGazetteer {
  byId: ReadonlyMap<string, GazetteerEntry>;
  /** Forms that name an entry on their own. */
  forms: FormIndex<FormRef>;
  /** Short forms (surnames, شي) that count only in a document naming the entry in full. */
  short: FormIndex<GazetteerEntry>;
  /** The short forms of each entry id. */
  shortById: ReadonlyMap<string, readonly string[]>;
  /** Keys of nationality adjectives and their inflections. */
  nationalities: ReadonlySet<string>;
  /** The country (ISO 3166-1 alpha-2) of each key of the curated nationality adjectives (الأردنية → JO). */
  nationalityCountry: ReadonlyMap<string, string>;
  /** Keys of titles and roles (الرئيس، وزير، نظيره). */
  titles: ReadonlySet<string>;
  /** Keys of head nouns and common nouns that never name anything alone (حلف، دولار). */
  generic: ReadonlySet<string>;
  /** Keys of forms that are also ordinary words (الجزيرة، الغرب). */
  ambiguous: ReadonlySet<string>;
}

const TYPES: Readonly<Record<string, NameEntity['type']>> = { p: 'person', o: 'organization', l: 'location', m: 'misc' };

let loaded: LoadedGazetteer | null = null;

/**
 * Parses the generated gazetteer on first use (a few milliseconds) and caches it.
 *
 * @example
 * ```ts
 * loadGazetteer().forms.size > 5000; // true
 * ```
 */
export function loadGazetteer(): LoadedGazetteer {
  if (loaded) return loaded;
  const byId = new Map<string, GazetteerEntry>();
  const forms = new FormIndex<FormRef>();
  const short = new FormIndex<GazetteerEntry>();
  const shortById = new Map<string, string[]>();
  const listedCountry = new Map<string, string>();
  for (const line of ENTITY_COUNTRIES.split('\n')) {
    const [id = '', cc = ''] = line.split('\t');
    if (id !== '') listedCountry.set(id, cc);
  }
  for (const line of GAZETTEER_ENTRIES.split('\n')) {
    const [id = '', letter = '', en = '', ar = '', formList = '', shortList = ''] = line.split('\t');
    const entry: GazetteerEntry = { id, type: TYPES[letter] ?? 'misc', name: en ? { ar, en } : { ar } };
    const country = countryOf(id) ?? listedCountry.get(id);
    if (country !== undefined) entry.country = country;
    byId.set(id, entry);
    for (const f of formList.split('|')) {
      if (f === '') continue;
      const ambiguous = f.startsWith('?');
      const latin = f.startsWith('=');
      const written = ambiguous || latin ? f.slice(1) : f;
      const { key, cuts } = keyWithCuts(written, nameKey);
      // Every ref has the three fields, so that all refs share one hidden class (code that reads them is
      // compiled for the classes it has seen, see ../entity.ts).
      forms.add(key, { entry, ambiguous, latin: latin ? latinLetters(written) : undefined }, cuts);
    }
    for (const f of shortList.split('|')) {
      if (f === '') continue;
      shortById.set(id, [...(shortById.get(id) ?? []), f]);
      const { key, cuts } = keyWithCuts(f, nameKey);
      short.add(key, entry, cuts);
    }
  }
  const keys = (list: string): Set<string> => new Set(list.split('|').map(nameKey));
  const nationalityCountry = new Map<string, string>();
  for (const line of NATIONALITY_COUNTRIES.split('\n')) {
    const [cc = '', list = ''] = line.split('\t');
    for (const f of list.split('|')) if (f !== '') nationalityCountry.set(nameKey(f), cc);
  }
  loaded = {
    byId,
    forms,
    short,
    shortById,
    nationalities: keys(NATIONALITY_FORMS),
    nationalityCountry,
    titles: keys(TITLE_FORMS),
    generic: keys(GENERIC_FORMS),
    ambiguous: keys(AMBIGUOUS_FORMS),
  };
  return loaded;
}

let givenNames: ReadonlySet<string> | null = null;

/**
 * Keys of one-word Arabic given names (وليد، سامر، أحمد), from `arabic-name-to-en`. Built on first use,
 * apart from {@link loadGazetteer}: only a person span whose first word lost letters to the clitic
 * analyser asks (see the clean refiner), so most documents never pay for it.
 *
 * @example
 * ```ts
 * givenNameKeys().has(nameKey('وليد')); // true
 * ```
 */
export function givenNameKeys(): ReadonlySet<string> {
  return (givenNames ??= new Set(GIVEN_NAMES.split('|').map(nameKey)));
}
