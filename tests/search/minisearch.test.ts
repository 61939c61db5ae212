import MiniSearch from 'minisearch';
import { miniSearchOptions } from '../../src/search/index';
import { corpus } from './corpus';
import { queryCases } from './cases';

const docs = corpus();
const ms = new MiniSearch<{ id: string; text: string }>({ fields: ['text'], ...miniSearchOptions() });
ms.addAll(docs);

describe('MiniSearch with tahlil tokenize/processTerm', () => {
  test.each(queryCases(docs))('$what: $query', ({ query, expect: ids }) => {
    expect(ms.search(query).map((r) => r.id).sort()).toEqual([...ids].sort());
  });

  test('a document with the query word ranks first', () => {
    expect(ms.search('المعلمين')[0]?.id).toBe('teachers');
  });
});

describe('documents and queries are analysed alike', () => {
  test('every indexed word of a document, typed as a query, finds that document', () => {
    const termOf = miniSearchOptions().processTerm;
    for (const d of docs) {
      for (const w of miniSearchOptions().tokenize(d.text)) {
        if (termOf(w) === null) continue;
        expect([w, ms.search(w).map((r) => r.id)]).toEqual([w, expect.arrayContaining([d.id])]);
      }
    }
  });
});
