import { bioTags, readConll } from '../../src/cli/commands/conll';
import { tagSentences, tagTokens } from '../../src/recognize/names/model';
import type { Entity } from '../../src/types';
import { runCli } from '../helpers/cli';

const loc = (start: number, end: number): Entity => ({ type: 'location', start, end }) as Entity;
const per = (start: number, end: number): Entity => ({ type: 'person', start, end }) as Entity;

describe('readConll', () => {
  test('first column, blank lines between sentences, other columns ignored', () => {
    expect(readConll('بكين\tB-LOC\tx\nوصل\tO\n\n\nموسكو\tO\n')).toEqual([['بكين', 'وصل'], ['موسكو']]);
  });
  test('space-separated columns, CRLF, BOM, no final newline', () => {
    expect(readConll('\uFEFFEU NNP B-ORG\r\nrejects VBZ O\r\n\r\nPeter NNP B-PER')).toEqual([['EU', 'rejects'], ['Peter']]);
  });
  test.each([
    ['blank lines around it', '-DOCSTART- -X- O O\n\nبكين\tB-LOC\n\n-DOCSTART- -X- O O\n\nموسكو\tO\n'],
    ['no blank lines around it', '-DOCSTART- -X- O O\nبكين\tB-LOC\n-DOCSTART-\tO\nموسكو\tO\n'],
  ])('-DOCSTART- is a sentence of its own (%s)', (_, input) => {
    expect(readConll(input)).toEqual([['-DOCSTART-'], ['بكين'], ['-DOCSTART-'], ['موسكو']]);
  });
  test('a token that only starts like -DOCSTART- is a token', () => {
    expect(readConll('-DOCSTART-x\tO\nبكين\tO\n')).toEqual([['-DOCSTART-x', 'بكين']]);
  });
  test('empty input', () => {
    expect(readConll('')).toEqual([]);
    expect(readConll('\n\n')).toEqual([]);
  });
});

describe('bioTags', () => {
  const tokens: Array<[number, number]> = [
    [0, 3],
    [4, 12],
    [13, 18],
    [19, 24],
  ];
  test('B on the first token an entity touches, I on the rest', () => {
    expect(bioTags(tokens, [per(4, 18), loc(20, 24)])).toEqual(['O', 'B-PER', 'I-PER', 'B-LOC']);
  });
  test('a span inside a token (proclitic outside) still tags the token', () => {
    expect(bioTags(tokens, [loc(1, 3)])).toEqual(['B-LOC', 'O', 'O', 'O']);
  });
  test('non-name entities are ignored', () => {
    expect(bioTags(tokens, [{ type: 'number', start: 0, end: 3 } as Entity])).toEqual(['O', 'O', 'O', 'O']);
  });
});

describe('tahlil conll', () => {
  const input = ['وصل\tO', 'فلاديمير\tB-PER', 'بوتين\tI-PER', 'إلى\tO', 'وبكين\tB-LOC', '.\tO', '', 'قال\tO', 'مسؤول\tO', '.\tO', ''].join('\n');

  test('one line per input token, sentences kept, BIO tags', async () => {
    const { code, stdout } = await runCli(['conll', '-'], input);
    expect(code).toBe(0);
    const sentences = stdout.trimEnd().split('\n\n').map((s) => s.split('\n'));
    expect(sentences.map((s) => s.length)).toEqual([6, 3]);
    expect(sentences[0]).toEqual(['وصل\tO', 'فلاديمير\tB-PER', 'بوتين\tI-PER', 'إلى\tO', 'وبكين\tB-LOC', '.\tO']);
    expect(sentences[1]).toEqual(['قال\tO', 'مسؤول\tO', '.\tO']);
  });

  test('--document links across sentences; by default each sentence stands alone', async () => {
    const text = ['التقى\tO', 'شي\tB-PER', 'جينبينغ\tI-PER', 'بوفد\tO', '', 'وقال\tO', 'شي\tB-PER', 'إن\tO', ''].join('\n');
    const linked = (await runCli(['conll', '--document', '-'], text)).stdout.split('\n');
    expect(linked.slice(0, 4)).toEqual(['التقى\tO', 'شي\tB-PER', 'جينبينغ\tI-PER', 'بوفد\tO']);
    expect(linked[6]).toBe('شي\tB-PER');
    const alone = (await runCli(['conll', '-'], text)).stdout.split('\n');
    expect(alone[6]).toBe('شي\tO');
  });

  test('-DOCSTART- lines come back tagged O and end a document: no linking across them', async () => {
    const doc1 = ['التقى\tO', 'شي\tB-PER', 'جينبينغ\tI-PER', 'بوفد\tO', ''];
    const doc2 = ['وقال\tO', 'شي\tB-PER', 'إن\tO', ''];
    const head = ['-DOCSTART- -X- O O', ''];
    for (const flags of [['--document'], ['--document', '--model'], []]) {
      const out = (await runCli(['conll', ...flags, '-'], [...head, ...doc1, ...head, ...doc2].join('\n'))).stdout.split('\n');
      expect(out.filter((l) => l.startsWith('-DOCSTART-'))).toEqual(['-DOCSTART-\tO', '-DOCSTART-\tO']);
      expect(out.filter((l) => l !== '').length).toBe(2 + 4 + 3);
      // The tagger alone links nothing; the name stage links only within a document.
      if (!flags.includes('--model')) expect(out[out.indexOf('وقال\tO') + 1]).toBe('شي\tO');
    }
    // Without the boundary the same two sentences are one document, and the short form links.
    const joined = (await runCli(['conll', '--document', '-'], [...doc1, ...doc2].join('\n'))).stdout.split('\n');
    expect(joined[joined.indexOf('وقال\tO') + 1]).toBe('شي\tB-PER');
  });

  test('--model gives the tagger\'s own tags', async () => {
    const words = ['وأوضح', 'دانييل', 'كريتنبرينك', 'في', 'وزارة', 'الخارجية', 'الأمريكية', 'أن', 'الرئيس', 'الروسي', 'زار', 'بكين'];
    const out = (await runCli(['conll', '--model', '-'], words.map((w) => `${w}\tO`).join('\n'))).stdout.trimEnd().split('\n');
    expect(out).toEqual(words.map((w, i) => `${w}\t${tagTokens(words).tags[i]}`));
  });

  // Tokens that tahlil's tokenizer would split (a full stop or a digit glued on, as CoNLL corpora have them):
  // --model tags them as given, alone and as one running text, exactly as the tagger does.
  test.each([
    ['each sentence alone', [] as string[]],
    ['--document', ['--document']],
  ])('--model tags the input tokens as given (%s)', async (_, flags) => {
    const sentences = [
      ['وقال', 'الرئيس', 'فلاديمير.بوتين', 'في', 'بكين.'],
      ['والتقى', 'بوتين', 'و2003', 'شي', 'جينبينغ.'],
    ];
    const input = sentences.map((s) => s.map((w) => `${w}\tO`).join('\n')).join('\n\n');
    const out = (await runCli(['conll', '--model', ...flags, '-'], input)).stdout.trimEnd().split('\n\n').map((b) => b.split('\n'));
    const expected = flags.length > 0 ? tagSentences(sentences) : sentences.map((s) => tagSentences([s])[0]);
    expect(out).toEqual(sentences.map((s, k) => s.map((w, i) => `${w}\t${expected[k].tags[i]}`)));
    expect(out.flat().some((line) => !line.endsWith('\tO'))).toBe(true);
  });

  test('help and empty input', async () => {
    expect((await runCli(['conll', '--help'])).stdout).toMatch(/TOKEN<TAB>TAG/);
    expect(await runCli(['conll', '-'], '')).toMatchObject({ code: 0, stdout: '' });
  });

  test('unknown option is a usage error', async () => {
    expect((await runCli(['conll', '--nope', '-'], input)).code).toBe(2);
  });
});
