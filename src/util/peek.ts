import { Readable } from 'node:stream';
import type { ByteStream } from './lines.js';

/**
 * Reads the first `n` bytes of a stream to decide what it is, and hands back a stream that still
 * yields every byte from the start. Destroying the returned stream ends (for a Readable: destroys) the source.
 * The stream is only built when asked for: a caller that finds the whole content in `head`
 * (`complete`) does without it, and without its cost per file.
 */
export async function peek(source: ByteStream, n: number): Promise<{ head: Buffer; complete: boolean; readonly stream: Readable }> {
  const it = source[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  const chunks: Buffer[] = [];
  let length = 0;
  let done = false;
  while (length < n) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
    chunks.push(b);
    length += b.length;
  }
  const head = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
  async function* replay(): AsyncGenerator<Buffer> {
    try {
      if (head.length > 0) yield head;
      if (done) return;
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield typeof r.value === 'string' ? Buffer.from(r.value) : r.value;
      }
    } finally {
      if (!done) await it.return?.();
    }
  }
  let stream: Readable | null = null;
  return {
    head: head.subarray(0, n),
    complete: done,
    get stream() {
      return (stream ??= Readable.from(replay(), { objectMode: false }));
    },
  };
}
