/**
 * The sections of `npm run bench` that belong to one area each: search terms and stemmers
 * (scripts/bench-search.ts) and the name tagger's load time, heap and speed (scripts/bench-ner.ts, run in
 * its own process so that its load time and heap are measured cold).
 */
import { execFileSync } from 'node:child_process';
import { benchSearch, formatSearchBench } from './bench-search.js';

export async function extraSections(text: string, data: string): Promise<string[]> {
  const out: string[] = [];
  out.push('', '### Search: indexTerms and stemmers', '', formatSearchBench(benchSearch(text)));
  const ner = execFileSync(process.execPath, [...process.execArgv, 'scripts/bench-ner.ts', '--data', data], { encoding: 'utf8' });
  out.push('', '### Names: the tagger alone (cold process)', '', ner.trim());
  return out;
}
