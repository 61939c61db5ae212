import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { indexTerms, termFunction, defaultStopwords, searchTerms } from '../../src/search/index';
import type { NameEntity } from '../../src/types';
import { isIndexed } from '../../src/search/index-terms';
import { scan } from '../../src/tokenize/scanner';

const ARTICLE = readFileSync(join(__dirname, '../../fixtures/article.txt'), 'utf8');

describe('indexTerms', () => {
  test('terms in order, stopwords dropped, words stemmed', () => {
    expect(indexTerms('وصل بوتين إلى بكين').map((t) => t.term)).toEqual(['وصل', 'بوتين', 'بكين']);
  });

  test('positions count the dropped stopwords', () => {
    const t = indexTerms('في الصين وفي روسيا');
    expect(t.map((x) => [x.text, x.position])).toEqual([
      ['الصين', 1],
      ['روسيا', 3],
    ]);
  });

  test('every span slices the input to its text (article)', () => {
    const terms = indexTerms(ARTICLE);
    expect(terms.length).toBeGreaterThan(300);
    for (const t of terms) expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
    for (let i = 1; i < terms.length; i++) expect(terms[i].start).toBeGreaterThanOrEqual(terms[i - 1].end);
  });

  const piece = fc.constantFrom('والصين', 'بِكِّينَ', ' ', '، ', '.', '117.5', 'Facebook', 'في', '\u0640', '“', '#حدث', '٣', '\n', 'ـ', '😀');
  test('offsets hold for any mix of words, digits, marks and punctuation', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        let last = -1;
        for (const t of indexTerms(text)) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.term.length).toBeGreaterThan(0);
          expect(t.position).toBeGreaterThan(last);
          last = t.position;
        }
      }),
    );
  });

  test('the per-call memo gives the same terms as analysing each word alone', () => {
    const termOf = termFunction();
    for (const t of indexTerms(ARTICLE)) expect(termOf(t.text)).toBe(t.term);
  });

  test('stopwords: false keeps them, a list replaces the default, a predicate decides', () => {
    expect(indexTerms('في الصين', { stopwords: false }).map((t) => t.term)).toEqual(['في', 'صين']);
    expect(indexTerms('في الصين وروسيا', { stopwords: ['الصين'] }).map((t) => t.term)).toEqual(['في', 'روسيا']);
    expect(indexTerms('في الصين', { stopwords: [...defaultStopwords(), 'الصين'] })).toEqual([]);
    expect(indexTerms('في الصين', { stopwords: (w) => w.length > 3 }).map((t) => t.term)).toEqual(['في']);
  });

  test('stem: root and stem: false', () => {
    expect(searchTerms('المكتبات', { stem: 'root' })).toEqual(['كتب']);
    expect(searchTerms('المَكْتَبَاتُ', { stem: false })).toEqual(['المكتبات']);
  });

  test('numbers, dates and Latin words are folded and kept whole', () => {
    expect(searchTerms('بقيمة ١١٧٫٥ مليار في 05/02/2022 عبر Facebook')).toEqual(['قيم', '117.5', 'مليار', '05/02/2022', 'facebook']);
  });

  test('a multi-word entity is one more term, before its words, at its first position', () => {
    const text = 'تعارض روسيا والولايات المتحدة ذلك';
    const start = text.indexOf('الولايات');
    const end = start + 'الولايات المتحدة'.length;
    const entity: NameEntity = {
      type: 'location', text: text.slice(start, end), start, end, id: 'US', name: { ar: 'الولايات المتحدة' }, source: 'gazetteer', confidence: 1,
    };
    const terms = indexTerms(text, { entities: [entity] });
    const i = terms.findIndex((t) => t.entity);
    expect(terms[i]).toEqual({ term: 'الولايات المتحده', text: 'الولايات المتحدة', position: 2, start, end, entity: true });
    expect(terms[i + 1].text).toBe('والولايات');
    expect(terms[i + 1].position).toBe(2);
    expect(terms.filter((t) => t.entity)).toHaveLength(1);
    // Without the option, the same words and no entity term.
    expect(indexTerms(text).filter((t) => t.entity)).toHaveLength(0);
    expect(indexTerms(text).map((t) => t.term)).toEqual(terms.filter((t) => !t.entity).map((t) => t.term));
  });

  test('entities: true finds the names with analyze()', () => {
    const terms = indexTerms(ARTICLE, { entities: true });
    const entities = terms.filter((t) => t.entity);
    expect(entities.map((t) => t.term)).toContain('الولايات المتحده');
    for (const t of entities) {
      expect(ARTICLE.slice(t.start, t.end)).toBe(t.text);
      expect(t.term).toContain(' ');
    }
    expect(terms.filter((t) => !t.entity)).toEqual(indexTerms(ARTICLE));
  });

  test('a one-word entity adds no term', () => {
    const text = 'وصل بوتين';
    const entity: NameEntity = { type: 'person', text: 'بوتين', start: 4, end: 9, id: 'doc:1', name: { ar: 'بوتين' }, source: 'model', confidence: 1 };
    expect(indexTerms(text, { entities: [entity] })).toEqual(indexTerms(text));
  });
});

describe('the fast path', () => {
  const piece = fc.constantFrom('والصين', 'الصين', 'في', ' ', '\n', '\r\n', '117.5', '05/02/2022', 'https://a.b/c', 'a@b.co', '#وسم', '،', 'فرانس24', '-', '😀', 'كوفيد-19', '\n\n', 'بوتين');
  // Text with no entity takes the path that interns forms by their range; with one entity (a one-word
  // entity adds no term) it takes the path that slices every word. Both must give the same terms.
  test('text with no entity gets the same terms as the entity path', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const words = scan(text).filter((t) => isIndexed(t.kind));
        if (words.length === 0) return;
        const w = words[0];
        const entity: NameEntity = { type: 'person', text: text.slice(w.start, w.end), start: w.start, end: w.end, id: 'doc:1', name: { ar: 'x' }, source: 'model', confidence: 1 };
        expect(indexTerms(text)).toEqual(indexTerms(text, { entities: [entity] }));
      }),
      { numRuns: 300 },
    );
  });
});
