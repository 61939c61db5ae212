import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { analyze } from '../../src/pipeline/analyze.js';
import { analyzeMany, analyzeStream, AnalyzePool, processJsonl, type RecordResult } from '../../src/node/index.js';

// Short texts cut from the seed article, so that the pool has real work with entities in it.
const ARTICLE = readFileSync(join(__dirname, '../../fixtures/article.txt'), 'utf8');
const TEXTS = ARTICLE.split('\n').filter((l) => l.trim() !== '').slice(0, 12);

async function collect<T>(stream: Readable): Promise<T[]> {
  const out: T[] = [];
  for await (const x of stream) out.push(x as T);
  return out;
}

// One pool for the tests that only use it (each thread loads the models once, which takes seconds).
let shared: AnalyzePool;
beforeAll(() => {
  shared = new AnalyzePool({ workers: 2 });
});
afterAll(() => shared.close());

describe('analyzeMany', () => {
  it('returns the analyses of analyze(), in order, in process', async () => {
    expect(await analyzeMany(TEXTS)).toEqual(TEXTS.map((t) => analyze(t)));
  });

  it('gives the same result on two workers, and an empty input gives an empty result', async () => {
    expect(await analyzeMany(TEXTS, { pool: shared, batchSize: 3 })).toEqual(TEXTS.map((t) => analyze(t)));
    expect(await analyzeMany([], { pool: shared })).toEqual([]);
  });

  it('refuses a custom configuration on worker threads, which cannot carry functions', async () => {
    await expect(analyzeMany(TEXTS, { pool: shared, analyze: { configuration: { recognizers: [], refiners: [] } } })).rejects.toThrow(/configuration/);
  });
});

describe('analyzeStream', () => {
  const records = [
    { id: 'a', text: TEXTS[0] },
    { id: 'b' },
    { id: 'c', text: 7 },
    { id: 'd', text: TEXTS[1] },
    'نص بلا معرف في بكين',
  ];
  const expected: RecordResult[] = [
    { id: 'a', analysis: analyze(TEXTS[0]) },
    { id: 'b', error: { message: 'field "text" is missing or not a string' } },
    { id: 'c', error: { message: 'field "text" is missing or not a string' } },
    { id: 'd', analysis: analyze(TEXTS[1]) },
    { id: 4, analysis: analyze('نص بلا معرف في بكين') },
  ];

  it('is an object-mode Transform', () => {
    const s = analyzeStream();
    expect(s).toBeInstanceOf(Transform);
    expect(s.readableObjectMode && s.writableObjectMode).toBe(true);
    s.destroy();
  });

  it.each([1, 2])('turns records and strings into results in order (workers: %i)', async (workers) => {
    const out = await collect<RecordResult>(Readable.from(records).pipe(analyzeStream({ workers })));
    expect(out).toEqual(expected);
  });

  it('reads custom field names', async () => {
    const out = await collect<RecordResult>(Readable.from([{ doc: 9, body: 'بكين' }]).pipe(analyzeStream({ fields: { id: 'doc', text: 'body' } })));
    expect(out).toEqual([{ id: 9, analysis: analyze('بكين') }]);
  });

  it('holds the writer back while nobody reads (backpressure)', async () => {
    const stream = analyzeStream({ highWaterMark: 2 });
    let accepted = 0;
    while (stream.write('بكين') && accepted < 100) accepted++;
    // The writer was told to wait long before 100 writes, because no result was read.
    expect(accepted).toBeLessThan(10);
    const drained = new Promise((r) => stream.once('drain', r));
    stream.resume();
    await drained;
    stream.destroy();
  });

  it('holds the writer back on a pool too, and still ends', async () => {
    const source = Readable.from(Array.from({ length: 40 }, (_, i) => TEXTS[i % TEXTS.length]), { highWaterMark: 1 });
    let seen = 0;
    const slowReader = new Writable({
      objectMode: true,
      highWaterMark: 1,
      write(_chunk, _enc, cb) {
        seen++;
        setTimeout(cb, 2);
      },
    });
    await pipeline(source, analyzeStream({ pool: shared, concurrency: 3, highWaterMark: 1 }), slowReader);
    expect(seen).toBe(40);
  });
});

describe('processJsonl', () => {
  it('writes one line per input line with the right shapes, and counts errors', async () => {
    const input = ['{"id":1,"text":"بكين"}', '{"id":2}', 'not json', '', '{"id":3,"text":"موسكو"}'].join('\n');
    const output = new PassThrough();
    const text = collect<Buffer>(output).then((b) => Buffer.concat(b).toString('utf8'));
    const summary = await processJsonl(Readable.from([Buffer.from(input)]), output);
    output.end();
    const lines = (await text).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      { id: 1, analysis: analyze('بكين') },
      { id: 2, error: { message: 'field "text" is missing or not a string' } },
      { id: null, line: 3, error: { message: expect.stringMatching(/^invalid JSON/) } },
      { id: null, line: 4, error: { message: expect.stringMatching(/^invalid JSON/) } },
      { id: 3, analysis: analyze('موسكو') },
    ]);
    expect(summary).toMatchObject({ records: 5, errors: 3 });
  });
});
