import type { Refiner } from '../pipeline/types.js';
import type { Entity } from '../types.js';

const NAME_TYPES = new Set(['person', 'organization', 'location', 'misc']);

function overlaps(a: Entity, b: Entity): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Settles conflicts between the two stages, which never see each other's output: amounts, dates and
 * times win over a MISC name on the same text (`عام 2021` is a date, not a name), and a person,
 * organization or place wins over a bare number or ordinal inside it.
 *
 * @example
 * ```ts
 * const { refine } = resolveStageOverlaps;
 * ```
 */
export const resolveStageOverlaps: Refiner = {
  name: 'resolve-stage-overlaps',
  refine(_ctx, entities) {
    const names = entities.filter((e) => NAME_TYPES.has(e.type));
    const amounts = entities.filter((e) => !NAME_TYPES.has(e.type));
    if (names.length === 0 || amounts.length === 0) return entities;
    // Both lists are sorted by start by now; a sweep keeps this linear for ordinary documents.
    const drop = new Set<Entity>();
    let j = 0;
    for (const n of names) {
      while (j < amounts.length && amounts[j].end <= n.start) j++;
      for (let k = j; k < amounts.length && amounts[k].start < n.end; k++) {
        const a = amounts[k];
        if (!overlaps(n, a)) continue;
        if (n.type === 'misc') drop.add(n);
        else if (a.type === 'number' || a.type === 'ordinal') drop.add(a);
      }
    }
    return drop.size === 0 ? entities : entities.filter((e) => !drop.has(e));
  },
};
