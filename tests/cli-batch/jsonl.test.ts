import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/pipeline/analyze.js';
import { outputLines, ROOT, runCli, spawnCli } from './helpers.js';

const RECORDS = join(ROOT, 'fixtures/batch/records.jsonl');
const CUSTOM = join(ROOT, 'fixtures/batch/custom-fields.jsonl');
const inputLines = (file: string): string[] => outputLines(readFileSync(file, 'utf8'));

describe('tahlil analyze --jsonl', () => {
  let single: string;

  beforeAll(async () => {
    const run = await runCli(['analyze', '--jsonl', RECORDS]);
    expect(run.code).toBe(0);
    single = run.stdout;
  });

  it('writes exactly one line per input line, each a JSON object', () => {
    const input = inputLines(RECORDS);
    const output = outputLines(single);
    expect(output).toHaveLength(input.length);
    for (const line of output) expect(typeof JSON.parse(line)).toBe('object');
  });

  it('answers each kind of line with the contract shape', () => {
    const input = inputLines(RECORDS);
    const output = outputLines(single).map((l) => JSON.parse(l));
    input.forEach((line, i) => {
      const out = output[i];
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch {
        // Not valid JSON: no id, the 1-based line number, an error.
        expect(out).toEqual({ id: null, line: i + 1, error: { message: expect.stringMatching(/^invalid JSON/) } });
        return;
      }
      if (typeof record !== 'object' || record === null || Array.isArray(record)) {
        expect(out).toEqual({ id: null, line: i + 1, error: { message: 'record is not a JSON object' } });
        return;
      }
      const { id = null, text } = record as { id?: unknown; text?: unknown };
      if (typeof text !== 'string') expect(out).toEqual({ id, error: { message: 'field "text" is missing or not a string' } });
      else expect(out).toEqual({ id, analysis: JSON.parse(JSON.stringify(analyze(text))) });
    });
    // The fixture holds bad lines of every kind, and good ones.
    expect(output.filter((o) => 'error' in o).length).toBe(5);
    expect(output.filter((o) => 'analysis' in o).length).toBe(8);
  });

  it('prints a summary on standard error, and nothing with --quiet', async () => {
    const loud = await runCli(['analyze', '--jsonl', RECORDS, '--workers', '1']);
    expect(loud.stderr).toMatch(/^tahlil: 13 records, 5 errors, \d+\.\d\d s, [\d.]+ records\/s\n$/);
    const quiet = await runCli(['analyze', '--jsonl', RECORDS, '--quiet'], true);
    expect(quiet.stderr).toBe('');
    expect(quiet.stdout).toBe(single);
  });

  it('gives output identical to --workers 1 with --workers 2', async () => {
    const pooled = await runCli(['analyze', '--jsonl', RECORDS, '--workers', '2', '--quiet']);
    expect(pooled.code).toBe(0);
    expect(pooled.stdout).toBe(single);
  });

  it('keeps input order with --workers 2 across many batches of uneven cost', async () => {
    // 400 lines (several batches per worker): records of 1 to 4 paragraphs and bad lines mixed in, so
    // batches finish out of order on the pool.
    const paragraphs = readFileSync(join(ROOT, 'fixtures/article.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
    const lines = Array.from({ length: 400 }, (_, i) =>
      i % 37 === 5 ? '{broken' : JSON.stringify({ id: i, text: paragraphs.slice(i % paragraphs.length, (i % paragraphs.length) + 1 + ((i * 7) % 4)).join('\n') }),
    );
    const dir = mkdtempSync(join(tmpdir(), 'tahlil-order-'));
    try {
      const file = join(dir, 'many.jsonl');
      writeFileSync(file, `${lines.join('\n')}\n`);
      const [one, two] = [await runCli(['analyze', '--jsonl', file, '--quiet']), await runCli(['analyze', '--jsonl', file, '--workers', '2', '--quiet'])];
      expect(outputLines(two.stdout)).toHaveLength(400);
      expect(two.stdout).toBe(one.stdout);
      expect(outputLines(two.stdout).map((l) => JSON.parse(l).id ?? JSON.parse(l).line - 1)).toEqual(lines.map((_, i) => i));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the fields named by --id-field and --text-field', async () => {
    const custom = await runCli(['analyze', '--jsonl', CUSTOM, '--id-field', 'doc', '--text-field', 'body', '--quiet']);
    const objects = outputLines(single).filter((_, i) => {
      try {
        const r = JSON.parse(inputLines(RECORDS)[i]);
        return typeof r === 'object' && r !== null && !Array.isArray(r);
      } catch {
        return false;
      }
    });
    expect(outputLines(custom.stdout)).toEqual(objects.map((l) => l.replace('"field \\"text\\"', '"field \\"body\\"')));
    // With the default field names, the renamed records have no text.
    const defaults = await runCli(['analyze', '--jsonl', CUSTOM, '--quiet']);
    expect(outputLines(defaults.stdout).every((l) => 'error' in JSON.parse(l))).toBe(true);
  });

  it.each([
    ['a missing file', ['analyze', '--jsonl', join(ROOT, 'fixtures/batch/missing.jsonl')], /cannot read .*ENOENT/],
    ['a directory', ['analyze', '--jsonl', join(ROOT, 'fixtures/batch')], /cannot read .*EISDIR/],
    ['zero workers', ['analyze', '--jsonl', RECORDS, '--workers', '0'], /--workers/],
    ['a fractional worker count', ['analyze', '--jsonl', RECORDS, '--workers', '1.5'], /--workers/],
    ['--format text', ['analyze', '--jsonl', RECORDS, '--format', 'text'], /--format/],
  ])('fails with exit code 2 and no output for %s', async (_name, args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });
});

describe('the JSONL command as a streaming mapper', () => {
  // Records cut from the seed article, plus a record without text: the same input run whole and run as
  // three mappers over split input must give the same lines.
  const article = readFileSync(join(ROOT, 'fixtures/article.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const records = article.map((text, i) => JSON.stringify({ id: `p${i}`, text }));
  records.splice(3, 0, JSON.stringify({ id: 'no-text' }));
  const input = `${records.join('\n')}\n`;
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tahlil-mapper-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same joined output over 3 splits as one run over the whole input', async () => {
    const whole = await spawnCli(['analyze', '--jsonl', '-', '--quiet'], input);
    expect(whole.code).toBe(0);
    expect(outputLines(whole.stdout)).toHaveLength(records.length);

    // Split by lines into three chunks, as `split -n l/3` or Hadoop's input splits would.
    const size = Math.ceil(records.length / 3);
    const chunks = [0, 1, 2].map((k) => records.slice(k * size, (k + 1) * size));
    const runs = await Promise.all(chunks.map((chunk) => spawnCli(['analyze', '--jsonl', '-', '--quiet'], `${chunk.join('\n')}\n`)));
    for (const run of runs) expect(run.code).toBe(0);
    const joined = runs.map((r) => r.stdout).join('');
    writeFileSync(join(dir, 'joined.jsonl'), joined);
    expect(joined).toBe(whole.stdout);
  });
});
