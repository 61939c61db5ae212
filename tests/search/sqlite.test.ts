import Database from 'better-sqlite3';
import { SqliteFtsIndex, ftsQuery } from '../../src/search/index';
import { corpus } from './corpus';
import { queryCases } from './cases';

const docs = corpus();
const db = new Database(':memory:');
const index = new SqliteFtsIndex(db, { table: 'docs_fts' });
for (const d of docs) index.add(d.id, d.text);

afterAll(() => db.close());

describe('SQLite FTS5 through better-sqlite3 with pre-analysed terms', () => {
  test.each(queryCases(docs))('$what: $query', ({ query, expect: expected }) => {
    // OR, like the other engines' default for several words.
    expect(index.search(query, { operator: 'OR' }).map((h) => h.id).sort()).toEqual([...expected].sort());
  });

  test('AND needs every term; OR any', () => {
    const both = index.search('روسيا والصين').map((h) => h.id);
    const either = index.search('روسيا والصين', { operator: 'OR' }).map((h) => h.id);
    expect(both.length).toBeGreaterThan(0);
    expect(either.length).toBeGreaterThan(both.length);
    for (const id of both) expect(either).toContain(id);
  });

  test('query syntax characters are quoted, not interpreted', () => {
    expect(ftsQuery('"بكين" OR NEAR(')).toBe('"بكين" AND "or" AND "near"');
    expect(() => index.search('"بكين" OR NEAR(')).not.toThrow();
  });

  test('a table name that is not an identifier is refused', () => {
    expect(() => new SqliteFtsIndex(db, { table: 'x; DROP TABLE y' })).toThrow(RangeError);
  });
});

describe('documents and queries are analysed alike (FTS5)', () => {
  test('every word of a document, typed as a query, finds that document or has no term', () => {
    for (const d of docs) {
      for (const w of d.text.split(/\s+/)) {
        if (ftsQuery(w) === '') continue;
        expect([w, index.search(w, { limit: 1000 }).map((h) => h.id)]).toEqual([w, expect.arrayContaining([d.id])]);
      }
    }
  });
});
