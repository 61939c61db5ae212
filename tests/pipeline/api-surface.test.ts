import * as root from '../../src/index';
import * as analyzeEntry from '../../src/subpaths/analyze';
import * as entities from '../../src/subpaths/entities';
import * as quantities from '../../src/subpaths/quantities';
import * as search from '../../src/search/index';
import * as normalizeEntry from '../../src/text/index';
import * as tokenizeEntry from '../../src/tokenize/index';

// The public surface is exactly this list: adding or removing an export is a deliberate, reviewed change.
test('the root exports exactly the public API', () => {
  expect(Object.keys(root).sort()).toEqual(
    [
      'analyze', 'analyzeWord', 'defaultConfiguration', 'detectLanguage', 'extractEntities', 'extractQuantities',
      'indexTerms', 'normalize', 'normalizeWithMap', 'presets', 'render', 'splitSentences', 'stem', 'tokenize',
    ].sort(),
  );
});

test('every public function is also exported from its subpath, as the same function', () => {
  expect(normalizeEntry.normalize).toBe(root.normalize);
  expect(normalizeEntry.normalizeWithMap).toBe(root.normalizeWithMap);
  expect(tokenizeEntry.tokenize).toBe(root.tokenize);
  expect(tokenizeEntry.splitSentences).toBe(root.splitSentences);
  expect(quantities.extractQuantities).toBe(root.extractQuantities);
  expect(entities.extractEntities).toBe(root.extractEntities);
  expect(search.stem).toBe(root.stem);
  expect(search.indexTerms).toBe(root.indexTerms);
  expect(analyzeEntry.analyze).toBe(root.analyze);
});

test('public functions are synchronous', () => {
  const a = root.analyze('وصل بوتين إلى بكين.');
  expect(a).not.toBeInstanceOf(Promise);
  expect(typeof root.render(a)).toBe('string');
  expect(typeof root.stem('والصين')).toBe('string');
});
