import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../../src/ingest/read-input.js';
import { DEFAULT_LIMITS, type IngestEntry } from '../../src/ingest/types.js';
import { collect, newSummary, scratch, tarBuffer } from '../helpers/ingest-fixtures.js';
import { writeZip } from '../helpers/zip-writer.js';

const tmp = scratch();
afterAll(() => tmp.remove());

const BIG = 'k'.repeat(1024 * 1024); // many chunks
/** A tar.gz with a big entry (many chunks), a small one, a nested tar.gz and one more after it. */
async function bundle(): Promise<string> {
  const nested = gzipSync(await tarBuffer([{ name: 'inner.txt', data: 'inner' }]));
  return tmp.file('consumer.tgz', gzipSync(await tarBuffer([
    { name: 'big.log', data: BIG },
    { name: 'small.txt', data: 'small' },
    { name: 'nested.tgz', data: nested },
    { name: 'last.txt', data: 'last' },
  ])));
}

/** The same as a zip. */
async function zipBundle(): Promise<string> {
  return tmp.file('consumer.zip', writeZip([
    { name: 'big.log', data: BIG },
    { name: 'small.txt', data: 'small' },
    { name: 'nested.tgz', data: gzipSync(await tarBuffer([{ name: 'inner.txt', data: 'inner' }])), method: 'store' },
    { name: 'last.txt', data: 'last' },
  ]));
}

const EXPECTED_PATHS = ['big.log', 'small.txt', 'nested.tgz!/inner.txt', 'last.txt'];

describe('consumers that do not play along', () => {
  it.each([
    ['tar.gz', bundle],
    ['zip', zipBundle],
  ])('%s: a consumer that never opens entries still gets every entry', async (_kind, make) => {
    const { entries, summary } = await collect(await make(), { read: 'none' });
    expect(entries.map((e) => e.path)).toEqual(EXPECTED_PATHS);
    expect(summary.gaps).toEqual([]);
    expect(summary.files).toBe(5);
  });

  it('tar.gz: drained bytes count even when nobody reads them', async () => {
    const { summary } = await collect(await bundle(), { read: 'none' });
    expect(summary.bytes).toBe(BIG.length + 'small'.length + 'inner'.length + 'last'.length);
  });

  it.each([
    ['tar.gz', 'all'], ['tar.gz', 'none'], ['tar.gz', 'first-chunk-then-destroy'],
    ['zip', 'all'], ['zip', 'none'], ['zip', 'first-chunk-then-destroy'],
  ] as const)(
    '%s: a consumer that reads %s of big.log gets the next entries intact',
    async (kind, mode) => {
      const { entries, summary } = await collect(kind === 'zip' ? await zipBundle() : await bundle(), {
        read: (e: IngestEntry) => (e.path === 'big.log' ? mode : 'all'),
      });
      expect(entries.map((e) => e.path)).toEqual(EXPECTED_PATHS);
      expect(entries.slice(1).map((e) => e.text)).toEqual(['small', 'inner', 'last']);
      expect(summary.gaps).toEqual([]);
    },
  );

  it('a consumer that opens a stream and never reads it gets the next entries intact', async () => {
    const path = await bundle();
    const texts: string[] = [];
    for await (const entry of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
      const stream = entry.open();
      if (entry.path === 'big.log') continue; // opened, abandoned, not destroyed
      let text = '';
      for await (const chunk of stream) text += String(chunk);
      texts.push(text);
    }
    expect(texts).toEqual(['small', 'inner', 'last']);
  });

  it('open() twice, or after moving on, throws', async () => {
    const path = await bundle();
    let previous: IngestEntry | null = null;
    for await (const entry of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
      if (previous) expect(() => previous!.open()).toThrow(/no longer readable/);
      entry.open().destroy();
      expect(() => entry.open()).toThrow(/only once/);
      previous = entry;
    }
  });

  it.each([
    ['tar.gz', bundle],
    ['zip', zipBundle],
  ])('%s: peek() shows the first bytes and open() still starts at byte 0', async (_kind, make) => {
    const path = await make();
    const seen: [string, string, number][] = [];
    for await (const entry of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
      const head = await entry.peek(4);
      // peeking twice reads nothing more
      expect((await entry.peek(4)).equals(head)).toBe(true);
      let length = 0;
      for await (const chunk of entry.open()) length += (chunk as Buffer).length;
      expect(() => entry.peek(4)).toThrow(/only before open/);
      seen.push([entry.path, head.toString(), length]);
    }
    expect(seen).toEqual([['big.log', 'kkkk', BIG.length], ['small.txt', 'smal', 5], ['nested.tgz!/inner.txt', 'inne', 5], ['last.txt', 'last', 4]]);
  });

  it.each([
    ['tar.gz', bundle],
    ['zip', zipBundle],
  ])('%s: chunks() gives the same bytes as open(), and a consumer may stop half-way', async (_kind, make) => {
    const path = await make();
    const got: [string, number][] = [];
    for await (const entry of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
      let length = 0;
      for await (const chunk of entry.chunks()) {
        length += chunk.length;
        if (entry.path === 'big.log' && length > 1000) break; // stops early: the rest is drained
      }
      expect(() => entry.open()).toThrow(/only once/);
      got.push([entry.path, length]);
    }
    expect(got.map(([p]) => p)).toEqual(EXPECTED_PATHS);
    expect(got[0]![1]).toBeLessThan(BIG.length);
    expect(got.slice(1)).toEqual([['small.txt', 5], ['nested.tgz!/inner.txt', 5], ['last.txt', 4]]);
  });

  it('chunks() after open(), or an old iterator after moving on, gives nothing more', async () => {
    const path = await bundle();
    let stale: AsyncIterator<Buffer> | null = null;
    for await (const entry of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
      if (stale) expect(await stale.next()).toEqual({ done: true, value: undefined });
      if (entry.path === 'small.txt') {
        entry.open().destroy();
        expect(() => entry.chunks()).toThrow(/only once/);
      }
      if (entry.path === 'big.log') stale = entry.chunks()[Symbol.asyncIterator]();
    }
    expect(stale).not.toBeNull();
  });

  it('peek() after moving on, or on a link, throws', async () => {
    const path = tmp.file('link.tar', await tarBuffer([
      { name: 'a.txt', data: 'a' },
      { name: 'l', type: 'symlink', linkname: 'a.txt' },
    ]));
    let previous: IngestEntry | null = null;
    for await (const entry of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
      if (previous) expect(() => previous!.peek(1)).toThrow(/only before open/);
      if (entry.type === 'symlink') expect(() => entry.peek(1)).toThrow(/no content/);
      previous = entry;
    }
    expect(previous?.type).toBe('symlink');
  });

  it('a consumer that stops early ends the read cleanly', async () => {
    const path = await bundle();
    const seen: string[] = [];
    for await (const entry of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
      seen.push(entry.path);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(EXPECTED_PATHS.slice(0, 3));
  });

  it('progress reports the input size and ends at 100%', async () => {
    const path = await bundle();
    const calls: [number, number, string][] = [];
    await collect(path, { onProgress: (c, t, p) => calls.push([c, t, p]) });
    expect(calls.length).toBeGreaterThan(0);
    const size = statSync(path).size;
    expect(calls.every(([, t]) => t === size)).toBe(true);
    expect(calls.at(-1)![0]).toBe(size);
  });
});
