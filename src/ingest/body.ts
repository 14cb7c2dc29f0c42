import { Readable } from 'node:stream';

/**
 * Where the bytes of one entry come from. Only `next` is needed. `skip` exists when the source can be
 * dropped without reading it (a file on disk, a zip member): unread entries then cost nothing. Sources
 * without it (a tar member inside a stream) must be read to their end to reach the next entry.
 */
export interface ByteSource {
  next(): Promise<IteratorResult<Uint8Array | string>>;
  skip?(): void;
}

/** Adapts a stream (Node or streamx) to a ByteSource without giving its iterator a `return`. */
export function iteratorSource(stream: AsyncIterable<Uint8Array | string>, skip?: () => void): ByteSource {
  const it = stream[Symbol.asyncIterator]();
  // Only `next` is kept: calling `return` on a tar member's iterator would destroy the whole archive.
  return skip ? { next: () => it.next(), skip } : { next: () => it.next() };
}

export const EMPTY_SOURCE: ByteSource = { next: async () => ({ done: true, value: undefined }) };

/**
 * The bytes of one entry, read by one reader at a time: the consumer's stream, a nested decompressor,
 * or the ingest loop draining what nobody read. Every read goes through one queue, so a reader that
 * is dropped half-way (destroyed by the consumer, or detached because the consumer moved on) never
 * races with the one after it, and the underlying source is never destroyed by a consumer.
 *
 * It never throws: a failing source ends the body early and leaves the reason in `error`; a refused
 * `meter` (a limit) ends it early with `cut` set.
 */
export class Body {
  /** Why the source failed (damage, read error, decompression limit); null when it did not. */
  error: unknown = null;
  /** The meter refused more bytes: a limit was reached inside this entry. */
  cut = false;
  /** Bytes handed out or drained so far. */
  bytes = 0;
  /** Counts bytes as they are handed out; returning false stops the body (a limit). */
  meter: ((n: number) => boolean) | null = null;

  private exhausted = false;
  private skipped = false;
  private ahead: Buffer[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private detachReader: (() => void) | null = null;

  constructor(private readonly source: ByteSource) {}

  /** True once nothing more will come out (end, error, limit or skip). */
  get ended(): boolean {
    return this.exhausted && this.ahead.length === 0;
  }

  /** The next chunk, or null at the end. */
  pull(): Promise<Buffer | null> {
    return this.enqueue(() => this.deliver());
  }

  /**
   * Reads ahead until `n` bytes are known (or the end) and returns them without consuming them: the
   * next reader still starts at byte 0. Used to sniff magic bytes.
   */
  peek(n: number): Promise<Buffer> {
    return this.enqueue(async () => {
      let have = this.ahead.reduce((sum, b) => sum + b.length, 0);
      while (have < n) {
        const chunk = await this.readSource();
        if (chunk === null) break;
        this.ahead.push(chunk);
        have += chunk.length;
      }
      const head = this.ahead.length === 1 ? this.ahead[0]! : Buffer.concat(this.ahead);
      return head.subarray(0, n);
    });
  }

  /**
   * A fresh stream over the rest of the body. Opening a new one detaches the previous one. Damage
   * or a limit ends the stream early without an error (`onEnd` runs first, so the caller can flag
   * the entry as incomplete): consumers get what could be read, and ingest reports the gap.
   */
  open(onEnd?: () => void): Readable {
    this.detach();
    let attached = true;
    const stream = new Readable({
      read: () => {
        void this.pull().then((chunk) => {
          if (!attached) return; // a dropped reader: the chunk is simply discarded
          if (chunk === null) {
            onEnd?.();
            stream.push(null);
          } else {
            stream.push(chunk);
          }
        });
      },
      destroy: (_err, callback) => {
        // The consumer may destroy its stream at any time: only this reader stops, the source lives
        // on. The error it was destroyed with is not re-emitted: whoever destroyed it already knows,
        // and an 'error' nobody listens to any more would crash the process.
        attached = false;
        callback(null);
      },
    });
    this.detachReader = () => {
      if (attached) {
        attached = false;
        stream.destroy();
      }
    };
    return stream;
  }

  /** Stops the current reader, if any, so that ingest can take over the rest of the body. */
  detach(): void {
    const detach = this.detachReader;
    this.detachReader = null;
    detach?.();
  }

  /**
   * Brings the body to its end so the container can move on: skips the rest when the source allows
   * it, otherwise reads (and meters) it. Safe to call more than once.
   */
  async finish(): Promise<void> {
    this.detach();
    if (this.source.skip && !this.ended) {
      await this.enqueue(async () => this.skipNow());
      return;
    }
    while ((await this.pull()) !== null) {
      // draining: the bytes are counted by pull/meter and dropped
    }
  }

  /** Gives up on the body without reading it (the whole read is being abandoned). */
  abandon(): void {
    this.detach();
    this.skipNow();
  }

  private skipNow(): void {
    if (this.exhausted) return;
    this.exhausted = true;
    this.skipped = true;
    this.ahead = [];
    this.source.skip?.();
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async deliver(): Promise<Buffer | null> {
    const chunk = this.ahead.shift() ?? (await this.readSource());
    if (chunk === null) return null;
    if (this.meter && !this.meter(chunk.length)) {
      this.cut = true;
      this.skipNow();
      return null;
    }
    this.bytes += chunk.length;
    return chunk;
  }

  private async readSource(): Promise<Buffer | null> {
    if (this.exhausted) return null;
    try {
      for (;;) {
        const r = await this.source.next();
        if (r.done) {
          this.exhausted = true;
          return null;
        }
        const v = r.value;
        const chunk = typeof v === 'string' ? Buffer.from(v)
          : Buffer.isBuffer(v) ? v : Buffer.from(v.buffer, v.byteOffset, v.byteLength);
        // An empty chunk pushed into a Readable would stall it: skip them here.
        if (chunk.length > 0) return chunk;
      }
    } catch (err) {
      this.exhausted = true;
      // A source we skipped on purpose may complain about being closed: that is not damage.
      if (!this.skipped) this.error = err;
      return null;
    }
  }
}
