import { compileNormalizer, normalizeFast } from '../text/index.js';
import type { Token, WordPart } from '../types.js';
import { analyzeWord } from './clitics.js';
import { scanInto } from './scanner.js';

/**
 * Options of {@link tokenize}.
 *
 * @example
 * ```ts
 * tokenize('وبكين', { clitics: false })[0].parts; // undefined
 * ```
 */
export interface TokenizeOptions {
  /** Attach the clitic analysis (`parts`) to Arabic words. Default `true`. */
  clitics?: boolean;
}

interface WordInfo {
  normalized: string;
  parts: WordPart[];
}

/**
 * Splits text into tokens: Arabic words (with their clitics), numbers, dates and times kept whole,
 * punctuation, Latin words, URLs, emails, hashtags, mentions and emoji. Whitespace and bidi controls
 * separate tokens and are not returned. Offsets are UTF-16 indices into `text`.
 *
 * @param text - The input.
 * @throws TypeError if `text` is not a string.
 * @example
 * ```ts
 * import { tokenize } from 'tahlil';
 * tokenize('بنحو 117.5 مليار دولار،').map((t) => `${t.kind}:${t.text}`);
 * // ['word:بنحو', 'number:117.5', 'word:مليار', 'word:دولار', 'punct:،']
 * ```
 */
export function tokenize(text: string, options: TokenizeOptions = {}): Token[] {
  if (typeof text !== 'string') {
    throw new TypeError(`tokenize: expected the text to be a string, got ${text === null ? 'null' : typeof text}`);
  }
  const withClitics = options.clitics !== false;
  const search = compileNormalizer('search');
  // Words repeat (Zipf): analyse each distinct surface form once per call. The memo lives and dies with
  // this call; there is no hidden global cache.
  const memo = new Map<string, WordInfo>();
  const tokens: Token[] = [];
  scanInto(text, (kind, start, end) => {
    const surface = text.slice(start, end);
    if (kind === 'word' && withClitics) {
      let info = memo.get(surface);
      if (info === undefined) {
        info = { normalized: normalizeFast(surface, search), parts: analyzeWord(surface) };
        memo.set(surface, info);
      }
      tokens.push({ text: surface, start, end, kind, normalized: info.normalized, parts: shift(info.parts, start) });
    } else {
      tokens.push({ text: surface, start, end, kind, normalized: normalizeFast(surface, search) });
    }
  });
  return tokens;
}

/** The memoised parts carry word-relative offsets; each token gets its own copy at its position. */
function shift(parts: WordPart[], by: number): WordPart[] {
  const out: WordPart[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    out[i] = { role: p.role, text: p.text, start: p.start + by, end: p.end + by, form: p.form };
  }
  return out;
}
