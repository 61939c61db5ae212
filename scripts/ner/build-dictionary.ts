/**
 * Compiles the Ayaspell Arabic hunspell dictionary (Debian `hunspell-ar` 3.2, used under MPL 1.1) into
 * `data/names-model/ayaspell.tsv`, the word list of the name tagger's Dictionary feature group:
 *
 *   npx tsx scripts/ner/build-dictionary.ts [/usr/share/hunspell/ar.dic] [data/names-model/ayaspell.tsv]
 *
 * Only the dictionary's words are kept (affix flags and morphological aliases are dropped), each with its
 * class: `proper` for the dictionary's own block of continents, countries, capitals and given names,
 * `nisba` for the adjectives of that block (its affix class 58: `روسي`, `آسيوي`), `common` for every other
 * word (stop words, nouns, participles, verb forms). The output is sorted, so the same input gives the
 * same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ARABIC_WORD = /^[\u0621-\u064a\u0671-\u06d3]{2,}$/;
// The proper-name block of ar.dic starts with this comment and ends where the general nouns start.
const PROPER_START = '#القارات';
const PROPER_END = '####الأسماء####';
const NISBA_FLAG = '58';

/**
 * Word → classes (`common`, `proper`, `nisba`) of an Ayaspell `.dic` file.
 *
 * @example
 * ```ts
 * readAyaspell('/usr/share/hunspell/ar.dic').get('موسكو'); // Set { 'proper' }
 * ```
 */
export function readAyaspell(path: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  let inProper = false;
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const t = line.trim();
    if (t === PROPER_START) inProper = true;
    if (t === PROPER_END) inProper = false;
    const [word, rest] = t.split(/\s/)[0].split('/');
    if (!ARABIC_WORD.test(word)) continue;
    const cls = inProper ? (rest === NISBA_FLAG ? 'nisba' : 'proper') : 'common';
    let set = out.get(word);
    if (set === undefined) {
      set = new Set();
      out.set(word, set);
    }
    set.add(cls);
  }
  return out;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('build-dictionary.ts');
if (isMain) {
  const input = process.argv[2] ?? '/usr/share/hunspell/ar.dic';
  const output = resolve(process.argv[3] ?? 'data/names-model/ayaspell.tsv');
  const words = readAyaspell(input);
  const lines = [...words.keys()].sort().map((w) => `${w}\t${[...words.get(w)!].sort().join(',')}`);
  const header = [
    '# Words of the Ayaspell Arabic hunspell dictionary (hunspell-ar 3.2, (c) 2006-2008 Mohamed Kebdani),',
    '# used under the Mozilla Public License 1.1 (https://www.mozilla.org/MPL/1.1/); affix flags dropped.',
    '# Built by scripts/ner/build-dictionary.ts; word<TAB>classes (common, proper, nisba).',
  ];
  writeFileSync(output, [...header, ...lines, ''].join('\n'));
  console.log(`${lines.length} words → ${output}`);
}
