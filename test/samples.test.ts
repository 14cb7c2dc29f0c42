/**
 * The demo bundles of samples/ end to end through the CLI, packed as customers send them
 * (.tar.gz): every failing pod with its reason and cause (samples/README.md), nothing for the
 * healthy ones, and the node evidence on the right node only.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const OUT = mkdtempSync(join(tmpdir(), 'podmortem-samples-'));

interface Report {
  findings: { namespace: string; pod: string; container: string | null; node: string | null; reason: string; relatedReasons: string[]; cause: { id: string; confidence: number }; signals: string[]; evidence: { file: string; line: number; kind: string; text: string }[]; remediation: string[] }[];
  signals: { id: string; type: string; node: string; count: number }[];
  patterns: { scope: string; subject: string; cause: string; pods: number; findings: string[]; summary: string }[];
  gaps: unknown[];
}

function analyze(name: string): { code: number | null; report: Report } {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'analyze', join(OUT, `${name}.tar.gz`), '--format', 'json', '-o', '-', '--quiet'], { encoding: 'utf8' });
  return { code: r.status, report: JSON.parse(r.stdout) as Report };
}

beforeAll(() => {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/pack-samples.mjs'), OUT], { encoding: 'utf8' });
  expect(r.status).toBe(0);
});

const summary = (r: Report) => r.findings.map((f) => `${f.namespace}/${f.pod} ${f.reason} ${f.cause.id}`).sort();

describe('samples/shop-outage', () => {
  it('finds each failing pod with its reason and cause, and nothing else', () => {
    const { code, report } = analyze('shop-outage');
    expect(code).toBe(1);
    expect(summary(report)).toEqual([
      'payments/api-6f7b8c9d4-h2kx9 CrashLoopBackOff resources.oom-killed',
      'payments/worker-7d9c8b5f6-m3q8z CreateContainerConfigError app.config-missing',
      'shop/cart-6d8f9c7b5-ltw2h FailedScheduling scheduling.unschedulable',
      'shop/search-5b7d9f6c8-9vrtk RunInitContainerError app.dependency-unavailable',
      'shop/web-7c9d8b6f5d-2xkqp ImagePullBackOff image.not-found',
      'shop/web-7c9d8b6f5d-q7m4n ImagePullBackOff image.not-found',
    ]);
  });
  it('the OOM crash loop cites the kernel OOM line of its node and is tied to the node signal', () => {
    const { report } = analyze('shop-outage');
    const api = report.findings.find((f) => f.pod.startsWith('api-'))!;
    expect(api.relatedReasons).toContain('OOMKilled');
    const oom = report.signals.find((s) => s.type === 'node.oom-kill')!;
    expect(oom.node).toBe('node-2');
    expect(api.signals).toContain(oom.id);
    expect(api.evidence.some((e) => e.kind === 'dmesg' && /out of memory/i.test(e.text))).toBe(true);
    expect(api.evidence.some((e) => e.kind === 'container-log')).toBe(true);
  });
  it("one image failing on two nodes is the image's story, not the nodes'", () => {
    const { report } = analyze('shop-outage');
    expect(report.patterns.map((p) => [p.scope, p.subject, p.cause])).toEqual([['image', 'registry.example.com/shop/web:1.4.2-latset', 'image.not-found']]);
  });
  it('remediation names the real pod', () => {
    const { report } = analyze('shop-outage');
    const worker = report.findings.find((f) => f.pod.startsWith('worker-'))!;
    expect(worker.remediation.join('\n')).toContain('worker-7d9c8b5f6-m3q8z');
  });
});

describe('samples/node-trouble', () => {
  it('finds the sandbox, disk and teardown failures on node-b, and nothing on node-a', () => {
    const { report } = analyze('node-trouble');
    expect(summary(report)).toEqual([
      'web/frontend-6c7d8e9f5b-k2m7p CreatePodSandboxError cni.ip-exhausted',
      'web/frontend-6c7d8e9f5b-x9q4w CreatePodSandboxError cni.ip-exhausted',
      'web/legacy-api-7b9c6d5f4-r8d2j KillPodSandboxError cni.teardown-failed',
      'web/reports-5f8b9c7d6-t4n2v ErrImagePull node.disk-full',
    ]);
    for (const f of report.findings) expect(f.node).toBe('node-b');
  });
  it("the node is the story: one pattern for node-b's exhausted IP pool, grouping the sandbox failures", () => {
    const { report } = analyze('node-trouble');
    expect(report.patterns.map((p) => [p.scope, p.subject, p.cause, p.pods])).toEqual([['node', 'node-b', 'cni.ip-exhausted', 2]]);
    expect(report.patterns[0]!.summary).toMatch(/node-b/);
  });
  it('node-a start-up noise (InvalidDiskCapacity, PLEG has yet to be successful) is not a signal', () => {
    const { report } = analyze('node-trouble');
    expect(report.signals.filter((s) => s.node === 'node-a')).toEqual([]);
    const types = report.signals.filter((s) => s.node === 'node-b').map((s) => s.type);
    for (const t of ['cni.ip-exhausted', 'node.disk-full', 'runtime.unresponsive']) expect(types).toContain(t);
  });
  it('the disk-full pull failure is decided by node-b evidence with file and line', () => {
    const { report } = analyze('node-trouble');
    const reports = report.findings.find((f) => f.pod.startsWith('reports-'))!;
    expect(reports.signals.length).toBeGreaterThan(0);
    expect(reports.evidence.some((e) => /no space left on device/.test(e.text) && e.line > 0 && e.file.includes('node-b'))).toBe(true);
  });
});
