/**
 * Quick rejection: one map lookup per token (two for a word with proclitics) says which recognizers a
 * token can start, computed once per analysis and shared. Most tokens are plain words and start nothing,
 * so every recognizer visits only the few tokens flagged for it.
 *
 * @packageDocumentation
 */
import type { Token, TokenKind } from '../../types.js';
import { baseKey } from './keys.js';
import { lexicon } from './lexicon.js';
import { Trigger } from './trigger-bits.js';

export { Trigger };

/**
 * Per-token trigger bits: `whole` for the token's own key, `base` for its base after proclitics; and
 * `candidates`, the indices (ascending) of the tokens any recognizer may start at: flagged words and every
 * digit-bearing token. Recognizers walk `candidates` instead of all tokens.
 *
 * @example
 * ```ts
 * const t: Triggers = { whole: new Uint16Array(0), base: new Uint16Array(0), candidates: [] };
 * ```
 */
export interface Triggers {
  whole: Uint16Array;
  base: Uint16Array;
  candidates: number[];
}

const DIGIT_KINDS = new Set<TokenKind>(['number', 'mixed', 'date', 'time']);

const memo = new WeakMap<readonly Token[], Triggers>();

/**
 * The trigger bits of every token, computed on first call for a token array.
 *
 * @example
 * ```ts
 * const { whole } = triggers(ctx.tokens);
 * ```
 */
export function triggers(tokens: readonly Token[]): Triggers {
  let t = memo.get(tokens);
  if (t === undefined) {
    const map = lexicon().triggers;
    const whole = new Uint16Array(tokens.length);
    const base = new Uint16Array(tokens.length);
    const candidates: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      if (token.kind !== 'word') {
        if (DIGIT_KINDS.has(token.kind)) candidates.push(i);
        continue;
      }
      const bits = map.get(token.normalized);
      if (bits === undefined) continue;
      whole[i] = bits & ~Trigger.Prefixed;
      if ((bits & Trigger.Prefixed) !== 0) {
        const k = baseKey(token);
        if (k !== null) base[i] = (map.get(k) ?? 0) & ~Trigger.Prefixed;
      }
      if ((whole[i] | base[i]) !== 0) candidates.push(i);
    }
    t = { whole, base, candidates };
    memo.set(tokens, t);
  }
  return t;
}
