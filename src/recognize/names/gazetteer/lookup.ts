import { readingsOf } from './clitics.js';
import { type GazetteerEntry, latinLetters, loadGazetteer } from './entries.js';
import { nameKey } from './key.js';
import { mapPacked } from '../../../util/arrays.js';

/**
 * Options of {@link lookup}.
 *
 * @example
 * ```ts
 * lookup('الجزيرة', { ambiguous: false }); // []
 * ```
 */
export interface LookupOptions {
  /** Also return entries for which the string is an ordinary-word form (default true). */
  ambiguous?: boolean;
}

/**
 * The known entries a name string may refer to, most specific first (countries, then curated lists,
 * then cities), the entries for which it is only a doubted form last (`برشلونة`: the city, then the
 * club). Spelling-tolerant and clitic-aware: attached particles on the first word are tried off.
 *
 * @example
 * ```ts
 * lookup('بالصين')[0]?.id;              // 'CN'
 * lookup('شي جين بينغ')[0]?.name.en;    // 'Xi Jinping'
 * lookup('WHO')[0]?.id;                 // 'org:who' (Latin forms match with their case: lookup('who') is [])
 * ```
 */
export function lookup(name: string, options: LookupOptions = {}): GazetteerEntry[] {
  const { forms } = loadGazetteer();
  // Most names asked about are one word (the refiners ask for every tagger span): no split then.
  let first = name;
  let rest = '';
  if (/\s/.test(name)) {
    const words = name.trim().split(/\s+/);
    first = words[0] ?? '';
    rest = nameKey(words.slice(1).join(''));
  }
  for (const r of readingsOf(first)) {
    const refs = forms.get(rest === '' ? r.key : r.key + rest);
    if (!refs) continue;
    // Each entry once, in the order of its first form; the entries the form names plainly before those it
    // names only as a doubted form (برشلونة: the city, then the club).
    let picked: GazetteerEntry[] | undefined;
    let letters: string | undefined;
    for (const doubted of [false, true]) {
      if (doubted && options.ambiguous === false) break;
      for (const s of refs) {
        if (s.payload.ambiguous !== doubted) continue;
        // A Latin form answers only as written (WHO, not "who"), as in text.
        if (s.payload.latin !== undefined && s.payload.latin !== (letters ??= latinLetters(name))) continue;
        const { entry } = s.payload;
        if (picked === undefined) picked = [entry];
        else if (!picked.includes(entry)) picked.push(entry);
      }
    }
    if (picked !== undefined) return picked;
  }
  return [];
}

/**
 * The entries a form names as written: its exact key, ordinary-word forms included, without trying
 * attached particles off (where {@link lookup} does). The refiners ask it what else a word of a name is.
 *
 * @example
 * ```ts
 * entriesOfForm('حماس').map((e) => e.id); // ['org:group:hamas:PS']
 * ```
 */
export function entriesOfForm(form: string): GazetteerEntry[] {
  const refs = loadGazetteer().forms.get(nameKey(form));
  return refs === undefined ? [] : mapPacked(refs, (s) => s.payload.entry);
}

/**
 * True when `word` is a nationality adjective or people noun (الروسي، الأمريكية، الألمان), with or
 * without attached particles.
 *
 * @example
 * ```ts
 * isNationality('الأمريكية'); // true
 * isNationality('أمريكا');    // false
 * ```
 */
export function isNationality(word: string): boolean {
  const { nationalities } = loadGazetteer();
  return readingsOf(word.trim()).some((r) => nationalities.has(r.key));
}
