/**
 * Scores the clitic analysis against the gold clitic groups of UD Arabic PUD (CC BY-SA 3.0): for each
 * whitespace word (a run of syntactic words joined by SpaceAfter=No) the gold split points are compared
 * with tahlil's, exactly. Punctuation glued to a word (`شولمان,`) is tokenization, not clitics, and is
 * scored by the tokenizer as any other split. The article ال is not split by PUD, nor by tahlil.
 *
 * The first half of the sentences is the development half (used when the lexicon ratios were chosen),
 * the second half is reported as the test figure.
 *
 * Usage: tsx scripts/eval-clitics.ts [--pud ../shared/suites/ud-pud/ar_pud-ud-test.conllu]
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../src/tokenize/tokenize.js';

interface Word {
  surface: string;
  gold: number[]; // split offsets inside the surface
}

function readGroups(path: string): Word[][] {
  const sentences: Word[][] = [];
  let words: Word[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# sent_id')) {
      if (words.length) sentences.push(words);
      words = [];
      continue;
    }
    if (!line || line.startsWith('#')) continue;
    const c = line.split('\t');
    if (c[0].includes('-') || c[0].includes('.')) continue;
    cur.push(c[1]);
    if (!c[9].includes('SpaceAfter=No')) {
      const gold: number[] = [];
      let off = 0;
      for (let i = 0; i < cur.length - 1; i++) gold.push((off += cur[i].length));
      words.push({ surface: cur.join(''), gold });
      cur = [];
    }
  }
  if (words.length) sentences.push(words);
  return sentences;
}

function predicted(surface: string): number[] {
  const cuts = new Set<number>();
  const tokens = tokenize(surface);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (i > 0) cuts.add(t.start);
    for (const p of t.parts ?? []) if (p.start > t.start) cuts.add(p.start);
  }
  return [...cuts].sort((a, b) => a - b);
}

interface Score {
  words: number;
  exact: number;
  multi: number;
  multiExact: number;
  tp: number;
  fp: number;
  fn: number;
}

function score(sentences: Word[][], onlyArabic: boolean): Score {
  const s: Score = { words: 0, exact: 0, multi: 0, multiExact: 0, tp: 0, fp: 0, fn: 0 };
  for (const words of sentences) {
    for (const w of words) {
      if (onlyArabic && !/^[\u0621-\u0652\u0670\u0640]+$/.test(w.surface)) continue;
      const p = predicted(w.surface);
      const g = new Set(w.gold);
      const ok = p.length === w.gold.length && p.every((x) => g.has(x));
      s.words++;
      if (ok) s.exact++;
      if (w.gold.length) {
        s.multi++;
        if (ok) s.multiExact++;
      }
      for (const x of p) (g.has(x) ? s.tp++ : s.fp++);
      for (const x of w.gold) if (!p.includes(x)) s.fn++;
    }
  }
  return s;
}

const arg = process.argv.indexOf('--pud');
const path = arg > 0 ? process.argv[arg + 1] : '../shared/suites/ud-pud/ar_pud-ud-test.conllu';
const sentences = readGroups(path);
const half = Math.floor(sentences.length / 2);
const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '-');
const rows: string[] = [];
rows.push('| part | words scored | exact words | words with gold splits, exact | split P | split R | split F1 |');
rows.push('|---|---:|---:|---:|---:|---:|---:|');
for (const [name, part] of [
  ['dev (sentences 1-500)', sentences.slice(0, half)],
  ['test (sentences 501-1000)', sentences.slice(half)],
] as const) {
  for (const onlyArabic of [false, true]) {
    const s = score(part, onlyArabic);
    const p = s.tp / (s.tp + s.fp);
    const r = s.tp / (s.tp + s.fn);
    rows.push(
      `| ${name}${onlyArabic ? ', Arabic letters only' : ', all words'} | ${s.words} | ${pct(s.exact, s.words)}% | ${pct(s.multiExact, s.multi)}% of ${s.multi} | ${(100 * p).toFixed(1)} | ${(100 * r).toFixed(1)} | ${((200 * p * r) / (p + r)).toFixed(1)} |`,
    );
  }
}
console.log(rows.join('\n'));
