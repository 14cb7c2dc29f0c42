/**
 * User rule packs (`--rules DIR`, src/explain/knowledge-base.ts): a pack adds a cause that the
 * engine then uses, a pack replaces a built-in entry, and a broken pack fails with a RulesError
 * that names the file, the entry and the field. Then `podmortem rules` on the built CLI (npm run
 * build first, as npm test does).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { detectPodFindings } from '../../src/detect/pod-findings.js';
import { loadKnowledgeBase, RulesError } from '../../src/explain/knowledge-base.js';
import { NodeEvidence } from '../../src/model/node-evidence.js';
import type { BundleModel } from '../../src/model/types.js';

const dirs: string[] = [];
const builtinKb = loadKnowledgeBase();
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A rule pack in a fresh temporary directory: files by path relative to it. */
function pack(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'podmortem-pack-'));
  dirs.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), typeof content === 'string' ? content : stringify(content));
  }
  return dir;
}

const LICENSE_CAUSE = {
  id: 'app.license-expired',
  explains: ['CrashLoopBackOff'],
  match: [{ regex: 'licen[cs]e (?:has )?expired', literal: 'expired', in: ['container-log'], confidence: 0.9 }],
  text: {
    en: { summary: 'The application refuses to start because its licence has expired.', why: 'The vendor build checks a licence file at start-up and exits when it is out of date.' },
    zh: { summary: '应用程序的许可证已过期，拒绝启动。', why: '厂商版本在启动时检查许可证文件，过期后直接退出。' },
  },
  remediation: {
    en: ['Renew the licence and update the Secret that holds it, then restart {{owner}}.'],
    zh: ['续订许可证并更新保存它的 Secret，然后重启 {{owner}}。'],
  },
};

function crashLoopModel(logLine: string): BundleModel {
  return {
    inputs: [], collectedAt: '2026-03-14T09:12:44Z', nodes: [], controllers: [], events: [], gaps: [], unrecognised: [], podsCollected: true, nodeEvidence: new NodeEvidence(),
    pods: [{
      namespace: 'shop', name: 'billing-1', phase: 'Running', nodeName: 'node-1', conditions: [], initContainers: [], ref: { file: 'pods.json', line: 1 },
      containers: [{ name: 'billing', init: false, ready: false, restartCount: 6, image: 'registry.example.com/shop/billing:2.0', state: { state: 'waiting', reason: 'CrashLoopBackOff' }, lastState: { state: 'terminated', reason: 'Error', exitCode: 1 } }],
    }],
    containerLogs: [{ namespace: 'shop', pod: 'billing-1', container: 'billing', previous: true, file: 'logs/billing.log', totalLines: 2, tail: [{ line: 1, text: 'starting billing 2.0' }, { line: 2, text: logLine }] }],
  };
}

describe('a pack adds a cause', () => {
  const dir = pack({ 'causes/app.license-expired.yaml': LICENSE_CAUSE });
  const kb = loadKnowledgeBase([dir]);

  it('appears in the knowledge base next to the built-in ones', () => {
    expect(kb.causes.get('app.license-expired')?.source).toBe(join(dir, 'causes/app.license-expired.yaml'));
    expect(kb.causes.has('app.exit-error')).toBe(true);
  });

  it('a pod whose log matches its rule gets it as the cause, with the log line as evidence', () => {
    const [f] = detectPodFindings(crashLoopModel('FATAL: licence has expired (valid until 2026-01-01)'), kb);
    expect(f!.reason).toBe('CrashLoopBackOff');
    expect(f!.cause).toEqual({ id: 'app.license-expired', confidence: 0.9 });
    expect(f!.alternatives.map((a) => a.id)).toContain('app.exit-error');
    expect(f!.evidence[0]).toMatchObject({ file: 'logs/billing.log', line: 2 });
  });

  it('a pod whose log does not match keeps the built-in cause', () => {
    const [f] = detectPodFindings(crashLoopModel('FATAL: cannot open /etc/billing.conf'), kb);
    expect(f!.cause.id).toBe('app.exit-error');
  });

  it('without the pack the same pod gets the built-in cause', () => {
    const [f] = detectPodFindings(crashLoopModel('FATAL: licence has expired (valid until 2026-01-01)'), builtinKb);
    expect(f!.cause.id).toBe('app.exit-error');
  });
});

describe('a pack replaces a built-in entry', () => {
  const builtin = builtinKb.causes.get('image.not-found')!;
  const override = {
    ...LICENSE_CAUSE,
    id: 'image.not-found',
    explains: builtin.explains,
    match: [{ regex: 'manifest unknown|not found', in: ['event', 'status'], confidence: 0.7 }],
    text: {
      en: { summary: 'The image is not in our mirror: ask the platform team to mirror it.', why: 'Every image comes from the internal mirror.' },
      zh: { summary: '镜像不在内部镜像仓库中：请平台团队同步该镜像。', why: '所有镜像都来自内部镜像仓库。' },
    },
    remediation: { en: ['Open a mirror request for {{image}}.'], zh: ['为 {{image}} 提交镜像同步申请。'] },
  };
  const dir = pack({ 'causes/image.not-found.yaml': override });
  const kb = loadKnowledgeBase([dir]);

  it('its text, rules and remediation replace the built-in ones; other entries stay', () => {
    const c = kb.causes.get('image.not-found')!;
    expect(c.text.en.summary).toBe(override.text.en.summary);
    expect(c.text.zh.summary).toBe(override.text.zh.summary);
    expect(c.remediation.en).toEqual(override.remediation.en);
    expect(c.compiledRules.map((r) => r.confidence)).toEqual([0.7]);
    expect(c.source).toBe(join(dir, 'causes/image.not-found.yaml'));
    expect(kb.causes.size).toBe(builtinKb.causes.size);
    expect(kb.causes.get('registry.auth')!.text.en.summary).toBe(builtinKb.causes.get('registry.auth')!.text.en.summary);
  });

  it('the later of two packs wins', () => {
    const second = pack({ 'causes/image.not-found.yaml': { ...override, text: { ...override.text, en: { ...override.text.en, summary: 'Second pack.' } } } });
    expect(loadKnowledgeBase([dir, second]).causes.get('image.not-found')!.text.en.summary).toBe('Second pack.');
    expect(loadKnowledgeBase([second, dir]).causes.get('image.not-found')!.text.en.summary).toBe(override.text.en.summary);
  });
});

describe('a broken pack fails with a RulesError that names file, entry and field', () => {
  const file = 'causes/app.license-expired.yaml';
  const broken = (change: (c: typeof LICENSE_CAUSE) => unknown) => change(structuredClone(LICENSE_CAUSE));
  const cases: { name: string; entry: unknown; field: RegExp }[] = [
    { name: 'missing text.zh', entry: broken((c) => ({ ...c, text: { en: c.text.en } })), field: /field 'text\.zh' is missing/ },
    { name: 'a regex that does not compile', entry: broken((c) => ({ ...c, match: [{ ...c.match[0], regex: 'license (expired' }] })), field: /match\[0\]: field 'regex' is not a valid regular expression/ },
    { name: 'a nested quantifier (a+)+', entry: broken((c) => ({ ...c, match: [{ ...c.match[0], regex: '(a+)+$' }] })), field: /match\[0\]: field 'regex' has a quantified group containing a quantifier/ },
    { name: 'confidence 2', entry: broken((c) => ({ ...c, match: [{ ...c.match[0], confidence: 2 }] })), field: /match\[0\]: field 'confidence' must be a number from 0 to 1/ },
    { name: 'an unsafe unless', entry: broken((c) => ({ ...c, match: [{ ...c.match[0], unless: '(\\w+\\s?)*$' }] })), field: /match\[0\]: field 'unless' has a quantified group containing a quantifier/ },
    { name: 'remediation in one language only', entry: broken((c) => ({ ...c, remediation: { en: c.remediation.en } })), field: /field 'remediation\.zh' must be a non-empty list of strings/ },
  ];
  it.each(cases)('$name', ({ entry, field }) => {
    const dir = pack({ [file]: entry });
    let err: unknown;
    try {
      loadKnowledgeBase([dir]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(RulesError);
    const message = (err as Error).message;
    expect(message).toContain(join(dir, file));
    expect(message).toContain("entry 'app.license-expired'");
    expect(message).toMatch(field);
  });

  it('a file that is not YAML names the file', () => {
    const dir = pack({ 'signals/x.yaml': 'id: [unclosed' });
    expect(() => loadKnowledgeBase([dir])).toThrow(new RegExp(`${join(dir, 'signals/x.yaml').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not valid YAML`));
  });

  it('an entry without an id names the file and the field', () => {
    const dir = pack({ 'reasons/NoId.yaml': { stage: 'run', severity: 'error' } });
    expect(() => loadKnowledgeBase([dir])).toThrow(/NoId\.yaml: field 'id' is missing/);
  });

  it('a path that is not a directory', () => {
    const dir = pack({ 'causes/app.license-expired.yaml': LICENSE_CAUSE });
    const f = join(dir, 'causes/app.license-expired.yaml');
    expect(() => loadKnowledgeBase([f])).toThrow(RulesError);
    expect(() => loadKnowledgeBase([f])).toThrow(`--rules ${f}: not a directory`);
  });

  it('a directory that does not exist', () => {
    expect(() => loadKnowledgeBase(['/nonexistent/pack'])).toThrow('--rules /nonexistent/pack: no such directory');
  });

  it('an empty directory (or one with no reasons/, causes/, signals/ YAML)', () => {
    const empty = pack({});
    expect(() => loadKnowledgeBase([empty])).toThrow(`--rules ${empty}: no reasons/, causes/ or signals/ YAML files in it`);
    const wrongPlace = pack({ 'app.license-expired.yaml': LICENSE_CAUSE, 'causes/README.md': 'not YAML' });
    expect(() => loadKnowledgeBase([wrongPlace])).toThrow(RulesError);
  });
});

describe('podmortem rules (built CLI)', () => {
  const ROOT = join(__dirname, '../..');
  const CLI = join(ROOT, 'dist/cli/main.js');
  const run = (...args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  const kb = builtinKb;

  it('rules list --lang zh lists every reason, cause and signal, in Chinese', () => {
    const r = run('rules', 'list', '--lang', 'zh');
    expect(r.code).toBe(0);
    for (const id of [...kb.reasons.keys(), ...kb.causes.keys(), ...kb.signals.keys()]) expect(r.stdout).toMatch(new RegExp(`^  ${id.replace(/\./g, '\\.')}\\s`, 'm'));
    expect(r.stdout).toContain(kb.causes.get('image.not-found')!.text.zh.summary);
    expect(r.stdout).toContain('根因');
  });

  it('rules show image.not-found prints its remediation', () => {
    const r = run('rules', 'show', 'image.not-found');
    expect(r.code).toBe(0);
    kb.causes.get('image.not-found')!.remediation.en.forEach((step, i) => expect(r.stdout).toContain(`${i + 1}. ${step}`));
  });

  it('rules show with a pack shows the pack entry', () => {
    const dir = pack({ 'causes/app.license-expired.yaml': LICENSE_CAUSE });
    const r = run('rules', 'show', 'app.license-expired', '--rules', dir, '--lang', 'zh');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(LICENSE_CAUSE.remediation.zh[0]);
  });

  it('rules show nope exits 2 with one line', () => {
    const r = run('rules', 'show', 'nope');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain("'nope'");
  });

  it('a broken pack exits 2 with one line naming the file', () => {
    const dir = pack({ 'causes/app.license-expired.yaml': { ...LICENSE_CAUSE, match: [{ regex: '(a+)+', confidence: 0.5 }] } });
    const r = run('rules', 'list', '--rules', dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(join(dir, 'causes/app.license-expired.yaml'));
  });
});
