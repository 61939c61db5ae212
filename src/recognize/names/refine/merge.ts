import type { Context, Refiner } from '../../../pipeline/types.js';
import type { Entity, NameEntity, Token } from '../../../types.js';
import { lookup } from '../gazetteer/lookup.js';
import { personReading } from '../model/reading.js';
import { isName, overlapping, respan, tokenRange, wordClass } from './words.js';
import { mapPacked } from '../../../util/arrays.js';
import { copyName, withFields } from '../entity.js';

const BOTH_BONUS = 0.03;
// How sure the tagger must be that a listed city's name is a person's here (the clean refiner's bar for an
// ordinary-word form is 0.9; a city is likelier a city).
const PERSON_OVER_CITY = 0.8;

function contains(outer: NameEntity, inner: NameEntity): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

// Whether the word before the span is a title (الرئيس، اللورد): the clean refiner trimmed it off a person's
// span, and a name right after a title is a person's, whatever town shares it (اللورد هاليفاكس).
function afterTitle(ctx: Context, e: NameEntity): boolean {
  const range = tokenRange(ctx.tokens, e.start, e.end);
  if (range === null || range[0] === 0) return false;
  return wordClass((ctx.tokens[range[0] - 1] as Token).text) === 'title';
}

// The start of the first word in [from, end), or -1 when there is none or it cannot begin a person's name.
function nextWordStart(ctx: Context, from: number, end: number): number {
  const range = tokenRange(ctx.tokens, from, end);
  if (range === null) return -1;
  for (let i = range[0]; i <= range[1]; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.start < from || t.kind !== 'word') continue;
    // Only a word the lexicons know as a person's begins the person: not a nationality adjective
    // (إنيمبا النيجيري), nor the city of a club's name (أسيك أبيدجان, which the tagger took for a person).
    const c = wordClass(t.text);
    return c !== 'nationality' && c !== 'title' && personReading(t.text) === 'person' ? t.start : -1;
  }
  return -1;
}

// The tagger's entity with the id and canonical name of the listed entry of its type that its name names,
// or undefined.
function listedAs(e: NameEntity): NameEntity | undefined {
  const known = lookup(e.name.ar).find((k) => k.type === e.type);
  return known && withFields(e, { id: known.id, name: copyName(known.name), source: 'both' });
}

function agree(g: NameEntity, m: NameEntity): NameEntity {
  return withFields(g, { source: 'both', confidence: Math.min(1, Math.max(g.confidence, m.confidence) + BOTH_BONUS) });
}

/**
 * Merges the tagger's and the gazetteer's spans into one list:
 * - the same span from both becomes one entity with `source: 'both'` (the gazetteer's id and type),
 *   unless the tagger reads a listed place as an organization (`برشلونة` the club, which takes the listed
 *   club's id) or a city as a person (`سولانا`, or any city name right after a title: `اللورد هاليفاكس`);
 * - a tagger span that overlaps gazetteer spans gives way to them (`بوتين وشي جينبينغ` is two people),
 *   except a person, organization or MISC span that embeds exactly one place (`جامعة بكين`, a surname
 *   that is also a town), and a person span that begins with a listed organization, which keeps the words
 *   after it (`نادي ليون جيرارد هولييه`);
 * - a tagger span the gazetteer knows, even by an ordinary-word form, takes its id and canonical name.
 *
 * @example
 * ```ts
 * mergeNameSources.refine(ctx, entities);
 * ```
 */
export const mergeNameSources: Refiner = {
  name: 'names-merge-sources',
  stage: 'names',
  refine(ctx, entities) {
    // Gazetteer spans never overlap one another (the scan is longest-match, left to right), so sorted by
    // start they are sorted by end too and a binary search finds a span's neighbours.
    const gazetteer = entities
      .filter((e): e is NameEntity => isName(e) && e.source === 'gazetteer')
      .sort((a, b) => a.start - b.start);
    const replaced = new Map<NameEntity, NameEntity>();
    const dropped = new Set<Entity>();
    // One model span at a time, in a function of its own: called per span, it is compiled early and
    // small, where a loop holding it all ran once per document and was compiled late in a long run and at
    // length (35–75 ms of a helper thread after warm-up).
    for (const e of entities) if (isName(e) && e.source === 'model') mergeModelSpan(ctx, e, gazetteer, replaced, dropped);
    return mapPacked(entities.filter((e) => !dropped.has(e)), (e) => (isName(e) ? (replaced.get(e) ?? e) : e));
  },
};

// Settles one model span against the gazetteer spans it overlaps (see {@link mergeNameSources}), recording
// what replaces or drops which entity.
function mergeModelSpan(ctx: Context, e: NameEntity, gazetteer: readonly NameEntity[], replaced: Map<NameEntity, NameEntity>, dropped: Set<Entity>): void {
  const hits = overlapping(gazetteer, e.start, e.end);
  if (hits.length === 0) {
    const known = listedAs(e);
    if (known) replaced.set(e, known);
    return;
  }
  const [only] = hits;
  if (hits.length === 1 && only && only.start === e.start && only.end === e.end) {
    // The tagger reads the context a list cannot: a place standing for a club or a company
    // (برشلونة، ليفربول), or, when it is sure, a city's name that is also a person's (سولانا: Javier Solana
    // far more often than Sullana, Peru; not سجن أبو غريب, 0.60). A country stays a country, and a listed
    // organization or person keeps its type.
    if (only.type === 'location' && (e.type === 'organization' || (e.type === 'person' && only.id.startsWith('city:') && (e.confidence >= PERSON_OVER_CITY || afterTitle(ctx, e))))) {
      dropped.add(only);
      // The club or company the list knows by the place's name (برشلونة: FC Barcelona) gives its id.
      const known = e.type === 'organization' ? listedAs(e) : undefined;
      if (known) replaced.set(e, known);
      return;
    }
    replaced.set(only, agree(replaced.get(only) ?? only, e));
    dropped.add(e);
    return;
  }
  if (hits.length === 1 && only && contains(e, only) && only.type === 'location' && e.type !== 'location') {
    dropped.add(only);
    return;
  }
  // A person right after a listed organization the tagger ran into the name (نادي ليون جيرارد هولييه,
  // the club a club word announced, then its coach): both stay, the person from the next word on. A
  // place at the start stays inside the person's name (ليون تروتسكي), as above.
  const rest = only && hits.length === 1 && e.type === 'person' && only.type === 'organization' && only.start === e.start ? nextWordStart(ctx, only.end, e.end) : -1;
  if (rest >= 0) {
    replaced.set(e, respan(ctx, e, rest, e.end));
    return;
  }
  dropped.add(e);
  for (const g of hits) if (contains(g, e) && g.type === e.type) replaced.set(g, agree(replaced.get(g) ?? g, e));
}
