/**
 * `kubectl cluster-info dump` in both its forms (layouts.md §1): the --output-directory tree and
 * the stdout stream must give the same picture. The fixtures are hand-written in the shape of a
 * kubectl 1.13 dump (old internal serialization) and of a modern one (test/fixtures/cluster-info-internal/README.md).
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../src/analyze/read-bundle.js';
import { detectPodFindings } from '../../src/detect/pod-findings.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import type { BundleModel } from '../../src/model/types.js';

const FIX = join(__dirname, '../fixtures');
const kb = loadKnowledgeBase();

/** What must be the same whichever form the dump came in. */
function picture(m: BundleModel) {
  return {
    pods: m.pods.map((p) => ({
      ns: p.namespace, name: p.name, phase: p.phase, node: p.nodeName, owner: p.ownerRef,
      containers: p.containers.map((c) => [c.name, c.state.state, c.state.reason ?? null, c.restartCount, c.ready]),
    })).sort((a, b) => `${a.ns}/${a.name}`.localeCompare(`${b.ns}/${b.name}`)),
    nodes: m.nodes.map((n) => [n.name, n.conditions.map((c) => `${c.type}=${c.status}`).join(',')]).sort(),
    events: m.events.map((e) => `${e.namespace}/${e.involved.name}/${e.reason}/${e.count}`).sort(),
    logs: m.containerLogs.map((l) => `${l.namespace}/${l.pod}/${l.container}:${l.totalLines}:${l.tail.at(-1)?.text ?? ''}`).sort(),
  };
}

describe('cluster-info dump, both forms', () => {
  it('directory tree and stdout stream give the same pods, nodes, events and logs', async () => {
    const tree = await readBundle([join(FIX, 'cluster-info-internal')]);
    const stream = await readBundle([join(FIX, 'cluster-info-internal.dump')]);
    expect(tree.pods.length).toBeGreaterThan(0);
    expect(picture(stream)).toEqual(picture(tree));
    expect(tree.inputs[0]!.layouts).toEqual(['cluster-info-dump']);
    expect(stream.inputs[0]!.layouts).toEqual(['cluster-info-dump']);
  });

  it('the old internal serialization reads the same as the modern one', async () => {
    const internal = await readBundle([join(FIX, 'cluster-info-internal.dump')]);
    const modern = await readBundle([join(FIX, 'cluster-info-modern.dump')]);
    expect(picture(modern).pods).toEqual(picture(internal).pods);
  });

  it('finds the CreateContainerConfigError of the missing secret and flags nothing healthy', async () => {
    const m = await readBundle([join(FIX, 'cluster-info-internal')]);
    const findings = detectPodFindings(m, kb);
    const live = findings.filter((f) => !f.historical);
    expect(live.map((f) => [f.reason, f.cause.id])).toEqual([['CreateContainerConfigError', 'app.config-missing']]);
    const healthy = m.pods.filter((p) => p.phase === 'Running' && p.containers.every((c) => c.ready));
    for (const p of healthy) expect(findings.some((f) => f.pod === p.name)).toBe(false);
  });

  // The real minikube dump is unlicensed: it is read from ../shared when present, never copied.
  const REAL = join(__dirname, '../../../shared/real-samples/cluster-info-dump-minikube');
  it.skipIf(!existsSync(REAL))('real minikube dump (../shared): tree and the stream built from it agree', async () => {
    // Build the stdout form in kubectl's order: nodes, then per namespace the lists, then the logs.
    const order = ['events', 'replication-controllers', 'services', 'daemonsets', 'deployments', 'replicasets', 'pods'];
    const parts = [readFileSync(join(REAL, 'nodes.json'), 'utf8')];
    for (const ns of readdirSync(REAL).filter((n) => statSync(join(REAL, n)).isDirectory()).sort()) {
      for (const kind of order) if (existsSync(join(REAL, ns, `${kind}.json`))) parts.push(readFileSync(join(REAL, ns, `${kind}.json`), 'utf8'));
      for (const pod of readdirSync(join(REAL, ns)).sort()) {
        const logs = join(REAL, ns, pod, 'logs.txt');
        if (existsSync(logs)) parts.push(readFileSync(logs, 'utf8'));
      }
    }
    const file = join(mkdtempSync(join(tmpdir(), 'podmortem-')), 'cluster-info.dump');
    writeFileSync(file, parts.map((p) => (p.endsWith('\n') ? p : p + '\n')).join('') + 'Cluster info dumped to standard output\n');
    const tree = await readBundle([REAL]);
    const stream = await readBundle([file]);
    expect(tree.pods).toHaveLength(11);
    expect(picture(stream)).toEqual(picture(tree));
    // events-only: the CreateContainerConfigError of a pod that no longer exists
    const findings = detectPodFindings(tree, kb);
    expect(findings.some((f) => f.pod === 'server-deployment-54b9cd5f98-m7csj' && f.reason === 'CreateContainerConfigError')).toBe(true);
    expect(findings.filter((f) => f.namespace === 'kube-system' && f.severity === 'error')).toEqual([]);
  });
});
