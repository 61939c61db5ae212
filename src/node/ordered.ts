/**
 * Maps an async source through an async function with up to `concurrency` calls in flight, yielding
 * results in source order. It pulls the next item only when a slot is free (backpressure on the
 * source), and yields a finished head result as soon as it is ready, even while the source is waiting
 * for input, so a slow trickle of input still gets prompt output.
 *
 * @example
 * ```ts
 * for await (const out of orderedMap(batches(), (b) => pool.run(b), 4)) write(out);
 * ```
 */
export async function* orderedMap<I, O>(source: AsyncIterable<I>, fn: (item: I) => Promise<O>, concurrency: number): AsyncGenerator<O> {
  const iterator = source[Symbol.asyncIterator]();
  const inflight: Promise<O>[] = [];
  let next: Promise<IteratorResult<I>> | undefined = iterator.next();
  try {
    for (;;) {
      if (next && inflight.length < Math.max(1, concurrency)) {
        const head = inflight[0];
        const pulled = next.then((r) => ({ item: r }));
        const won = head ? await Promise.race([pulled, head.then(() => undefined, () => undefined)]) : await pulled;
        if (won === undefined) {
          yield await (inflight.shift() as Promise<O>);
          continue;
        }
        if (won.item.done) next = undefined;
        else {
          const running = fn(won.item.value);
          // Rejections surface when the result is awaited in order; this only silences the early report.
          running.catch(() => undefined);
          inflight.push(running);
          next = iterator.next();
        }
        continue;
      }
      if (inflight.length === 0) return;
      yield await (inflight.shift() as Promise<O>);
    }
  } finally {
    // Stopped early (an error or the consumer quit): release the source without waiting on a pending read.
    if (next) iterator.return?.().catch(() => undefined);
  }
}
