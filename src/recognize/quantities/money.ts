/**
 * Money: a number followed by a currency word and, optionally, its country (`117.5 مليار دولار`,
 * `500 دينار كويتي`), or next to a currency symbol or a Latin ISO code (`$20`, `20 €`, `100 USD`).
 *
 * @packageDocumentation
 */
import type { Recognizer } from '../../pipeline/types.js';
import type { MoneyEntity, Token } from '../../types.js';
import { spanOf } from './entity.js';
import { lexicon } from './lexicon.js';
import { numberSpans } from './scan.js';

/**
 * Recognizes sums of money and resolves their ISO 4217 code.
 *
 * @example
 * ```ts
 * moneyRecognizer.recognize(ctx); // [{ type: 'money', text: '117.5 مليار دولار', value: 117500000000, currency: 'USD' }]
 * ```
 */
export const moneyRecognizer: Recognizer = {
  name: 'quantities/money',
  stage: 'quantities',
  recognize(ctx) {
    const lex = lexicon();
    const tokens = ctx.tokens;
    const out: MoneyEntity[] = [];
    for (const n of numberSpans(ctx)) {
      if (n.ratio) continue;
      let start = n.start;
      let end = n.end;
      let currency: string | undefined;
      let assumed = false;
      const word = lex.currencies.match(tokens, n.last + 1);
      if (word) {
        end = word.end;
        currency = word.value.code;
        assumed = word.value.assumed;
        const country = lex.currencyQualifiers.get(word.value.lemma)?.match(tokens, word.next);
        if (country) {
          end = country.end;
          currency = country.value;
          assumed = false;
        }
      } else {
        const after = symbolCode(tokens[n.last + 1]);
        const before = symbolCode(tokens[n.first - 1]);
        if (after) {
          currency = after;
          end = tokens[n.last + 1].end;
        } else if (before && n.digits) {
          currency = before;
          start = tokens[n.first - 1].start;
        }
      }
      if (currency === undefined) continue;
      const m: MoneyEntity = { type: 'money', ...spanOf(ctx.text, start, end), value: n.value, currency };
      if (assumed) m.currencyAssumed = true;
      out.push(m);
    }
    return out;
  },
};

function symbolCode(t: Token | undefined): string | undefined {
  if (t === undefined || (t.kind !== 'symbol' && t.kind !== 'latin' && t.kind !== 'punct')) return undefined;
  return lexicon().symbols.get(t.normalized);
}
