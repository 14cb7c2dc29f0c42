/**
 * The command line end to end, as users and scripts run it: exit codes, what goes to stdout and
 * stderr, and the JSON shape of CONTRACT.md. Runs the built CLI (npm test builds first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli/main.js');
const FIX = join(ROOT, 'test/fixtures');
const BASELINE = join(FIX, 'real/troubleshoot-baseline-2025.tar.gz');

function run(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function expectOneLineError(stderr: string) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('exit codes and errors', () => {
  it('a missing path exits 2 with one line on stderr', () => {
    const r = run(['analyze', '/nonexistent/bundle.tgz']);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr);
    expect(r.stderr).toContain('/nonexistent/bundle.tgz');
  });
  it.each([
    [['analyze']],
    [['analyze', BASELINE, '--format', 'pdf']],
    [['analyze', BASELINE, '--fail-on', 'sometimes']],
    [['analyze', BASELINE, '--since', 'yesterday']],
    [['analyze', BASELINE, '--bogus']],
    [['frobnicate']],
  ])('bad usage %j exits 2 with one line', (args) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr);
  });
  it('--version prints the version and exits 0', () => {
    const r = run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
  it('--help lists analyze and rules', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/analyze/);
    expect(r.stdout).toMatch(/rules/);
  });
});

describe('real healthy bundle (troubleshoot baseline, Apache-2.0, see fixtures/real/ORIGIN.md)', () => {
  it('gives no finding at error or above and exits 0; stdout is only the JSON document', () => {
    const r = run(['analyze', BASELINE, '--format', 'json', '-o', '-']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('podmortem');
    expect(report.inputs[0].layouts).toContain('troubleshoot');
    expect(report.cluster.nodes).toBe(1);
    expect(report.cluster.pods).toBeGreaterThan(5);
    expect(report.findings.filter((f: { severity: string }) => f.severity === 'error' || f.severity === 'critical')).toEqual([]);
    for (const k of ['inputs', 'cluster', 'findings', 'signals', 'gaps']) expect(report).toHaveProperty(k);
  });
});

describe('failing pods', () => {
  const podFiles = join(FIX, 'real/troubleshoot-pod-files');
  it('exit 1 with findings at or above --fail-on, 0 with --fail-on none; JSON has the contract fields', () => {
    const r = run(['analyze', join(podFiles, 'pods/message-oomkill-pod.json'), '--format', 'json', '-o', '-']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const f = report.findings[0];
    for (const k of ['id', 'reason', 'relatedReasons', 'observed', 'severity', 'namespace', 'pod', 'container', 'node', 'owner', 'count', 'firstSeen', 'lastSeen', 'cause', 'alternatives', 'signals', 'evidence', 'remediation']) {
      expect(f).toHaveProperty(k);
    }
    expect(f.evidence[0].file).toBe('message-oomkill-pod.json');
    expect(f.remediation.join(' ')).toContain('oom-kill-job3-gbb89');
    expect(run(['analyze', join(podFiles, 'pods/message-oomkill-pod.json'), '--fail-on', 'none', '-o', '-']).code).toBe(0);
  });
  it('--namespace leaves other namespaces out', () => {
    const r = run(['analyze', join(podFiles, 'pods'), '--format', 'json', '-o', '-', '--namespace', 'message-oomkill-pod']);
    const report = JSON.parse(r.stdout);
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f: { namespace: string }) => f.namespace))).toEqual(new Set(['message-oomkill-pod']));
  });
  it('--lang zh gives Chinese cause summaries', () => {
    const r = run(['analyze', join(podFiles, 'pods/message-oomkill-pod.json'), '--format', 'json', '-o', '-', '--lang', 'zh']);
    expect(JSON.parse(r.stdout).findings[0].cause.summary).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('outputs', () => {
  it('writes only the -o target; html by default for a file, and the path is printed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podmortem-'));
    const r = run(['analyze', join(FIX, 'real/troubleshoot-pod-files/pods/message-image-pull-fail.json'), '-o', join(dir, 'r.html')], dir);
    expect(r.code).toBe(1);
    expect(readdirSync(dir)).toEqual(['r.html']);
    const html = readFileSync(join(dir, 'r.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('Content-Security-Policy');
    expect(r.stderr).toContain('r.html');
  });
  it('--format html without -o writes podmortem-report.html in the current directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podmortem-'));
    run(['analyze', BASELINE, '--format', 'html'], dir);
    expect(existsSync(join(dir, 'podmortem-report.html'))).toBe(true);
  });
  it('markdown has a summary table', () => {
    const r = run(['analyze', join(FIX, 'real/troubleshoot-pod-files/pods'), '--format', 'md', '-o', '-']);
    expect(r.stdout).toMatch(/^# podmortem report/);
    expect(r.stdout).toContain('| Severity | Reason |');
  });
});

describe('damaged input', () => {
  it('a truncated archive is analysed as far as it reads and the rest is a gap', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podmortem-'));
    const bytes = readFileSync(BASELINE);
    const cut = join(dir, 'cut.tar.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    const r = run(['analyze', cut, '--format', 'json', '-o', '-']);
    expect([0, 1]).toContain(r.code);
    const report = JSON.parse(r.stdout);
    expect(report.inputs[0].files).toBeGreaterThan(0);
    expect(report.gaps.length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('a file of garbage is listed, not fatal', () => {
    const dir = mkdtempSync(join(tmpdir(), 'podmortem-'));
    writeFileSync(join(dir, 'pods.json'), '{"kind": "PodList", "items": [ {"metadata": ');
    const r = run(['analyze', join(dir, 'pods.json'), '--format', 'json', '-o', '-']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).gaps[0].missing).toContain('pods.json');
  });
});
