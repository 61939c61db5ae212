// Compiles the name gazetteer into src/generated/gazetteer.ts from: i18n-iso-countries (Arabic and
// English country names), CLDR (territories and UN M49 regions, language names), the city list of
// data/names/world-cities-ar.tsv (CC BY 4.0), and the curated lists of data/names/*.tsv.
// Run: npx tsx scripts/build-data/names.ts [--anercorp PATH]
//
// City names are checked twice before they may fire on their own: against ordinary vocabulary (a form
// that the first 90% of ANERcorp's train file uses mostly outside a LOC chunk, or a form listed in
// data/names/ambiguous.tsv, is marked ambiguous) and against their English label (a transliteration
// skeleton that does not resemble the English name marks the label as suspect, which also makes it
// ambiguous). Ambiguous forms are reported only when the tagger or a trigger word backs them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey } from '../../src/recognize/names/gazetteer/key.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = 'src/generated/gazetteer.ts';
const DIR = 'data/names';
const require = createRequire(import.meta.url);

type TypeLetter = 'p' | 'o' | 'l' | 'm';

interface Entry {
  id: string;
  type: TypeLetter;
  en: string;
  ar: string;
  /** Forms that name the entry on their own; a leading `?` marks an ambiguous form, `=` a Latin form matched with its case. */
  forms: string[];
  /** Forms that count only in a document that names the entry by a full form. */
  short: string[];
}

function rows(name: string): string[][] {
  return readFileSync(join(ROOT, DIR, name), 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

function list(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const TYPE_LETTER: Readonly<Record<string, TypeLetter>> = {
  person: 'p',
  organization: 'o',
  location: 'l',
  misc: 'm',
};

function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

// ----------------------------------------------------------------------------------------- curated

function curated(file: string): Entry[] {
  return rows(file).map((cells, i) => {
    const [id, type, en, ar, aliases, short] = cells;
    const letter = TYPE_LETTER[type ?? ''];
    if (!id || !letter || !en || !ar) throw new Error(`${DIR}/${file}: bad row ${i + 1}: ${cells.join(' | ')}`);
    // A canonical form marked `?` (a club known by its city's name) is a doubted form of the entry too.
    return { id, type: letter, en, ar: ar.replace(/^\?/, ''), forms: [ar, ...list(aliases)], short: list(short) };
  });
}

// ------------------------------------------------------------------------------- countries, regions

interface Nationality {
  cc: string;
  adjective: string;
  plural: string;
  demonym: string;
}

function nationalities(): Nationality[] {
  return rows('nationalities.tsv').map(([cc, adjective, plural, demonym]) => {
    if (!cc || !adjective || !demonym) throw new Error(`${DIR}/nationalities.tsv: bad row ${cc}`);
    return { cc, adjective, plural: plural ?? '', demonym };
  });
}

function cleanLabel(s: string): string {
  return s.replace(/\s*\(.*?\)\s*/g, ' ').replace(/\s+/g, ' ').trim();
}

const SKIPPED_TERRITORIES = new Set(['XA', 'XB', 'ZZ', 'EZ', 'QO', 'UN', 'EU', '001']);

function countriesAndRegions(): { entries: Entry[]; englishName: Map<string, string> } {
  const arIso = (require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> })
    .countries;
  const territories = (
    require('cldr-localenames-full/main/ar/territories.json') as {
      main: { ar: { localeDisplayNames: { territories: Record<string, string> } } };
    }
  ).main.ar.localeDisplayNames.territories;
  const enTerritories = (
    require('cldr-localenames-full/main/en/territories.json') as {
      main: { en: { localeDisplayNames: { territories: Record<string, string> } } };
    }
  ).main.en.localeDisplayNames.territories;

  const byCode = new Map<string, Entry>();
  const englishName = new Map<string, string>();
  const add = (code: string, form: string): void => {
    const clean = cleanLabel(form);
    if (clean === '' || clean.includes(' - ')) return;
    let e = byCode.get(code);
    if (!e) {
      const isRegion = /^\d{3}$/.test(code);
      const en = enTerritories[code] ?? code;
      e = { id: isRegion ? `m49:${code}` : code, type: 'l', en, ar: clean, forms: [], short: [] };
      byCode.set(code, e);
      if (!isRegion) englishName.set(code, en);
    }
    if (!e.forms.includes(clean)) e.forms.push(clean);
  };
  for (const [code, names] of Object.entries(arIso)) for (const n of [names].flat()) add(code, n);
  for (const [key, name] of Object.entries(territories)) {
    const code = key.replace(/-alt-.*$/, '');
    if (SKIPPED_TERRITORIES.has(code)) continue;
    add(code, name);
  }
  for (const [code, aliases] of rows('country-aliases.tsv')) {
    if (!code || !byCode.has(code)) throw new Error(`${DIR}/country-aliases.tsv: unknown code ${code}`);
    for (const a of list(aliases)) add(code, a);
  }
  return { entries: [...byCode.values()], englishName };
}

// ---------------------------------------------------------------------------- ministries and armies

// Only the adjectives of a compound inflect (كوري جنوبي → كورية جنوبية); a noun in it (جنوب أفريقي)
// stays as it is.
const isAdjective = (w: string): boolean => w.endsWith('ي');

function feminine(adjective: string): string {
  return adjective
    .split(' ')
    .map((w) => (isAdjective(w) ? `${w}ة` : w))
    .join(' ');
}

function definite(phrase: string): string {
  const words = phrase.split(' ');
  // A single word always takes the article (روس → الروس); in a compound only its adjectives do.
  return words.map((w) => (w.startsWith('ال') || (words.length > 1 && !/[ية]$/.test(w)) ? w : `ال${w}`)).join(' ');
}

function institutions(nats: Nationality[], englishName: Map<string, string>): Entry[] {
  const overrides = new Map(rows('overrides.tsv').map(([id, en]) => [id ?? '', en ?? '']));
  const byId = new Map<string, Entry>();
  const add = (id: string, en: string, form: string): void => {
    let e = byId.get(id);
    if (!e) {
      e = { id, type: 'o', en: overrides.get(id) ?? en, ar: form, forms: [], short: [] };
      byId.set(id, e);
    }
    if (!e.forms.includes(form)) e.forms.push(form);
  };
  for (const [kind, noun, template, short] of rows('ministries.tsv')) {
    if (!kind || !noun || !template) continue;
    for (const n of nats) {
      const country = englishName.get(n.cc) ?? n.demonym;
      const id = `org:ministry:${kind}:${n.cc}`;
      const form = `${noun} ${definite(feminine(n.adjective))}`;
      add(id, template.replace('{country}', country), form);
      if (short === '1') add(id, '', form.replace(/^وزارة /, ''));
    }
  }
  for (const [kind, noun, agreement, template] of rows('armies.tsv')) {
    if (!kind || !noun || !template) continue;
    for (const n of nats) {
      const adj = agreement === 'f' ? feminine(n.adjective) : n.adjective;
      add(`org:army:${kind}:${n.cc}`, template.replace('{country}', englishName.get(n.cc) ?? n.demonym), `${noun} ${definite(adj)}`);
    }
  }
  for (const id of overrides.keys()) if (!byId.has(id)) throw new Error(`${DIR}/overrides.tsv: unknown id ${id}`);
  return [...byId.values()];
}

/** The inflections of one nationality adjective (روسي → الروسية، الروس …) and its plural noun. */
function inflections(n: Nationality, forms = new Set<string>()): Set<string> {
  const words = n.adjective.split(' ');
  for (const suffix of ['', 'ة', 'ين', 'ون', 'ان', 'تان', 'تين', 'ات']) {
    const w = words.map((x) => (isAdjective(x) ? x + suffix : x)).join(' ');
    forms.add(w);
    forms.add(definite(w));
  }
  if (n.plural) {
    forms.add(n.plural);
    forms.add(definite(n.plural));
  }
  return forms;
}

/** Every inflected form of the nationality adjectives and of the CLDR language names (الروسية). */
function nationalityForms(nats: Nationality[]): string[] {
  const forms = new Set<string>();
  for (const n of nats) inflections(n, forms);
  const languages = (
    require('cldr-localenames-full/main/ar/languages.json') as {
      main: { ar: { localeDisplayNames: { languages: Record<string, string> } } };
    }
  ).main.ar.localeDisplayNames.languages;
  for (const name of Object.values(languages)) {
    const m = /^ال([\u0621-\u064a]{2,})ية$/.exec(name);
    if (m) inflections({ cc: '', adjective: `${m[1]}ي`, plural: '', demonym: '' }, forms);
  }
  return [...forms].sort();
}

// ------------------------------------------------------------------------------------------ cities

// Transliteration skeletons: consonants folded into broad classes, vowels and glides dropped. A label
// whose skeleton shares too little with its English name is probably the label of something else.
const AR_CLASS: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 't', 'ج': 'k', 'ح': 'h', 'خ': 'k', 'د': 't', 'ذ': 't', 'ر': 'r', 'ز': 's',
  'س': 's', 'ش': 's', 'ص': 's', 'ض': 't', 'ط': 't', 'ظ': 's', 'غ': 'k', 'ف': 'f', 'ق': 'k', 'ك': 'k',
  'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
};

function arabicSkeleton(s: string): string {
  let out = '';
  for (const ch of nameKey(s)) out += AR_CLASS[ch] ?? '';
  return out.replace(/(.)\1+/g, '$1');
}

function latinSkeleton(s: string): string {
  const t = s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ph/g, 'f')
    .replace(/(sh|ch|tch|tsch)/g, 's')
    .replace(/th/g, 't')
    .replace(/x/g, 'ks');
  const cls: Record<string, string> = {
    b: 'b', p: 'b', t: 't', d: 't', s: 's', z: 's', c: 'k', k: 'k', q: 'k', g: 'k', j: 'k', f: 'f', v: 'f',
    l: 'l', r: 'r', m: 'm', n: 'n', h: 'h',
  };
  let out = '';
  for (const ch of t) out += cls[ch] ?? '';
  return out.replace(/(.)\1+/g, '$1');
}

function lcs(a: string, b: string): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(up, prev[j - 1] ?? 0);
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

function labelLooksRight(arabic: string, english: string): boolean {
  const a = arabicSkeleton(arabic.replace(/^ال/, '')).replace(/h/g, '');
  const e = latinSkeleton(english).replace(/h/g, '');
  if (a === '' || e === '') return true;
  return lcs(a, e) / Math.max(a.length, e.length) >= 0.5;
}

const ADMIN_PREFIX = /^(ولاية|محافظة|مقاطعة|مركز|إقليم|اقليم|بلدية|منطقة|مدينة|قضاء|لواء|ناحية|كانتون|إمارة) /;

// Population under which a city's short single-word name is not trusted on its own, and under which
// no name of the place is (most are also words or surnames: فيروس، الشقة، مارتن).
const SMALL_TOWN = 500_000;
const VILLAGE = 100_000;

/** Keys of the Arabic given names of `arabic-name-to-en` (ISC). */
function givenNames(): Set<string> {
  const db = require('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>;
  return new Set(Object.keys(db).map((n) => nameKey(n.trim())));
}

/**
 * The one-word Arabic given names of `arabic-name-to-en` (ISC) as written, diacritics dropped, sorted: the
 * refiner that keeps a person's first letter (وليد، سامر) reads them. Entries of two words or with Latin
 * letters (`ولي الله Wlai`) are left out.
 */
function givenNameWords(): string[] {
  const db = require('arabic-name-to-en/cases/fullnamedb.js') as Record<string, string>;
  const words = Object.keys(db)
    .map((n) => n.replace(/[\u064b-\u0652\u0670\u0640]/g, '').trim())
    .filter((n) => /^[\u0621-\u064a\u0671]{2,}$/.test(n));
  return [...new Set(words)].sort();
}

interface CityRow {
  ar: string;
  en: string;
  country: string;
  pop: number;
}

/** Counts of each single-word form inside LOC chunks and outside any chunk, over the first 90% of ANERcorp train. */
function vocabularyUse(path: string): Map<string, { loc: number; other: number }> {
  const sentences = readFileSync(path, 'utf8').split(/\n\s*\n/);
  const keep = sentences.slice(0, Math.floor(sentences.length * 0.9));
  const use = new Map<string, { loc: number; other: number }>();
  for (const s of keep) {
    for (const line of s.split('\n')) {
      const [word, tag] = line.split('\t');
      if (!word || !tag) continue;
      const k = nameKey(word);
      const u = use.get(k) ?? { loc: 0, other: 0 };
      if (tag.endsWith('LOC')) u.loc++;
      else if (tag === 'O') u.other++;
      use.set(k, u);
    }
  }
  return use;
}

/** True when the first 90% of ANERcorp uses the form outside any name more often than as a place. */
function usedAsWord(use: Map<string, { loc: number; other: number }>, key: string): boolean {
  const u = use.get(key);
  return u !== undefined && u.other >= 1 && u.other > u.loc;
}

function cities(taken: Set<string>, takenIds: Set<string>, ambiguous: Set<string>, use: Map<string, { loc: number; other: number }>): { entries: Entry[]; stats: string[] } {
  const alpha2 = new Map<string, string>();
  const enIso = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
  for (const [code, names] of Object.entries(enIso)) for (const n of [names].flat()) alpha2.set(n, code);
  const extra: Record<string, string> = { 'Ivory Coast': 'CI', 'Macedonia': 'MK', 'Swaziland': 'SZ', 'Czech Republic': 'CZ', 'East Timor': 'TL', 'Cape Verde': 'CV', 'Palestine': 'PS', 'Kosovo': 'XK', 'Vatican City': 'VA', 'Brunei': 'BN', 'Laos': 'LA', 'Syria': 'SY', 'Iran': 'IR', 'Russia': 'RU', 'Bolivia': 'BO', 'Venezuela': 'VE', 'Tanzania': 'TZ', 'Moldova': 'MD', 'Vietnam': 'VN', 'North Korea': 'KP', 'South Korea': 'KR', 'Taiwan': 'TW', 'Micronesia': 'FM', 'Congo (Kinshasa)': 'CD', 'Congo (Brazzaville)': 'CG', 'The Bahamas': 'BS', 'The Gambia': 'GM', 'Palestinian Territory Occupied': 'PS', 'Hong Kong S.A.R.': 'HK', 'Fiji Islands': 'FJ', 'Sao Tome and Principe': 'ST', 'Saint Vincent and the Grenadines': 'VC', 'Man (Isle of)': 'IM', 'Bosnia and Herzegovina': 'BA' };
  for (const [k, v] of Object.entries(extra)) alpha2.set(k, v);

  const rowsOut: CityRow[] = [];
  const lines = readFileSync(join(ROOT, DIR, 'world-cities-ar.tsv'), 'utf8').split('\n').slice(1);
  for (const line of lines) {
    const [arRaw, , info] = line.split('\t');
    if (!arRaw || !info) continue;
    const [en, ...rest] = info.split(' | ');
    const fields = Object.fromEntries(rest.map((f) => f.split('=') as [string, string]));
    const ar = cleanLabel(arRaw).replace(/[،,].*$/, '').trim();
    rowsOut.push({ ar, en: (en ?? '').trim(), country: fields.country ?? '', pop: Number(fields.pop ?? 0) });
  }
  // The most populous city keeps a name that several share (موسكو is Moscow, not Moskva in Tajikistan).
  rowsOut.sort((a, b) => b.pop - a.pop || (a.ar < b.ar ? -1 : a.ar > b.ar ? 1 : 0));
  const given = givenNames();
  const byKey = new Map<string, Entry>();
  const ids = new Set<string>();
  let suspect = 0;
  let common = 0;
  let collided = 0;
  for (const c of rowsOut) {
    const base = c.ar.replace(ADMIN_PREFIX, '');
    const forms = [...new Set([c.ar, base])].filter((f) => nameKey(f).length >= 3);
    const fresh = forms.filter((f) => !taken.has(nameKey(f)) && !byKey.has(nameKey(f)));
    if (fresh.length === 0) {
      collided++;
      continue;
    }
    const cc = alpha2.get(c.country) ?? 'XX';
    let id = `city:${cc.toLowerCase()}:${slug(c.en)}`;
    // A curated row of the same id (data/names/cities.tsv) replaces a missing or wrong label.
    if (takenIds.has(id)) continue;
    for (let n = 2; ids.has(id); n++) id = `city:${cc.toLowerCase()}:${slug(c.en)}-${n}`;
    ids.add(id);
    const right = labelLooksRight(base, c.en);
    if (!right) {
      suspect++;
      if (process.env.NAMES_DEBUG) console.error(`suspect: ${c.en} (${c.pop}) = ${base}`);
    }
    const marked = fresh.map((f) => {
      const k = nameKey(f);
      // A short single word naming a small town is doubted (صور، فرح، الست), and so is a small town's
      // name with the article (الزاوية، الحلة: mostly nouns too). A given name (مريم، بدر) is a person
      // first.
      const single = !f.includes(' ');
      const ordinary =
        usedAsWord(use, k) ||
        ambiguous.has(k) ||
        given.has(k) ||
        k.length <= 2 ||
        (single && c.pop < SMALL_TOWN && (k.length <= 5 || k.startsWith('ال'))) ||
        c.pop < VILLAGE;
      if (ordinary) common++;
      return ordinary || !right ? `?${f}` : f;
    });
    const e: Entry = { id, type: 'l', en: c.en, ar: base, forms: marked, short: [] };
    for (const f of fresh) byKey.set(nameKey(f), e);
    byKey.set(id, e);
  }
  const entries = [...new Set(byKey.values())];
  return {
    entries,
    stats: [`cities: ${entries.length} kept, ${collided} dropped (name of a country or bigger city), ${suspect} suspect labels, ${common} forms that need the tagger or a trigger word`],
  };
}

// ------------------------------------------------------------------------------------------- build

function generic(cls: string): string[] {
  return rows('generic-words.tsv')
    .filter(([, c]) => c === cls)
    .map(([f]) => f ?? '')
    .filter((f) => f !== '');
}

// Entries whose English name also names them in Latin script inside Arabic text (وكالة Reuters، Emmanuel
// Macron): organizations and people, not places, whose English names are often English words (Jordan, Nice).
const LATIN_NAMED = /^(org|person):/;

/**
 * Adds the Latin forms of the curated organizations and people: the English name (and it without a
 * leading "The", and without accents), and the acronyms of `latin-forms.tsv`. A leading `=` marks a form
 * that must match with the case of its letters (WHO, never the word "who").
 */
function addLatinForms(entries: Entry[]): void {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const add = (e: Entry, form: string): void => {
    const marked = `=${form}`;
    if (!e.forms.includes(marked)) e.forms.push(marked);
  };
  for (const e of entries) {
    if (!LATIN_NAMED.test(e.id) || !/[A-Za-z]{2}/.test(e.en)) continue;
    const plain = e.en.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const f of [e.en, plain]) {
      add(e, f);
      if (f.startsWith('The ')) add(e, f.slice(4));
    }
  }
  for (const [id, forms] of rows('latin-forms.tsv')) {
    const e = byId.get(id ?? '');
    if (!e) throw new Error(`${DIR}/latin-forms.tsv: unknown id ${id}`);
    for (const f of list(forms)) add(e, f);
  }
}

/** Rows of `entity-countries.tsv` as `id<TAB>code` lines, each id checked against the compiled entries. */
function entityCountries(ids: ReadonlySet<string>): string[] {
  return rows('entity-countries.tsv').map(([id, code]) => {
    if (!id || !ids.has(id)) throw new Error(`${DIR}/entity-countries.tsv: unknown id ${id}`);
    if (!code || !/^[A-Z]{2}$/.test(code)) throw new Error(`${DIR}/entity-countries.tsv: bad country code ${code} for ${id}`);
    return `${id}\t${code}`;
  });
}

function serialize(e: Entry): string {
  const clean = (s: string): string => s.replace(/[\t\n|]/g, ' ');
  return [e.id, e.type, clean(e.en), clean(e.ar), e.forms.map(clean).join('|'), e.short.map(clean).join('|')].join('\t');
}

/** Builds the gazetteer module; returns the generated path and a summary. */
export function buildNames(anercorp = join(ROOT, '..', 'shared', 'corpora', 'anercorp', 'train.bio')): string {
  if (!existsSync(anercorp)) throw new Error(`names: ANERcorp train file not found at ${anercorp} (pass --anercorp PATH)`);
  const ambiguous = new Set(rows('ambiguous.tsv').map(([form]) => nameKey(form ?? '')));
  const nats = nationalities();
  const { entries: countries, englishName } = countriesAndRegions();
  const curatedEntries = [
    ...curated('organizations.tsv'),
    ...curated('alliances.tsv'),
    ...curated('institutions.tsv'),
    ...curated('media.tsv'),
    ...curated('clubs.tsv'),
    ...curated('companies.tsv'),
    ...curated('parties.tsv'),
    ...curated('regions.tsv'),
    ...curated('subdivisions.tsv'),
    ...curated('cities.tsv'),
    ...curated('people.tsv'),
  ];
  // Latin forms for the hand-curated lists; the templated ministries and armies below have English names
  // no text writes (Ministry of Foreign Affairs of Jordan).
  addLatinForms(curatedEntries);
  curatedEntries.push(...institutions(nats, englishName));
  const known = [...countries, ...curatedEntries];
  // Every form these entries take from the city list. A form a curated row marks with `?` is doubted for
  // that entry alone (the club برشلونة beside the city): it counts only where the tagger or a trigger word
  // backs it, and the city list keeps the form.
  const taken = new Set(known.flatMap((e) => e.forms.filter((f) => !f.startsWith('?')).map((f) => nameKey(f.replace(/^=/, '')))));
  for (const e of known) e.forms = [...new Set(e.forms)].map((f) => (!f.startsWith('?') && ambiguous.has(nameKey(f)) ? `?${f}` : f));
  // A single-word country or region name that is mostly an ordinary word (مالي, financial) is
  // doubted like a city name.
  const use = vocabularyUse(anercorp);
  for (const e of countries) e.forms = e.forms.map((f) => (!f.startsWith('?') && !f.includes(' ') && usedAsWord(use, nameKey(f)) ? `?${f}` : f));
  const adjectives = nationalityForms(nats).filter((f) => !taken.has(nameKey(f)));
  const { entries: cityEntries, stats } = cities(taken, new Set(known.map((e) => e.id)), ambiguous, use);
  const all = [...known, ...cityEntries];
  const seen = new Set<string>();
  for (const e of all) {
    if (seen.has(e.id)) throw new Error(`names: duplicate id ${e.id}`);
    seen.add(e.id);
  }
  const entityCountryRows = entityCountries(seen);
  const count = (t: TypeLetter): number => all.filter((e) => e.type === t).length;
  const text = [
    '// GENERATED by scripts/build-data/names.ts — do not edit',
    '// Sources: i18n-iso-countries (MIT), cldr-localenames-full (Unicode licence), data/names/world-cities-ar.tsv',
    '// (CC BY 4.0, jamsshhayd/world-cities-translations), data/names/*.tsv (curated, see data/names/SOURCES.md).',
    `// ${all.length} entries: ${count('p')} persons, ${count('o')} organizations, ${count('l')} locations; ${stats.join('; ')}.`,
    '',
    '/**',
    ' * Gazetteer entries, one a line: id, type letter (p o l m), English name, canonical Arabic name, forms',
    ' * that name the entry on their own (`|`-separated; a leading `?` marks a form that is also an ordinary',
    ' * word, a leading `=` a Latin form that matches only with the case of its letters), and short forms that',
    ' * count only in a document naming the entry in full.',
    ' */',
    `export const GAZETTEER_ENTRIES: string = ${JSON.stringify(all.map(serialize).join('\n'))};`,
    '',
    '/** Forms that are also ordinary words (الجزيرة، الغرب), `|`-separated. */',
    `export const AMBIGUOUS_FORMS: string = ${JSON.stringify(rows('ambiguous.tsv').map(([f]) => f).join('|'))};`,
    '',
    '/** Titles and roles (trimmed off name edges), `|`-separated. */',
    `export const TITLE_FORMS: string = ${JSON.stringify(generic('title').join('|'))};`,
    '',
    '/** Head nouns and common nouns that never name anything alone, `|`-separated. */',
    `export const GENERIC_FORMS: string = ${JSON.stringify(generic('generic').join('|'))};`,
    '',
    '/** Nationality adjectives and their inflections (الروسي، الأمريكية، الألمان), `|`-separated. */',
    `export const NATIONALITY_FORMS: string = ${JSON.stringify(adjectives.join('|'))};`,
    '',
    '/** Arabic given names of `arabic-name-to-en` (ISC), one word each, diacritics dropped, `|`-separated. */',
    `export const GIVEN_NAMES: string = ${JSON.stringify(givenNameWords().join('|'))};`,
    '',
    '/** The country of curated entries whose id does not carry one (people, national media), one a line: id, alpha-2 code. */',
    `export const ENTITY_COUNTRIES: string = ${JSON.stringify(entityCountryRows.join('\n'))};`,
    '',
    '/** The curated nationalities by country, one a line: alpha-2 code, then the forms, `|`-separated. */',
    `export const NATIONALITY_COUNTRIES: string = ${JSON.stringify(nats.map((n) => `${n.cc}\t${[...inflections(n)].sort().join('|')}`).join('\n'))};`,
    '',
  ].join('\n');
  writeFileSync(join(ROOT, OUT), text);
  return `${OUT} (${all.length} entries; ${stats.join('; ')}; ${adjectives.length} nationality forms)`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const i = process.argv.indexOf('--anercorp');
  console.log(`wrote ${buildNames(i > 0 ? process.argv[i + 1] : undefined)}`);
}
