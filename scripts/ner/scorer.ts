/**
 * Entity-level scoring with conlleval's rules: a predicted chunk counts only when its span and type equal
 * a gold chunk; chunks are read from BIO as conlleval reads them.
 */
import { chunks, type Chunk } from '../../src/recognize/names/model/tags.js';

/**
 * Precision, recall and F1 (percentages) with the counts behind them.
 *
 * @example
 * ```ts
 * const s: Score = scoreChunks(gold, predicted).micro;
 * ```
 */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
  predicted: number;
  correct: number;
}

/**
 * Per-type and micro scores.
 *
 * @example
 * ```ts
 * scoreChunks(gold, predicted).byType.PER.f1;
 * ```
 */
export interface Scores {
  byType: Record<string, Score>;
  micro: Score;
}

function score(correct: number, predicted: number, gold: number): Score {
  const precision = predicted === 0 ? 0 : (100 * correct) / predicted;
  const recall = gold === 0 ? 0 : (100 * correct) / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

/**
 * One sentence's gold and predicted chunks, and for each predicted chunk whether a gold chunk has its span
 * and type (conlleval's rule).
 *
 * @example
 * ```ts
 * matchChunks(['B-PER', 'I-PER'], ['B-PER', 'O']).correct; // [false]: the span differs
 * ```
 */
export function matchChunks(gold: readonly string[], predicted: readonly string[]): { gold: Chunk[]; predicted: Chunk[]; correct: boolean[] } {
  const g = chunks(gold);
  const p = chunks(predicted);
  const keys = new Set(g.map((c) => `${c.start}:${c.end}:${c.type}`));
  return { gold: g, predicted: p, correct: p.map((c) => keys.has(`${c.start}:${c.end}:${c.type}`)) };
}

/**
 * Scores predicted tag sequences against gold ones (same sentences, same lengths).
 *
 * @example
 * ```ts
 * scoreChunks([['B-PER']], [['B-PER']]).micro.f1; // 100
 * ```
 */
export function scoreChunks(gold: readonly string[][], predicted: readonly string[][]): Scores {
  const counts = new Map<string, { g: number; p: number; c: number }>();
  const bump = (type: string, key: 'g' | 'p' | 'c'): void => {
    const e = counts.get(type) ?? { g: 0, p: 0, c: 0 };
    e[key]++;
    counts.set(type, e);
  };
  for (let s = 0; s < gold.length; s++) {
    const m = matchChunks(gold[s], predicted[s]);
    for (const c of m.gold) bump(c.type, 'g');
    m.predicted.forEach((c, i) => {
      bump(c.type, 'p');
      if (m.correct[i]) bump(c.type, 'c');
    });
  }
  const byType: Record<string, Score> = {};
  let G = 0;
  let P = 0;
  let C = 0;
  for (const type of [...counts.keys()].sort()) {
    const e = counts.get(type)!;
    byType[type] = score(e.c, e.p, e.g);
    G += e.g;
    P += e.p;
    C += e.c;
  }
  return { byType, micro: score(C, P, G) };
}

/**
 * The scores as a markdown table (one row per type, then micro).
 *
 * @example
 * ```ts
 * console.log(scoresTable(scores));
 * ```
 */
export function scoresTable(s: Scores): string {
  const row = (name: string, x: Score): string =>
    `| ${name} | ${x.precision.toFixed(2)} | ${x.recall.toFixed(2)} | ${x.f1.toFixed(2)} | ${x.gold} | ${x.predicted} | ${x.correct} |`;
  return [
    '| type | precision | recall | F1 | gold | predicted | correct |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...Object.entries(s.byType).map(([t, x]) => row(t, x)),
    row('**micro**', s.micro),
  ].join('\n');
}
