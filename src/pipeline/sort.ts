import type { Entity } from '../types.js';

/**
 * Orders entities by start, longer spans first, then by type for a stable, documented order.
 *
 * @example
 * ```ts
 * sortEntities([b, a]); // [a, b] when a starts first
 * ```
 */
export function sortEntities(entities: Entity[]): Entity[] {
  return entities.sort((a, b) => a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
}
