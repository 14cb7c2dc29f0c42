/**
 * Kubelet and runtime lines that name a pod take part in detection: they can name the reason
 * (ConfigPodSandboxError shows only in the kubelet log) and decide the cause.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';

const kb = loadKnowledgeBase();

function bundle(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'podmortem-nl-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const pods = (waiting: object) => JSON.stringify({ kind: 'PodList', items: [{ metadata: { name: 'web-1', namespace: 'shop' }, spec: { nodeName: 'node-1', containers: [{ name: 'web', image: 'nginx:1.25' }] }, status: { phase: 'Pending', containerStatuses: [{ name: 'web', ready: false, restartCount: 0, state: { waiting } }] } }] });
const nodes = JSON.stringify({ kind: 'NodeList', items: [{ metadata: { name: 'node-1' }, status: { nodeInfo: {}, conditions: [{ type: 'Ready', status: 'True' }] } }] });

describe('kubelet lines about a pod', () => {
  // messages.md §1 ConfigPodSandboxError (source only): the kubelet's own wording, with the pod as ns_name(uid)
  const CONFIG = 'Mar 14 08:52:10 node-1 kubelet[900]: E0314 08:52:10.123000     900 kuberuntime_sandbox.go:45] GeneratePodSandboxConfig for pod "web-1_shop(5f1c)" failed: open /etc/resolv.conf: no such file or directory';
  it('name the reason when status and events do not (ConfigPodSandboxError)', async () => {
    const dir = bundle({ 'sb/cluster-resources/pods/shop.json': pods({ reason: 'ContainerCreating' }), 'sb/cluster-resources/nodes.json': nodes, 'sb/host-collectors/node-1/journald/kubelet.txt': CONFIG + '\n' });
    const { report } = await analyze([dir], { kb, lang: 'en', redact: true, version: 't' });
    expect(report.findings.map((f) => f.reason)).toEqual(['ConfigPodSandboxError']);
    expect(report.findings[0]!.evidence.some((e) => e.kind === 'kubelet' && e.line === 1)).toBe(true);
  });
  it('a ContainerCreating pod with no such line gives no finding', async () => {
    const dir = bundle({ 'sb/cluster-resources/pods/shop.json': pods({ reason: 'ContainerCreating' }), 'sb/cluster-resources/nodes.json': nodes, 'sb/host-collectors/node-1/journald/kubelet.txt': CONFIG.replace('web-1_shop', 'other-1_shop') + '\n' });
    const { report } = await analyze([dir], { kb, lang: 'en', redact: true, version: 't' });
    expect(report.findings).toEqual([]);
  });
});

describe('Docker runtime journals (dockerd, cri-dockerd)', () => {
  // dockerd's handler error, as in messages.md §1 ImageInspectError (kubeflow/testing#413), with the
  // overlay2 store out of space
  const DOCKERD = 'Mar 14 08:40:21 node-1 dockerd[1057]: time="2026-03-14T08:40:21.047756330Z" level=error msg="Handler for POST /v1.45/containers/create returned error: mkdir /var/lib/docker/overlay2/3f1e-init: no space left on device"';
  const run = async (file: string, journal: string) => {
    // a pod whose own message does not decide the cause: the node's evidence must
    const waiting = { reason: 'CreateContainerError', message: 'Error response from daemon: failed to create container' };
    const dir = bundle({ 'sb/cluster-resources/pods/shop.json': pods(waiting), 'sb/cluster-resources/nodes.json': nodes, [`sb/host-collectors/node-1/journald/${file}`]: journal + '\n' });
    return (await analyze([dir], { kb, lang: 'en', redact: true, version: 't' })).report;
  };
  const runtimeGaps = (report: Awaited<ReturnType<typeof run>>) => report.gaps.map((g) => g.missing).filter((m) => /runtime log/.test(m));
  it.each(['docker.txt', 'system-journal.txt'])('in %s, are read as the node\'s runtime log: a full disk there is a node signal, no runtime gap', async (file) => {
    const report = await run(file, DOCKERD);
    const disk = report.signals.filter((s) => s.type === 'node.disk-full');
    expect(disk.map((s) => s.node)).toEqual(['node-1']);
    expect(disk[0]!.evidence.some((e) => e.kind === 'containerd' && e.text.includes('dockerd[1057]'))).toBe(true);
    expect(runtimeGaps(report)).toEqual([]);
  });
  it('the same words from docker-proxy in a mixed journal are no runtime log', async () => {
    const report = await run('system-journal.txt', DOCKERD.replace('dockerd[1057]', 'docker-proxy[1057]'));
    expect(runtimeGaps(report)).toEqual(['no container runtime log (containerd, CRI-O or Docker) for node-1']);
  });
});
