import { STOPWORDS } from '../../../generated/stopwords.js';
import type { Context } from '../../../pipeline/types.js';
import type { Entity, NameEntity, Token } from '../../../types.js';
import { readingsOf } from '../gazetteer/clitics.js';
import { loadGazetteer } from '../gazetteer/entries.js';
import { nameKey } from '../gazetteer/key.js';
import { GenerationalMemo } from '../../../util/memo.js';
import { entityName, withFields } from '../entity.js';

const NAME_TYPES: ReadonlySet<string> = new Set(['person', 'organization', 'location', 'misc']);

/**
 * True for the four name types.
 *
 * @example
 * ```ts
 * entities.filter(isName);
 * ```
 */
export function isName(e: Entity): e is NameEntity {
  return NAME_TYPES.has(e.type);
}

/**
 * The first index whose item satisfies `pred`, for a `pred` that is false then true along the list
 * (binary search); the length when none does.
 *
 * @example
 * ```ts
 * firstIndex([1, 3, 5], (x) => x > 2); // 1
 * ```
 */
export function firstIndex<T>(sorted: readonly T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(sorted[mid] as T)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Indices `[first, last]` of the tokens that overlap `[start, end)`, or null (binary search on starts).
 *
 * @example
 * ```ts
 * tokenRange(ctx.tokens, e.start, e.end); // [12, 13]
 * ```
 */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  const lo = firstIndex(tokens, (t) => t.end > start);
  let last = lo - 1;
  while (last + 1 < tokens.length && (tokens[last + 1] as Token).start < end) last++;
  return last >= lo ? [lo, last] : null;
}

/**
 * What a word of a name span is, judged by its keys with and without attached particles.
 *
 * @example
 * ```ts
 * wordClass('الروسي'); // 'nationality'
 * ```
 */
export function wordClass(word: string): WordClass | null {
  // Words repeat across the spans of a text: the class is found once per word (the gazetteer never
  // changes once loaded).
  const known = classMemo.get(word);
  if (known !== undefined) return known === NONE ? null : known;
  const found = classify(word);
  classMemo.set(word, found ?? NONE);
  return found;
}

/**
 * What {@link wordClass} tells a word of a name span apart by.
 *
 * @example
 * ```ts
 * const c: WordClass = 'title';
 * ```
 */
export type WordClass = 'title' | 'nationality' | 'generic' | 'ambiguous';

const NONE = 'none';
const classMemo = new GenerationalMemo<string, WordClass | typeof NONE>(20_000);

function classify(word: string): WordClass | null {
  const g = loadGazetteer();
  const readings = readingsOf(word);
  const whole = readings[0]?.key ?? '';
  if (g.forms.get(whole)?.some((s) => !s.payload.ambiguous)) return null;
  if (readings.some((r) => g.titles.has(r.key))) return 'title';
  // Only the definite adjective (الروسي، والأمريكية): an indefinite one at a name's edge is more often
  // part of the name (كيني ميلر) than a description of it.
  if (readings.some((r) => r.key.startsWith('ال') && g.nationalities.has(r.key))) return 'nationality';
  if (g.generic.has(whole)) return 'generic';
  if (g.ambiguous.has(whole)) return 'ambiguous';
  return null;
}

/**
 * Words of a span as written alone: the first one's proclitics off and article restored, diacritics
 * and tatweel dropped.
 *
 * @example
 * ```ts
 * displayForm(ctx, 1, 13); // 'الحلف الأطلسي' for the span 'لحلف الأطلسي' of 'للحلف الأطلسي'
 * ```
 */
export function displayForm(ctx: Context, start: number, end: number): string {
  const range = tokenRange(ctx.tokens, start, end);
  const surface = ctx.text.slice(start, end);
  if (!range) return surface;
  const first = ctx.tokens[range[0]] as Token;
  const base = first.parts?.find((p) => p.role === 'base');
  let out = surface;
  if (base && base.start === start && base.form !== base.text) out = base.form + ctx.text.slice(base.end, end);
  return out.replace(/[\u064b-\u065f\u0670\u0640]/g, '').replace(/\s+/g, ' ');
}

/**
 * A fresh name entity with the given span, every other field from `from`.
 *
 * @example
 * ```ts
 * respan(ctx, e, e.start + 7, e.end);
 * ```
 */
export function respan(ctx: Context, from: NameEntity, start: number, end: number): NameEntity {
  return withFields(from, { start, end, text: ctx.text.slice(start, end), name: entityName(displayForm(ctx, start, end), from.name.en) });
}

/**
 * The entities of a start-sorted, non-overlapping list that overlap `[start, end)` (binary search).
 *
 * @example
 * ```ts
 * overlapping(gazetteerSpans, e.start, e.end);
 * ```
 */
export function overlapping<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number): T[] {
  const lo = firstIndex(sorted, (e) => e.end > start);
  const out: T[] = [];
  for (let i = lo; i < sorted.length && (sorted[i] as T).start < end; i++) {
    if ((sorted[i] as T).end > start) out.push(sorted[i] as T);
  }
  return out;
}

let stopwords: Set<string> | null = null;

/**
 * True for the search stopwords (في، التي، هذا …), compared by name key.
 *
 * @example
 * ```ts
 * isStopword('التي'); // true
 * ```
 */
export function isStopword(word: string): boolean {
  stopwords ??= new Set(STOPWORDS.split(' ').map(nameKey));
  return stopwords.has(nameKey(word));
}
