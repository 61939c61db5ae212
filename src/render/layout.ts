import type { Span } from '../types.js';

/**
 * A piece of the marked-up text: plain text, or a mark (one entity, or one fragment of an entity that
 * crosses another) containing more pieces.
 *
 * @example
 * ```ts
 * const p: Piece = { kind: 'text', start: 0, end: 4 };
 * ```
 */
export type Piece =
  | { kind: 'text'; start: number; end: number }
  | {
      kind: 'mark';
      /** Index of the entity in the list given to {@link layoutMarks}. */
      entity: number;
      start: number;
      end: number;
      /** True for the fragment that begins the entity, false for a continuation. */
      first: boolean;
      /** True for the fragment that ends the entity. */
      last: boolean;
      children: Piece[];
    };

type MarkPiece = Extract<Piece, { kind: 'mark' }>;

/**
 * Lays entity spans over a text as properly nested marks. Contained spans nest inside their container;
 * a span that crosses another is split into fragments at the crossing, so the HTML stays well formed and
 * every character of every entity is still covered by a mark of that entity. Spans that are empty or
 * fall outside the text are left out.
 *
 * @example
 * ```ts
 * layoutMarks(6, [{ text: 'abcd', start: 0, end: 4 }, { text: 'cdef', start: 2, end: 6 }]);
 * // the second span becomes two fragments: [2,4) inside the first mark and [4,6) after it
 * ```
 */
export function layoutMarks(length: number, spans: readonly Span[]): Piece[] {
  const valid = spans
    .map((span, index) => ({ start: span.start, end: span.end, index }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length);
  // Outermost first: earlier start, then longer span, then input order.
  const order = (a: { start: number; end: number; index: number }, b: typeof a): number =>
    a.start - b.start || b.end - a.end || a.index - b.index;
  valid.sort(order);

  const boundaries = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const root: Piece[] = [];
  // The open marks, outermost first, each with the entity it belongs to.
  const stack: { span: (typeof valid)[number]; piece: MarkPiece }[] = [];
  let active: typeof valid = [];
  let next = 0;

  for (let b = 0; b + 1 < boundaries.length; b++) {
    const from = boundaries[b];
    const to = boundaries[b + 1];
    active = active.filter((s) => s.end > from);
    while (next < valid.length && valid[next].start === from) active.push(valid[next++]);
    active.sort(order);

    let common = 0;
    while (common < stack.length && common < active.length && stack[common].span === active[common]) common++;
    for (let i = stack.length - 1; i >= common; i--) stack[i].piece.last = stack[i].span.end === stack[i].piece.end;
    stack.length = common;
    for (let i = common; i < active.length; i++) {
      const span = active[i];
      const piece: MarkPiece = { kind: 'mark', entity: span.index, start: from, end: from, first: span.start === from, last: false, children: [] };
      (i === 0 ? root : stack[i - 1].piece.children).push(piece);
      stack.push({ span, piece });
    }
    for (const open of stack) open.piece.end = to;
    const container = stack.length === 0 ? root : stack[stack.length - 1].piece.children;
    const previous = container[container.length - 1];
    if (previous?.kind === 'text' && previous.end === from) previous.end = to;
    else container.push({ kind: 'text', start: from, end: to });
  }
  for (const open of stack) open.piece.last = open.span.end === open.piece.end;
  return root;
}
