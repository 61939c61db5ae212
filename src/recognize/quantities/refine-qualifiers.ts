/**
 * Attaches hedges to amounts: `بنحو 117.5 مليار دولار` → `approximate: true, qualifier: 'about'`. The span
 * stays the amount itself (the example span is `117.5 مليار دولار`); the qualifier is a property.
 *
 * @packageDocumentation
 */
import type { Context, Refiner } from '../../pipeline/types.js';
import type { Entity, Qualifier, Token } from '../../types.js';
import { lexicon } from './lexicon.js';

const AMOUNTS = new Set<Entity['type']>(['money', 'quantity', 'percent', 'number']);

/** Index of the token that contains offset `at` (tokens are sorted and disjoint). */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= at) lo = mid + 1;
    else if (tokens[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

function qualifierOf(ctx: Context, e: Entity): Qualifier | undefined {
  const lex = lexicon();
  const tokens = ctx.tokens;
  const first = tokenAt(tokens, e.start);
  if (first < 0) return undefined;
  // A proclitic on the amount's own first word is not a qualifier; the words before it may be.
  if (tokens[first].start === e.start && first > 0) {
    const before = lex.qualifiers.matchEndingAt(tokens, first - 1);
    if (before) return before.value;
  }
  const last = tokenAt(tokens, e.end - 1);
  const after = last >= 0 ? lex.qualifiersAfter.match(tokens, last + 1) : null;
  return after?.value;
}

/**
 * Sets `approximate` and `qualifier` on money, quantities, percentages and numbers from the words around
 * them (نحو، حوالي، أكثر من، تقريبا …).
 *
 * @example
 * ```ts
 * attachQualifiers.refine(ctx, entities); // money 117.5 مليار دولار gains qualifier 'about'
 * ```
 */
export const attachQualifiers: Refiner = {
  name: 'quantities/qualifiers',
  stage: 'quantities',
  refine(ctx, entities) {
    return entities.map((e) => {
      if (!AMOUNTS.has(e.type)) return e;
      const q = qualifierOf(ctx, e);
      return q === undefined ? e : { ...e, approximate: true, qualifier: q };
    });
  },
};
