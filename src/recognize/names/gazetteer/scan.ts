import type { Span, TokenKind } from '../../../types.js';
import { readingsOf, type BaseReading } from './clitics.js';
import type { FormIndex, Stored } from './form-index.js';
import { nameKey } from './key.js';

/**
 * The token fields a scan needs (a `Token` of `tokenize()` fits).
 *
 * @example
 * ```ts
 * const t: ScanToken = { text: 'بكين', start: 0, end: 4, kind: 'word' };
 * ```
 */
export interface ScanToken extends Span {
  kind: TokenKind;
}

/**
 * A run of whole tokens (the first one possibly without its proclitics) whose key is in the index.
 *
 * @example
 * ```ts
 * const m: FormMatch<string> = { start: 1, end: 5, first: 0, last: 0, form: 'بكين', payloads: ['x'] };
 * ```
 */
export interface FormMatch<T> extends Omit<Span, 'text'> {
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
  /** The matched words as written alone (article restored, diacritics dropped), space-separated. */
  form: string;
  payloads: readonly T[];
}

const NAMEABLE: ReadonlySet<TokenKind> = new Set<TokenKind>(['word', 'latin', 'mixed', 'number']);
const MAX_TOKENS = 10;
const MARKS = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g;

// Spacing tolerance: a space in the text where the stored form has none (شي جين بينغ for شي جينبينغ)
// is accepted only between pieces of three letters or more, so two short words never fuse into a
// name (على شي أن ≠ شيان, Xi'an).
const MIN_SPLIT_PIECE = 3;

function accepted<T>(stored: ReadonlyArray<Stored<T>> | undefined, pieces: readonly number[]): T[] {
  if (!stored) return [];
  const out: T[] = [];
  for (const s of stored) {
    let at = 0;
    let ok = true;
    for (let p = 0; p < pieces.length - 1 && ok; p++) {
      at += pieces[p] as number;
      if (!s.cuts.includes(at) && ((pieces[p] as number) < MIN_SPLIT_PIECE || (pieces[p + 1] as number) < MIN_SPLIT_PIECE)) ok = false;
    }
    if (ok) out.push(s.payload);
  }
  return out;
}

const NONE: readonly BaseReading[] = [];
// The key lengths of the tokens a candidate match has taken so far (scans are synchronous).
const scratchPieces: number[] = [];

// A word's readings that begin some stored key: most words begin none, so the scan skips them after one
// lookup.
function viableReadings<T>(word: string, index: FormIndex<T>): readonly BaseReading[] {
  return index.remember(word, () => {
    const readings = readingsOf(word);
    // Most words have no viable reading: find out before allocating anything.
    let first = 0;
    while (first < readings.length && !index.hasPrefix((readings[first] as BaseReading).key)) first++;
    if (first === readings.length) return NONE;
    return readings.slice(first).filter((r) => index.hasPrefix(r.key));
  });
}

/**
 * Finds the longest matches of the index's keys over `tokens`, left to right, without overlaps. The
 * first token of a match may shed attached particles (`وبكين` → `بكين`); later tokens are taken whole.
 *
 * @example
 * ```ts
 * scanForms(tokenize('زار وبكين'), index).map((m) => m.form); // ['بكين']
 * ```
 */
export function scanForms<T>(tokens: readonly ScanToken[], index: FormIndex<T>): FormMatch<T>[] {
  const out: FormMatch<T>[] = [];
  const keys: Array<string | undefined> = new Array(tokens.length);
  const keyAt = (j: number): string => (keys[j] ??= nameKey((tokens[j] as ScanToken).text));
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as ScanToken;
    if (!NAMEABLE.has(tok.kind)) continue;
    const readings = tok.kind === 'word' ? viableReadings(tok.text, index) : [{ key: keyAt(i), offset: 0, form: tok.text }];
    if (readings.length === 0) continue;
    let best: { last: number; payloads: T[]; offset: number; form: string } | null = null;
    for (const r of readings) {
      let acc = r.key;
      if (!index.hasPrefix(acc)) continue;
      // Reused across readings and tokens: only a match copies what it needs from it.
      const pieces = scratchPieces;
      pieces.length = 0;
      pieces.push(r.key.length);
      for (let j = i; j < tokens.length && j < i + MAX_TOKENS; j++) {
        if (j > i) {
          const next = tokens[j] as ScanToken;
          if (!NAMEABLE.has(next.kind)) break;
          acc += keyAt(j);
          pieces.push(keyAt(j).length);
        }
        if (!best || j > best.last) {
          const payloads = accepted(index.get(acc), pieces);
          if (payloads.length > 0) best = { last: j, payloads, offset: r.offset, form: r.form };
        }
        if (!index.hasPrefix(acc)) break;
      }
    }
    if (!best) continue;
    const words = [best.form];
    for (let j = i + 1; j <= best.last; j++) words.push((tokens[j] as ScanToken).text);
    out.push({
      start: tok.start + best.offset,
      end: (tokens[best.last] as ScanToken).end,
      first: i,
      last: best.last,
      form: words.join(' ').replace(MARKS, ''),
      payloads: best.payloads,
    });
    i = best.last;
  }
  return out;
}
