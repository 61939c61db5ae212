// Shared by the tests of the curated name lists: the names `extractEntities` finds (offsets checked), and
// a table case written as the text before the name, the name as written and the text after it, so that
// the expected span is known without searching the sentence.
import { extractEntities } from '../../src/pipeline/extract';
import type { NameEntity } from '../../src/types';
import { expectOffsets } from './offsets';

export function names(text: string): NameEntity[] {
  const found = extractEntities(text).filter((e): e is NameEntity => ['person', 'organization', 'location', 'misc'].includes(e.type));
  expectOffsets(text, found);
  return found;
}

/** [before, name as written, after, id] */
export type NameCase = readonly [string, string, string, string];

/** Checks that the name of a case is found with its span, `type` and id. */
export function expectName(type: NameEntity['type']) {
  return (...[before, surface, after, id]: NameCase): void => {
    const text = before + surface + after;
    const e = names(text).find((x) => x.start === before.length);
    expect(e).toMatchObject({ type, id, text: surface, start: before.length, end: before.length + surface.length });
  };
}
