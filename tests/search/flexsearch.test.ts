import { Document, Index } from 'flexsearch';
import { flexSearchEncoder } from '../../src/search/index';
import { corpus } from './corpus';
import { queryCases } from './cases';

const docs = corpus();
const index = new Index({ encode: flexSearchEncoder() });
docs.forEach((d, i) => index.add(i, d.text));
const ids = (query: string): string[] => (index.search(query, { limit: 100 }) as number[]).map((i) => docs[i].id);

describe('FlexSearch Index with the tahlil encoder', () => {
  test.each(queryCases(docs))('$what: $query', ({ query, expect: expected }) => {
    expect(ids(query).sort()).toEqual([...expected].sort());
  });
});

describe('FlexSearch Document with the tahlil encoder', () => {
  const doc = new Document<{ id: string; text: string }>({
    document: { id: 'id', index: [{ field: 'text', encode: flexSearchEncoder() }] },
  });
  for (const d of docs) doc.add(d);

  test.each(queryCases(docs))('$what: $query', ({ query, expect: expected }) => {
    const found = doc.search(query, { limit: 100 }).flatMap((r) => r.result as string[]);
    expect(found.sort()).toEqual([...expected].sort());
  });
});
