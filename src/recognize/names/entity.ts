/**
 * Name entities and their names, built field by field in one order.
 *
 * V8 gives objects built by the same literal one hidden class, but a spread copy (`{ ...e, id }`) another,
 * of another size. Every stage after the recognizers reads name entities, and code compiled for the
 * classes it has seen is thrown away on meeting a new one: with entities made by literals in one place and
 * by spreads in four others, the refiners were recompiled well into a long run whenever a rarer path first
 * made an entity. The recognizers and refiners therefore make entities and names only here.
 *
 * @packageDocumentation
 */
import type { NameEntity } from '../../types.js';

/** The name of a name entity: the canonical Arabic form and, where known, the English name. */
export type EntityName = NameEntity['name'];

/**
 * A name entity with these fields.
 *
 * @example
 * ```ts
 * nameEntity('location', 'بكين', 1, 5, 'CN-beijing', entityName('بكين', 'Beijing'), 'gazetteer', 0.95);
 * ```
 */
export function nameEntity(
  type: NameEntity['type'],
  text: string,
  start: number,
  end: number,
  id: string,
  name: EntityName,
  source: NameEntity['source'],
  confidence: number,
): NameEntity {
  return { type, text, start, end, id, name, source, confidence };
}

/**
 * A fresh name object: `{ ar }`, or `{ ar, en }` when the English name is known.
 *
 * @example
 * ```ts
 * entityName('بكين', 'Beijing'); // { ar: 'بكين', en: 'Beijing' }
 * entityName('كريتنبرينك'); // { ar: 'كريتنبرينك' }
 * ```
 */
export function entityName(ar: string, en?: string): EntityName {
  return en === undefined ? { ar } : { ar, en };
}

/**
 * A copy of a name object (entities never share one, so that a caller may edit one entity's name).
 *
 * @example
 * ```ts
 * copyName({ ar: 'بكين', en: 'Beijing' }); // an equal, new object
 * ```
 */
export function copyName(name: EntityName): EntityName {
  return entityName(name.ar, name.en);
}

/** The fields {@link withFields} may change. */
export interface EntityChanges {
  type?: NameEntity['type'];
  text?: string;
  start?: number;
  end?: number;
  id?: string;
  name?: EntityName;
  source?: NameEntity['source'];
  confidence?: number;
}

/**
 * A new entity: `e` with the given fields changed (as `{ ...e, ...changes }` would give, in the one
 * hidden class of name entities). It shares `e`'s name object unless given another, as the spread did.
 *
 * @example
 * ```ts
 * withFields(e, { id: 'CN', source: 'both' });
 * ```
 */
export function withFields(e: NameEntity, changes: EntityChanges): NameEntity {
  return nameEntity(
    changes.type ?? e.type,
    changes.text ?? e.text,
    changes.start ?? e.start,
    changes.end ?? e.end,
    changes.id ?? e.id,
    changes.name ?? e.name,
    changes.source ?? e.source,
    changes.confidence ?? e.confidence,
  );
}
