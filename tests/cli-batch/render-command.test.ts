import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE } from '../render/sample.js';
import { runCli } from './helpers.js';

describe('tahlil render', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tahlil-render-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const marks = (html: string): number => (html.match(/<mark id="m-\d+" tabindex="0"/g) ?? []).length;

  it('renders an analysis given as JSON as is', async () => {
    const file = join(dir, 'analysis.json');
    writeFileSync(file, JSON.stringify(SAMPLE));
    const run = await runCli(['render', file, '--title', 'عينة']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('<title>عينة</title>');
    expect(marks(run.stdout)).toBe(SAMPLE.entities.length);
  });

  it('renders a --jsonl output line through its analysis', async () => {
    const file = join(dir, 'line.json');
    writeFileSync(file, JSON.stringify({ id: 1, analysis: SAMPLE }));
    expect(marks((await runCli(['render', file])).stdout)).toBe(SAMPLE.entities.length);
  });

  it('analyses plain text, including text that merely starts with a brace', async () => {
    const file = join(dir, 'text.txt');
    writeFileSync(file, '{ليست JSON} وصل الرئيس فلاديمير بوتين إلى بكين.');
    const run = await runCli(['render', file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('{ليست JSON}');
    expect(marks(run.stdout)).toBeGreaterThan(0);
  });

  it('fails with exit code 2 on an unreadable file', async () => {
    const run = await runCli(['render', join(dir, 'missing.txt')]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
  });
});
