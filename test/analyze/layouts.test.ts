/**
 * One failing cluster, presented the way each collector writes it (layouts.md §1–§4), must give
 * the same pods, nodes and events; node logs in each layout must land on the right node.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readBundle } from '../../src/analyze/read-bundle.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import { detectNodeSignals } from '../../src/detect/node-signals.js';
import type { BundleModel } from '../../src/model/types.js';

const kb = loadKnowledgeBase();

function write(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'podmortem-layout-'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), data);
  }
  return root;
}

const nodes = ['node-1', 'node-2'].map((name) => ({
  metadata: { name, uid: `uid-${name}` },
  status: { nodeInfo: { kubeletVersion: 'v1.30.2', containerRuntimeVersion: 'containerd://1.7.18' }, conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady' }, { type: 'DiskPressure', status: name === 'node-2' ? 'True' : 'False' }] },
}));
const pods = [
  { metadata: { name: 'web-7d9c-abcde', namespace: 'shop', uid: 'u1', ownerReferences: [{ kind: 'ReplicaSet', name: 'web-7d9c', controller: true }] }, spec: { nodeName: 'node-1', containers: [{ name: 'web', image: 'registry.example.com/shop/web:1.4.2-latset' }] }, status: { phase: 'Pending', containerStatuses: [{ name: 'web', ready: false, restartCount: 0, image: 'registry.example.com/shop/web:1.4.2-latset', state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "registry.example.com/shop/web:1.4.2-latset"' } } }] } },
  { metadata: { name: 'api-0', namespace: 'shop', uid: 'u2' }, spec: { nodeName: 'node-2', containers: [{ name: 'api', image: 'registry.example.com/shop/api:2.0' }] }, status: { phase: 'Running', containerStatuses: [{ name: 'api', ready: true, restartCount: 0, state: { running: { startedAt: '2026-03-14T08:00:00Z' } } }] } },
];
const events = [
  { metadata: { name: 'web-7d9c-abcde.1', namespace: 'shop' }, involvedObject: { kind: 'Pod', namespace: 'shop', name: 'web-7d9c-abcde', fieldPath: 'spec.containers{web}' }, reason: 'Failed', type: 'Warning', count: 5, firstTimestamp: '2026-03-14T08:40:00Z', lastTimestamp: '2026-03-14T09:10:00Z', source: { component: 'kubelet', host: 'node-1' }, message: 'Failed to pull image "registry.example.com/shop/web:1.4.2-latset": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/shop/web:1.4.2-latset": failed to resolve reference "registry.example.com/shop/web:1.4.2-latset": registry.example.com/shop/web:1.4.2-latset: not found' },
];
const typed = (kind: string, items: object[], apiVersion = 'v1') => ({ apiVersion, kind: `${kind}List`, metadata: { resourceVersion: '1' }, items: items.map((i) => ({ apiVersion, kind, ...i })) });

const layouts: Record<string, { files: Record<string, string | Buffer>; layout: string }> = {
  troubleshoot: {
    layout: 'troubleshoot',
    files: {
      'support-bundle-2026-03-14T09_12_44/version.yaml': 'apiVersion: troubleshoot.sh/v1beta2\nkind: SupportBundle\nspec:\n  versionNumber: v0.123.14\n',
      'support-bundle-2026-03-14T09_12_44/cluster-resources/nodes.json': JSON.stringify({ kind: 'NodeList', apiVersion: 'v1', items: nodes }, null, 2),
      'support-bundle-2026-03-14T09_12_44/cluster-resources/pods/shop.json': JSON.stringify({ kind: 'PodList', apiVersion: 'v1', items: pods }, null, 2),
      'support-bundle-2026-03-14T09_12_44/cluster-resources/events/shop.json': JSON.stringify({ kind: 'EventList', apiVersion: 'v1', items: events }, null, 2),
    },
  },
  'must-gather': {
    layout: 'must-gather',
    files: {
      'must-gather.local.5182/timestamp': '2026-03-14 09:12:44.123456789 +0000 UTC m=+0.031\n',
      'must-gather.local.5182/quay-io-openshift-must-gather-sha256-ab12/namespaces/shop/core/pods.yaml': '---\n' + stringify(typed('Pod', pods)),
      'must-gather.local.5182/quay-io-openshift-must-gather-sha256-ab12/namespaces/shop/core/events.yaml': '---\n' + stringify(typed('Event', events)),
      'must-gather.local.5182/quay-io-openshift-must-gather-sha256-ab12/cluster-scoped-resources/core/nodes/node-1.yaml': '---\n' + stringify({ apiVersion: 'v1', kind: 'Node', ...nodes[0] }),
      'must-gather.local.5182/quay-io-openshift-must-gather-sha256-ab12/cluster-scoped-resources/core/nodes/node-2.yaml': '---\n' + stringify({ apiVersion: 'v1', kind: 'Node', ...nodes[1] }),
    },
  },
  'cluster-info-dump': {
    layout: 'cluster-info-dump',
    files: {
      'cluster-info.dump': [typed('Node', nodes), typed('Event', events), typed('Pod', pods)].map((d) => JSON.stringify(d, null, 4)).join('\n') + '\n==== START logs for container web of pod shop/web-7d9c-abcde ====\nRequest log error: container "web" in pod "web-7d9c-abcde" is waiting to start: trying and failing to pull image\n==== END logs for container web of pod shop/web-7d9c-abcde ====\n',
    },
  },
  'kubectl-dump': {
    layout: 'kubectl-dump',
    files: {
      'get-all.yaml': stringify({ apiVersion: 'v1', kind: 'List', items: [...pods.map((p) => ({ apiVersion: 'v1', kind: 'Pod', ...p })), ...events.map((e) => ({ apiVersion: 'v1', kind: 'Event', ...e }))] }),
      'nodes.json': JSON.stringify(typed('Node', nodes), null, 4),
    },
  },
  'support-bundle-kit': {
    layout: 'support-bundle-kit',
    files: {
      'supportbundle_8f2e_2026-03-14T09-12-44Z/metadata.yaml': 'projectName: shop\n',
      'supportbundle_8f2e_2026-03-14T09-12-44Z/yamls/cluster/v1/nodes.yaml': stringify(typed('Node', nodes)),
      'supportbundle_8f2e_2026-03-14T09-12-44Z/yamls/namespaced/shop/v1/pods.yaml': stringify(typed('Pod', pods)),
      'supportbundle_8f2e_2026-03-14T09-12-44Z/yamls/namespaced/shop/v1/events.yaml': stringify(typed('Event', events)),
    },
  },
};

function picture(m: BundleModel) {
  return {
    pods: m.pods.map((p) => `${p.namespace}/${p.name} ${p.phase} ${p.nodeName} ${p.containers.map((c) => `${c.name}:${c.state.state}:${c.state.reason ?? ''}`).join(',')}`).sort(),
    nodes: m.nodes.map((n) => `${n.name} ${n.conditions.map((c) => `${c.type}=${c.status}`).join(',')}`).sort(),
    events: m.events.map((e) => `${e.namespace}/${e.involved.name} ${e.reason} x${e.count} ${e.firstSeen}`).sort(),
  };
}

describe('the same cluster in every layout', async () => {
  const reference = picture(await readBundle([write(layouts.troubleshoot!.files)]));
  it.each(Object.entries(layouts))('%s gives the same pods, nodes and events and names its layout', async (_, { files, layout }) => {
    const m = await readBundle([write(files)]);
    expect(picture(m)).toEqual(reference);
    expect(m.inputs[0]!.layouts).toContain(layout);
  });
  it('reads a must-gather timestamp as the collection time', async () => {
    expect((await readBundle([write(layouts['must-gather']!.files)])).collectedAt).toBe('2026-03-14T09:12:44Z');
  });
});

// messages.md §2.12 / §2.11: a kernel OOM line and a full filesystem, in each layout's node files
const OOM_RAW = '[ 8123.456789] Memory cgroup out of memory: Killed process 4242 (java) total-vm:4194304kB, anon-rss:1048576kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:2400kB oom_score_adj:936';
const OOM_T = '[Sat Mar 14 08:51:02 2026] Memory cgroup out of memory: Killed process 4242 (java) total-vm:4194304kB, anon-rss:1048576kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:2400kB oom_score_adj:936';
const KUBELET_DISK = 'Mar 14 08:52:10.123456 NODE kubenswrapper[2992]: E0314 08:52:10.123000    2992 kuberuntime_manager.go:1256] "Failed to start container" err="failed to create containerd task: write /var/lib/containerd/x: no space left on device"';

describe('node logs land on the right node in each layout', () => {
  const cases: { name: string; files: Record<string, string | Buffer>; signal: string; node: string }[] = [
    {
      name: 'sosreport: dmesg has no host; the sosreport hostname file names the node (even when it comes after)',
      files: { 'sosreport-node-2-2026-03-14-abcd/sos_commands/kernel/dmesg': `[    0.000000] Linux version 6.1.0\n${OOM_RAW}\n`, 'sosreport-node-2-2026-03-14-abcd/hostname': 'node-2\n' },
      signal: 'node.oom-kill', node: 'node-2',
    },
    {
      name: 'must-gather: nodes/<node>/<node>_logs_kubelet.gz (gzip, short-precise journal)',
      files: { 'must-gather.local.1/img/nodes/node-1/node-1_logs_kubelet.gz': gzipSync(KUBELET_DISK.replace('NODE', 'node-1') + '\n') },
      signal: 'node.disk-full', node: 'node-1',
    },
    {
      name: 'must-gather: host_service_logs of several masters, node from each line',
      files: { 'must-gather.local.1/img/host_service_logs/masters/kubelet_service.log': [KUBELET_DISK.replace('NODE', 'master-0'), KUBELET_DISK.replace('NODE', 'master-2')].join('\n') + '\n' },
      signal: 'node.disk-full', node: 'master-2',
    },
    {
      name: 'rancher logs collector: systeminfo/dmesg (-T) under <hostname>-<date>/',
      files: { 'node-1-2026-03-14_09_12_44/systeminfo/dmesg': `${OOM_T}\n`, 'node-1-2026-03-14_09_12_44/systeminfo/hostname': 'node-1\n' },
      signal: 'node.oom-kill', node: 'node-1',
    },
    {
      name: 'rancher logs collector: systeminfo/dfh (df -Ph) at 100%',
      files: { 'node-2-2026-03-14_09_12_44/systeminfo/dfh': 'Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda1        50G   50G     0 100% /\n/dev/loop0       64M   64M     0 100% /snap/core20/2318\n' },
      signal: 'node.disk-full', node: 'node-2',
    },
    {
      name: 'troubleshoot host collectors, type-first: host-collectors/run-host/<node>/dmesg.txt',
      files: { 'sb/host-collectors/run-host/node-1/journalctl-dmesg.txt': `Mar 14 08:51:02 node-1 kernel: ${OOM_RAW}\n` },
      signal: 'node.oom-kill', node: 'node-1',
    },
  ];
  it.each(cases)('$name', async ({ files, signal, node }) => {
    const m = await readBundle([write({ ...files, 'nodes.json': JSON.stringify(typed('Node', nodes)) })], { kb });
    const signals = detectNodeSignals(m, kb);
    expect(signals.filter((s) => s.type === signal).map((s) => s.node)).toContain(node);
    expect(signals.every((s) => s.evidence.every((e) => e.line > 0))).toBe(true);
  });
  it('a df of loop devices only (always 100%) is not a full disk', async () => {
    const m = await readBundle([write({ 'node-2-2026-03-14_09_12_44/systeminfo/dfh': 'Filesystem      Size  Used Avail Use% Mounted on\n/dev/sda1        50G   20G   30G  40% /\n/dev/loop0       64M   64M     0 100% /snap/core20/2318\n' })], { kb });
    expect(detectNodeSignals(m, kb).filter((s) => s.type === 'node.disk-full')).toEqual([]);
  });
});

describe('dmesg seconds since boot', () => {
  it.each([
    ['uptime -s', '2026-03-02 03:41:17\n', { at: '2026-03-02T03:41:17Z' }],
    ['uptime', ' 09:12:44 up 12 days,  5:31,  1 user,  load average: 0.52, 0.58, 0.59\n', { seconds: 12 * 86400 + 5 * 3600 + 31 * 60 }],
    ['uptime, under an hour', ' 09:12:44 up 42 min,  0 users,  load average: 0.00, 0.01, 0.05\n', { seconds: 42 * 60 }],
    ['/proc/uptime', '1053046.50 2000000.00\n', { seconds: 1053046.5 }],
    ['not uptime', 'hello\n', null],
  ])('%s', async (_, text, expected) => {
    const { parseUptime } = await import('../../src/analyze/read-bundle.js');
    expect(parseUptime(text)).toEqual(expected);
  });

  const HUNG = '[1055662.610643] INFO: task containerd:1019 blocked for more than 120 seconds.\n';
  it('are anchored to the calendar when the node\'s boot time is in the bundle', async () => {
    const m = await readBundle([write({ 'sb/host-collectors/node-b/run-host/dmesg.txt': HUNG, 'sb/host-collectors/node-b/run-host/uptime.txt': '2026-03-02 03:41:17\n', 'nodes.json': JSON.stringify(typed('Node', nodes)) })], { kb });
    const s = detectNodeSignals(m, kb).find((x) => x.type === 'kernel.hung-task')!;
    expect(s.node).toBe('node-b');
    expect(s.firstSeen).toBe('2026-03-14T08:55:39.610Z');
  });
  it('stay relative (no time) when it is not, and the line keeps its seconds', async () => {
    const m = await readBundle([write({ 'sb/host-collectors/node-b/run-host/dmesg.txt': HUNG, 'nodes.json': JSON.stringify(typed('Node', nodes)) })], { kb });
    const s = detectNodeSignals(m, kb).find((x) => x.type === 'kernel.hung-task')!;
    expect(s.firstSeen).toBeNull();
    expect(s.timeKnown).toBe(false);
    expect(s.evidence[0]!.text).toContain('[1055662.610643]');
  });
});

describe('real must-gather fragments (gmeghnag/omc testdata, Apache-2.0: fixtures/real/ORIGIN.md)', () => {
  const MG = join(__dirname, '../fixtures/real/must-gather-fragments');
  it('is recognised as a must-gather; the container log is read from current.log, rotated logs are listed as skipped', async () => {
    const m = await readBundle([join(MG, 'testdata')], { kb });
    expect(m.inputs[0]!.layouts).toContain('must-gather');
    const log = m.containerLogs.find((l) => l.pod === 'test-pod')!;
    expect(log).toMatchObject({ namespace: 'test-namespace', container: 'test-container', previous: false });
    expect(log.tail.at(-1)!.text).toMatch(/^2023-11-02T06:12:08\.\d+Z [IWE]\d{4} /);
    expect(m.unrecognised.some((u) => u.includes('rotated') && u.includes('rotated container log'))).toBe(true);
    expect(m.pods).toEqual([]);
  });
  it('Namespace objects of the useContext samples are read without findings or gaps', async () => {
    const m = await readBundle([join(MG, 'useContext')], { kb });
    expect(m.gaps).toEqual([]);
    expect(m.inputs[0]!.layouts).toContain('must-gather');
  });
});
