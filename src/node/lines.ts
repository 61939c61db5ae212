import { StringDecoder } from 'node:string_decoder';

/**
 * A run of consecutive input lines, with the number of the first (1-based) and the input bytes read to
 * get them (for progress).
 *
 * @example
 * ```ts
 * const b: LineBatch = { lines: ['{"id":1,"text":"x"}'], firstLine: 1, bytes: 20 };
 * ```
 */
export interface LineBatch {
  lines: string[];
  firstLine: number;
  bytes: number;
}

/**
 * Splits a byte or string stream into batches of whole lines without ever holding more than one chunk
 * (plus one partial line). A batch is the lines completed by one input chunk, cut at `maxLines`, so a
 * slow input gives small, prompt batches and a fast one gives large ones. `\r\n` endings and a leading
 * byte order mark are dropped; a last line without a newline still counts.
 *
 * @example
 * ```ts
 * for await (const batch of splitLines(fs.createReadStream('in.jsonl'))) count += batch.lines.length;
 * ```
 */
export async function* splitLines(input: AsyncIterable<Buffer | string>, maxLines = 512): AsyncGenerator<LineBatch> {
  const decoder = new StringDecoder('utf8');
  // The unfinished last line, in pieces, so that a very long line is not rebuilt at every chunk.
  let partial: string[] = [];
  let lineNumber = 1;
  let first = true;
  const cut = function* (lines: string[], bytes: number): Generator<LineBatch> {
    for (let i = 0; i < lines.length; i += maxLines) {
      const part = lines.slice(i, i + maxLines);
      yield { lines: part, firstLine: lineNumber, bytes: i === 0 ? bytes : 0 };
      lineNumber += part.length;
    }
  };
  const clean = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);

  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    const bytes = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    const pieces = text.split('\n');
    if (pieces.length === 1) {
      partial.push(text);
      if (bytes > 0) yield* cut([], bytes);
      continue;
    }
    pieces[0] = partial.join('') + pieces[0];
    partial = [pieces.pop() as string];
    yield* cut(pieces.map(clean), bytes);
  }
  const rest = partial.join('') + decoder.end();
  if (rest.length > 0) yield* cut([clean(rest)], 0);
}
