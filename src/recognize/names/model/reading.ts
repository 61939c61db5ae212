import { getModel } from './index.js';
import { computeTokenInfo } from './features.js';
import { lexiconKey } from './fold.js';
import { hashString } from './hash.js';

/**
 * How the model's word lexicons (the training split's and WikiFANE's entity counts) read a word as a
 * person's name:
 * - `'unknown'`: neither lexicon has the word (most transliterated surnames: `كريتنبرينك`);
 * - `'person'`: where it is known and frequent, mostly (80 % or more) part of a person's name (`بوتين`);
 * - `'mixed'`: a person's name in part of a frequent word's uses, an ordinary word or the second half
 *   of a compound in the rest (`دين` of `صلاح الدين` and debt, `جمعة` the name and Friday);
 * - `'other'`: mostly part of another type of name (`الأهلي` the club, `كوريا`), or a frequent word never
 *   seen in a name.
 *
 * The keys are the tagger's (clitics and article off), so `الدين` reads as `دين`.
 *
 * @example
 * ```ts
 * personReading('الأهلي'); // 'other'
 * ```
 */
export function personReading(word: string): PersonReading {
  const lex = getModel().lexicons;
  const info = computeTokenInfo(word, lex);
  const a = readEntry(info.train);
  const b = readEntry(info.wiki);
  if (a === 'other' || b === 'other') return 'other';
  if (a === 'mixed' || b === 'mixed') return 'mixed';
  return a === 'unknown' && b === 'unknown' ? 'unknown' : 'person';
}

/**
 * What {@link personReading} returns.
 *
 * @example
 * ```ts
 * const r: PersonReading = 'mixed';
 * ```
 */
export type PersonReading = 'unknown' | 'person' | 'mixed' | 'other';

// A packed entry (see `packLexiconEntry`): per type (PER, ORG, LOC, MISC) a 3-bit share bucket (1 under
// 5 %, 2 under 20 %, 3 under 50 %, 4 under 80 %, 5 under 99 %, 6 all) and a begins bit, then 2 bits of
// frequency (0: once, 1: 2-4 times, 2: 5-19, 3: 20 or more). Two to four sightings say too little to
// call a word ordinary.
function readEntry(v: number): PersonReading {
  if (v < 0) return 'unknown';
  const frequent = ((v >>> 16) & 3) >= 2;
  const person = v & 7;
  const other = Math.max((v >>> 4) & 7, (v >>> 8) & 7, (v >>> 12) & 7);
  if (other >= 3 && other > person) return 'other';
  if (!frequent) return 'person';
  if ((v & 0xffff) === 0) return 'other';
  return person <= 4 ? 'mixed' : 'person';
}

/**
 * Whether the word as written, first letter and all, is a person's name word in the model's lexicons (the
 * training split's or WikiFANE's entity counts): `كريس` (Chris) is, though the clitic analyser reads it as
 * ك + ريس. Unlike {@link personReading}, a word the lexicons lack is not looked up again without a first
 * ب, ك or ل, so `بهتلر` (ب + هتلر) is not. The lexicons count whole tokens, so a name after a
 * preposition (`لنزار`) is a person's name word too: a caller compares with the word without its first
 * letter.
 *
 * @example
 * ```ts
 * isPersonWord('كريس'); // true, and isPersonWord('ريس') false: Chris
 * isPersonWord('بهتلر'); // false
 * ```
 */
export function isPersonWord(word: string): boolean {
  const lex = getModel().lexicons;
  const key = hashString(lexiconKey(word));
  const entries = [lex.train?.get(key) ?? -1, lex.wiki?.get(key) ?? -1];
  return entries.some((v) => v >= 0 && readEntry(v) === 'person' && (v & 8) !== 0);
}
