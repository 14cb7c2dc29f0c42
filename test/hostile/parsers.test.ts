/**
 * Parser safety: a single 100 MB line (generated as a stream, never a file in git) costs no more
 * memory than a short one where lines are read one at a time, and is bounded where a whole
 * document must be held; UTF-16 is decoded, not called binary; YAML bombs, deep nesting and
 * `__proto__` keys are data, not exceptions.
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { readBundle } from '../../src/analyze/read-bundle.js';
import { readJsonObjects, readYamlObjects } from '../../src/parse/k8s/read-objects.js';
import { readBoundedText, readLines } from '../../src/util/lines.js';
import { sniffUtf16, utf16ToUtf8 } from '../../src/util/text-encoding.js';
import { contractProblems, failingPod, noise, podList, runCli, stderrProblems } from './helpers.js';

const MB = 1024 * 1024;

/** `size` bytes of one line (no newline) made of `unit`, produced lazily in 1 MiB chunks. */
function longLine(size: number, unit = 'a', before = '', after = '\n'): Readable {
  let left = size;
  let started = false;
  const chunk = Buffer.alloc(MB, unit);
  return new Readable({
    read() {
      if (!started) {
        started = true;
        if (before) this.push(before);
      }
      if (left <= 0) {
        if (after) this.push(after);
        this.push(null);
        return;
      }
      const n = Math.min(left, MB);
      left -= n;
      this.push(n === MB ? chunk : chunk.subarray(0, n));
    },
  });
}

async function writeStream(path: string, stream: Readable): Promise<void> {
  const out = createWriteStream(path);
  for await (const chunk of stream) if (!out.write(chunk)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const tmp = mkdtempSync(join(tmpdir(), 'podmortem-parsers-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a single 100 MB line', () => {
  it('the line reader cuts it at 64 KiB and holds no more than that', async () => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    const lines: { no: number; length: number; truncated: boolean; text: string }[] = [];
    for await (const l of readLines(longLine(100 * MB, 'a', 'head ', '\nnext line\r\n'))) {
      lines.push({ no: l.no, length: l.text.length, truncated: l.truncated, text: l.text.slice(0, 10) });
      peak = Math.max(peak, process.memoryUsage().heapUsed - before);
    }
    expect(lines).toEqual([
      { no: 1, length: 64 * 1024, truncated: true, text: 'head aaaaa' },
      { no: 2, length: 9, truncated: false, text: 'next line' },
    ]);
    expect(peak).toBeLessThan(64 * MB);
  }, 60_000);

  it('pasted text keeps its lines, cut', async () => {
    const r = await readBoundedText(longLine(20 * MB, 'x', 'Name: p\nImage: ', '\nStatus: Pending\n'), 512 * MB);
    expect(r!.cutLines).toBe(1);
    expect(r!.text.split('\n').map((l) => l.length)).toEqual([7, 64 * 1024, 15]);
  }, 60_000);

  it('through the CLI, as a container log, a kubelet journal, a describe dump and a one-line JSON document: bounded heap, the rest read', async () => {
    const root = join(tmp, 'long-lines');
    const logs = join(root, 'cluster-resources', 'pods', 'logs', 'shop', 'long-log');
    mkdirSync(logs, { recursive: true });
    mkdirSync(join(root, 'host-collectors', 'node-1', 'journald'), { recursive: true });
    await writeStream(join(logs, 'app.log'), longLine(100 * MB, 'a', '2025-09-01T10:00:00Z start ', '\n2025-09-01T10:00:05Z FATAL: after the long line\n'));
    await writeStream(join(root, 'host-collectors', 'node-1', 'journald', 'kubelet.txt'), longLine(100 * MB, '"',
      'Sep 01 10:00:00 node-1 kubelet[1]: I0901 10:00:00.000000 1 x.go:1] start\nSep 01 10:00:01 node-1 kubelet[1]: E0901 10:00:01.000000 1 x.go:1] ',
      '\nSep 01 10:00:02 node-1 kubelet[1]: E0901 10:00:02.000000 1 x.go:1] "Eviction manager: attempting to reclaim" resourceName="ephemeral-storage"\n'));
    await writeStream(join(root, 'describe.txt'), longLine(100 * MB, 'i',
      'Name:             long-describe\nNamespace:        shop\nNode:             node-1/10.0.0.1\nStatus:           Pending\nContainers:\n  web:\n    Image:          ',
      '\n    State:          Waiting\n      Reason:       ImagePullBackOff\n    Ready:          False\n    Restart Count:  0\nEvents:           <none>\n'));
    const crashing = failingPod('long-log');
    const status = (crashing['status'] as { containerStatuses: Record<string, unknown>[] }).containerStatuses[0]!;
    status['name'] = 'app';
    status['restartCount'] = 5;
    status['state'] = { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=app' } };
    status['lastState'] = { terminated: { exitCode: 1, reason: 'Error', finishedAt: '2025-09-01T10:00:05Z' } };
    (crashing['spec'] as { containers: Record<string, unknown>[] }).containers[0]!['name'] = 'app';
    mkdirSync(join(root, 'cluster-resources', 'pods'), { recursive: true });
    await writeStream(join(root, 'cluster-resources', 'pods', 'shop.json'), Readable.from([podList(crashing)]));
    const pod = failingPod('long-json-pod');
    (pod['metadata'] as Record<string, unknown>)['annotations'] = { blob: '@BLOB@' };
    const [pre, post] = JSON.stringify({ kind: 'PodList', items: [pod] }).split('@BLOB@');
    await writeStream(join(root, 'one-line.json'), longLine(100 * MB, 'j', pre, `${post}\n`));
    const r = runCli(['analyze', root, '--format', 'json', '-o', '-'], { timeoutMs: 120_000 });
    expect(r.signal).toBeNull();
    expect(stderrProblems(r.stderr)).toEqual([]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(contractProblems(report)).toEqual([]);
    const pods = report.findings.map((f: { pod: string }) => f.pod);
    expect(pods).toContain('long-log');
    expect(pods).toContain('long-describe');
    expect(pods).toContain('long-json-pod');
    expect(report.gaps.map((g: { missing: string }) => g.missing)).toContain('describe.txt: 1 line(s) longer than 65536 characters were cut there');
    // no evidence line carries the long line whole
    for (const f of report.findings) for (const e of f.evidence) expect(e.text.length).toBeLessThan(70 * 1024);
    const log = report.findings.find((f: { pod: string }) => f.pod === 'long-log');
    expect(log.evidence.map((e: { text: string }) => e.text)).toContain('2025-09-01T10:00:05Z FATAL: after the long line');
    rmSync(root, { recursive: true, force: true });
  }, 180_000);
});

describe('UTF-16', () => {
  const text = 'apiVersion: v1\nkind: Pod # ünïcödé 😀\n';
  async function decode(bytes: Buffer, chunk: number): Promise<string> {
    const parts: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += chunk) parts.push(bytes.subarray(i, i + chunk));
    const out: Buffer[] = [];
    for await (const b of utf16ToUtf8(Readable.from(parts), sniffUtf16(bytes)!)) out.push(b as Buffer);
    return Buffer.concat(out).toString('utf8');
  }
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(le).swap16();

  it.each([1, 2, 3, 7, 1024])('little and big endian, BOM dropped, split every %i bytes', async (chunk) => {
    expect(sniffUtf16(le)).toBe('utf-16le');
    expect(sniffUtf16(be)).toBe('utf-16be');
    expect(await decode(le, chunk)).toBe(text);
    expect(await decode(be, chunk)).toBe(text);
  });

  it('without a BOM, ASCII text in UTF-16 is recognised; binary, UTF-8 and UTF-32 are not', () => {
    expect(sniffUtf16(Buffer.from('{"kind":"PodList","items":[]}', 'utf16le'))).toBe('utf-16le');
    expect(sniffUtf16(Buffer.from('{"kind":"PodList","items":[]}', 'utf16le').swap16())).toBe('utf-16be');
    expect(sniffUtf16(Buffer.from('{"kind":"PodList","items":[]}'))).toBeNull();
    expect(sniffUtf16(Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]))).toBeNull();
    for (let seed = 1; seed < 50; seed++) expect(sniffUtf16(noise(seed, 4096))).toBeNull();
    expect(sniffUtf16(Buffer.alloc(4096))).toBeNull();
  });
});

describe('structured text that attacks the parser', () => {
  it('a YAML alias bomb is refused quickly', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
    const start = Date.now();
    const r = readYamlObjects(lines.join('\n'));
    expect(Date.now() - start).toBeLessThan(2000);
    expect(r.error).toMatch(/alias/i);
  });

  it('deep nesting is a gap or dropped values, never a stack overflow', () => {
    expect(readJsonObjects('['.repeat(100_000) + ']'.repeat(100_000)).error).toBeUndefined();
    expect(readYamlObjects(`items:\n- ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`).error).toBe('invalid YAML: nested too deeply to be read');
    const deep = readJsonObjects(`{"kind":"Pod","metadata":{"name":"p"},"x":${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}`);
    expect(deep.objects).toHaveLength(1);
    expect(() => JSON.stringify(deep.objects)).not.toThrow();
  });

  it('a parser error does not quote the text it failed on (a secret could sit there, cut where redaction cannot see it)', () => {
    const r = readJsonObjects('{"items":[{"password": "hunter2-in-a-broken-file" x}]}');
    expect(r.error).toMatch(/^invalid JSON: /);
    expect(r.error).not.toContain('hunter2');
  });

  it('__proto__ and constructor keys stay data; nothing is polluted', () => {
    const text = JSON.stringify(failingPod('proto')).replace(/\{"/g, '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"');
    const r = readJsonObjects(text);
    expect(r.objects).toHaveLength(1);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('objects of unexpected shape give partial pods or none, and the run goes on', async () => {
    const dir = join(tmp, 'shapes');
    mkdirSync(dir);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'pods.json'), JSON.stringify({
      kind: 'PodList',
      items: [
        { kind: 'Pod', metadata: { name: 'a' }, spec: { containers: 'x' }, status: { containerStatuses: [{ name: 'c', restartCount: 'many', state: { waiting: { reason: 'CrashLoopBackOff' } } }] } },
        { kind: 'Pod', metadata: { name: 'b' }, status: [] },
        { kind: 'Pod', metadata: ['x'] },
        { kind: 'Pod', metadata: { name: 'c' }, spec: { containers: [null, 1, { name: ['y'] }] }, status: { containerStatuses: { name: 'z' }, conditions: 'x', phase: 5 } },
      ],
    }));
    writeFileSync(join(dir, 'good.json'), podList(failingPod('good')));
    const model = await readBundle([dir]);
    expect(model.pods.map((p) => p.name).sort()).toEqual(['a', 'b', 'c', 'good']);
    expect(model.pods.find((p) => p.name === 'a')!.containers[0]!.restartCount).toBe(0);
  });
});
