/**
 * Shared by the hostile-input tests: running the built CLI with bounded time and memory, checking
 * a report against the JSON shape of CONTRACT.md, and small bundle builders.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = join(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli/main.js');
export const BASELINE = join(ROOT, 'test/fixtures/real/troubleshoot-baseline-2025.tar.gz');
export const POD_FILES = join(ROOT, 'test/fixtures/real/troubleshoot-pod-files');

/** Heap the CLI gets in these tests: a case that needs more is a case whose memory is not bounded. */
export const HEAP_MB = 768;

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs `node dist/cli/main.js ...args` with a capped heap and a time limit. */
export function runCli(args: string[], opts: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): CliResult {
  const start = Date.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: opts.timeoutMs ?? 60_000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', PODMORTEM_DEBUG: '', ...opts.env },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: Date.now() - start };
}

/** What CONTRACT.md promises about stderr: one-line messages prefixed `podmortem:`, never a stack trace. */
export function stderrProblems(stderr: string): string[] {
  const problems: string[] = [];
  if (/\n\s+at .+(?:\(|:\d+:\d+)/.test(stderr)) problems.push('stack trace on stderr');
  for (const line of stderr.split('\n')) {
    if (line.trim() === '') continue;
    // the progress indicator only draws on a TTY; everything else is podmortem's own one-liners
    if (!line.startsWith('podmortem: ')) problems.push(`stderr line not from podmortem: ${line.slice(0, 200)}`);
  }
  return problems;
}

const SEVERITIES = ['critical', 'error', 'warning', 'info'];
const KINDS = ['status', 'event', 'describe', 'kubelet', 'containerd', 'crio', 'cni', 'dmesg', 'container-log', 'node-condition', 'disk'];
const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;

/** Everything in `report` that does not fit the JSON report of CONTRACT.md; empty when it fits. */
export function contractProblems(report: unknown): string[] {
  const p: string[] = [];
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const str = (v: unknown, where: string) => { if (typeof v !== 'string') p.push(`${where}: not a string`); };
  const strOrNull = (v: unknown, where: string) => { if (v !== null && typeof v !== 'string') p.push(`${where}: not a string or null`); };
  const int = (v: unknown, where: string, min = 0) => { if (!Number.isInteger(v) || (v as number) < min) p.push(`${where}: not an integer >= ${min}`); };
  const time = (v: unknown, where: string) => { if (v !== null && !(typeof v === 'string' && RFC3339.test(v))) p.push(`${where}: not RFC 3339 or null: ${JSON.stringify(v)}`); };
  const strList = (v: unknown, where: string) => {
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) p.push(`${where}: not a list of strings`);
  };
  const evidence = (v: unknown, where: string) => {
    if (!Array.isArray(v)) return p.push(`${where}: not a list`);
    v.forEach((e, i) => {
      const w = `${where}[${i}]`;
      if (!isObj(e)) return p.push(`${w}: not an object`);
      str(e['file'], `${w}.file`);
      int(e['line'], `${w}.line`, 1);
      time(e['time'], `${w}.time`);
      if (!KINDS.includes(e['kind'] as string)) p.push(`${w}.kind: ${JSON.stringify(e['kind'])}`);
      str(e['text'], `${w}.text`);
    });
  };
  if (!isObj(report)) return ['report is not an object'];
  if (report['schemaVersion'] !== 1) p.push('schemaVersion is not 1');
  const tool = report['tool'];
  if (!isObj(tool) || tool['name'] !== 'podmortem' || typeof tool['version'] !== 'string') p.push('tool');
  if (!Array.isArray(report['inputs'])) p.push('inputs: not a list');
  else report['inputs'].forEach((inp, i) => {
    if (!isObj(inp)) return p.push(`inputs[${i}]: not an object`);
    str(inp['path'], `inputs[${i}].path`);
    strList(inp['layouts'], `inputs[${i}].layouts`);
    int(inp['files'], `inputs[${i}].files`);
    int(inp['bytes'], `inputs[${i}].bytes`);
  });
  const c = report['cluster'];
  if (!isObj(c)) p.push('cluster: not an object');
  else {
    for (const k of ['nodes', 'pods', 'namespaces']) int(c[k], `cluster.${k}`);
    time(c['collectedAt'], 'cluster.collectedAt');
  }
  if (!Array.isArray(report['findings'])) p.push('findings: not a list');
  else report['findings'].forEach((f, i) => {
    const w = `findings[${i}]`;
    if (!isObj(f)) return p.push(`${w}: not an object`);
    for (const k of ['id', 'reason', 'namespace', 'pod']) str(f[k], `${w}.${k}`);
    strList(f['relatedReasons'], `${w}.relatedReasons`);
    strList(f['observed'], `${w}.observed`);
    strList(f['signals'], `${w}.signals`);
    strList(f['remediation'], `${w}.remediation`);
    if (!SEVERITIES.includes(f['severity'] as string)) p.push(`${w}.severity`);
    strOrNull(f['container'], `${w}.container`);
    strOrNull(f['node'], `${w}.node`);
    const owner = f['owner'];
    if (owner !== null && !(isObj(owner) && typeof owner['kind'] === 'string' && typeof owner['name'] === 'string')) p.push(`${w}.owner`);
    int(f['count'], `${w}.count`);
    time(f['firstSeen'], `${w}.firstSeen`);
    time(f['lastSeen'], `${w}.lastSeen`);
    const cause = f['cause'];
    if (!isObj(cause) || typeof cause['id'] !== 'string' || typeof cause['summary'] !== 'string'
      || typeof cause['confidence'] !== 'number' || cause['confidence'] < 0 || cause['confidence'] > 1) p.push(`${w}.cause`);
    const alts = f['alternatives'];
    if (!Array.isArray(alts) || !alts.every((a) => isObj(a) && typeof a['id'] === 'string' && typeof a['confidence'] === 'number')) p.push(`${w}.alternatives`);
    evidence(f['evidence'], `${w}.evidence`);
  });
  if (!Array.isArray(report['signals'])) p.push('signals: not a list');
  else report['signals'].forEach((s, i) => {
    const w = `signals[${i}]`;
    if (!isObj(s)) return p.push(`${w}: not an object`);
    for (const k of ['id', 'type', 'node']) str(s[k], `${w}.${k}`);
    int(s['count'], `${w}.count`);
    time(s['firstSeen'], `${w}.firstSeen`);
    time(s['lastSeen'], `${w}.lastSeen`);
    evidence(s['evidence'], `${w}.evidence`);
  });
  if (!Array.isArray(report['gaps'])) p.push('gaps: not a list');
  else report['gaps'].forEach((g, i) => {
    if (!isObj(g)) return p.push(`gaps[${i}]: not an object`);
    strOrNull(g['node'], `gaps[${i}].node`);
    str(g['missing'], `gaps[${i}].missing`);
    str(g['impact'], `gaps[${i}].impact`);
  });
  return p;
}

/** A pod that fails to pull its image: one error finding (exit 1) whose evidence cites its file. */
export function failingPod(name: string, extra: { namespace?: string; message?: string } = {}): Record<string, unknown> {
  const image = 'registry.example.com/shop/web:1.4.2';
  return {
    kind: 'Pod', apiVersion: 'v1',
    metadata: { name, namespace: extra.namespace ?? 'shop', uid: `uid-${name}`, creationTimestamp: '2025-09-01T10:00:00Z' },
    spec: { nodeName: 'node-1', containers: [{ name: 'web', image }] },
    status: {
      phase: 'Pending',
      startTime: '2025-09-01T10:00:01Z',
      containerStatuses: [{
        name: 'web', ready: false, restartCount: 0, image, imageID: '',
        state: { waiting: { reason: 'ImagePullBackOff', message: extra.message ?? `Back-off pulling image "${image}"` } },
      }],
    },
  };
}

export function podList(...pods: Record<string, unknown>[]): string {
  return JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata: {}, items: pods }, null, 2) + '\n';
}

/** Pseudo-random bytes from a seed (no Math.random: the corpus is the same on every run). */
export function noise(seed: number, size: number): Buffer {
  const out = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

/**
 * A ustar archive written byte by byte, for what tar-stream will not write: names that are not
 * valid UTF-8, or that carry control characters in the header itself.
 */
export function rawTar(members: { name: Buffer; data: Buffer; type?: '0' | '2' | '5'; linkname?: string }[]): Buffer {
  const blocks: Buffer[] = [];
  for (const m of members) {
    const h = Buffer.alloc(512);
    m.name.copy(h, 0, 0, Math.min(100, m.name.length));
    h.write('0000644\0', 100, 'latin1');
    h.write('0000000\0', 108, 'latin1');
    h.write('0000000\0', 116, 'latin1');
    h.write(m.data.length.toString(8).padStart(11, '0') + '\0', 124, 'latin1');
    h.write('15000000000\0', 136, 'latin1');
    h.write(m.type ?? '0', 156, 'latin1');
    if (m.linkname) h.write(m.linkname.slice(0, 100), 157, 'latin1');
    h.write('ustar\0', 257, 'latin1');
    h.write('00', 263, 'latin1');
    h.fill(0x20, 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 'latin1');
    blocks.push(h, m.data, Buffer.alloc((512 - (m.data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export const gz = (b: Buffer | string): Buffer => gzipSync(b);
