/**
 * What V8's optimizing compiler does while `analyze` with names runs on new text: the bench's timed parts
 * (ANERcorp in seven parts, the first a warm-up, as in `npm run bench`'s `analyze (names)` row) in a child
 * process under `--trace-opt --trace-deopt`, and per run the optimizing compilations, their summed compile
 * time (the three phases V8 reports, mostly on its helper threads) and the deoptimizations after the
 * warm-up, with the functions that cost the most. In a fresh process this compiler work takes about as much
 * CPU as the JavaScript thread itself (docs/NER.md, "Round 14" and "Round 15"). Measures the built `dist/`.
 *
 * Usage: npm run build && tsx scripts/jit-report.ts [--runs 3] [--warm] [--root .] [--data ../shared/corpora/anercorp/train.bio]
 * (`--warm`: first analyse 30,000 WikiFANE sentences, `--wikifane` to point at them; `--root`: another
 * checkout, built, to compare).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { builtEntry, loadCorpus, splitParts } from './bench-corpus.js';
import { parseArgs } from './ner/args.js';

const args = parseArgs(process.argv.slice(2));
const root = resolve(args.get('root') ?? '.');
const runs = Number(args.get('runs') ?? 3);
const data = resolve(args.get('data') ?? '../shared/corpora/anercorp/train.bio');
const wikifane = resolve(args.get('wikifane') ?? '../shared/corpora/wikifane/wikifane.bio');
const entry = builtEntry(root);
const MARK = 'JIT-REPORT-TIMED';

// The texts, cut here and handed to the child in a file, so that the child is plain JavaScript and its
// trace holds only tahlil's code and Node's.
const parts = splitParts(loadCorpus(data), 7);
const warm: string[] = [];
if (args.has('warm')) {
  const lines = loadCorpus(wikifane).split('\n').slice(0, 30000);
  for (let i = 0; i < lines.length; i += 1000) warm.push(lines.slice(i, i + 1000).join('\n'));
}
const input = join(mkdtempSync(join(tmpdir(), 'tahlil-jit-')), 'texts.json');
writeFileSync(input, JSON.stringify({ parts, warm }));

// The child: warm up as the bench does, print the mark, run the timed parts.
const child = `
const { readFileSync } = await import('node:fs');
const { parts, warm } = JSON.parse(readFileSync(${JSON.stringify(input)}, 'utf8'));
const lib = await import(${JSON.stringify(pathToFileURL(entry).href)});
const options = { entities: ['names'], language: false };
lib.analyze(parts[0], options);
for (const text of warm) lib.analyze(text, options);
console.log(${JSON.stringify(MARK)});
for (let p = 1; p < parts.length; p++) lib.analyze(parts[p], options);
`;

interface RunReport {
  compilations: number;
  compileMs: number;
  deopts: number;
  byFunction: Map<string, { ms: number; count: number }>;
  reasons: Map<string, number>;
}

function report(trace: string): RunReport {
  const at = trace.indexOf(MARK);
  const timed = at < 0 ? '' : trace.slice(at);
  const out: RunReport = { compilations: 0, compileMs: 0, deopts: 0, byFunction: new Map(), reasons: new Map() };
  for (const m of timed.matchAll(/completed compiling \S+ <JSFunction ([^ >]*)[^\n]*?took ([\d.]+), ([\d.]+), ([\d.]+) ms/g)) {
    const ms = Number(m[2]) + Number(m[3]) + Number(m[4]);
    const name = m[1] === '' || m[1].startsWith('(') ? '(anonymous)' : m[1];
    const f = out.byFunction.get(name) ?? { ms: 0, count: 0 };
    f.ms += ms;
    f.count++;
    out.byFunction.set(name, f);
    out.compilations++;
    out.compileMs += ms;
  }
  for (const m of timed.matchAll(/bailout \(kind: [^,]*, reason: ([^)]*)\)/g)) {
    out.deopts++;
    out.reasons.set(m[1], (out.reasons.get(m[1]) ?? 0) + 1);
  }
  return out;
}

const top = <T>(m: Map<string, T>, by: (v: T) => number, n: number): [string, T][] => [...m].sort((a, b) => by(b[1]) - by(a[1])).slice(0, n);

console.log(`${args.has('warm') ? 'Warmed' : 'Fresh'} process, ${root}, ${runs} run(s), after the warm-up:\n`);
console.log('| run | optimizing compilations | compile ms | deoptimizations | most compile time (ms / compilations) | deoptimizations by reason |');
console.log('|---:|---:|---:|---:|---|---|');
for (let r = 1; r <= runs; r++) {
  const trace = execFileSync(process.execPath, ['--trace-opt', '--trace-deopt', '--input-type=module', '-e', child], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const rep = report(trace);
  const fns = top(rep.byFunction, (f) => f.ms, 5).map(([name, f]) => `${name} ${f.ms.toFixed(0)}/${f.count}`).join(', ');
  const reasons = top(rep.reasons, (n) => n, 4).map(([reason, n]) => `${reason} ${n}`).join(', ');
  console.log(`| ${r} | ${rep.compilations} | ${rep.compileMs.toFixed(0)} | ${rep.deopts} | ${fns} | ${reasons} |`);
}
rmSync(dirname(input), { recursive: true, force: true });
