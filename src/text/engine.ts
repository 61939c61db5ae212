/**
 * The single-pass engine: reads each UTF-16 code unit once, looks its action up in the compiled table, and
 * copies unchanged stretches with `slice` so that text needing no change is returned as it is.
 *
 * @packageDocumentation
 */

import type { CompiledNormalizer } from './compile.js';

// The table values live here, not in compile.ts: a bundler or a CommonJS transform may turn an imported
// constant into a property getter, which would cost a call per code unit in the loops below.
/**
 * Table value: the code unit is copied unchanged.
 *
 * @example
 * ```ts
 * compileNormalizer('none').table[0x0627] === KEEP; // true
 * ```
 */
export const KEEP = 0;
/**
 * Table value: the code unit is deleted.
 *
 * @example
 * ```ts
 * compileNormalizer('search').table[0x0640] === DELETE; // true
 * ```
 */
export const DELETE = 1;
/**
 * Table value: white space that becomes one U+0020 and merges with a space just emitted.
 *
 * @example
 * ```ts
 * compileNormalizer('search').table[0x00a0] === SPACE; // true
 * ```
 */
export const SPACE = 2;
/**
 * Table value: values from this one up are `strings[value - REPLACE]`.
 *
 * @example
 * ```ts
 * const c = compileNormalizer('search');
 * c.strings[c.table[0x0623] - REPLACE]; // 'ا'
 * ```
 */
export const REPLACE = 3;

const SP = 0x20;

/**
 * Normalizes `text` with a compiled table. Internal: no argument checks.
 *
 * @example
 * ```ts
 * run('كَتَبَ', compiledSearch); // 'كتب'
 * ```
 */
export function run(text: string, c: CompiledNormalizer): string {
  const table = c.table;
  const n = text.length;
  // Hot loop first: without white-space merging every code unit is independent of its neighbours.
  if (!c.collapse) {
    // Most short words need no change: find the first code unit that does before building anything.
    let i = 0;
    while (i < n && table[text.charCodeAt(i)] === KEEP) i++;
    if (i === n) return text;
    const strings = c.strings;
    let out = i > 0 ? text.slice(0, i) : '';
    let last = i;
    for (; i < n; i++) {
      const v = table[text.charCodeAt(i)];
      if (v === KEEP) continue;
      if (last < i) out += text.slice(last, i);
      last = i + 1;
      if (v !== DELETE) out += strings[v - REPLACE];
    }
    return last < n ? out + text.slice(last) : out;
  }
  return runCollapsing(text, c);
}

function runCollapsing(text: string, c: CompiledNormalizer): string {
  const { table, strings } = c;
  const n = text.length;
  let i = 0;
  while (i < n && table[text.charCodeAt(i)] === KEEP) i++;
  if (i === n) return text;
  let out = '';
  let last = 0;
  let changed = false;
  // The input offset right after the last space written, moved along over deleted characters, so that
  // "a space was just written" is \`spaceEnd === i\` and the common (kept) case needs no bookkeeping.
  let spaceEnd = -1;
  for (; i < n; i++) {
    const code = text.charCodeAt(i);
    const v = table[code];
    if (v === KEEP) continue;
    if (v === SPACE) {
      if (spaceEnd !== i) {
        spaceEnd = i + 1;
        if (code === SP) continue;
        if (last < i) out += text.slice(last, i);
        out += ' ';
      } else {
        spaceEnd = i + 1;
        if (last < i) out += text.slice(last, i);
      }
    } else {
      if (last < i) out += text.slice(last, i);
      if (v === DELETE) {
        if (spaceEnd === i) spaceEnd = i + 1;
      } else {
        let r = strings[v - REPLACE];
        if (spaceEnd === i && r.charCodeAt(0) === SP) r = r.slice(1);
        if (r.length > 0) {
          out += r;
          if (r.charCodeAt(r.length - 1) === SP) spaceEnd = i + 1;
        } else if (spaceEnd === i) spaceEnd = i + 1;
      }
    }
    last = i + 1;
    changed = true;
  }
  if (!changed) return text;
  return last < n ? out + text.slice(last) : out;
}

/**
 * Normalizes `text` and records, for each UTF-16 unit of the output, the offset in `text` of the
 * character that produced it. `starts` has one more entry than the output: the input length, or 0 when the
 * output is empty. `starts[0]` is 0, so deleted leading characters belong to the first output character.
 *
 * @example
 * ```ts
 * runWithStarts('كَتَب', compiledSearch).starts; // Int32Array [0, 2, 4, 5]
 * ```
 */
export function runWithStarts(text: string, c: CompiledNormalizer): { text: string; starts: Int32Array } {
  const { table, strings, collapse } = c;
  const n = text.length;
  let starts = new Int32Array(n + 1);
  let j = 0;
  let out = '';
  let last = 0;
  let afterSpace = false;
  const push = (at: number, count: number): void => {
    if (j + count + 1 > starts.length) {
      const grown = new Int32Array(Math.max(starts.length * 2, j + count + 1));
      grown.set(starts.subarray(0, j));
      starts = grown;
    }
    // Deleted leading characters belong to the first output character, even when it is an expansion.
    const from = j === 0 ? 0 : at;
    for (let k = 0; k < count; k++) starts[j++] = from;
  };
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const v = table[code];
    if (v === KEEP || (v === SPACE && !afterSpace && code === SP)) {
      afterSpace = v === SPACE;
      push(i, 1);
      continue;
    }
    if (last < i) out += text.slice(last, i);
    last = i + 1;
    if (v === SPACE) {
      if (!afterSpace) {
        out += ' ';
        push(i, 1);
      }
      afterSpace = true;
    } else if (v !== DELETE) {
      let r = strings[v - REPLACE];
      if (collapse && afterSpace && r.charCodeAt(0) === SP) r = r.slice(1);
      if (r.length > 0) {
        out += r;
        push(i, r.length);
        afterSpace = collapse && r.charCodeAt(r.length - 1) === SP;
      }
    }
  }
  const result = last === 0 ? text : last < n ? out + text.slice(last) : out;
  push(n, 0);
  // An empty output maps its only boundary to 0 (see OffsetMap).
  starts[j] = j === 0 ? 0 : n;
  return { text: result, starts: starts.subarray(0, j + 1) };
}
