import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Doc {
  id: string;
  text: string;
}

const FIXTURES = join(__dirname, '../../fixtures');

/** The search test corpus: the seed article one document per line, plus fixtures/search/corpus.json. */
export function corpus(): Doc[] {
  const article = readFileSync(join(FIXTURES, 'article.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((text, i) => ({ id: `article-${i + 1}`, text }));
  const own = JSON.parse(readFileSync(join(FIXTURES, 'search/corpus.json'), 'utf8')) as Doc[];
  return [...article, ...own];
}

/** Ids of the documents whose text contains any of the given surface strings. */
export function containing(docs: Doc[], ...needles: string[]): string[] {
  return docs.filter((d) => needles.some((n) => d.text.includes(n))).map((d) => d.id);
}
