/**
 * `npm run build:data`: compiles every data source under data/ into src/generated/. Each area has its
 * builder in scripts/build-data/; the outputs are committed, reproducible (same sources → same bytes),
 * and marked as generated. Builders that read corpora take them from ../shared (or --shared DIR).
 *
 * The NER model is not rebuilt here: it is trained by `npm run train:ner`.
 */
import { join, resolve } from 'node:path';
import { buildCharClasses } from './build-data/char-classes.js';
import { buildLexicon } from './build-data/lexicon.js';
import { buildNames } from './build-data/names.js';
import { buildQuantities } from './build-data/quantities.js';
import { buildSearch } from './build-data/search.js';
import { buildText } from './build-data/text.js';

const i = process.argv.indexOf('--shared');
const shared = resolve(i > 0 ? process.argv[i + 1] : '../shared');

buildText();
buildCharClasses();
buildLexicon(shared, join(process.cwd(), 'src/generated/lexicon.ts'));
buildQuantities();
buildSearch(shared);
buildNames(join(shared, 'corpora/anercorp/train.bio'));
console.log('generated data rebuilt from data/ and', shared);
