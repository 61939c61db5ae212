/**
 * Search throughput: `indexTerms` in MB/s (UTF-8) and `stem` in words/s on one core, with the stemmers of
 * nlp.js, Orama (Snowball) and arabic-stem in the same run. `npm run bench` imports {@link benchSearch};
 * run alone it prints a markdown table.
 *
 * Each figure is the median of five passes over the whole input, timed in CPU seconds, after one
 * warm-up pass (over the whole input for `indexTerms`, over its first 20,000 words for the stemmers). Stemmers get the Arabic words of the text as written (repeats included, no cache); a stemmer
 * that throws counts as returning the word unchanged and its throws are reported.
 *
 * Usage: npx tsx scripts/bench-search.ts [path/to/anercorp/train.bio]
 */
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Stemmer from 'arabic-stem';
import { stemmer as snowball } from '@orama/stemmers/arabic';
import { indexTerms } from '../src/search/index-terms.js';
import { stem } from '../src/search/stem.js';
import { scan } from '../src/tokenize/scanner.js';
import { readBio } from './ner/corpus.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * One measured figure.
 *
 * @example
 * ```ts
 * const r: SearchBenchRow = { name: 'tahlil indexTerms', unit: 'MB/s', value: 15.2, target: 10 };
 * ```
 */
export interface SearchBenchRow {
  name: string;
  unit: 'MB/s' | 'words/s';
  value: number;
  /** The project's target for tahlil's rows. */
  target?: number;
  note?: string;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

/**
 * CPU seconds (user + system of this process) of the median of five passes, after one warm-up call.
 * CPU time rather than wall time: on a shared machine other processes stretch the wall clock, not the
 * work done.
 */
function time(warm: () => void, pass: () => void): number {
  warm();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = process.cpuUsage();
    pass();
    const d = process.cpuUsage(t0);
    runs.push((d.user + d.system) / 1e6);
  }
  return median(runs);
}

function arabicWords(text: string): string[] {
  const out: string[] = [];
  for (const t of scan(text)) if (t.kind === 'word') out.push(text.slice(t.start, t.end));
  return out;
}

function stemRow(name: string, words: string[], f: (w: string) => unknown, target?: number): SearchBenchRow {
  let throws = 0;
  const safe = (w: string): void => {
    try {
      f(w);
    } catch {
      throws++;
    }
  };
  const warm = words.slice(0, 20_000);
  const seconds = time(
    () => warm.forEach(safe),
    () => words.forEach(safe),
  );
  throws = 0;
  words.forEach(safe);
  return { name, unit: 'words/s', value: words.length / seconds, target, note: throws ? `throws on ${throws} of ${words.length} words` : undefined };
}

/**
 * Measures index-term extraction and stemming on `text`.
 *
 * @example
 * ```ts
 * const rows = benchSearch(readFileSync('article.txt', 'utf8'));
 * ```
 */
export function benchSearch(text: string): SearchBenchRow[] {
  const require = createRequire(import.meta.url);
  const { StemmerAr } = require('@nlpjs/lang-ar') as { StemmerAr: new () => { stemWord(w: string): string } };
  const nlp = new StemmerAr();
  const arabicStem = new Stemmer();
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const rows: SearchBenchRow[] = [
    {
      name: 'tahlil indexTerms (light)',
      unit: 'MB/s',
      value: mb / time(() => indexTerms(text), () => indexTerms(text)),
      target: 10,
    },
  ];
  const words = arabicWords(text);
  rows.push(
    stemRow('tahlil stem (light)', words, (w) => stem(w), 1e6),
    stemRow('tahlil stem (root)', words, (w) => stem(w, { mode: 'root' })),
    stemRow('@nlpjs/lang-ar StemmerAr', words, (w) => nlp.stemWord(w)),
    stemRow('@orama/stemmers arabic (Snowball)', words, snowball),
    stemRow('arabic-stem', words, (w) => arabicStem.stem(w)),
  );
  return rows;
}

/**
 * The rows as a markdown table.
 *
 * @example
 * ```ts
 * console.log(formatSearchBench(benchSearch(text)));
 * ```
 */
export function formatSearchBench(rows: SearchBenchRow[]): string {
  const fmt = (r: SearchBenchRow): string => (r.unit === 'MB/s' ? r.value.toFixed(1) : `${(r.value / 1e6).toFixed(2)} M`);
  const lines = ['| implementation | throughput | unit | target | note |', '|---|---:|---|---:|---|'];
  for (const r of rows) {
    const target = r.target === undefined ? '' : r.unit === 'MB/s' ? `≥ ${r.target}` : `≥ ${r.target / 1e6} M`;
    lines.push(`| ${r.name} | ${fmt(r)} | ${r.unit} | ${target} | ${r.note ?? ''} |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const path = resolve(process.argv[2] ?? resolve(ROOT, '../shared/corpora/anercorp/train.bio'));
  const text = readBio(path).map((sentence) => sentence.words.join(' ')).join('\n');
  console.log(`Corpus: ${path.split('/').slice(-2).join('/')} as text, ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8. Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, one core, CPU time.\n`);
  console.log(formatSearchBench(benchSearch(text)));
}
