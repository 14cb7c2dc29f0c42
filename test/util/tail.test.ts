/**
 * readTail must give the same last lines, numbers and total as reading every line would, whatever
 * the chunking, while keeping only about n lines of bytes.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, type Line } from '../../src/util/lines.js';
import { readTail } from '../../src/util/tail.js';

function chunked(text: string, sizes: number[]): Readable {
  const buf = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  for (let pos = 0, i = 0; pos < buf.length; i++) {
    const n = Math.max(1, sizes[i % sizes.length] ?? 7);
    parts.push(buf.subarray(pos, pos + n));
    pos += n;
  }
  return Readable.from(parts, { objectMode: false });
}

async function allLines(text: string): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of readLines(Readable.from([Buffer.from(text, 'utf8')]))) out.push(l);
  return out;
}

describe('readTail', () => {
  it.each([
    ['a\nb\nc\n', 2, [[2, 'b'], [3, 'c']], 3],
    ['a\nb\nc', 2, [[2, 'b'], [3, 'c']], 3],
    ['only', 5, [[1, 'only']], 1],
    ['', 5, [], 0],
    ['\n\n', 5, [[1, ''], [2, '']], 2],
    ['\ufeffbom\r\nx\r\n', 5, [[1, 'bom'], [2, 'x']], 2],
  ])('%j, last %i', async (text, n, want, total) => {
    const got = await readTail(chunked(text, [2]), n);
    expect(got.lines.map((l) => [l.no, l.text])).toEqual(want);
    expect(got.total).toBe(total);
  });

  it('agrees with reading every line, for any text and any chunking', async () => {
    const line = fc.oneof(fc.constantFrom('', 'plain', 'ünï €', 'x\r', 'panic: boom'), fc.string({ maxLength: 20 }).filter((s) => !s.includes('\n')));
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 80 }), fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 6 }), fc.boolean(), fc.integer({ min: 1, max: 12 }), async (lines, sizes, endNl, n) => {
      const text = lines.join('\n') + (endNl && lines.length > 0 ? '\n' : '');
      const all = await allLines(text);
      const got = await readTail(chunked(text, sizes), n);
      expect(got.total).toBe(all.length);
      expect(got.lines).toEqual(all.slice(-n));
    }), { numRuns: 300 });
  });

  it('cuts a line longer than the limit, and flags it', async () => {
    const text = 'first\n' + 'é'.repeat(40) + '\nlast\n';
    const got = await readTail(chunked(text, [7]), 5, 21);
    expect(got.total).toBe(3);
    expect(got.lines[1]).toEqual({ no: 2, text: 'é'.repeat(10), truncated: true });
    expect(got.lines[2]).toEqual({ no: 3, text: 'last', truncated: false });
  });

  it('keeps only about n lines of a long log, and flags a line whose start it let go', async () => {
    // 10,000 lines in 64-byte chunks: the tail needs the last 3; a 30 KB line before them is cut at the head
    const text = Array.from({ length: 10_000 }, (_, i) => `line ${i + 1}`).join('\n') + '\n' + 'y'.repeat(30_000) + '\nend\n';
    const got = await readTail(chunked(text, [64]), 2, 1000);
    expect(got.total).toBe(10_002);
    expect(got.lines.map((l) => l.no)).toEqual([10_001, 10_002]);
    expect(got.lines[0]!.truncated).toBe(true);
    expect(got.lines[0]!.text).toMatch(/^y+$/);
    expect(got.lines[1]).toEqual({ no: 10_002, text: 'end', truncated: false });
  });
});
