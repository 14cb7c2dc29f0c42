import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { IngestLimits } from '../../src/ingest/types.js';
import { collect, scratch, tarBuffer } from '../helpers/ingest-fixtures.js';
import { writeZip } from '../helpers/zip-writer.js';

const tmp = scratch();
afterAll(() => tmp.remove());

const FIVE = Array.from({ length: 5 }, (_, i) => ({ name: `f${i}.txt`, data: String(i).repeat(100) }));
const ZEROS = Buffer.alloc(8 * 1024 * 1024); // compresses about 1000:1

async function fiveFiles(): Promise<string> {
  return tmp.file('five.tgz', gzipSync(await tarBuffer(FIVE)));
}
async function nested(): Promise<string> {
  const inner = gzipSync(await tarBuffer([{ name: 'in.txt', data: 'in' }]));
  return tmp.file('nested.tar', await tarBuffer([{ name: 'n.tgz', data: inner }, { name: 'after.txt', data: 'after' }]));
}
async function bomb(): Promise<string> {
  return tmp.file('bomb.tgz', gzipSync(await tarBuffer([{ name: 'zeros.bin', data: ZEROS }, { name: 'after.txt', data: 'x' }])));
}

/** Each limit just past and just within what the input needs: a gap exactly when it is hit. */
const cases: {
  name: string;
  make: () => Promise<string>;
  limits: Partial<IngestLimits>;
  paths: string[];
  gap: RegExp | null;
}[] = [
  {
    name: 'maxEntries hit',
    make: fiveFiles,
    limits: { maxEntries: 3 },
    paths: ['f0.txt', 'f1.txt', 'f2.txt'],
    gap: /^five\.tgz: more than 3 entries; reading stopped at 'f3\.txt'$/,
  },
  { name: 'maxEntries exactly enough', make: fiveFiles, limits: { maxEntries: 5 }, paths: FIVE.map((f) => f.name), gap: null },
  {
    name: 'maxTotalBytes hit',
    make: fiveFiles,
    limits: { maxTotalBytes: 250 },
    paths: ['f0.txt', 'f1.txt', 'f2.txt'],
    gap: /^five\.tgz: more than 250 bytes of decompressed data; reading stopped in 'f2\.txt'$/,
  },
  { name: 'maxTotalBytes exactly enough', make: fiveFiles, limits: { maxTotalBytes: 500 }, paths: FIVE.map((f) => f.name), gap: null },
  {
    name: 'maxDepth hit',
    make: nested,
    limits: { maxDepth: 0 },
    paths: ['after.txt'],
    gap: /^n\.tgz: nested archive not opened: it is 1 archives deep and the limit is 0$/,
  },
  { name: 'maxDepth enough', make: nested, limits: { maxDepth: 1 }, paths: ['n.tgz!/in.txt', 'after.txt'], gap: null },
  {
    name: 'maxRatio hit (top-level gzip)',
    make: bomb,
    limits: { maxRatio: 50 },
    paths: ['zeros.bin'],
    gap: /^bomb\.tgz: reading stopped inside 'zeros\.bin': gzip data expands more than 50 times/,
  },
  { name: 'maxRatio not hit', make: bomb, limits: { maxRatio: 5000 }, paths: ['zeros.bin', 'after.txt'], gap: null },
];

describe('limits', () => {
  it.each(cases)('$name', async ({ make, limits, paths, gap }) => {
    const { entries, summary } = await collect(await make(), { limits, read: 'none' });
    expect(entries.map((e) => e.path)).toEqual(paths);
    if (gap) {
      expect(summary.gaps).toHaveLength(1);
      expect(summary.gaps[0]!.missing).toMatch(gap);
      expect(summary.gaps[0]!.impact.length).toBeGreaterThan(0);
    } else {
      expect(summary.gaps).toEqual([]);
    }
  });

  it('maxTotalBytes cuts the entry being read short and flags it incomplete', async () => {
    const { entries, summary } = await collect(await fiveFiles(), { limits: { maxTotalBytes: 250 } });
    expect(entries.map((e) => [e.text?.length, e.incomplete ?? false])).toEqual([[100, false], [100, false], [0, true]]);
    expect(summary.bytes).toBeLessThanOrEqual(250);
  });

  it('maxRatio on a .gz member stops that member only', async () => {
    const path = tmp.file('member-bomb.tar', await tarBuffer([
      { name: 'zeros.gz', data: gzipSync(ZEROS) },
      { name: 'after.txt', data: 'after' },
    ]));
    const { entries, summary } = await collect(path, { limits: { maxRatio: 50 } });
    expect(entries.map((e) => [e.path, e.incomplete ?? false])).toEqual([['zeros.gz', true], ['after.txt', false]]);
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0]!.missing).toMatch(/^zeros\.gz: gzip data expands more than 50 times .*; only the first \d+ bytes were read$/);
  });

  it('maxRatio on a zip member stops that member only', async () => {
    const path = tmp.file('bomb.zip', writeZip([{ name: 'zeros.bin', data: ZEROS }, { name: 'b.txt', data: 'B' }]));
    const { entries, summary } = await collect(path, { limits: { maxRatio: 50 } });
    expect(entries.map((e) => e.path)).toEqual(['zeros.bin', 'b.txt']);
    expect(entries[1]!.text).toBe('B');
    expect(summary.gaps).toHaveLength(1);
    expect(summary.gaps[0]!.missing).toMatch(/^zeros\.bin: zip data expands more than 50 times/);
  });
});
