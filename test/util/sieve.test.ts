/**
 * The sieve must yield exactly the lines that reading every line and testing each would keep,
 * with the same numbers and text, whatever the chunking.
 */
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, type Line } from '../../src/util/lines.js';
import { regexGate, sieveLines } from '../../src/util/sieve.js';
import { LineGate } from '../../src/detect/line-gate.js';

async function collect(gen: AsyncGenerator<Line>): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of gen) out.push(l);
  return out;
}

function chunked(text: string, sizes: number[]): Readable {
  const buf = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let pos = 0;
  let i = 0;
  while (pos < buf.length) {
    const n = Math.max(1, sizes[i++ % Math.max(1, sizes.length)] ?? 7);
    parts.push(buf.subarray(pos, pos + n));
    pos += n;
  }
  return Readable.from(parts, { objectMode: false });
}

/**
 * The oracle: every line of the file, numbered, cut to `max` bytes at a character boundary (or its
 * CR dropped), kept when it is in the head, every n-th, or its kept part matches the gate.
 */
function expected(text: string, gate: RegExp, head: number, every: number, max: number): Line[] {
  let bytes = Buffer.from(text, 'utf8');
  const parts: Buffer[] = [];
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 10) {
      if (i < bytes.length || i > start) parts.push(bytes.subarray(start, i));
      start = i + 1;
    }
  }
  return parts.flatMap((b, i) => {
    const no = i + 1;
    const truncated = b.length > max;
    let kept = truncated ? b.subarray(0, max) : b;
    if (truncated) {
      // drop a character the cut split
      while (kept.length > 0 && Buffer.from(kept.toString('utf8')).length !== kept.length) kept = kept.subarray(0, kept.length - 1);
    } else if (kept[kept.length - 1] === 13) {
      kept = kept.subarray(0, kept.length - 1);
    }
    const hit = gate.test((truncated ? b.subarray(0, max) : b).toString('latin1'));
    let t = kept.toString('utf8');
    if (no === 1 && t.charCodeAt(0) === 0xfeff) t = t.slice(1);
    return hit || no <= head || no % every === 0 ? [{ no, text: t, truncated, hit }] : [];
  });
}

describe('sieveLines', () => {
  it('with the matcher\'s literal set as gate, agrees with the regex gate', async () => {
    const { LiteralSet } = await import('../../src/detect/literal-set.js');
    const text = 'a\nwrite: No space left on device\nb\nPLEG is not healthy\n';
    const viaSet = await collect(sieveLines(chunked(text, [4]), { gate: new LiteralSet(['no space left', 'pleg is not healthy']), head: 0, every: 1000 }));
    const viaRegex = await collect(sieveLines(chunked(text, [4]), { gate: regexGate(/no space left|pleg is not healthy/i), head: 0, every: 1000 }));
    expect(viaSet).toEqual(viaRegex);
    expect(viaSet.map((l) => l.no)).toEqual([2, 4]);
  });
  const gate = /no space left|oom|pleg is not healthy/i;
  it('keeps hits, the head and every n-th line, with exact numbers', async () => {
    const text = ['a', 'b', 'write x: no space left on device', 'c', 'd', 'Memory cgroup OOM', 'e', '', 'PLEG is not healthy', 'f'].join('\n') + '\n';
    const got = await collect(sieveLines(chunked(text, [5, 3, 11]), { gate: regexGate(gate), head: 1, every: 4 }));
    expect(got.map((l) => [l.no, l.text, l.hit])).toEqual([[1, 'a', false], [3, 'write x: no space left on device', true], [4, 'c', false], [6, 'Memory cgroup OOM', true], [8, '', false], [9, 'PLEG is not healthy', true]]);
  });
  it('counts empty lines, and a last line without a newline', async () => {
    const result = { lines: 0 };
    const got = await collect(sieveLines(chunked('\n\nOOM\n\nlast OOM', [1, 2]), { gate: regexGate(gate), head: 0, every: 1000 }, result));
    expect(got.map((l) => l.no)).toEqual([3, 5]);
    expect(result.lines).toBe(5);
  });
  it('drops the byte order mark and a CR, and cuts a long line between characters', async () => {
    const got = await collect(sieveLines(chunked('\ufeffOOM one\r\n' + 'é'.repeat(10) + ' OOM\n', [3]), { gate: regexGate(gate), head: 2, every: 1000, maxLineLength: 11 }));
    expect(got).toEqual([{ no: 1, text: 'OOM one', truncated: false, hit: true }, { no: 2, text: 'é'.repeat(5), truncated: true, hit: false }]);
  });
  it('counts every line it passes over', async () => {
    const result = { lines: 0 };
    await collect(sieveLines(chunked('x\ny\nz', [2]), { gate: regexGate(gate), head: 0, every: 1000 }, result));
    expect(result.lines).toBe(3);
  });
  it('agrees with reading every line, for any text and any chunking', async () => {
    const line = fc.oneof(fc.constantFrom('no space left', 'OOM', 'plain', 'Pleg is not healthy', '', 'ünï €', '\r', '\ufeffBOM', 'ü'.repeat(13) + 'oom', 'x'.repeat(24) + 'oom'), fc.string({ maxLength: 30 }));
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 60 }), fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 8 }), fc.boolean(), async (lines, sizes, endNl) => {
      const text = lines.join('\n') + (endNl ? '\n' : '');
      const want = expected(text, gate, 3, 7, 25);
      const got = await collect(sieveLines(chunked(text, sizes), { gate: regexGate(gate), head: 3, every: 7, maxLineLength: 25 }));
      expect(got).toEqual(want);
    }), { numRuns: 300 });
  });
});

describe('the sieve with the WebAssembly lanes as its gate', () => {
  const alternatives = [['runpodsandbox for ', ' failed, error'], ['pleg is not healthy'], ['no space left on device']];
  // tiny windows and no JavaScript fallback for short stretches: every chunk goes through the lanes
  const lanes = LineGate.of(alternatives, { window: 128, laneMin: 0 })!;
  const inJs = LineGate.of(alternatives, { lanes: false })!;
  const line = fc.constantFrom(
    'RunPodSandbox for &PodSandboxMetadata{Name:a} failed, error: x',
    'RunPodSandbox for &PodSandboxMetadata{Name:a} returns sandbox id "8e2f"',
    'Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active',
    'write /var/lib/containerd: no space left on device',
    'routine line with nothing in it',
    '',
  );
  it('keeps the same lines as the JavaScript gate, whatever the chunking', async () => {
    await fc.assert(fc.asyncProperty(fc.array(line, { maxLength: 40 }), fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 1, maxLength: 8 }), async (lines, sizes) => {
      const text = lines.join('\n');
      const opts = { head: 0, every: 1_000_000 };
      const a = await collect(sieveLines(chunked(text, sizes), { ...opts, gate: lanes }));
      const b = await collect(sieveLines(chunked(text, sizes), { ...opts, gate: inJs }));
      expect(a).toEqual(b);
      expect(b.map((l) => l.text)).toEqual(lines.filter((l) => inJs.test(l)));
    }), { numRuns: 200 });
  });
});
