/**
 * Settles overlaps among the quantity results: a date or a time wins over money, money over a percent, a
 * percent over a quantity, a quantity over an ordinal, and anything over a plain number (so the `2021` of
 * `عام 2021` and the `3000` of `3000 جندي` are not reported again). Names are left to the stage refiner.
 *
 * @packageDocumentation
 */
import type { Refiner } from '../../pipeline/types.js';
import type { Entity } from '../../types.js';

const RANK: Partial<Record<Entity['type'], number>> = { date: 6, time: 6, money: 5, percent: 4, quantity: 3, ordinal: 2, number: 1 };

/** Within one cluster: keep the highest ranked, then the longest, then the first; drop what overlaps a kept one. */
function settle(cluster: Entity[], drop: Set<Entity>): void {
  cluster.sort((a, b) => (RANK[b.type] as number) - (RANK[a.type] as number) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Entity[] = [];
  for (const e of cluster) {
    if (kept.some((k) => k.start < e.end && e.start < k.end)) drop.add(e);
    else kept.push(e);
  }
}

/**
 * Keeps, among overlapping quantity results, the highest ranked (then the longest, then the first).
 *
 * @example
 * ```ts
 * resolveQuantityOverlaps.refine(ctx, [number2021, yearDate]); // [yearDate]
 * ```
 */
export const resolveQuantityOverlaps: Refiner = {
  name: 'quantities/resolve-overlaps',
  stage: 'quantities',
  refine(_ctx, entities) {
    const amounts = entities.filter((e) => RANK[e.type] !== undefined).sort((a, b) => a.start - b.start);
    if (amounts.length < 2) return entities;
    // Most results overlap nothing: sweep by start, and rank only within a cluster of overlapping spans.
    const drop = new Set<Entity>();
    let i = 0;
    while (i < amounts.length) {
      let j = i + 1;
      let end = amounts[i].end;
      while (j < amounts.length && amounts[j].start < end) end = Math.max(end, amounts[j++].end);
      if (j - i > 1) settle(amounts.slice(i, j), drop);
      i = j;
    }
    return drop.size === 0 ? entities : entities.filter((e) => !drop.has(e));
  },
};
