import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli';

const articlePath = join(__dirname, '../../fixtures/article.txt');
const article = readFileSync(articlePath, 'utf8');

describe('tahlil analyze', () => {
  test('prints exactly the serialised Analysis of the file as read', async () => {
    const { code, stdout } = await runCli(['analyze', articlePath]);
    expect(code).toBe(0);
    const a = JSON.parse(stdout);
    expect(a.text).toBe(article);
    expect(a.language.code).toBe('arb');
    expect(a.sentences).toHaveLength(25);
    for (const t of a.tokens) expect(article.slice(t.start, t.end)).toBe(t.text);
  });
  test('reads standard input for - and keeps BOM and CRLF in the offsets', async () => {
    const input = '\ufeffوصل بوتين.\r\nثم غادر.';
    const { stdout } = await runCli(['analyze', '-'], input);
    const a = JSON.parse(stdout);
    expect(a.text).toBe(input);
    expect(a.tokens[0]).toMatchObject({ text: 'وصل', start: 1, end: 4 });
    expect(a.sentences.map((s: { text: string }) => s.text)).toEqual(['وصل بوتين.', 'ثم غادر.']);
  });
  test('--format text prints a readable summary', async () => {
    const { code, stdout } = await runCli(['analyze', articlePath, '--format', 'text']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/^\{/);
    expect(stdout.length).toBeGreaterThan(20);
  });
});

describe('tahlil normalize and tokenize', () => {
  test('normalize prints the normalized text line for line', async () => {
    const { code, stdout } = await runCli(['normalize', '-'], 'الْعَرَبِيَّةُ\nأَحْمَد ٣٫٥\n');
    expect(code).toBe(0);
    expect(stdout).toBe('العربيه\nاحمد 3.5\n');
  });
  test('normalize --preset display keeps what carries meaning', async () => {
    const { stdout } = await runCli(['normalize', '--preset', 'display', '-'], 'العـــربية\n');
    expect(stdout).toBe('العربية\n');
  });
  test('tokenize prints start, end, kind and text', async () => {
    const { stdout } = await runCli(['tokenize', '-'], 'بنحو 117.5 مليار دولار،');
    expect(stdout.trim().split('\n')).toEqual(['0\t4\tword\tبنحو', '5\t10\tnumber\t117.5', '11\t16\tword\tمليار', '17\t22\tword\tدولار', '22\t23\tpunct\t،']);
  });
});

describe('usage errors exit 2 with one line', () => {
  test.each([
    [['analyze', '/nonexistent/file.txt'], /cannot read \/nonexistent\/file\.txt/],
    [['analyze', '--format', 'xml', articlePath], /--format must be json or text/],
    [['analyze', '--bogus'], /Unknown option/],
    [['normalize', '--preset', 'nope', '-'], /unknown preset nope/],
    [['tokenize', 'a', 'b'], /at most 1 input file/],
    [['frobnicate'], /unknown command/],
  ])('%j', async (argv, message) => {
    const { code, stderr } = await runCli(argv, '');
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
  test('no command prints the help and exits 2', async () => {
    const { code, stdout } = await runCli([]);
    expect(code).toBe(2);
    expect(stdout).toMatch(/Usage: tahlil <command>/);
  });
  test.each(['analyze', 'normalize', 'tokenize', 'conll', 'terms', 'render'])('%s --help', async (cmd) => {
    const { code, stdout } = await runCli([cmd, '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`Usage: tahlil ${cmd}`));
  });
});
