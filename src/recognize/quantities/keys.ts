/**
 * Lookup keys: every table and every token is compared under the `search` normalization, the same one that
 * fills `Token.normalized`, so a spelling variant the normalizer folds (مائة/مئة, إ/ا, ة/ه) needs no entry.
 *
 * @packageDocumentation
 */
import { compileNormalizer, normalizeFast, type CompiledNormalizer } from '../../text/index.js';
import type { Token } from '../../types.js';

let search: CompiledNormalizer | undefined;
const cache = new Map<string, string>();

/**
 * The search-normalized key of a written form (cached: part forms repeat across a document).
 *
 * @example
 * ```ts
 * searchKey('مائة'); // same key as searchKey('مِئَة') after the normalizer's hamza folding
 * ```
 */
export function searchKey(form: string): string {
  let key = cache.get(form);
  if (key === undefined) {
    search ??= compileNormalizer('search');
    key = normalizeFast(form, search).trim();
    if (cache.size > 50000) cache.clear();
    cache.set(form, key);
  }
  return key;
}

/**
 * One way to read a token: its key and where the read part starts in the input. The whole token is one
 * view; a word with proclitics (`بنحو`, `وخمسمائة`) also has the view of its base, with `prefix` the
 * folded proclitics (`ب`, `و`).
 *
 * @example
 * ```ts
 * const v: View = { key: 'نحو', start: 1, end: 4, prefix: 'ب' };
 * ```
 */
export interface View {
  key: string;
  start: number;
  end: number;
  prefix: string;
}

const PROCLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * The search key of a token's base part when it has proclitics, or null. Uses the tokenizer's clitic analysis
 * (`parts`); where it left the word whole it strips a single و/ف/ب/ل/ك letter. Enclitics are not removed:
 * a number or a unit with an attached pronoun is not an amount.
 *
 * @example
 * ```ts
 * baseKey(tokenOf('بنحو')); // 'نحو'
 * ```
 */
export function baseKey(token: Token): string | null {
  const parts = token.parts;
  if (token.kind !== 'word') return null;
  if (parts === undefined || parts.length < 2) return stripped(token)?.key ?? null;
  if (parts[parts.length - 1].role === 'enclitic') return null;
  let n = 0;
  while (n < parts.length && parts[n].role === 'proclitic') n++;
  if (n === 0 || n >= parts.length) return null;
  const base = parts[n];
  return base.form === base.text ? token.normalized.slice(n) : searchKey(base.form);
}

/**
 * The view of a token's base part when it has proclitics, or null (see {@link baseKey}).
 *
 * @example
 * ```ts
 * baseView(tokenOf('بنحو'))?.start; // 1
 * ```
 */
export function baseView(token: Token): View | null {
  if (token.kind !== 'word') return null;
  const parts = token.parts;
  if (parts === undefined || parts.length < 2) return stripped(token);
  if (parts[parts.length - 1].role === 'enclitic') return null;
  let n = 0;
  while (n < parts.length && parts[n].role === 'proclitic') n++;
  if (n === 0 || n >= parts.length) return null;
  const base = parts[n];
  // Proclitics are single letters, so the search key of the base is the rest of the token's key,
  // unless the tokenizer restored a letter (ل + لحلف → الحلف).
  const key = base.form === base.text ? token.normalized.slice(n) : searchKey(base.form);
  return { key, start: base.start, end: token.end, prefix: token.normalized.slice(0, n) };
}

/**
 * A word the clitic analysis left whole (باثنتي is not in its lexicon): one proclitic letter off, when at
 * least three letters remain (لست is not ل + ست). Callers only accept the result if their table knows it.
 */
function stripped(token: Token): View | null {
  const first = token.text[0];
  if (!PROCLITIC_LETTERS.has(first) || token.normalized.length < 4) return null;
  let cut = 1;
  while (cut < token.text.length && isMark(token.text.charCodeAt(cut))) cut++;
  return { key: token.normalized.slice(1), start: token.start + cut, end: token.end, prefix: token.normalized[0] };
}

function isMark(c: number): boolean {
  return (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640;
}
