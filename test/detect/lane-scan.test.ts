/**
 * The WebAssembly lanes must find exactly the lines the JavaScript scan finds: lanes and windows
 * cut the text at arbitrary bytes, so a literal may cross any boundary, and a lane that skips to
 * the end of a line after a hit must never skip a line of its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANES, LaneScanner } from '../../src/detect/lane-scan.js';
import { LineGate } from '../../src/detect/line-gate.js';
import { LineMatcher } from '../../src/detect/line-matcher.js';
import { LiteralSet } from '../../src/detect/literal-set.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';

/** Every hit a sieve would get, walking `buf[from, to)` as it does: from just after each hit's line. */
function walk(gate: LineGate, buf: Buffer, from = 0, to = buf.length): number[] {
  const hits: number[] = [];
  gate.reset();
  let pos = from;
  while (pos < to) {
    const hit = gate.scan(buf, pos, to);
    if (hit === -1) break;
    hits.push(hit);
    const nl = buf.indexOf(10, hit);
    pos = nl === -1 || nl >= to ? to : nl + 1;
  }
  return hits;
}

/** The lines (by number) that hold at least one of `literals`, in JavaScript terms. */
function linesWith(text: string, literals: string[]): number[] {
  const set = new LiteralSet(literals);
  return text.split('\n').flatMap((line, no) => (set.test(line) ? [no] : []));
}

const lineOf = (buf: Buffer, at: number) => buf.subarray(0, at).toString('latin1').split('\n').length - 1;

describe('LaneScanner', () => {
  const literals = ['oom', 'no space left', 'pleg'];
  const scanner = LaneScanner.of(new LiteralSet(literals).automaton(), 64)!;

  it('is available in this runtime', () => expect(scanner).not.toBeNull());

  it('records one hit per line that holds a literal, in order, whatever the boundaries', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom('OOM', 'oom', 'no space left', 'No Space\nLeft', 'pleg', 'ple', 'g', 'x', ' ', '\n', 'é'), { maxLength: 60 }),
      fc.integer({ min: 0, max: 20 }),
      (pieces, lead) => {
        const text = 'y'.repeat(lead) + pieces.join('');
        const buf = Buffer.from(text, 'latin1');
        const to = Math.min(buf.length, 64);
        scanner.scan(buf, 0, 0, to);
        const hits = [...scanner.hits.subarray(0, scanner.count)];
        expect(hits).toEqual([...hits].sort((a, b) => a - b));
        const want = linesWith(buf.subarray(0, to).toString('latin1'), literals);
        expect([...new Set(hits.map((h) => lineOf(buf, h)))]).toEqual(want);
      },
    ), { numRuns: 400 });
  });

  it('only records hits that end at or after `recordFrom`, reading the bytes before it as context', () => {
    const buf = Buffer.from('aaoom oom');
    scanner.scan(buf, 0, 4, buf.length);
    // the "oom" at 2..4 ends at `recordFrom` (it is recorded as 5, just past it); the one at 6..8 inside
    expect([...scanner.hits.subarray(0, scanner.count)]).toEqual([5, 9]);
    scanner.scan(buf, 0, 5, buf.length);
    expect([...scanner.hits.subarray(0, scanner.count)]).toEqual([9]);
  });

  it('holds a hit on every line of a window full of them', () => {
    const buf = Buffer.from('oom\n'.repeat(16));
    scanner.scan(buf, 0, 0, 64);
    expect(scanner.count).toBe(16);
    const noNewlines = Buffer.from('oom'.repeat(21));
    scanner.scan(noNewlines, 0, 0, 63);
    // one line: each lane records its first hit and skips to its end
    expect(scanner.count).toBeLessThanOrEqual(LANES);
    expect(scanner.count).toBeGreaterThan(0);
  });

  it('refuses a window too small for its literals, and more bytes than its window', () => {
    expect(() => LaneScanner.of(new LiteralSet(['a'.repeat(40)]).automaton(), 64)).not.toThrow();
    expect(LaneScanner.of(new LiteralSet(['a'.repeat(40)]).automaton(), 64)).toBeNull();
    expect(() => scanner.scan(Buffer.alloc(100), 0, 0, 100)).toThrow(RangeError);
  });
});

describe('LineGate with lanes against LineGate without', () => {
  const alternatives = [['runpodsandbox for ', ' failed, error'], ['pleg is not healthy'], ['oom-kill'], ['no space left on device']];
  const withLanes = LineGate.of(alternatives, { window: 96, laneMin: 0 })!;
  const inJs = LineGate.of(alternatives, { lanes: false })!;

  it('uses lanes when asked to, and not when not', () => {
    expect(withLanes.usesLanes).toBe(true);
    expect(inJs.usesLanes).toBe(false);
  });

  it('gives the same hits on any text, across windows and lanes', () => {
    const piece = fc.constantFrom(
      'RunPodSandbox for &PodSandboxMetadata{Name:a} ', ' failed, error', 'returns sandbox id', 'PLEG is not healthy',
      'oom-kill', 'OOM-KILL:', 'no space left on device', 'no space left', '\n', '\r\n', ' ', 'x', 'é', '"',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 80 }), fc.nat({ max: 30 }), (pieces, skip) => {
      const buf = Buffer.from(pieces.join(''));
      const from = Math.min(skip, buf.length);
      // the sieve starts stretches at a line start: so does this walk
      const start = from === 0 ? 0 : buf.indexOf(10, from) + 1 || buf.length;
      expect(walk(withLanes, buf, start)).toEqual(walk(inJs, buf, start));
    }), { numRuns: 500 });
  });

  it('never answers for one buffer with the hits of another of the same length, nor after a reset', () => {
    const a = Buffer.from('x\n'.repeat(10) + 'oom-kill here\n' + 'y\n'.repeat(100));
    const b = Buffer.from('x\n'.repeat(80) + 'oom-kill here\n' + 'y\n'.repeat(30));
    expect(a.length).toBe(b.length);
    const hitA = withLanes.scan(a, 0, a.length);
    expect(hitA).toBe(walk(inJs, a)[0]);
    // same end, from no further back: only the buffer differs
    expect(withLanes.scan(b, 0, b.length)).toBe(walk(inJs, b)[0]);
    // the same buffer, its bytes changed in place (a hit now where the lanes already looked): a
    // reset says so
    withLanes.scan(b, 0, b.length);
    a.copy(b);
    withLanes.reset();
    expect(withLanes.scan(b, 0, b.length)).toBe(hitA);
  });

  it('starts over when asked from further back, or on another buffer', () => {
    const a = Buffer.from('x\n'.repeat(60) + 'oom-kill here\n' + 'y\n'.repeat(60));
    const b = Buffer.from('z\n'.repeat(80) + 'PLEG is not healthy\n' + 'y\n'.repeat(60));
    expect(walk(withLanes, a)).toEqual(walk(inJs, a));
    expect(withLanes.scan(b, 0, b.length)).toBe(walk(inJs, b)[0]);
    // the same buffer, from the start again, without a reset
    expect(withLanes.scan(b, 0, b.length)).toBe(walk(inJs, b)[0]);
    expect(withLanes.scan(a, 0, a.length)).toBe(walk(inJs, a)[0]);
  });
});

describe('the knowledge base gate with lanes', () => {
  const gate = new LineMatcher(loadKnowledgeBase()).rawGate()!;

  it('uses lanes by default', () => expect(gate.usesLanes).toBe(true));

  it('finds the same lines on a long journal as the JavaScript scan of each line', () => {
    const routine = 'Mar 14 08:50:00 node-b kubelet[900]: I0314 08:50:00.000000     900 kubelet.go:2100] "SyncLoop (PLEG): event for pod" pod="shop/web-1" event={"ID":"9f2","Type":"ContainerStarted"}';
    const lines: string[] = [];
    const decisive = [
      'Mar 14 08:50:01 node-b kubelet[900]: E0314 08:50:01.000000     900 generic.go:205] "PLEG is not healthy" pleg was last seen active 3m7.6s ago',
      'Mar 14 08:50:02 node-b containerd[812]: time="2026-03-14T08:50:02Z" level=error msg="failed to pull image: write /var/lib/containerd/tmp: no space left on device"',
      'Mar 14 08:50:03 node-b kernel: Memory cgroup out of memory: Killed process 4242 (java) total-vm:2048kB',
    ];
    for (let i = 0; i < 6000; i++) lines.push(i % 997 === 500 ? decisive[i % 3]! : routine);
    const buf = Buffer.from(lines.join('\n'));
    const hitLines = walk(gate, buf).map((h) => lineOf(buf, h));
    const want = lines.flatMap((l, no) => (gate.test(l) ? [no] : []));
    expect(want.length).toBeGreaterThan(0);
    expect(hitLines).toEqual(want);
  });
});
