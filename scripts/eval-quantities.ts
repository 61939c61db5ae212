// Runs every case of the Recognizers-Text Arabic suites and prints, per file, the pass rate on all cases and
// on the reliable subset (no `not_supported` for dotnet, no `ignore_resolution`, `quality_note` or
// `model_options`, no `ordinal.relative`). A case passes when the results of the compared type are exactly
// the expected ones: same span and same value.
//
// number.jsonl is compared twice: against the number recognizer (every number, before the refiners fold
// those inside money, quantities and dates away: the analogue of the suite's NumberModel) and against the
// plain numbers that extractQuantities finally reports. The other files are compared against
// extractQuantities. datetime.jsonl is scored for information only, on the spans of its date and time
// cases. Files whose types tahlil does not map (duration, numberrange) are run but not scored.
//
// Usage: npx tsx scripts/eval-quantities.ts [suite-dir] [--failures] [--all-failures]
// The suites were used while developing the rules: these figures are development figures, not held-out.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractQuantities, numbersRecognizer } from '../src/recognize/quantities/index.js';
import { splitSentences, tokenize } from '../src/tokenize/index.js';
import type { Entity } from '../src/types.js';

interface Expected {
  text: string;
  start: number;
  end: number;
  type: string;
  value: unknown;
  offset_ok?: boolean;
}

interface Case {
  id: string;
  input: string;
  expected: Expected[];
  not_supported?: string[];
  ignore_resolution?: boolean;
  quality_note?: string;
  model_options?: unknown;
}

type Found = { text: string; start: number; end: number; value: number };

interface Mode {
  label: string;
  /** Suite types this mode compares. */
  suiteTypes: string[];
  find: (input: string) => Found[];
  /** Compare spans only, not values. */
  spanOnly?: boolean;
  /** Score only the cases whose expected results all have these types (and at least one). */
  onlyCases?: Set<string>;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const dir = resolve(ROOT, args.find((a) => !a.startsWith('--')) ?? '../shared/suites/recognizers-text');
const showFailures = args.includes('--failures') || args.includes('--all-failures');
const allFailures = args.includes('--all-failures');

const DATE_TIME = new Set(['date', 'time', 'datetimeV2.date', 'datetimeV2.time']);

const spansOf = (types: Entity['type'][]) => (input: string): Found[] =>
  extractQuantities(input)
    .filter((e) => types.includes(e.type))
    .map((e) => ({ text: e.text, start: e.start, end: e.end, value: NaN }));

const ofType = (type: Entity['type']) => (input: string): Found[] =>
  extractQuantities(input)
    .filter((e) => e.type === type)
    .map((e) => ({ text: e.text, start: e.start, end: e.end, value: (e as { value: number }).value }));

function recognizedNumbers(input: string): Found[] {
  const tokens = tokenize(input);
  const ctx = { text: input, tokens, sentences: splitSentences(input, tokens) };
  return numbersRecognizer.recognize(ctx).map((e) => ({ text: e.text, start: e.start, end: e.end, value: (e as { value: number }).value }));
}

const MODES: Record<string, Mode[]> = {
  'number.jsonl': [
    { label: 'number (recognizer)', suiteTypes: ['number'], find: recognizedNumbers },
    { label: 'number (extractQuantities)', suiteTypes: ['number'], find: ofType('number') },
  ],
  'ordinal.jsonl': [{ label: 'ordinal', suiteTypes: ['ordinal', 'ordinal.relative'], find: ofType('ordinal') }],
  'percent.jsonl': [{ label: 'percent', suiteTypes: ['percentage'], find: ofType('percent') }],
  'money.jsonl': [{ label: 'money', suiteTypes: ['currency'], find: ofType('money') }],
  // Informational: the datetime suite is conversational (سأعود الساعة …) and its values use their own
  // notation, so only the spans of dates and times are compared, on cases that expect nothing else.
  'datetime.jsonl': [{ label: 'date/time spans only (informational)', suiteTypes: ['date', 'time', 'datetimeV2.date', 'datetimeV2.time'], find: spansOf(['date', 'time']), spanOnly: true, onlyCases: DATE_TIME }],
};

function reliable(c: Case): boolean {
  return (
    !(c.not_supported ?? []).includes('dotnet') &&
    !c.ignore_resolution &&
    !c.quality_note &&
    !c.model_options &&
    !c.expected.some((e) => e.type === 'ordinal.relative')
  );
}

function sameValue(a: unknown, b: number): boolean {
  if (typeof a !== 'number') return false;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

function passes(c: Case, mode: Mode): boolean {
  const expected = c.expected.filter((e) => mode.suiteTypes.includes(e.type));
  const found = mode.find(c.input);
  if (found.length !== expected.length) return false;
  return expected.every((e) =>
    found.some((f) => (e.offset_ok === false ? f.text.trim() === e.text.trim() : f.start === e.start && f.end === e.end) && (mode.spanOnly === true || sameValue(e.value, f.value))),
  );
}

const rows: string[] = [];
const failures: string[] = [];
const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);
const started = performance.now();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
  const cases: Case[] = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Case);
  const modes = MODES[file];
  if (!modes) {
    // Run anyway: a crash or a slow case on any input is a bug.
    for (const c of cases) extractQuantities(c.input);
    rows.push(`| ${file} | not scored (types not compared) | ${cases.length} | | | ${cases.filter(reliable).length} | | |`);
    continue;
  }
  for (const mode of modes) {
    const only = mode.onlyCases;
    const scored = only ? cases.filter((c) => c.expected.length > 0 && c.expected.every((e) => only.has(e.type))) : cases;
    let pass = 0;
    let relCases = 0;
    let relPass = 0;
    scored.forEach((c) => {
      const index = cases.indexOf(c);
      const ok = passes(c, mode);
      const rel = reliable(c);
      if (ok) pass++;
      if (rel) relCases++;
      if (rel && ok) relPass++;
      if (!ok && showFailures && (rel || allFailures)) {
        const got = mode.find(c.input).map((f) => `${f.text}=${f.value}@${f.start}`);
        const want = c.expected.filter((e) => mode.suiteTypes.includes(e.type)).map((e) => `${e.text}=${String(e.value)}@${e.start}`);
        failures.push(`${mode.label} #${index}${rel ? '' : ' (unreliable)'} ${JSON.stringify(c.input)}\n    expected ${JSON.stringify(want)}\n    got      ${JSON.stringify(got)}`);
      }
    });
    rows.push(`| ${file} | ${mode.label} | ${scored.length} | ${pass} | ${pct(pass, scored.length)} | ${relCases} | ${relPass} | ${pct(relPass, relCases)} |`);
  }
}
console.log('| file | compared | cases | pass | rate | reliable cases | reliable pass | reliable rate |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
console.log(`\n${(performance.now() - started).toFixed(0)} ms for all files.`);
if (showFailures) console.log(`\n${failures.join('\n')}`);
