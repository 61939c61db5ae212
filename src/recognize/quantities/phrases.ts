/**
 * A table of phrases (one or more words) matched over tokens: the first word is a map lookup, so a token
 * that starts no phrase costs one `Map.get`.
 *
 * @packageDocumentation
 */
import type { Token } from '../../types.js';
import { baseView, searchKey } from './keys.js';

interface Entry<T> {
  keys: string[];
  value: T;
}

/**
 * A phrase found at a token: its value, the span, and the token after it.
 *
 * @example
 * ```ts
 * const m: PhraseMatch<number> = { value: 5, start: 0, end: 6, first: 0, next: 1, prefix: '' };
 * ```
 */
export interface PhraseMatch<T> {
  value: T;
  start: number;
  end: number;
  /** Index of the phrase's first token. */
  first: number;
  /** Index of the first token after the phrase. */
  next: number;
  /** Folded proclitics before the phrase's first word (`ب` of `بنحو`), '' when none. */
  prefix: string;
}

/**
 * Splits a written form into the keys of its words (and of `/`, which the tokenizer keeps apart).
 *
 * @example
 * ```ts
 * phraseKeys('كم/ساعة'); // ['كم', '/', 'ساعه']
 * ```
 */
export function phraseKeys(form: string): string[] {
  return form
    .replace(/\//g, ' / ')
    .split(/\s+/)
    .filter((w) => w !== '')
    .map(searchKey);
}

/**
 * Phrases keyed by their first word, longest first.
 *
 * @example
 * ```ts
 * const t = new PhraseTable<string>();
 * t.add('في المئة', 'percent');
 * t.match(tokens, 3); // { value: 'percent', … } when tokens 3-4 read في المئة
 * ```
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly byLast = new Map<string, Entry<T>[]>();

  /** Adds a phrase; the first entry added for a given word sequence wins. */
  add(form: string, value: T): void {
    const keys = phraseKeys(form);
    if (keys.length === 0) return;
    const first = this.byFirst.get(keys[0]) ?? [];
    if (first.some((e) => e.keys.join(' ') === keys.join(' '))) return;
    const entry = { keys, value };
    first.push(entry);
    first.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0], first);
    const lastKey = keys[keys.length - 1];
    const last = this.byLast.get(lastKey) ?? [];
    last.push(entry);
    last.sort((a, b) => b.keys.length - a.keys.length);
    this.byLast.set(lastKey, last);
  }

  /** The keys that start a phrase. */
  firstKeys(): IterableIterator<string> {
    return this.byFirst.keys();
  }

  /** The value of a one-word phrase, by key. */
  word(key: string): T | undefined {
    return this.byFirst.get(key)?.find((e) => e.keys.length === 1)?.value;
  }

  /**
   * The longest phrase starting at token `i`. The first word may carry proclitics when `withProclitics`
   * is set (`بالمئة`, `بنحو`); later words must be whole adjacent tokens.
   */
  match(tokens: readonly Token[], i: number, withProclitics = false): PhraseMatch<T> | null {
    const token = tokens[i];
    if (token === undefined) return null;
    const found = this.matchFrom(tokens, i, token.normalized, token.start, '');
    if (found || !withProclitics || token.parts === undefined || token.parts.length < 2) return found;
    const base = baseView(token);
    return base ? this.matchFrom(tokens, i, base.key, base.start, base.prefix) : null;
  }

  private matchFrom(tokens: readonly Token[], i: number, key: string, start: number, prefix: string): PhraseMatch<T> | null {
    const entries = this.byFirst.get(key);
    if (!entries) return null;
    for (const e of entries) {
      if (i + e.keys.length > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < e.keys.length; k++) {
        if (tokens[i + k].normalized !== e.keys[k]) {
          ok = false;
          break;
        }
      }
      if (ok) return { value: e.value, start, end: tokens[i + e.keys.length - 1].end, first: i, next: i + e.keys.length, prefix };
    }
    return null;
  }

  /**
   * The longest phrase that ends with token `i` (inclusive); its first word may carry proclitics. Used
   * to look back from an amount for a qualifier (`بنحو`, `أكثر من`).
   */
  matchEndingAt(tokens: readonly Token[], i: number): PhraseMatch<T> | null {
    const token = tokens[i];
    if (token === undefined) return null;
    const entries = this.byLast.get(token.normalized);
    if (entries) {
      for (const e of entries) {
        const found = this.endingAt(tokens, i, e);
        if (found) return found;
      }
    }
    // A one-word phrase may itself carry the proclitics (بنحو).
    const base = baseView(token);
    const single = base ? this.byLast.get(base.key)?.find((e) => e.keys.length === 1) : undefined;
    if (base && single) return { value: single.value, start: base.start, end: token.end, first: i, next: i + 1, prefix: base.prefix };
    return null;
  }

  private endingAt(tokens: readonly Token[], i: number, e: Entry<T>): PhraseMatch<T> | null {
    const first = i - e.keys.length + 1;
    if (first < 0) return null;
    for (let k = 1; k < e.keys.length; k++) {
      if (tokens[first + k].normalized !== e.keys[k]) return null;
    }
    const head = tokens[first];
    const end = tokens[i].end;
    if (head.normalized === e.keys[0]) return { value: e.value, start: head.start, end, first, next: i + 1, prefix: '' };
    const base = baseView(head);
    if (base && base.key === e.keys[0]) return { value: e.value, start: base.start, end, first, next: i + 1, prefix: base.prefix };
    return null;
  }
}
