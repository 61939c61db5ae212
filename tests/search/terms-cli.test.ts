import { run, help } from '../../src/cli/commands/terms';
import type { CliIO } from '../../src/cli/io';

function io(input: string): CliIO & { out: string } {
  const o = {
    out: '',
    stdout: (s: string) => {
      o.out += s;
    },
    stderr: () => undefined,
    readInput: () => input,
    stderrIsTTY: false,
  };
  return o;
}

describe('tahlil terms', () => {
  test('prints one term a line', async () => {
    const x = io('وصل بوتين إلى بكين، والصين');
    expect(await run(['-'], x)).toBe(0);
    expect(x.out).toBe('وصل\nبوتين\nبكين\nصين\n');
  });

  test('--offsets prints position, start, end, term, text', async () => {
    const x = io('في الصين');
    await run(['--offsets'], x);
    expect(x.out).toBe('1\t3\t8\tصين\tالصين\n');
  });

  test('--stem root and --keep-stopwords', async () => {
    const x = io('في المكتبات');
    await run(['--stem', 'root', '--keep-stopwords'], x);
    expect(x.out).toBe('في\nكتب\n');
  });

  test('empty input prints nothing; a bad mode is a usage error; --help prints the help', async () => {
    const x = io('، .');
    await run([], x);
    expect(x.out).toBe('');
    await expect(run(['--stem', 'heavy'], io('x'))).rejects.toThrow(/--stem/);
    const h = io('');
    await run(['--help'], h);
    expect(h.out).toBe(help);
  });
});
