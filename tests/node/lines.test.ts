import fc from 'fast-check';
import { splitLines } from '../../src/node/lines.js';
import { orderedMap } from '../../src/node/ordered.js';

async function* chunks<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Cuts a buffer at the given positions, which may fall inside a multi-byte UTF-8 character. */
function cut(buffer: Buffer, positions: number[]): Buffer[] {
  const at = [...new Set(positions.map((p) => p % (buffer.length + 1)))].sort((a, b) => a - b);
  const parts: Buffer[] = [];
  let from = 0;
  for (const p of at) {
    parts.push(buffer.subarray(from, p));
    from = p;
  }
  parts.push(buffer.subarray(from));
  return parts;
}

describe('splitLines', () => {
  const line = fc.string({ unit: fc.constantFrom('a', 'ب', 'ـ', '😀', '"', ' ', '\r'), maxLength: 12 }).map((s) => s.replace(/\r/g, ''));

  it('yields every line once, numbered, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 20 }), fc.boolean(), fc.boolean(), fc.array(fc.nat(), { maxLength: 10 }), async (lines, finalNewline, crlf, positions) => {
        const text = lines.join(crlf ? '\r\n' : '\n') + (finalNewline && lines.length > 0 ? '\n' : '');
        const batches = await collect(splitLines(chunks(cut(Buffer.from(text), positions)), 3));
        // A file's lines: a final newline ends the last line rather than starting an empty one.
        const expected = text === '' ? [] : text.replace(/\n$/, '').split('\n').map((l) => l.replace(/\r$/, ''));
        expect(batches.flatMap((b) => b.lines)).toEqual(expected);
        let next = 1;
        for (const b of batches) {
          if (b.lines.length === 0) continue;
          expect(b.firstLine).toBe(next);
          expect(b.lines.length).toBeLessThanOrEqual(3);
          next += b.lines.length;
        }
        expect(batches.reduce((n, b) => n + b.bytes, 0)).toBeLessThanOrEqual(Buffer.byteLength(text));
      }),
    );
  });

  it.each([
    ['empty input', [], []],
    ['one line without newline', ['{"a":1}'], ['{"a":1}']],
    ['blank lines are lines', ['a\n\n\nb\n'], ['a', '', '', 'b']],
    ['a byte order mark is dropped', ['\ufeffa\nb'], ['a', 'b']],
    ['a byte order mark later is kept', ['a\n\ufeffb'], ['a', '\ufeffb']],
  ])('%s', async (_name, input, expected) => {
    expect((await collect(splitLines(chunks(input)))).flatMap((b) => b.lines)).toEqual(expected);
  });
});

describe('orderedMap', () => {
  it('keeps input order and the concurrency bound with random completion times', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 5 }), { maxLength: 25 }), fc.integer({ min: 1, max: 4 }), async (delays, concurrency) => {
        let running = 0;
        let peak = 0;
        const out = await collect(
          orderedMap(chunks(delays.map((d, i) => ({ d, i }))), async ({ d, i }) => {
            peak = Math.max(peak, ++running);
            await new Promise((r) => setTimeout(r, d));
            running--;
            return i;
          }, concurrency),
        );
        expect(out).toEqual(delays.map((_, i) => i));
        expect(peak).toBeLessThanOrEqual(concurrency);
      }),
      { numRuns: 30 },
    );
  });

  it('yields a finished head while the source is still waiting', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    async function* slow(): AsyncGenerator<number> {
      yield 1;
      await gate;
      yield 2;
    }
    const it = orderedMap(slow(), async (x) => x * 10, 4);
    expect(await it.next()).toEqual({ value: 10, done: false });
    release();
    expect(await collect(it)).toEqual([20]);
  });

  it('rejects with the first failure in order', async () => {
    const run = collect(orderedMap(chunks([1, 2, 3]), async (x) => {
      if (x === 2) throw new Error('boom');
      return x;
    }, 2));
    await expect(run).rejects.toThrow('boom');
  });
});
