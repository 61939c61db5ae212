/**
 * Measures the name tagger: model load time, heap after load, and tagging throughput on one core.
 *
 *   npx tsx scripts/bench-ner.ts [--data ../shared/corpora/anercorp/train.bio] [--rounds 5]
 *
 * Tags the dev split (last 10 % of train.bio) repeatedly, on one core; prints a markdown table.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { getModel, modelInfo, tagSentences, tagTokens } from '../src/recognize/names/model/index.js';
import { parseArgs } from './ner/args.js';
import { readBio, splitDev } from './ner/corpus.js';

const args = parseArgs(process.argv.slice(2));
const dataPath = args.get('data') ?? '../shared/corpora/anercorp/train.bio';
const rounds = Number(args.get('rounds') ?? 5);
const { dev } = splitDev(readBio(dataPath));
const sentences = dev.map((s) => s.words);
const tokens = sentences.reduce((n, s) => n + s.length, 0);

// A full collection before each reading, so that the figure is what the model keeps, not the garbage
// decoding left behind (which a reading without one counted, by chance, or not).
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
// Array buffers are released after the collection, by a task of their own: wait for it.
const memory = async (): Promise<number> => {
  collect();
  await new Promise((done) => setTimeout(done, 20));
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const before = await memory();
const t0 = performance.now();
const c0 = process.cpuUsage();
getModel();
const loadMs = performance.now() - t0;
const loadCpu = process.cpuUsage(c0);
const after = await memory();

// Documents of 20 sentences, as the recognizer passes them (the in-document stage sees its neighbours).
const documents: string[][][] = [];
for (let i = 0; i < sentences.length; i += 20) documents.push(sentences.slice(i, i + 20));
// Wall time and CPU time of the process (JS tagging is single-threaded, so CPU time is one core's time;
// it stays meaningful when other jobs share the machine, which inflates wall time).
const median = (run: () => void): { wall: number; cpu: number } => {
  run(); // warm-up
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    walls.push(performance.now() - start);
    cpus.push((used.user + used.system) / 1000);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  return { wall: walls[Math.floor(rounds / 2)], cpu: cpus[Math.floor(rounds / 2)] };
};
const perDocument = median(() => {
  for (const d of documents) tagSentences(d);
});
const perSentence = median(() => {
  for (const s of sentences) tagTokens(s);
});
const rate = (t: { wall: number; cpu: number }): string =>
  `${Math.round((tokens / t.cpu) * 1000).toLocaleString('en')} tokens/CPU-s (${Math.round((tokens / t.wall) * 1000).toLocaleString('en')} tokens/s wall)`;

console.log(
  [
    '| measure | value |',
    '|---|---:|',
    `| model data (base64, bytes) | ${modelInfo.sizeBytes.toLocaleString('en')} |`,
    `| weighted features | ${modelInfo.featureCount.toLocaleString('en')} |`,
    `| load (decode) time | ${((loadCpu.user + loadCpu.system) / 1000).toFixed(0)} ms CPU (${loadMs.toFixed(0)} ms wall) |`,
    `| memory kept after load (heap + array buffers, after a full collection) | ${((after - before) / 2 ** 20).toFixed(1)} MB |`,
    `| tagSentences, 20-sentence documents (median of ${rounds} passes over ${tokens.toLocaleString('en')} tokens) | ${rate(perDocument)} |`,
    `| tagTokens, one sentence at a time | ${rate(perSentence)} |`,
  ].join('\n'),
);
