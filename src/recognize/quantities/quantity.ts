/**
 * Quantities: a number followed by a counted noun or a unit of measure, in any of its forms (`3000 جندي`,
 * `ثلاثة جنود`, `عشرين جنديا`, `100 ألف جندي`, `5 كيلومترات`, `30 درجة مئوية`), a number of a definite
 * counted noun (`3000 من الجنود`), or a counted noun followed by a number in words (`جنود ثلاثة`).
 *
 * @packageDocumentation
 */
import type { Recognizer } from '../../pipeline/types.js';
import type { QuantityEntity } from '../../types.js';
import { spanOf } from './entity.js';
import { lexicon } from './lexicon.js';
import { numberSpans } from './scan.js';

/**
 * Recognizes quantities of counted things and measures.
 *
 * @example
 * ```ts
 * quantityRecognizer.recognize(ctx);
 * // [{ type: 'quantity', text: '3000 جندي', value: 3000, unit: { ar: 'جندي', en: 'soldier', dimension: 'count' } }]
 * ```
 */
export const quantityRecognizer: Recognizer = {
  name: 'quantities/quantity',
  stage: 'quantities',
  recognize(ctx) {
    const lex = lexicon();
    const out: QuantityEntity[] = [];
    for (const n of numberSpans(ctx)) {
      if (n.ratio) continue;
      const unit = lex.units.match(ctx.tokens, n.last + 1);
      if (unit !== null) {
        out.push({ type: 'quantity', ...spanOf(ctx.text, n.start, unit.end), value: n.value, unit: { ...unit.value } });
        continue;
      }
      // 3000 من الجنود: the counted noun, definite, after من.
      const of = ctx.tokens[n.last + 1];
      const noun = ctx.tokens[n.last + 2];
      if (of?.normalized === 'من' && noun?.kind === 'word' && noun.normalized.startsWith('ال')) {
        const counted = lex.units.word(noun.normalized.slice(2));
        if (counted !== undefined && counted.dimension === 'count') {
          out.push({ type: 'quantity', ...spanOf(ctx.text, n.start, noun.end), value: n.value, unit: { ...counted } });
          continue;
        }
      }
      // جنود ثلاثة: a counted noun before a number in words. Only counts: سنة ألفين is a year, not a duration,
      // and digits after a noun are labels (الفقرة 5).
      if (n.digits || n.first === 0) continue;
      const before = lex.units.matchEndingAt(ctx.tokens, n.first - 1);
      if (before === null || before.value.dimension !== 'count' || ctx.tokens[before.first].normalized.startsWith('ال')) continue;
      out.push({ type: 'quantity', ...spanOf(ctx.text, before.start, n.end), value: n.value, unit: { ...before.value } });
    }
    return out;
  },
};
