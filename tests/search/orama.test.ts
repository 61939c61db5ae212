import { create, insertMultiple, search } from '@orama/orama';
import { oramaTokenizer } from '../../src/search/index';
import { corpus } from './corpus';
import { queryCases } from './cases';

const docs = corpus();
const db = create({ schema: { key: 'string', text: 'string' } as const, components: { tokenizer: oramaTokenizer() } });

beforeAll(async () => {
  await insertMultiple(db, docs.map((d) => ({ key: d.id, text: d.text })));
});

async function ids(term: string): Promise<string[]> {
  // exact: whole terms only (Orama matches term prefixes otherwise); tahlil's stems are the whole terms.
  const r = await search(db, { term, properties: ['text'], limit: 100 });
  return r.hits.map((h) => h.document.key as string);
}

describe('Orama with the tahlil tokenizer', () => {
  test.each(queryCases(docs))('$what: $query', async ({ query, expect: expected }) => {
    expect((await ids(query)).sort()).toEqual([...expected].sort());
  });
});

describe('Orama prefix option', () => {
  test('prefix: true lets a stem find longer terms it begins; the default does not', async () => {
    const pre = create({ schema: { key: 'string', text: 'string' } as const, components: { tokenizer: oramaTokenizer({ prefix: true }) } });
    await insertMultiple(pre, docs.map((d) => ({ key: d.id, text: d.text })));
    const withPrefix = (await search(pre, { term: 'الصين', properties: ['text'], limit: 100 })).hits.length;
    expect(withPrefix).toBeGreaterThan((await ids('الصين')).length);
  });
});
