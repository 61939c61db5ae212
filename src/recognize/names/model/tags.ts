/**
 * The BIO tag set of the tagger and its transition constraints.
 *
 * @packageDocumentation
 */

/**
 * Entity types the tagger knows, in tag-index order.
 *
 * @example
 * ```ts
 * ENTITY_TYPES[0]; // 'PER'
 * ```
 */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/**
 * All tags: `O`, then `B-X`, `I-X` for every type; a tag's index is its position here.
 *
 * @example
 * ```ts
 * TAGS[1]; // 'B-PER'
 * ```
 */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];

/**
 * Number of tags.
 *
 * @example
 * ```ts
 * const scores = new Float32Array(words.length * TAG_COUNT);
 * ```
 */
export const TAG_COUNT = TAGS.length;

/**
 * Whether tag `cur` may follow tag `prev` (`prev` = -1 at the sentence start): an `I-X` only continues a
 * `B-X` or `I-X`.
 *
 * @example
 * ```ts
 * allowed(1, 2); // true  (B-PER → I-PER)
 * allowed(0, 2); // false (O → I-PER)
 * ```
 */
export function allowed(prev: number, cur: number): boolean {
  if (cur === 0 || cur % 2 === 1) return true;
  return prev === cur || prev === cur - 1;
}

/**
 * The index of a tag string; unknown tags and `I-X` of unknown types map to `O`.
 *
 * @example
 * ```ts
 * tagIndex('I-LOC'); // 6
 * ```
 */
export function tagIndex(tag: string): number {
  const i = TAGS.indexOf(tag);
  return i < 0 ? 0 : i;
}

/**
 * A chunk of BIO tags: `[start, end)` token indices and its type.
 *
 * @example
 * ```ts
 * const c: Chunk = { start: 0, end: 2, type: 'PER' };
 * ```
 */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

/**
 * Chunks of a BIO tag sequence, read as conlleval reads them: a chunk starts at `B-X`, at an `I-X` after
 * a different type or after `O`, and ends before any tag that does not continue it.
 *
 * @example
 * ```ts
 * chunks(['B-PER', 'I-PER', 'O', 'I-LOC']); // [{start:0,end:2,type:'PER'},{start:3,end:4,type:'LOC'}]
 * ```
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag.length > 2 && tag[1] === '-' ? tag[0] : 'O';
    const type = prefix === 'O' ? '' : tag.slice(2);
    const continues = open !== null && prefix === 'I' && type === open.type;
    if (!continues && open !== null) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (!continues && (prefix === 'B' || prefix === 'I')) open = { start: i, end: i + 1, type };
  }
  if (open !== null) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}
