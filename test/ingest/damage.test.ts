import { createServer } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, readInput } from '../../src/ingest/read-input.js';
import { DEFAULT_LIMITS } from '../../src/ingest/types.js';
import { collect, newSummary, scratch, tarBuffer } from '../helpers/ingest-fixtures.js';
import { writeZip } from '../helpers/zip-writer.js';

const tmp = scratch();
afterAll(() => tmp.remove());

/** Incompressible-ish text so that cutting the gzip in half lands in the middle of the members. */
function noise(seed: number, size: number): string {
  let x = seed;
  let out = '';
  while (out.length < size) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += x.toString(36);
  }
  return out.slice(0, size);
}

const MEMBERS = Array.from({ length: 8 }, (_, i) => ({ name: `logs/part-${i}.log`, data: noise(i + 1, 20_000) }));

describe('damaged archives', () => {
  it('truncated tar.gz: the early entries, then one gap, no throw', async () => {
    const whole = gzipSync(await tarBuffer(MEMBERS));
    const path = tmp.file('cut.tgz', whole.subarray(0, Math.floor(whole.length / 2)));
    const { entries, summary } = await collect(path);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length).toBeLessThan(MEMBERS.length);
    // everything before the cut is intact
    for (const e of entries.filter((x) => !x.incomplete)) {
      expect(e.text).toBe(MEMBERS.find((m) => m.name === e.path)!.data);
    }
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0]!.missing).toMatch(/^cut\.tgz: archive is truncated (after|inside) 'logs\/part-\d\.log'; the rest could not be read$/);
  });

  it('the same tar.gz whole: every entry, no gap', async () => {
    const path = tmp.file('whole.tgz', gzipSync(await tarBuffer(MEMBERS)));
    const { entries, summary } = await collect(path);
    expect(entries.map((e) => e.path)).toEqual(MEMBERS.map((m) => m.name));
    expect(summary.gaps).toEqual([]);
  });

  it('truncated plain tar: early entries and a gap', async () => {
    const whole = await tarBuffer(MEMBERS);
    const path = tmp.file('cut.tar', whole.subarray(0, 70_000));
    const { entries, summary } = await collect(path);
    expect(entries.map((e) => e.path)).toEqual(MEMBERS.slice(0, 4).map((m) => m.name));
    expect(entries[3]!.incomplete).toBe(true);
    expect(summary.gaps.map((g) => g.missing)).toEqual([
      "cut.tar: archive is truncated inside 'logs/part-3.log'; the rest could not be read",
    ]);
  });

  it('tar with a garbage header in the middle: entries before it, then a gap', async () => {
    const whole = await tarBuffer([{ name: 'a.txt', data: 'A' }, { name: 'b.txt', data: 'B' }]);
    whole.fill(0x41, 1024, 1024 + 512); // the second header
    const path = tmp.file('garbled.tar', whole);
    const { entries, summary } = await collect(path);
    expect(entries.map((e) => e.path)).toEqual(['a.txt']);
    expect(summary.gaps[0]!.missing).toMatch(/^garbled\.tar: archive is damaged after 'a\.txt' \(.+\); the rest could not be read$/);
  });

  it('truncated tar inside a tar.gz inside a tar: one gap, from the outer archive', async () => {
    const inner = gzipSync(await tarBuffer(MEMBERS));
    const outer = await tarBuffer([{ name: 'first.txt', data: '1' }, { name: 'node.tgz', data: inner }]);
    const path = tmp.file('outer-cut.tar', outer.subarray(0, 1024 + 512 + Math.floor(inner.length / 2)));
    const { entries, summary } = await collect(path);
    expect(entries[0]!.path).toBe('first.txt');
    expect(entries.slice(1).every((e) => e.path.startsWith('node.tgz!/logs/'))).toBe(true);
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0]!.missing).toMatch(/^outer-cut\.tar: archive is truncated (inside|after) 'node\.tgz!\/logs\/part-\d\.log'/);
  });

  it('corrupt zip: its members are read from their local headers, with a gap, no throw', async () => {
    const zip = writeZip([{ name: 'a.txt', data: 'A' }]);
    const path = tmp.file('corrupt.zip', zip.subarray(0, zip.length - 30)); // end record cut off
    const { entries, summary } = await collect(path);
    expect(entries).toEqual([{ path: 'a.txt', type: 'file', text: 'A' }]);
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0]!.missing).toMatch(/^corrupt\.zip: the zip's central directory could not be read \(.+\); its members were read in file order as far as they go$/);
  });

  it('a zip magic number and nothing else: not a readable zip, no throw', async () => {
    const path = tmp.file('magic-only.zip', Buffer.from('PK\u0005\u0006', 'latin1'));
    const { entries, summary } = await collect(path);
    expect(entries).toEqual([]);
    expect(summary.gaps[0]!.missing).toMatch(/^magic-only\.zip: not a readable zip archive \(.+\); it may be truncated or damaged/);
  });

  it('zip with one damaged member: the others are still read', async () => {
    const zip = writeZip([
      { name: 'a.txt', data: 'A'.repeat(1000) },
      { name: 'b.txt', data: 'B' },
    ]);
    zip.fill(0xff, 30 + 5, 30 + 5 + 8); // inside a.txt's deflate data
    const path = tmp.file('member-damage.zip', zip);
    const { entries, summary } = await collect(path);
    // a.txt fails on its first bytes, so it is not handed out at all: only the gap names it
    expect(entries).toEqual([{ path: 'b.txt', type: 'file', text: 'B' }]);
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0]!.missing).toMatch(/^a\.txt: could not be read \(.+\); nothing could be read$/);
  });

  it('a valid zip gives no gap', async () => {
    const path = tmp.file('fine.zip', writeZip([{ name: 'a.txt', data: 'A' }]));
    expect((await collect(path)).summary.gaps).toEqual([]);
  });
});

describe('unreadable inputs', () => {
  async function firstError(path: string): Promise<unknown> {
    try {
      for await (const _ of readInput(path, { limits: DEFAULT_LIMITS }, newSummary(path))) {
        // nothing
      }
    } catch (err) {
      return err;
    }
    return null;
  }

  it('missing path: InputError with one line', async () => {
    const err = await firstError(join(tmp.dir, 'nope.tgz'));
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toBe(`cannot read '${join(tmp.dir, 'nope.tgz')}': no such file or directory`);
    expect((err as Error).message).not.toContain('\n');
  });

  it('a socket: InputError', async () => {
    const sock = join(tmp.dir, 'sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(sock, resolve));
    try {
      const err = await firstError(sock);
      expect(err).toBeInstanceOf(InputError);
      expect((err as Error).message).toMatch(/not a regular file or directory$/);
    } finally {
      server.close();
    }
  });

  it('an existing file or directory: no error', async () => {
    expect(await firstError(tmp.file('ok.txt', 'ok'))).toBeNull();
    expect(await firstError(tmp.dir)).toBeNull();
  });
});
