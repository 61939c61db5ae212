import type { Refiner } from '../../../pipeline/types.js';
import type { Entity, NameEntity, Token, WordPart } from '../../../types.js';
import { givenNameKeys } from '../gazetteer/entries.js';
import { entriesOfForm } from '../gazetteer/lookup.js';
import { nameKey } from '../gazetteer/key.js';
import { isName, isStopword, respan, tokenRange, wordClass } from './words.js';
import { nameStart } from '../name-start.js';
import { endsInTanween } from '../tanween.js';
import { isPersonWord, personReading } from '../model/reading.js';

// A model span that is only an ordinary-word form (الجزيرة the island) survives only when the tagger
// is this sure of it.
const AMBIGUOUS_MIN_CONFIDENCE = 0.9;

/**
 * Cleans the tagger's spans: trims titles and nationality adjectives off their start and titles off
 * their end (`الرئيس الروسي فلاديمير بوتين` → `فلاديمير بوتين`), and drops spans that are no name at
 * all: nationality adjectives
 * (`الروسي`، `الأمريكية`), titles, head nouns and currency words alone (`حلف`، `دولار`), one word written
 * with tanween (`تاريخاً`), and unsure ordinary-word forms (`الجزيرة` meaning the island).
 *
 * @example
 * ```ts
 * cleanModelNames.refine(ctx, entities);
 * ```
 */
export const cleanModelNames: Refiner = {
  name: 'names-clean-model',
  stage: 'names',
  refine(ctx, entities) {
    const out: Entity[] = [];
    for (const e of entities) {
      if (!isName(e) || e.source !== 'model') {
        out.push(e);
        continue;
      }
      const cleaned = clean(ctx, e);
      if (cleaned) out.push(cleaned);
    }
    return out;
  },
};

type Ctx = Parameters<Refiner['refine']>[0];

// A movement's or party's name that is also a word (حماس "enthusiasm", فتح "opening", طالبان "two
// students"): when the tagger reads it as an organization it means the listed movement, whose ordinary
// sense the tagger would not call an organization.
function listedMovement(e: NameEntity): boolean {
  if (e.type !== 'organization') return false;
  return entriesOfForm(e.name.ar).some((x) => x.id.startsWith('org:group:') || x.id.startsWith('org:party:'));
}

// The part of token `i` inside the span. A token inside it whole is its own text, the string the
// tokenizer shares among all tokens of that form, so the word-class memo finds it without a new slice.
function wordIn(ctx: Ctx, e: NameEntity, i: number): string {
  const t = ctx.tokens[i] as Token;
  if (t.start >= e.start && t.end <= e.end) return t.text;
  return ctx.text.slice(Math.max(t.start, e.start), Math.min(t.end, e.end));
}

function clean(ctx: Ctx, e: NameEntity): NameEntity | null {
  const range = tokenRange(ctx.tokens, e.start, e.end);
  if (!range) return e;
  let [first, last] = range;
  // A word written with tanween (تاريخاً، زائدٌ) is an indefinite common word: news text does not write it
  // on names (ANERcorp: 2 of 3,359 such tokens are in a name), so it goes from either edge.
  for (; first <= last; first++) {
    const word = wordIn(ctx, e, first);
    const c = wordClass(word);
    if (c !== 'title' && c !== 'nationality' && !endsInTanween(word)) break;
  }
  // At the end only titles (and tanween words) go: a final nationality word is usually part of the name
  // (الجيش الأمريكي) or a family name (سعيد محمد الكندي).
  while (last >= first && (wordClass(wordIn(ctx, e, last)) === 'title' || endsInTanween(wordIn(ctx, e, last)))) last--;
  if (first > last) return null;
  if (first === last) {
    const word = wordIn(ctx, e, first);
    // A word whose article the preposition contracted (للجزيرة: the span is لجزيرة) is judged by the form
    // it has alone, which the span's name holds (الجزيرة).
    const c = wordClass(first === range[0] && e.name.ar !== word ? e.name.ar : word);
    if (c === 'generic') return null;
    if (c === 'ambiguous' && e.confidence < AMBIGUOUS_MIN_CONFIDENCE && !listedMovement(e)) return null;
  }
  let start = first === range[0] ? e.start : nameStart(ctx.tokens[first] as Token);
  if (e.type === 'person') start = givenNameStart(ctx, ctx.tokens[first] as Token, start);
  start = listedStart(ctx, ctx.tokens[first] as Token, start, e.type);
  start = particleStart(ctx, ctx.tokens[first] as Token, start);
  if (start === e.start && last === range[1]) return e;
  const end = last === range[1] ? e.end : (ctx.tokens[last] as Token).end;
  return respan(ctx, e, start, end);
}

/**
 * Where a person's name begins in its first token. The clitic analyser reads some names as proclitics and
 * a word (وليد as و + ل + يد, سامر as س + امر, فادي as ف + ادي, كريس as ك + ريس), so the tagger's span
 * starts inside the name. The longest remainder from a proclitic boundary that is a name wins:
 * - a given name of the list: `وليد` and `بسام` whole (the list also holds سام, but a listed name is far
 *   likelier than a clitic before another), `وفادي` from ف; `وأحمد` keeps its split, since `وأحمد` is no
 *   name;
 * - a remainder that begins with the preposition ب, ك or ل and is, as written, a person's name word in the
 *   model's lexicons while the word without that letter is mostly no name (`كريس` Chris, `بروس` Bruce,
 *   `لوب` Loeb), whereas `بهتلر` is ب + هتلر and `لنزار` ل + نزار. The conjunctions و and ف are not judged
 *   so: the lexicons key words without them.
 */
function givenNameStart(ctx: Ctx, token: Token, start: number): number {
  if (start <= token.start || start >= token.end) return start;
  const givenNames = givenNameKeys();
  return firstBoundary(ctx, token, start, (rest, next) =>
    givenNames.has(nameKey(rest)) || (next?.role === 'proclitic' && PREPOSITIONS.has(next.form) && keepsPreposition(rest)),
  );
}

/**
 * The first proclitic boundary of `token` before `start`, from the token's own start on (so the longest
 * remainder first), whose remainder `accepts` takes, or `start` when none does. `accepts` also sees the
 * part that begins there; the walk stops at the first part that is no proclitic.
 */
function firstBoundary(ctx: Ctx, token: Token, start: number, accepts: (rest: string, next: WordPart | undefined) => boolean): number {
  const parts = token.parts ?? [];
  for (let i = 0, at = token.start; at < start; at = (parts[i++] as WordPart).end) {
    if (accepts(ctx.text.slice(at, token.end), parts[i])) return at;
    if (parts[i]?.role !== 'proclitic') break;
  }
  return start;
}

/**
 * Where a name the lists know begins in its first token, when the clitic analyser cut a letter of it off
 * as a proclitic (`فالنسيا` as ف + النسيا, the club): the longest remainder from a proclitic boundary that
 * is, as written, a listed form of an entry of the span's type, while the remainder the span has is no
 * listed form. `والصين` keeps its split: the lists hold no `والصين`.
 */
function listedStart(ctx: Ctx, token: Token, start: number, type: NameEntity['type']): number {
  if (start <= token.start || start >= token.end) return start;
  if (entriesOfForm(ctx.text.slice(start, token.end)).length > 0) return start;
  return firstBoundary(ctx, token, start, (rest) => entriesOfForm(rest).some((x) => x.type === type));
}

/**
 * Where a name begins in its first token when the clitic analyser left a particle there: no name begins
 * with a function word, so a remainder that is one (`فان` as ف + `ان`, the Dutch van; `واين` as و + `اين`
 * "where", Wayne) gives the letters back, up to the first boundary whose remainder is no function word.
 * A given name that folds to a function word (`علي`, also `على` "on") is a name. The tagger's span is taken
 * as a name; a span that was no name (`فإن` "so") stays wrong either way.
 */
function particleStart(ctx: Ctx, token: Token, start: number): number {
  if (start <= token.start || start >= token.end) return start;
  const rest = ctx.text.slice(start, token.end);
  // `علي` is also `على` "on" once folded, and the list of given names knows it: `لعلي بن أبي طالب` stays ل + علي.
  if (!isStopword(rest) || givenNameKeys().has(nameKey(rest))) return start;
  return firstBoundary(ctx, token, start, (remainder) => !isStopword(remainder));
}

const PREPOSITIONS: ReadonlySet<string> = new Set(['ب', 'ك', 'ل']);

// Whether a word that begins with ب, ك or ل is a name with that letter: a person's name word as written,
// while the word without the letter is mostly no person's name (كريس: ريس; بسر: سر "secret") and no
// listed place or organization (بفرنسا). The lexicons count whole tokens, so لنزار is a person's word
// too, but so is نزار; علي and أبي are given names as often as words. ل before a contracted article
// (للخور) is a preposition.
function keepsPreposition(word: string): boolean {
  if (word.startsWith('لل') || !isPersonWord(word)) return false;
  const rest = word.slice(1);
  const reading = personReading(rest);
  if (reading !== 'other' && reading !== 'unknown') return false;
  return !entriesOfForm(rest).some((x) => x.type !== 'person');
}
