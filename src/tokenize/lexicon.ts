import { LEXICALIZED, LEXICON_DATA, NAME_WORDS } from '../generated/lexicon.js';

let counts: Map<string, number> | undefined;

/**
 * How often a word skeleton (see `foldKey`) was seen as a whole word in the lexicon's corpora; 0 when
 * unseen. The table is parsed on first call, never at import.
 *
 * @example
 * ```ts
 * wordCount('قال') > wordCount('اشنطن'); // true
 * ```
 */
export function wordCount(key: string): number {
  if (!counts) counts = parse(LEXICON_DATA);
  return counts.get(key) ?? 0;
}

function parse(data: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of data.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const c = Number(line.slice(0, tab));
    for (const w of line.slice(tab + 1).split(' ')) m.set(w, c);
  }
  return m;
}

let lexicalized: Set<string> | undefined;

/**
 * Whether a word skeleton is one lexical item although it starts with a clitic letter (`كما`, `لكن`).
 *
 * @example
 * ```ts
 * isLexicalized('كما'); // true
 * ```
 */
export function isLexicalized(key: string): boolean {
  return (lexicalized ??= new Set(LEXICALIZED)).has(key);
}

let nameWords: Set<string> | undefined;

/**
 * Whether a word skeleton is mostly a name in the lexicon's corpus (`فيصل`, `كاليفورنيا`): such a word is
 * not split into clitics, although it begins with a clitic letter followed by a word (`يصل`).
 *
 * @example
 * ```ts
 * isNameWord('فيصل'); // true
 * ```
 */
export function isNameWord(key: string): boolean {
  return (nameWords ??= new Set(NAME_WORDS.split(' '))).has(key);
}
