/**
 * samples/seed-reasons end to end through the CLI, packed as customers send it (.tar.gz): one
 * failing pod per seed reason the other two samples do not show, each with its reason and cause
 * (samples/README.md), nothing for the healthy pods; and the three samples together cover all 16
 * seed reasons (as the finding's reason or one of its related reasons).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..');
const OUT = mkdtempSync(join(tmpdir(), 'podmortem-samples-seed-'));

interface Report {
  findings: { namespace: string; pod: string; container: string | null; node: string | null; reason: string; relatedReasons: string[]; cause: { id: string; confidence: number }; evidence: { file: string; line: number; kind: string; text: string }[] }[];
  signals: { id: string; type: string; node: string; count: number }[];
  patterns: unknown[];
  gaps: { node: string | null; missing: string }[];
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

const SEED_REASONS = [
  'ImagePullBackOff', 'ImageInspectError', 'ErrImagePull', 'ErrImageNeverPull', 'RegistryUnavailable', 'InvalidImageName',
  'CrashLoopBackOff', 'RunContainerError', 'KillContainerError', 'VerifyNonRootError', 'RunInitContainerError',
  'CreatePodSandboxError', 'ConfigPodSandboxError', 'KillPodSandboxError', 'SetupNetworkError', 'TeardownNetworkError',
];

describe('samples/seed-reasons', () => {
  it('finds each failing pod with its reason and cause, and nothing else', () => {
    const { code, report } = analyze('seed-reasons');
    expect(code).toBe(1);
    expect(summary(report)).toEqual([
      'apps/audit-7b5c9d8f6-r9t2k CreateContainerConfigError security.run-as-root',
      'apps/billing-6b9f7d5c8-k4xzp ImageInspectError image.corrupt',
      'apps/exporter-6c8d7f9b5-j5m2q RunContainerError container.command-not-found',
      'apps/importer-84c6d9f7b-z7k2d ErrImageNeverPull image.never-pull-absent',
      'apps/ledger-sync-5f7c8d9b6-q3w8v KillContainerError runtime.unresponsive',
      'apps/reports-9d7f6c5b8-m4p9s RegistryUnavailable registry.unreachable',
      'apps/storefront-5d8b7c9f6-w2n4x InvalidImageName image.reference-invalid',
      // No cause of the knowledge base explains ConfigPodSandboxError from a missing resolv.conf
      // (only security.policy-denied explains ConfigPodSandboxError): the engine says so, never guesses.
      'apps/web-1 ConfigPodSandboxError unknown',
    ]);
    const nodeOf = Object.fromEntries(report.findings.map((f) => [f.pod.replace(/-[a-z0-9]+-[a-z0-9]+$/, ''), f.node]));
    expect(nodeOf).toEqual({ audit: 'node-2', billing: 'node-1', exporter: 'node-1', importer: 'node-2', 'ledger-sync': 'node-1', reports: 'node-2', storefront: 'node-2', 'web-1': 'node-1' });
  });

  it("node-1's Docker journal is read as its runtime log: no gap for it, and its lines are evidence", () => {
    const { report } = analyze('seed-reasons');
    expect(report.gaps.filter((g) => g.node === 'node-1').map((g) => g.missing)).toEqual([]);
    // node-2 has its CRI-O journal: no runtime gap there either
    expect(report.gaps.filter((g) => /runtime log/.test(g.missing))).toEqual([]);
  });

  it('the runAsNonRoot refusal is a CreateContainerConfigError that is also a VerifyNonRootError', () => {
    const { report } = analyze('seed-reasons');
    const audit = report.findings.find((f) => f.pod.startsWith('audit-'))!;
    expect(audit.relatedReasons).toContain('VerifyNonRootError');
    expect(audit.evidence.some((e) => /container has runAsNonRoot and image will run as root/.test(e.text))).toBe(true);
  });

  it('the sandbox config failure of web-1 is found from the kubelet journal of node-1 alone', () => {
    const { report } = analyze('seed-reasons');
    const web1 = report.findings.find((f) => f.pod === 'web-1')!;
    expect(web1.evidence.some((e) => e.kind === 'kubelet' && e.file.includes('node-1') && e.line > 0 && /GeneratePodSandboxConfig for pod/.test(e.text))).toBe(true);
  });

  it('the stuck deletion is decided by the FailedKillPod event and the kubelet lines of node-1', () => {
    const { report } = analyze('seed-reasons');
    const ledger = report.findings.find((f) => f.pod.startsWith('ledger-sync-'))!;
    expect(ledger.evidence.some((e) => e.kind === 'event' && /KillContainerError/.test(e.text))).toBe(true);
    expect(report.signals.map((s) => [s.type, s.node])).toEqual([['runtime.unresponsive', 'node-1']]);
    expect(report.patterns).toEqual([]);
  });
});

describe('the three samples together', () => {
  it('cover all 16 seed reasons (as reason or related reason)', () => {
    const seen = new Set<string>();
    for (const name of ['shop-outage', 'node-trouble', 'seed-reasons']) {
      for (const f of analyze(name).report.findings) for (const r of [f.reason, ...f.relatedReasons]) seen.add(r);
    }
    expect(SEED_REASONS.filter((r) => !seen.has(r))).toEqual([]);
  });
});
