/**
 * Node evidence decides the cause when the pod's own message is generic; its twin, with the same
 * evidence on another node or at another time, must not be tied. Lines are shaped as
 * ../shared/reference/messages.md prints them (section cited per case).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';

const kb = loadKnowledgeBase();

function bundle(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'podmortem-corr-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const node = (name: string) => ({ metadata: { name }, status: { nodeInfo: { kubeletVersion: 'v1.29.4' }, conditions: [{ type: 'Ready', status: 'True', lastTransitionTime: '2026-03-10T00:00:00Z' }] } });

function podList(pods: { name: string; node: string; state: object; lastState?: object }[]) {
  return JSON.stringify({
    kind: 'PodList', apiVersion: 'v1', items: pods.map((p) => ({
      metadata: { name: p.name, namespace: 'shop', uid: `uid-${p.name}`, creationTimestamp: '2026-03-14T08:00:00Z' },
      spec: { nodeName: p.node, containers: [{ name: 'app', image: 'registry.example.com/shop/app:2.1' }] },
      status: { phase: 'Pending', containerStatuses: [{ name: 'app', ready: false, restartCount: 3, image: 'registry.example.com/shop/app:2.1', state: p.state, ...(p.lastState ? { lastState: p.lastState } : {}) }] },
    })),
  }, null, 2);
}

function events(items: { pod: string; reason: string; message: string; first: string; last: string; host: string }[]) {
  return JSON.stringify({ kind: 'EventList', items: items.map((e) => ({ metadata: { namespace: 'shop' }, involvedObject: { kind: 'Pod', namespace: 'shop', name: e.pod }, reason: e.reason, message: e.message, type: 'Warning', count: 4, firstTimestamp: e.first, lastTimestamp: e.last, source: { component: 'kubelet', host: e.host } })) }, null, 2);
}

const ROUTINE = [
  'Mar 14 08:40:01 NODE containerd[812]: time="2026-03-14T08:40:01.000000000Z" level=info msg="ImageCreate event name:\\"registry.k8s.io/pause:3.9\\""',
  'Mar 14 08:41:12 NODE containerd[812]: time="2026-03-14T08:41:12.000000000Z" level=info msg="StartContainer for \\"3f1a\\" returns successfully"',
];
// messages.md §2.11: disk full while pulling/unpacking
const DISK_FULL = 'Mar 14 TIME NODE containerd[812]: time="2026-03-14TTIME.123456789Z" level=error msg="PullImage \\"registry.example.com/shop/app:2.1\\" failed" error="failed to pull and unpack image \\"registry.example.com/shop/app:2.1\\": failed to extract layer sha256:9c1f: write /var/lib/containerd/io.containerd.snapshotter.v1.overlayfs/snapshots/41/fs/usr/lib/libx.so: no space left on device: unknown"';

function containerdLog(nodeName: string, time: string) {
  return [...ROUTINE, DISK_FULL.replaceAll('TIME', time)].map((l) => l.replaceAll('NODE', nodeName)).join('\n') + '\n';
}

// messages.md §1 ImageInspectError: a generic inspect failure that by itself does not say why
const inspectFailing = { waiting: { reason: 'ImageInspectError', message: 'Failed to inspect image "registry.example.com/shop/app:2.1": rpc error: code = Unknown desc = failed to get image info for \"registry.example.com/shop/app:2.1\"' } };

function twoNodeBundle(evidenceNode: string, evidenceTime: string) {
  return bundle({
    'sb/cluster-resources/nodes.json': JSON.stringify({ kind: 'NodeList', items: [node('node-a'), node('node-b')] }, null, 2),
    'sb/cluster-resources/pods/shop.json': podList([{ name: 'app-1', node: 'node-b', state: inspectFailing }, { name: 'app-2', node: 'node-a', state: inspectFailing }]),
    'sb/cluster-resources/events/shop.json': events([
      { pod: 'app-1', reason: 'InspectFailed', message: inspectFailing.waiting.message, first: '2026-03-14T08:45:00Z', last: '2026-03-14T09:05:00Z', host: 'node-b' },
      { pod: 'app-2', reason: 'InspectFailed', message: inspectFailing.waiting.message, first: '2026-03-14T08:45:00Z', last: '2026-03-14T09:05:00Z', host: 'node-a' },
    ]),
    [`sb/host-collectors/${evidenceNode}/journald/containerd.txt`]: containerdLog(evidenceNode, evidenceTime),
    'sb/host-collectors/node-a/journald/kubelet.txt': 'Mar 14 08:40:00 node-a kubelet[900]: I0314 08:40:00.000000     900 kubelet.go:2400] "SyncLoop ADD" source="api" pods=["shop/app-2"]\n',
    'sb/host-collectors/node-b/journald/kubelet.txt': 'Mar 14 08:40:00 node-b kubelet[900]: I0314 08:40:00.000000     900 kubelet.go:2400] "SyncLoop ADD" source="api" pods=["shop/app-1"]\n',
  });
}

const run = async (dir: string) => (await analyze([dir], { kb, lang: 'en', redact: true, version: 'test' })).report;

describe('disk full on the node decides an ImageInspectError', () => {
  it('ties the signal on the same node in the time window, with the evidence chain', async () => {
    const r = await run(twoNodeBundle('node-b', '08:50:00'));
    const signal = r.signals.find((s) => s.type === 'node.disk-full' && s.node === 'node-b');
    expect(signal).toBeDefined();
    expect(signal!.count).toBe(1);
    const onB = r.findings.find((f) => f.pod === 'app-1')!;
    expect(onB.reason).toBe("ImageInspectError");
    expect(onB.cause.id).toBe('node.disk-full');
    expect(onB.signals).toEqual([signal!.id]);
    expect(onB.evidence.some((e) => e.kind === 'containerd' && e.text.includes('no space left on device') && e.line === 3)).toBe(true);
    // the same failure on node-a has no such evidence: it must not borrow node-b's
    const onA = r.findings.find((f) => f.pod === 'app-2')!;
    expect(onA.signals).toEqual([]);
    expect(onA.cause.id).not.toBe('node.disk-full');
  });

  it('twin: the evidence on the other node is tied to that node only', async () => {
    const r = await run(twoNodeBundle('node-a', '08:50:00'));
    expect(r.findings.find((f) => f.pod === 'app-1')!.cause.id).not.toBe('node.disk-full');
    expect(r.findings.find((f) => f.pod === 'app-2')!.cause.id).toBe('node.disk-full');
  });

  it('twin: the evidence at another time (hours before) is not tied', async () => {
    const r = await run(twoNodeBundle('node-b', '05:10:00'));
    const onB = r.findings.find((f) => f.pod === 'app-1')!;
    expect(onB.signals).toEqual([]);
    expect(onB.cause.id).not.toBe('node.disk-full');
    expect(r.signals.some((s) => s.type === 'node.disk-full' && s.node === 'node-b')).toBe(true);
  });

  it('says which sources were missing for a finding whose cause stays unknown, and only those', async () => {
    const dir = bundle({
      'sb/cluster-resources/nodes.json': JSON.stringify({ kind: 'NodeList', items: [node('node-a'), node('node-b')] }, null, 2),
      'sb/cluster-resources/pods/shop.json': podList([{ name: 'odd-1', node: 'node-a', state: { waiting: { reason: 'ImageInspectError', message: 'rpc error: code = Unknown desc = something odd' } } }]),
      'sb/host-collectors/node-a/journald/kubelet.txt': 'Mar 14 08:40:00 node-a kubelet[900]: I0314 08:40:00.000000     900 kubelet.go:2400] "SyncLoop ADD" source="api" pods=["shop/odd-1"]\n',
    });
    const r = await run(dir);
    expect(r.findings[0]!.cause.id).toBe('unknown');
    const missing = r.gaps.filter((g) => g.node === 'node-a').map((g) => g.missing).sort();
    expect(missing).toEqual(['no container runtime log (containerd, CRI-O or Docker) for node-a', 'no kernel log (dmesg) for node-a']);
    expect(r.gaps.some((g) => g.node === 'node-b')).toBe(false);
  });
});

/**
 * The other correlations of issue #5, each with its twin where the node evidence sits on the
 * other node and must not be tied. Lines shaped as messages.md prints them (section per case).
 */
describe('node evidence decides, on the right node only', () => {
  const t = (time: string) => `2026-03-14T${time}Z`;
  interface Case {
    name: string;
    pod: object;
    events: { reason: string; message: string }[];
    nodeFile: (node: string) => [string, string];
    expected: string;
    deletion?: boolean;
  }
  const cases: Case[] = [
    {
      // messages.md §2.19 (IPAM exhausted) behind a generic §1 sandbox event
      name: 'a sandbox failure on a node whose IPAM range is exhausted',
      pod: { waiting: { reason: 'ContainerCreating' } },
      events: [{ reason: 'FailedCreatePodSandBox', message: 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8e2f0c1d": plugin type="calico" failed (add): error adding container to network' }],
      nodeFile: (n) => [`sb/host-collectors/${n}/journald/containerd.txt`, `Mar 14 08:50:00 ${n} containerd[812]: time="2026-03-14T08:50:00.100000000Z" level=error msg="RunPodSandbox for &PodSandboxMetadata{Name:app-1,Uid:u1,Namespace:shop,Attempt:0,} failed, error" error="failed to setup network for sandbox \\"8e2f0c1d\\": plugin type=\\"calico\\" failed (add): failed to allocate for range 0: no IP addresses available in range set: 10.244.1.1-10.244.1.254"\n`],
      expected: 'cni.ip-exhausted',
    },
    {
      // messages.md §2.21/§2.22: a KillContainer failure on a node whose PLEG is not healthy
      name: 'a KillContainerError on a node whose kubelet reports PLEG not healthy',
      pod: { running: { startedAt: t('08:00:00') } },
      deletion: true,
      events: [{ reason: 'FailedKillPod', message: 'error killing pod: failed to "KillContainer" for "app" with KillContainerError: "rpc error: code = Unknown desc = Error response from daemon: cannot stop container: app"' }],
      nodeFile: (n) => [`sb/host-collectors/${n}/journald/kubelet.txt`, `Mar 14 08:50:00 ${n} kubelet[900]: E0314 08:50:00.000000     900 kubelet.go:2370] "Skipping pod synchronization" err="PLEG is not healthy: pleg was last seen active 3m7.6s ago; threshold is 3m0s"\n`],
      expected: 'runtime.unresponsive',
    },
    {
      // messages.md §2.12: exit 137 "Error" (not OOMKilled) and the kernel's OOM kill on the node
      name: 'a crash with exit 137 on a node whose dmesg shows the OOM killer',
      pod: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=app pod=app-1_shop(u1)' } },
      events: [{ reason: 'BackOff', message: 'Back-off restarting failed container app in pod app-1_shop(u1)' }],
      nodeFile: (n) => [`sb/host-collectors/${n}/journald/kernel-messages.txt`, `Mar 14 08:50:00 ${n} kernel: Memory cgroup out of memory: Killed process 4242 (java) total-vm:4194304kB, anon-rss:1048576kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:2400kB oom_score_adj:936\n`],
      expected: 'resources.oom-killed',
    },
  ];

  function caseBundle(c: Case, evidenceNode: string) {
    const lastState = c.expected === 'resources.oom-killed' ? { terminated: { reason: 'Error', exitCode: 137, startedAt: t('08:40:00'), finishedAt: t('08:50:01') } } : undefined;
    const pod = {
      metadata: { name: 'app-1', namespace: 'shop', uid: 'u1', ...(c.deletion ? { deletionTimestamp: t('08:45:00') } : {}) },
      spec: { nodeName: 'node-b', containers: [{ name: 'app', image: 'registry.example.com/shop/app:2.1' }] },
      status: { phase: c.deletion ? 'Running' : 'Pending', containerStatuses: [{ name: 'app', ready: !!c.deletion, restartCount: 4, state: c.pod, ...(lastState ? { lastState } : {}) }] },
    };
    const [path, text] = c.nodeFile(evidenceNode);
    return bundle({
      'sb/cluster-resources/nodes.json': JSON.stringify({ kind: 'NodeList', items: [node('node-a'), node('node-b')] }, null, 2),
      'sb/cluster-resources/pods/shop.json': JSON.stringify({ kind: 'PodList', items: [pod] }, null, 2),
      'sb/cluster-resources/events/shop.json': JSON.stringify({ kind: 'EventList', items: c.events.map((e) => ({ metadata: { namespace: 'shop' }, involvedObject: { kind: 'Pod', namespace: 'shop', name: 'app-1' }, reason: e.reason, message: e.message, type: 'Warning', count: 6, firstTimestamp: t('08:45:00'), lastTimestamp: t('09:05:00'), source: { component: 'kubelet', host: 'node-b' } })) }, null, 2),
      [path]: text,
    });
  }

  it.each(cases)('$name: decided by the node', async (c) => {
    const r = await run(caseBundle(c, 'node-b'));
    const f = r.findings.find((x) => x.pod === 'app-1')!;
    expect(f.cause.id).toBe(c.expected);
    expect(f.signals.length).toBeGreaterThan(0);
    expect(f.evidence.some((e) => e.file.includes('node-b'))).toBe(true);
  });
  it.each(cases)('$name: twin with the evidence on the other node is not tied', async (c) => {
    const r = await run(caseBundle(c, 'node-a'));
    const f = r.findings.find((x) => x.pod === 'app-1')!;
    expect(f.signals).toEqual([]);
    expect(f.evidence.some((e) => e.file.includes('node-a'))).toBe(false);
  });
});
