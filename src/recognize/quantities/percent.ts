/**
 * Percentages: a number with `%`, `٪`, `في المئة` or `بالمائة` after it (`15%`, `١٥٪`, `15 في المئة`), and the
 * mirrored orders that mixed-direction text produces (`%15`, `بالمائة 10`).
 *
 * @packageDocumentation
 */
import type { Recognizer } from '../../pipeline/types.js';
import type { PercentEntity } from '../../types.js';
import { spanOf } from './entity.js';
import { lexicon } from './lexicon.js';
import { numberSpans } from './scan.js';

/**
 * Recognizes percentages; `value` is 15 for 15%.
 *
 * @example
 * ```ts
 * percentRecognizer.recognize(ctx); // [{ type: 'percent', text: '15 في المئة', value: 15 }]
 * ```
 */
export const percentRecognizer: Recognizer = {
  name: 'quantities/percent',
  stage: 'quantities',
  recognize(ctx) {
    const lex = lexicon();
    const tokens = ctx.tokens;
    const out: PercentEntity[] = [];
    const spans = numberSpans(ctx);
    let previousEnd = -1;
    for (const n of spans) {
      const after = lex.percent.match(tokens, n.last + 1);
      if (after) {
        out.push({ type: 'percent', ...spanOf(ctx.text, n.start, after.end), value: n.value });
        previousEnd = after.next - 1;
        continue;
      }
      // %15 or بالمائة 10: the sign before the digits, when no number claims it from the other side.
      if (!n.digits || n.first === 0) continue;
      const before = lex.percent.matchEndingAt(tokens, n.first - 1);
      if (before === null || before.prefix !== '' || n.first - 1 <= previousEnd) continue;
      const prev = tokens[before.first - 1];
      if (prev && (prev.kind === 'number' || lex.numbers.has(prev.normalized))) continue;
      out.push({ type: 'percent', ...spanOf(ctx.text, before.start, n.end), value: n.value });
    }
    return out;
  },
};
