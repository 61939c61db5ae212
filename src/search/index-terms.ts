/**
 * `indexTerms()`: the terms a search index should store for a text, with their positions and spans.
 */
import { analyze } from '../pipeline/analyze.js';
import type { Entity, Span } from '../types.js';
import { scan, scanInto, type RawToken } from '../tokenize/scanner.js';
import { SurfaceTable } from '../tokenize/surface-table.js';
import { foldTerm } from './fold.js';
import { termFunction, type TermOptions } from './term.js';

/**
 * One term to index. `term` is the indexed string, `text` the surface slice of the input
 * (`input.slice(start, end) === text`), `position` the ordinal of the word in the text, counting the
 * stopwords that were dropped (so phrase and proximity queries see the gaps). An entity term has the
 * position of its first word and comes just before that word's term.
 *
 * @example
 * ```ts
 * const t: IndexTerm = { term: 'صين', text: 'والصين', position: 3, start: 14, end: 20 };
 * ```
 */
export interface IndexTerm extends Span {
  term: string;
  position: number;
  /** Set on the single term that stands for a multi-word named entity. */
  entity?: true;
}

/**
 * Options of {@link indexTerms}.
 *
 * @example
 * ```ts
 * const o: IndexTermsOptions = { stem: 'light', stopwords: [...defaultStopwords(), 'قال'], entities: true };
 * ```
 */
export interface IndexTermsOptions extends TermOptions {
  /**
   * Also emit each multi-word named entity as one term (`الولايات المتحدة`) besides its words: `true`
   * finds them with `analyze(text, { entities: ['names'] })`; an array uses entities already found on
   * this text. Default `false`.
   */
  entities?: boolean | readonly Entity[];
}

/**
 * True for token kinds that carry searchable text; punctuation, symbols, emoji are skipped.
 *
 * @example
 * ```ts
 * isIndexed('punct'); // false
 * ```
 */
export function isIndexed(kind: RawToken['kind']): boolean {
  return kind !== 'punct' && kind !== 'symbol' && kind !== 'emoji' && kind !== 'other';
}

/** A distinct surface form of the text and its term (`null` or `''` for none). */
interface SurfaceTerm {
  readonly text: string;
  readonly term: string | null;
}

/** Entity phrase: its words folded, the first one without proclitics, joined by one space. */
function entityTerm(text: string, words: readonly RawToken[], from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; i++) {
    let w = foldTerm(text.slice(words[i].start, words[i].end));
    if (i === from) w = stripLeadingClitics(w);
    out += (i === from ? '' : ' ') + w;
  }
  return out;
}

/** و/ف and then ب/ك/ل before an article: `والولايات` → `الولايات`; names without article stay as written. */
function stripLeadingClitics(w: string): string {
  let s = w;
  if ((s[0] === 'و' || s[0] === 'ف') && s.length > 3) s = s.slice(1);
  if ((s[0] === 'ب' || s[0] === 'ك' || s[0] === 'ل') && s.startsWith('ال', 1) && s.length > 4) s = s.slice(1);
  else if (s.startsWith('لل') && s.length > 3) s = `ا${s.slice(1)}`;
  return s === w || s.length >= 2 ? s : w;
}

function nameEntities(text: string, option: IndexTermsOptions['entities']): readonly Span[] {
  if (!option) return [];
  const entities = option === true ? analyze(text, { entities: ['names'], language: false }).entities : option;
  return entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'location' || e.type === 'misc');
}

/**
 * The terms to index for a text, in order: each Arabic word folded like the `search` normalization
 * preset, dropped if it is a stopword, and stemmed (`stem`, light by default); numbers, Latin words,
 * dates, URLs folded and kept whole. Offsets point into the original text. Repeated words are stemmed
 * once per call.
 *
 * @throws TypeError if `text` is not a string.
 * @example
 * ```ts
 * indexTerms('وصل بوتين إلى بكين').map((t) => t.term); // ['وصل', 'بوتين', 'بكين']
 * indexTerms('في الصين').map((t) => [t.text, t.position]); // [['الصين', 1]]
 * ```
 */
export function indexTerms(text: string, options: IndexTermsOptions = {}): IndexTerm[] {
  if (typeof text !== 'string') {
    throw new TypeError(`indexTerms: expected the text to be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const termOf = termFunction(options);
  const entities = nameEntities(text, options.entities);
  const out: IndexTerm[] = [];
  if (entities.length === 0) {
    // The common case, kept free of the entity bookkeeping. The scanner hands over each token's range
    // without making a token object, and the surface table finds a form seen before by its range without
    // slicing and hashing a new string: the term of each distinct form is made once, and every term of
    // that form shares its strings.
    const forms = new SurfaceTable<SurfaceTerm>(text, (surface) => ({ text: surface, term: termOf(surface) }));
    let position = 0;
    scanInto(text, (kind, start, end) => {
      if (!isIndexed(kind)) return;
      const { text: surface, term } = forms.intern(start, end);
      if (term !== null && term !== '') out.push({ term, text: surface, position, start, end });
      position++;
    });
    return out;
  }
  const memo = new Map<string, string | null>();
  const words = scan(text).filter((t) => isIndexed(t.kind));
  let e = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    while (e < entities.length && entities[e].end <= w.start) e++;
    // Emit each entity that begins in or before this word (an entity may start after a proclitic:
    // و|الولايات المتحدة) and covers at least two words, once.
    while (e < entities.length && entities[e].start < w.end) {
      const span = entities[e++];
      let j = i;
      while (j < words.length && words[j].end <= span.end) j++;
      if (j - i >= 2) {
        out.push({ term: entityTerm(text, words, i, j), text: span.text, position: i, start: span.start, end: span.end, entity: true });
      }
    }
    const surface = text.slice(w.start, w.end);
    let term = memo.get(surface);
    if (term === undefined) {
      term = termOf(surface);
      memo.set(surface, term);
    }
    if (term === null || term === '') continue;
    out.push({ term, text: surface, position: i, start: w.start, end: w.end });
  }
  return out;
}
