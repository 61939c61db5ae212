/**
 * The tag sets of the tagger and their transition constraints: BIO is the public output; a model may decode
 * internally in BILOU (17 labels), which is read back as BIO.
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
 * The internal BILOU labels (Ratinov & Roth 2009): `O`, then `B-X`, `I-X`, `L-X` (last), `U-X` (unit, a
 * one-word name) for every type. A model with this many tags decodes in BILOU; its output is read back as
 * BIO.
 *
 * @example
 * ```ts
 * BILOU_LABELS[4]; // 'U-PER'
 * ```
 */
export const BILOU_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`, `L-${t}`, `U-${t}`])];

/**
 * The labels of a model with `tagCount` tags: {@link TAGS} (BIO) or {@link BILOU_LABELS}.
 *
 * @example
 * ```ts
 * labelsFor(17)[3]; // 'L-PER'
 * ```
 */
export function labelsFor(tagCount: number): readonly string[] {
  return tagCount === BILOU_LABELS.length ? BILOU_LABELS : TAGS;
}

/**
 * The entity type index (0..3) of label `label` in a model with `tagCount` tags, or 4 for `O`.
 *
 * @example
 * ```ts
 * labelType(17, 5); // 1 (B-ORG)
 * ```
 */
export function labelType(tagCount: number, label: number): number {
  if (label <= 0) return 4;
  return tagCount === BILOU_LABELS.length ? (label - 1) >> 2 : (label - 1) >> 1;
}

/**
 * Whether label `cur` may follow label `prev` (`prev` = -1 at the sentence start) in a model with
 * `tagCount` tags. BIO: `I-X` only after `B-X`/`I-X`. BILOU: `I-X`/`L-X` exactly after `B-X`/`I-X`, and
 * nothing else may follow an open `B-X`/`I-X`.
 *
 * @example
 * ```ts
 * allowedIn(17, 1, 3); // true  (B-PER → L-PER)
 * allowedIn(17, 1, 0); // false (B-PER → O)
 * ```
 */
export function allowedIn(tagCount: number, prev: number, cur: number): boolean {
  if (tagCount !== BILOU_LABELS.length) return allowed(prev, cur);
  const open = prev > 0 && (prev - 1) % 4 < 2;
  const continuing = cur > 0 && (cur - 1) % 4 >= 1 && (cur - 1) % 4 <= 2;
  if (!open) return !continuing;
  return continuing && (cur - 1) >> 2 === (prev - 1) >> 2;
}

/**
 * Whether a sentence may end with label `last` (BILOU: not inside an open `B-X`/`I-X`).
 *
 * @example
 * ```ts
 * allowedLast(17, 1); // false
 * ```
 */
export function allowedLast(tagCount: number, last: number): boolean {
  return tagCount !== BILOU_LABELS.length || last === 0 || (last - 1) % 4 >= 2;
}

/**
 * BIO tag strings of decoded labels: BILOU's `B`/`U` become `B`, `I`/`L` become `I`.
 *
 * @example
 * ```ts
 * toBio(17, Int32Array.of(4, 1, 3)); // ['B-PER', 'B-PER', 'I-PER']
 * ```
 */
export function toBio(tagCount: number, labels: ArrayLike<number>): string[] {
  const out = new Array<string>(labels.length);
  if (tagCount !== BILOU_LABELS.length) {
    for (let i = 0; i < labels.length; i++) out[i] = TAGS[labels[i]];
    return out;
  }
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    out[i] = l === 0 ? 'O' : `${(l - 1) % 4 === 0 || (l - 1) % 4 === 3 ? 'B' : 'I'}-${ENTITY_TYPES[(l - 1) >> 2]}`;
  }
  return out;
}

/**
 * Label indices of a BIO tag sequence for a model with `tagCount` tags (chunks read as conlleval does).
 *
 * @example
 * ```ts
 * fromBio(17, ['B-PER', 'I-PER', 'O']); // Int32Array [1, 3, 0]
 * ```
 */
export function fromBio(tagCount: number, tags: readonly string[]): Int32Array {
  if (tagCount !== BILOU_LABELS.length) return Int32Array.from(tags, tagIndex);
  const out = new Int32Array(tags.length);
  for (const c of chunks(tags)) {
    const t = ENTITY_TYPES.indexOf(c.type as (typeof ENTITY_TYPES)[number]);
    if (t < 0) continue;
    const base = 1 + 4 * t;
    if (c.end - c.start === 1) out[c.start] = base + 3;
    else {
      out[c.start] = base;
      for (let i = c.start + 1; i < c.end - 1; i++) out[i] = base + 1;
      out[c.end - 1] = base + 2;
    }
  }
  return out;
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
