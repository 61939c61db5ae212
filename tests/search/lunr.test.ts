import lunr from 'lunr';
import { lunrPlugin } from '../../src/search/index';
import { corpus } from './corpus';
import { queryCases } from './cases';

const docs = corpus();
const idx = lunr(function () {
  this.use(lunrPlugin(lunr));
  this.ref('id');
  this.field('text');
  for (const d of docs) this.add(d);
});

describe('lunr with the tahlil pipeline', () => {
  test.each(queryCases(docs))('$what: $query', ({ query, expect: expected }) => {
    expect(idx.search(query).map((r) => r.ref).sort()).toEqual([...expected].sort());
  });

  test('a serialized index loads again and answers the same', () => {
    const loaded = lunr.Index.load(JSON.parse(JSON.stringify(idx)));
    expect(loaded.search('بروسيا').map((r) => r.ref).sort()).toEqual(idx.search('بروسيا').map((r) => r.ref).sort());
  });
});
