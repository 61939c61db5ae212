/**
 * Conflation of Arabic stemmers against the lemmas of UD Arabic PUD (npm run eval:stem).
 *
 * Input words are whitespace words, as a search engine sees them, not UD's split tokens: the tokens of
 * a `SpaceAfter=No` chain are joined back (`ل` + `لسلطة` → `للسلطة`), punctuation tokens cut the chain; a
 * multiword token line (`3-4`, absent from PUD, present in other UD Arabic treebanks) gives the written
 * form of its words directly.
 * The lemma of a joined word is the lemma of its base: leading one-letter proclitics (و ف ب ك ل س) are
 * skipped and the first remaining token is the base (`نشرت` + `ها` → lemma of `نشرت`; `ل` + `ه` → lemma
 * of `ه`). Lemmas are compared after `foldTerm` (no diacritics, bare alef, ة → ه). Only words with Arabic
 * letters count. Each distinct (word, lemma) pair is one item.
 *
 * Recall: of the item pairs sharing a lemma, the share whose stems agree. Precision: of the item pairs
 * whose stems agree, the share that share a lemma. Pair counts come from group sizes (n·(n−1)/2 per
 * group), not from enumerating pairs. A stemmer that throws counts as returning the word unchanged.
 * `dev` and `test` are the even and odd sentences; tahlil's rules were written looking at dev only.
 *
 * Usage: npx tsx scripts/eval-stem.ts [path/to/ar_pud-ud-test.conllu]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Stemmer from 'arabic-stem';
import { stemmer as snowball } from '@orama/stemmers/arabic';
import { foldTerm } from '../src/search/fold.js';
import { stem } from '../src/search/stem.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_PATH = resolve(ROOT, '../shared/suites/ud-pud/ar_pud-ud-test.conllu');
const PROCLITICS = new Set(['و', 'ف', 'ب', 'ك', 'ل', 'س']);
const ARABIC = /[\u0621-\u064a]/;

interface Item {
  word: string;
  lemma: string;
}

interface UdToken {
  form: string;
  lemma: string;
  upos: string;
  spaceAfter: boolean;
}

function baseLemma(run: UdToken[]): string {
  let i = 0;
  while (i < run.length - 1 && PROCLITICS.has(run[i].form)) i++;
  return run[i].lemma;
}

/**
 * Reads the whitespace words of each sentence with the lemma of their base.
 *
 * @example
 * ```ts
 * readPud('../shared/suites/ud-pud/ar_pud-ud-test.conllu')[0][0]; // { word: 'كتبت', lemma: 'كتب' }
 * ```
 */
export function readPud(path: string): Item[][] {
  const sentences: Item[][] = [];
  let tokens: UdToken[] = [];
  const flush = (): void => {
    if (tokens.length === 0) return;
    const items: Item[] = [];
    let run: UdToken[] = [];
    const close = (): void => {
      if (run.length === 0) return;
      const word = run.map((t) => t.form).join('');
      if (ARABIC.test(word)) items.push({ word, lemma: foldTerm(baseLemma(run)) });
      run = [];
    };
    for (const t of tokens) {
      if (t.upos === 'PUNCT') close();
      else run.push(t);
      if (t.spaceAfter) close();
    }
    close();
    sentences.push(items);
    tokens = [];
  };
  // A multiword token line (3-4) gives the written form of its words; they become one unit whose lemma
  // is the lemma of their base.
  let mwt: { to: number; form: string; spaceAfter: boolean; parts: UdToken[] } | undefined;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    const spaceAfter = !/SpaceAfter=No/.test(cols[9] ?? '');
    const range = /^(\d+)-(\d+)$/.exec(cols[0]);
    if (range) {
      mwt = { to: Number(range[2]), form: cols[1], spaceAfter, parts: [] };
      continue;
    }
    // Empty nodes (1.1) are not words of the text.
    if (!/^\d+$/.test(cols[0])) continue;
    const token: UdToken = { form: cols[1], lemma: cols[2], upos: cols[3], spaceAfter };
    if (mwt) {
      mwt.parts.push(token);
      if (Number(cols[0]) === mwt.to) {
        const upos = mwt.parts.every((t) => t.upos === 'PUNCT') ? 'PUNCT' : 'X';
        tokens.push({ form: mwt.form, lemma: baseLemma(mwt.parts), upos, spaceAfter: mwt.spaceAfter });
        mwt = undefined;
      }
      continue;
    }
    tokens.push(token);
  }
  flush();
  return sentences;
}

/** Distinct (word, lemma) items. */
function distinct(items: Item[]): Item[] {
  const seen = new Map<string, Item>();
  for (const it of items) seen.set(`${it.word}\t${it.lemma}`, it);
  return [...seen.values()];
}

function pairs(groups: Map<string, number>): number {
  let p = 0;
  for (const n of groups.values()) p += (n * (n - 1)) / 2;
  return p;
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * Precision, recall and F1 of a stemmer's conflation against lemma classes.
 *
 * @example
 * ```ts
 * conflation([{ word: 'كتب', lemma: 'كتاب' }, { word: 'الكتب', lemma: 'كتاب' }], stem).r; // 1
 * ```
 */
export function conflation(items: Item[], stemOf: (w: string) => string): { p: number; r: number; f1: number } {
  const byLemma = new Map<string, number>();
  const byStem = new Map<string, number>();
  const byBoth = new Map<string, number>();
  for (const it of items) {
    const s = stemOf(it.word);
    count(byLemma, it.lemma);
    count(byStem, s);
    count(byBoth, `${it.lemma}\t${s}`);
  }
  const both = pairs(byBoth);
  const p = both / pairs(byStem);
  const r = both / pairs(byLemma);
  return { p, r, f1: (2 * p * r) / (p + r) };
}

function safe(f: (w: string) => string): (w: string) => string {
  return (w) => {
    try {
      const s = f(w);
      return typeof s === 'string' && s !== '' ? s : w;
    } catch {
      return w;
    }
  };
}

/**
 * The stemmers compared, by table row name.
 *
 * @example
 * ```ts
 * for (const [name, f] of stemmers()) console.log(name, f('والمكتبات'));
 * ```
 */
export function stemmers(): [string, (w: string) => string][] {
  const require = createRequire(import.meta.url);
  const { StemmerAr } = require('@nlpjs/lang-ar') as { StemmerAr: new () => { stemWord(w: string): string } };
  const nlp = new StemmerAr();
  const arabicStem = new Stemmer();
  return [
    ['no stemming (folded word)', (w) => foldTerm(w)],
    ['tahlil `stem` light', (w) => stem(w)],
    ['tahlil `stem` root', (w) => stem(w, { mode: 'root' })],
    ['@orama/stemmers arabic (Snowball)', snowball],
    ['@nlpjs/lang-ar StemmerAr', (w) => nlp.stemWord(w)],
    ['arabic-stem (first root)', (w) => arabicStem.stem(w).stem[0]],
    ['arabic-stem (normalized)', (w) => arabicStem.stem(w).normalized],
  ];
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function main(): void {
  const path = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_PATH;
  const sentences = readPud(path);
  const all = distinct(sentences.flat());
  const dev = distinct(sentences.filter((_, i) => i % 2 === 0).flat());
  const test = distinct(sentences.filter((_, i) => i % 2 === 1).flat());
  const lemmas = new Set(all.map((i) => i.lemma)).size;
  console.log(`UD Arabic PUD: ${sentences.length} sentences, ${all.length} distinct (word, lemma) items, ${lemmas} lemmas\n`);
  console.log('| stemmer | precision | recall | F1 (all) | F1 (dev) | F1 (test) | words that throw |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const [name, f] of stemmers()) {
    let throws = 0;
    for (const it of all) {
      try {
        f(it.word);
      } catch {
        throws++;
      }
    }
    const safeF = safe(f);
    const a = conflation(all, safeF);
    const d = conflation(dev, safeF);
    const t = conflation(test, safeF);
    console.log(`| ${name} | ${pct(a.p)} | ${pct(a.r)} | ${pct(a.f1)} | ${pct(d.f1)} | ${pct(t.f1)} | ${throws || ''} |`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
