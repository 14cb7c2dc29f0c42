/**
 * Every case of the hostile corpus through the built CLI (`npm test` builds first), with a capped
 * heap and a time limit: the exit code CONTRACT.md promises, a JSON report of the contract's shape,
 * one-line messages and no stack trace on stderr, the gaps that say what could not be read, and
 * the pods that could.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, type Outcome } from './corpus.js';
import { contractProblems, runCli, stderrProblems } from './helpers.js';

const base = mkdtempSync(join(tmpdir(), 'podmortem-hostile-'));
const dir = join(base, 'corpus');
const outside = join(base, 'outside');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const inputs = new Map<string, string>();
beforeAll(async () => {
  mkdirSync(dir);
  mkdirSync(outside);
  for (const c of CORPUS) inputs.set(c.name, await c.make(dir, outside));
}, 120_000);

/** Generous: every case takes well under a second or two; this only catches a hang or a blow-up. */
const TIME_LIMIT_MS = 30_000;

describe('hostile corpus, through the CLI', () => {
  it.each(CORPUS.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const input = inputs.get(c.name)!;
    const args = c.args ?? [];
    const asText = args.includes('--format');
    const r = runCli(['analyze', input, ...(asText ? args : ['--format', 'json', '-o', '-', ...args])], { timeoutMs: TIME_LIMIT_MS });
    expect(r.signal, `killed (${r.signal}) after ${r.ms} ms`).toBeNull();
    expect(stderrProblems(r.stderr), r.stderr).toEqual([]);
    expect(c.exit, `exit ${r.code}; stderr: ${r.stderr}`).toContain(r.code);
    let report: Record<string, any> | null = null;
    if (r.code === 2) {
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    } else if (!asText) {
      report = JSON.parse(r.stdout);
      expect(contractProblems(report)).toEqual([]);
    }
    if (report) {
      const missing = report['gaps'].map((g: { missing: string }) => g.missing);
      for (const re of c.gaps ?? []) expect(missing.some((m: string) => re.test(m)), `no gap matches ${re}: ${JSON.stringify(missing, null, 1)}`).toBe(true);
      const found = new Set(report['findings'].map((f: { pod: string }) => f.pod));
      for (const pod of c.pods ?? []) expect(found.has(pod), `pod ${pod} not found; findings: ${[...found].join(', ')}; gaps: ${JSON.stringify(missing)}`).toBe(true);
    }
    for (const text of c.absent ?? []) expect(r.stdout).not.toContain(text);
    const outcome: Outcome = { code: r.code, report, stdout: r.stdout, stderr: r.stderr };
    c.check?.(outcome);
  }, TIME_LIMIT_MS + 10_000);
});

describe('the limit flags', () => {
  it.each([
    ['--max-bytes', 'lots'], ['--max-bytes', '0'], ['--max-bytes', '-5M'], ['--max-entries', '1.5'], ['--max-entries', '0'],
    ['--max-depth', 'deep'], ['--max-ratio', '0'], ['--max-ratio', '1e9x'],
  ])('%s %s is bad usage: exit 2, one line', (flag, value) => {
    const r = runCli(['analyze', inputs.get('empty-dir')!, flag, value]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(flag);
  });

  it.each([['--max-bytes', '2G'], ['--max-bytes', '512MiB'], ['--max-bytes', '100k'], ['--max-entries', '5'], ['--max-depth', '0'], ['--max-ratio', '5000']])('%s %s is accepted', (flag, value) => {
    const r = runCli(['analyze', inputs.get('empty-dir')!, flag, value, '--format', 'json', '-o', '-']);
    expect(r.code, r.stderr).toBe(0);
  });
});

describe('the corpus is documented', () => {
  it('README.md lists every case', () => {
    const readme = readFileSync(join(__dirname, 'README.md'), 'utf8');
    for (const c of CORPUS) expect(readme, c.name).toContain(`| \`${c.name}\` |`);
  });
});
