/**
 * Language scores over franc's trigram profiles (franc 6, MIT, by Titus Wormer), computed as `francAll`
 * computes them, but with each script's profiles turned into lookup tables on the first text in that
 * script. franc's own entry point builds the tables of all 163 profiles when it is imported:
 * about 40 ms of every process's start, whether or not a language is ever detected.
 *
 * @packageDocumentation
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** A language code with its score: franc's `[code, score]` tuples, best first. */
export type LanguageScore = [code: string, score: number];

/**
 * Which languages may win, as in franc: `only` (when not empty) keeps the listed ones, `ignore` drops
 * the listed ones, and text shorter than `minLength` is `und`.
 */
export interface ScoreOptions {
  only?: readonly string[];
  ignore?: readonly string[];
  minLength?: number;
}

// franc's constants: at most this much of the text is read, and a trigram a profile lacks costs this.
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

// Script name → language → trigram → its rank in the language's profile, built on first use.
const tables = new Map<string, Map<string, Map<string, number>>>();

function tablesOf(script: string): Map<string, Map<string, number>> {
  let languages = tables.get(script);
  if (languages !== undefined) return languages;
  languages = new Map();
  const profiles = data[script];
  for (const language of Object.keys(profiles)) {
    const trigrams = profiles[language].split('|');
    const ranks = new Map<string, number>();
    // A trigram listed twice would keep its first rank, as in franc's table (none is, in franc 6).
    for (let rank = 0; rank < trigrams.length; rank++) if (!ranks.has(trigrams[rank])) ranks.set(trigrams[rank], rank);
    languages.set(language, ranks);
  }
  tables.set(script, languages);
  return languages;
}

/**
 * Scores the languages `value` may be written in, best first, exactly as franc's `francAll` does with the
 * same options: the script most of the text is written in picks the candidates, and each candidate's
 * distance between its profile and the text's trigram counts is scaled to 0..1 (1 for the best).
 * `[['und', 1]]` when the text is too short or no language qualifies.
 *
 * @example
 * ```ts
 * scoreLanguages('أعلنت الصين وروسيا شراكة بلا حدود', { only: ['arb', 'ary'] })[0][0]; // 'arb'
 * ```
 */
export function scoreLanguages(text: string, options: ScoreOptions = {}): LanguageScore[] {
  const only = options.only ?? [];
  const ignore = options.ignore ?? [];
  const minLength = options.minLength ?? MIN_LENGTH;
  if (text.length === 0 || text.length < minLength) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (script === undefined || !Object.hasOwn(data, script)) {
    // A script only one language is written in (the expression's key is that language's code).
    return script === undefined || share === 0 || !allowed(script, only, ignore) ? [['und', 1]] : [[script, 1]];
  }
  const counts = trigramCounts(value);
  const distances: LanguageScore[] = [];
  for (const [language, ranks] of tablesOf(script)) {
    if (!allowed(language, only, ignore)) continue;
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = ranks.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    distances.push([language, distance]);
  }
  if (distances.length === 0) return [['und', 1]];
  // Stable, so that languages at the same distance stay in the profiles' order, as in franc.
  distances.sort((a, b) => a[1] - b[1]);
  const min = distances[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
  return distances;
}

function allowed(language: string, only: readonly string[], ignore: readonly string[]): boolean {
  return (only.length === 0 || only.includes(language)) && !ignore.includes(language);
}

// The script (a key of franc's expressions) whose characters are the largest share of `value`; the first
// in franc's order on a tie.
function topScript(value: string): [string | undefined, number] {
  let top: string | undefined;
  let topShare = -1;
  for (const script of Object.keys(expressions)) {
    const share = (value.match(expressions[script])?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

// franc's trigrams (through trigram-utils): ASCII punctuation, symbols and digits become spaces, white
// space collapses to one space, the text is trimmed, lower-cased and padded with a space on each side;
// then every three consecutive code units, counted.
function trigramCounts(value: string): Map<string, number> {
  const cleaned = value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const padded = ` ${cleaned} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
