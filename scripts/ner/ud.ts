/**
 * The `ud` lexicon: part-of-speech counts of word forms in a Universal Dependencies treebank (the Arabic
 * PUD treebank, CC BY-SA 3.0), packed like the entity lexicons with PROPN, NOUN, ADJ and VERB in the four
 * type slots. A proper-noun reading is evidence of a name that no entity lexicon may hold.
 */
import { readFileSync } from 'node:fs';
import { packLexiconEntry } from '../../src/recognize/names/model/features.js';
import { wordKey, type Table } from './lexicon.js';

// Order of the type slots in a packed entry.
const UD_CLASSES = ['PROPN', 'NOUN', 'ADJ', 'VERB'] as const;

/**
 * Reads a CoNLL-U file and counts, per word key (or per `keyOf` key), its UPOS tags.
 *
 * @example
 * ```ts
 * const ud = udTable('../shared/suites/ud-pud/ar_pud-ud-test.conllu');
 * ```
 */
export function udTable(path: string, keyOf: (word: string) => number = wordKey): Table {
  const counts = new Map<number, Int32Array>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    const cols = line.split('\t');
    // Multiword-token ranges (1-2) and empty nodes (1.1) are not words with a tag.
    if (cols.length < 4 || !/^\d+$/.test(cols[0]) || cols[3] === 'PUNCT' || cols[3] === 'NUM') continue;
    const key = keyOf(cols[1]);
    let c = counts.get(key);
    if (c === undefined) {
      c = new Int32Array(5);
      counts.set(key, c);
    }
    c[4]++;
    const t = UD_CLASSES.indexOf(cols[3] as (typeof UD_CLASSES)[number]);
    if (t >= 0) c[t]++;
  }
  const keys: number[] = [];
  const values: number[] = [];
  const none = [0, 0, 0, 0];
  for (const [key, c] of counts) {
    keys.push(key);
    values.push(packLexiconEntry(Array.from(c.subarray(0, 4)), none, c[4]));
  }
  return { keys: Uint32Array.from(keys), values: Uint32Array.from(values) };
}
