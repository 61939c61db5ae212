import type { Token } from '../../../types.js';
import { readingsOf, type BaseReading } from './clitics.js';
import { tokenWords } from './token-words.js';
import type { FormRef, LoadedGazetteer } from './entries.js';

/**
 * The country an entry belongs to, from its id: a country's own code (`JO`), a city's (`city:jo:amman`)
 * or a subdivision's (`subdivision:us:texas`), or a national institution's last part
 * (`org:ministry:foreign:JO`); `undefined` for the rest.
 *
 * @example
 * ```ts
 * countryOf('city:jo:amman'); // 'JO'
 * ```
 */
export function countryOf(id: string): string | undefined {
  // Asked of every entry when the gazetteer loads: character tests, no regular expressions.
  if (id.length === 2) return isUpperPair(id, 0) ? id : undefined;
  if (id.startsWith('city:')) return placeCountry(id, 5);
  if (id.startsWith('subdivision:')) return placeCountry(id, 12);
  const at = id.length - 2;
  return id.charCodeAt(at - 1) === 0x3a && isUpperPair(id, at) ? id.slice(at) : undefined;
}

// The country code of a place id `<kind>:<alpha-2>:<slug>` whose code starts at `at`.
function placeCountry(id: string, at: number): string | undefined {
  return id.charCodeAt(at + 2) === 0x3a ? id.slice(at, at + 2).toUpperCase() : undefined;
}

// Whether the two code units from `at` are capital Latin letters.
function isUpperPair(s: string, at: number): boolean {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  return a >= 0x41 && a <= 0x5a && b >= 0x41 && b <= 0x5a;
}

/**
 * Whether the sure readings of a form are places of different countries with different canonical names
 * (`عمان` Oman, and `عمّان` Amman in Jordan). Readings with the same canonical name (the territory `HK` and
 * the city of Hong Kong, both `هونغ كونغ`) are no rivals: the list's order stands, so such a place keeps
 * one id in every document.
 *
 * @example
 * ```ts
 * hasRivalCountries(m.payloads); // true for عمان
 * ```
 */
export function hasRivalCountries(refs: readonly FormRef[]): boolean {
  if (refs.length < 2) return false;
  let first: FormRef | undefined;
  let firstCountry: string | undefined;
  for (const r of refs) {
    if (r.ambiguous) continue;
    const c = r.entry.country;
    if (c === undefined) continue;
    if (first === undefined) {
      first = r;
      firstCountry = c;
    } else if (c !== firstCountry && r.entry.name.ar !== first.entry.name.ar) return true;
  }
  return false;
}

/**
 * How often the document names each country otherwise: by a name of one country only (a country, a city,
 * a national institution or medium, a listed head of state or government: see `GazetteerEntry.country`) and
 * by a nationality adjective (`الأردنية`).
 *
 * @param tokens - The document's tokens.
 * @param matches - The gazetteer's matches in the document, each with its readings.
 * @example
 * ```ts
 * documentCountries(tokens, matches, loadGazetteer()).get('JO'); // 2
 * ```
 */
export function documentCountries(
  tokens: readonly Token[],
  matches: readonly { payloads: readonly FormRef[] }[],
  g: LoadedGazetteer,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of matches) {
    if (hasRivalCountries(m.payloads)) continue;
    const sure = m.payloads.find((r) => !r.ambiguous);
    const c = sure?.entry.country;
    if (c !== undefined) increment(counts, c);
  }
  // Each distinct word is judged once, from the readings the gazetteer's scan already found for it (the
  // scan's word table): a document that holds عمان is usually a long one. Tokens inside a match, which the
  // scan did not read, are few.
  const words = tokenWords(tokens);
  const byWord = new Array<string | null | undefined>(words.count);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word') continue;
    const id = words.idAt(i);
    let c: string | null | undefined;
    if (id < 0) c = nationalityIn(readingsOf(t.text), g);
    else if ((c = byWord[id]) === undefined) byWord[id] = c = nationalityIn(words.readings(id), g);
    if (c !== null) increment(counts, c);
  }
  return counts;
}

// A module function, not a closure made per call: optimized code that calls a closure is specialized to
// the one it first met, and a later call's closure threw that code away.
function increment(counts: Map<string, number>, c: string): void {
  counts.set(c, (counts.get(c) ?? 0) + 1);
}

// The country of a word whose readings hold a nationality adjective (الأردنية → JO), or null.
function nationalityIn(readings: readonly BaseReading[], g: LoadedGazetteer): string | null {
  for (const r of readings) {
    const c = g.nationalityCountry.get(r.key);
    if (c !== undefined) return c;
  }
  return null;
}

/**
 * The readings in order of preference: those of the country the document names most come first; on a
 * tie the list's own order stands (a country before a city of the same name).
 *
 * @example
 * ```ts
 * preferByCountry(refs, new Map([['JO', 2]]))[0]?.entry.id; // 'city:jo:amman'
 * ```
 */
export function preferByCountry(refs: readonly FormRef[], counts: ReadonlyMap<string, number>): readonly FormRef[] {
  const score = (r: FormRef): number => counts.get(r.entry.country ?? '') ?? 0;
  return refs
    .map((r, i) => ({ r, i, s: score(r) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.r);
}
