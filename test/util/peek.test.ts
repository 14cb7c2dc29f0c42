import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { peek } from '../../src/util/peek.js';

const source = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)), { objectMode: false });
async function text(stream: Readable): Promise<string> {
  let s = '';
  for await (const c of stream) s += String(c);
  return s;
}

describe('peek', () => {
  it.each([
    // chunks, n, head, complete
    [['abc', 'def'], 4, 'abcd', false],
    [['abc', 'def'], 6, 'abcdef', false],
    [['abc', 'def'], 7, 'abcdef', true],
    [[], 3, '', true],
  ] as const)('%j, %i bytes -> %s (complete: %s)', async (chunks, n, head, complete) => {
    const p = await peek(source(...chunks), n);
    expect(p.head.toString()).toBe(head);
    expect(p.complete).toBe(complete);
    // the stream still starts at byte 0 and yields everything
    expect(await text(p.stream)).toBe(chunks.join(''));
  });

  it('builds the replay stream once, when asked', async () => {
    const p = await peek(source('abc', 'def'), 2);
    expect(p.stream).toBe(p.stream);
  });
});
