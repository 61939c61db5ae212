/**
 * Where a tagger's errors are: each gold name of the dev split sorted into exact, wrong type (same span),
 * boundary error (an overlapping prediction of another span) or missed, by type, with how many of the
 * names were never a name in the training split.
 */
import { chunks, type Chunk } from '../../src/recognize/names/model/tags.js';
import type { Sentence } from './corpus.js';

interface Row {
  gold: number;
  unseen: number;
  exact: number;
  unseenExact: number;
  boundary: number;
  wrongType: number;
  missed: number;
}

const nameOf = (words: readonly string[], c: Chunk): string => words.slice(c.start, c.end).join(' ');

/**
 * The error table as markdown, from the gold sentences, the predicted BIO tags and the training split.
 *
 * @example
 * ```ts
 * console.log(errorTable(dev, predicted, train));
 * ```
 */
export function errorTable(dev: readonly Sentence[], predicted: readonly string[][], train: readonly Sentence[]): string {
  const seen = new Set<string>();
  for (const s of train) for (const c of chunks(s.tags)) seen.add(nameOf(s.words, c));
  const rows = new Map<string, Row>();
  let spurious = 0;
  dev.forEach((s, i) => {
    const gold = chunks(s.tags);
    const pred = chunks(predicted[i]);
    const overlaps = (a: Chunk, b: Chunk): boolean => a.start < b.end && b.start < a.end;
    for (const g of gold) {
      let row = rows.get(g.type);
      if (row === undefined) {
        row = { gold: 0, unseen: 0, exact: 0, unseenExact: 0, boundary: 0, wrongType: 0, missed: 0 };
        rows.set(g.type, row);
      }
      const unseen = !seen.has(nameOf(s.words, g));
      row.gold++;
      if (unseen) row.unseen++;
      const same = pred.find((p) => p.start === g.start && p.end === g.end);
      if (same?.type === g.type) {
        row.exact++;
        if (unseen) row.unseenExact++;
      } else if (same !== undefined) row.wrongType++;
      else if (pred.some((p) => overlaps(p, g))) row.boundary++;
      else row.missed++;
    }
    spurious += pred.filter((p) => !gold.some((g) => overlaps(p, g))).length;
  });
  const lines = ['| type | gold (unseen) | exact (unseen exact) | boundary errors | wrong type | missed |', '|---|---:|---:|---:|---:|---:|'];
  for (const [type, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    const pct = r.unseen === 0 ? '' : `, ${Math.round((100 * r.unseenExact) / r.unseen)} %`;
    lines.push(`| ${type} | ${r.gold} (${r.unseen}) | ${r.exact} (${r.unseenExact}${pct}) | ${r.boundary} | ${r.wrongType} | ${r.missed} |`);
  }
  lines.push('', `Predicted names that overlap no gold name: ${spurious}.`);
  return lines.join('\n');
}
