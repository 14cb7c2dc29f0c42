import { describe, expect, it } from 'vitest';
import { parseDescribeNodes } from '../../../src/parse/text/describe-node.js';

const FILE = 'must-gather/describe-nodes.txt';

// A modern `kubectl describe node` (kubectl pkg/describe describeNode layout) of a node under disk
// pressure whose CNI is not ready: Taints line from messages.md §2 (kubernetes/kubernetes#93711),
// Ready message from messages.md §2 (kind-ci/examples#33).
const SICK = `Name:               worker-1
Roles:              <none>
Labels:             beta.kubernetes.io/arch=amd64
                    kubernetes.io/hostname=worker-1
Annotations:        node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  Fri, 14 Jun 2024 07:00:00 +0000
Taints:             node.kubernetes.io/disk-pressure:NoSchedule
                    node.kubernetes.io/not-ready:NoExecute
Unschedulable:      false
Lease:
  HolderIdentity:  worker-1
  AcquireTime:     <unset>
  RenewTime:       Fri, 14 Jun 2024 08:10:00 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Fri, 14 Jun 2024 08:10:00 +0000   Fri, 14 Jun 2024 07:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     True    Fri, 14 Jun 2024 08:10:00 +0000   Fri, 14 Jun 2024 08:05:12 +0000   KubeletHasDiskPressure       kubelet has disk pressure
  PIDPressure      False   Fri, 14 Jun 2024 08:10:00 +0000   Fri, 14 Jun 2024 07:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            False   Fri, 14 Jun 2024 08:10:00 +0000   Fri, 14 Jun 2024 08:06:00 +0000   KubeletNotReady              runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized
Addresses:
  InternalIP:  10.0.0.11
  Hostname:    worker-1
Capacity:
  cpu:                4
  ephemeral-storage:  102350Mi
  hugepages-1Gi:      0
  memory:             16384Mi
  pods:               110
Allocatable:
  cpu:                3800m
  ephemeral-storage:  94324Mi
  hugepages-1Gi:      0
  memory:             15360Mi
  pods:               110
System Info:
  Machine ID:                 0f1e2d3c4b5a69788796a5b4c3d2e1f0
  System UUID:                ec2a0b1c-0000-0000-0000-000000000000
  Boot ID:                    4c2f1e0d-1111-2222-3333-444455556666
  Kernel Version:             5.15.0-1051-azure
  OS Image:                   Ubuntu 22.04.3 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.7
  Kubelet Version:            v1.28.3
  Kube-Proxy Version:         v1.28.3
PodCIDR:                      10.244.1.0/24
PodCIDRs:                     10.244.1.0/24
Non-terminated Pods:          (1 in total)
  Namespace                   Name                CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                ------------  ----------  ---------------  -------------  ---
  kube-system                 kube-proxy-abcde    0 (0%)        0 (0%)      0 (0%)           0 (0%)         70m
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests  Limits
  --------           --------  ------
  cpu                0 (0%)    0 (0%)
Events:
  Type     Reason                 Age                From     Message
  ----     ------                 ----               ----     -------
  Warning  EvictionThresholdMet   6m (x3 over 8m)    kubelet  Attempting to reclaim ephemeral-storage
  Normal   NodeHasDiskPressure    5m                 kubelet  Node worker-1 status is now: NodeHasDiskPressure
`;

// The healthy counterpart: every pressure condition False (False is healthy there), Ready True.
const HEALTHY = `Name:               worker-2
Roles:              worker
Labels:             kubernetes.io/hostname=worker-2
Annotations:        <none>
CreationTimestamp:  Fri, 14 Jun 2024 07:00:00 +0000
Taints:             <none>
Unschedulable:      false
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Fri, 14 Jun 2024 08:10:00 +0000   Fri, 14 Jun 2024 07:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Fri, 14 Jun 2024 08:10:00 +0000   Fri, 14 Jun 2024 07:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  Ready            True    Fri, 14 Jun 2024 08:10:00 +0000   Fri, 14 Jun 2024 07:01:00 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  10.0.0.12
Capacity:
  cpu:     4
  memory:  16384Mi
Allocatable:
  cpu:     4
  memory:  16384Mi
System Info:
  Container Runtime Version:  cri-o://1.28.1
  Kubelet Version:            v1.28.3
Events:                       <none>
`;

// Old kubectl (1.5/1.6 layout, tab padding): `Role:`, Addresses on one line, resources and
// System Info with a 1-space indent.
const OLD = [
  'Name:\t\t\tnode-a',
  'Role:\t\t\t',
  'Labels:\t\t\tkubernetes.io/hostname=node-a',
  'Taints:\t\t\t<none>',
  'CreationTimestamp:\tThu, 24 Mar 2016 01:00:00 +0000',
  'Phase:\t\t\t',
  'Conditions:',
  '  Type\t\t\tStatus\tLastHeartbeatTime\t\t\tLastTransitionTime\t\t\tReason\t\t\t\tMessage',
  '  ----\t\t\t------\t-----------------\t\t\t------------------\t\t\t------\t\t\t\t-------',
  '  OutOfDisk \t\tFalse \tThu, 24 Mar 2016 02:00:00 +0000 \tThu, 24 Mar 2016 01:00:00 +0000 \tKubeletHasSufficientDisk \tkubelet has sufficient disk space available',
  '  Ready \t\tUnknown \tThu, 24 Mar 2016 02:00:00 +0000 \tThu, 24 Mar 2016 02:01:00 +0000 \tNodeStatusUnknown \t\tKubelet stopped posting node status.',
  'Addresses:\t\t10.240.0.9,10.240.0.9,node-a',
  'Capacity:',
  ' alpha.kubernetes.io/nvidia-gpu:\t0',
  ' cpu:\t\t\t\t\t2',
  ' memory:\t\t\t\t7679792Ki',
  ' pods:\t\t\t\t\t110',
  'System Info:',
  ' Machine ID:\t\t\t8e025a21a4254e11b028584d9d8b12c4',
  ' Kernel Version:\t\t4.4.0-66-generic',
  ' Container Runtime Version:\tdocker://1.12.6',
  ' Kubelet Version:\t\tv1.5.2',
  ' Kube-Proxy Version:\t\tv1.5.2',
  'ExternalID:\t\t\tnode-a',
  'Events:\t\t\t<none>',
].join('\n');

describe('parseDescribeNodes', () => {
  it('reads a node under disk pressure with CNI not ready: conditions, taints, addresses, resources, versions', () => {
    const r = parseDescribeNodes(SICK, FILE);
    expect(r.problems).toEqual([]);
    expect(r.nodes).toHaveLength(1);
    const n = r.nodes[0]!;
    expect(n.name).toBe('worker-1');
    expect(n.ref).toEqual({ file: FILE, line: 1 });
    expect(n.unschedulable).toBe(false);
    expect(n.conditions).toEqual([
      { type: 'MemoryPressure', status: 'False', reason: 'KubeletHasSufficientMemory', message: 'kubelet has sufficient memory available', lastTransitionTime: '2024-06-14T07:00:00Z' },
      { type: 'DiskPressure', status: 'True', reason: 'KubeletHasDiskPressure', message: 'kubelet has disk pressure', lastTransitionTime: '2024-06-14T08:05:12Z' },
      { type: 'PIDPressure', status: 'False', reason: 'KubeletHasSufficientPID', message: 'kubelet has sufficient PID available', lastTransitionTime: '2024-06-14T07:00:00Z' },
      {
        type: 'Ready',
        status: 'False',
        reason: 'KubeletNotReady',
        message: 'runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized',
        lastTransitionTime: '2024-06-14T08:06:00Z',
      },
    ]);
    expect(n.addresses).toEqual([
      { type: 'InternalIP', address: '10.0.0.11' },
      { type: 'Hostname', address: 'worker-1' },
    ]);
    expect(n.capacity).toEqual({ cpu: '4', 'ephemeral-storage': '102350Mi', 'hugepages-1Gi': '0', memory: '16384Mi', pods: '110' });
    expect(n.allocatable['ephemeral-storage']).toBe('94324Mi');
    expect(n.kubeletVersion).toBe('v1.28.3');
    expect(n.containerRuntimeVersion).toBe('containerd://1.7.7');
    expect(r.taints).toEqual([
      { node: 'worker-1', key: 'node.kubernetes.io/disk-pressure', effect: 'NoSchedule', ref: { file: FILE, line: 8 } },
      { node: 'worker-1', key: 'node.kubernetes.io/not-ready', effect: 'NoExecute', ref: { file: FILE, line: 9 } },
    ]);
  });

  it('returns the node Events table with Node as the involved object', () => {
    const r = parseDescribeNodes(SICK, FILE, { now: '2024-06-14T08:20:00Z' });
    expect(r.events).toEqual([
      {
        namespace: 'default',
        involved: { kind: 'Node', name: 'worker-1' },
        reason: 'EvictionThresholdMet',
        message: 'Attempting to reclaim ephemeral-storage',
        type: 'Warning',
        count: 3,
        firstSeen: '2024-06-14T08:12:00Z',
        lastSeen: '2024-06-14T08:14:00Z',
        source: { component: 'kubelet' },
        ref: { file: FILE, line: 62 },
      },
      expect.objectContaining({ reason: 'NodeHasDiskPressure', count: 1, ref: { file: FILE, line: 63 } }),
    ]);
  });

  it('reads a healthy node: no taints, schedulable, pressure conditions False and Ready True', () => {
    const r = parseDescribeNodes(HEALTHY, FILE);
    expect(r.problems).toEqual([]);
    expect(r.taints).toEqual([]);
    expect(r.events).toEqual([]);
    const n = r.nodes[0]!;
    expect(n.unschedulable).toBe(false);
    expect(n.conditions.map((c) => [c.type, c.status])).toEqual([
      ['MemoryPressure', 'False'],
      ['DiskPressure', 'False'],
      ['Ready', 'True'],
    ]);
    expect(n.containerRuntimeVersion).toBe('cri-o://1.28.1');
  });

  it('reads the old tab-padded layout (Role:, one-line Addresses, 1-space resources)', () => {
    const r = parseDescribeNodes(OLD, FILE);
    expect(r.problems).toEqual([]);
    const n = r.nodes[0]!;
    expect(n.conditions).toEqual([
      { type: 'OutOfDisk', status: 'False', reason: 'KubeletHasSufficientDisk', message: 'kubelet has sufficient disk space available', lastTransitionTime: '2016-03-24T01:00:00Z' },
      { type: 'Ready', status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.', lastTransitionTime: '2016-03-24T02:01:00Z' },
    ]);
    expect(n.addresses).toEqual([
      { type: 'Unknown', address: '10.240.0.9' },
      { type: 'Unknown', address: '10.240.0.9' },
      { type: 'Unknown', address: 'node-a' },
    ]);
    expect(n.capacity).toEqual({ 'alpha.kubernetes.io/nvidia-gpu': '0', cpu: '2', memory: '7679792Ki', pods: '110' });
    expect(n.kubeletVersion).toBe('v1.5.2');
    expect(n.containerRuntimeVersion).toBe('docker://1.12.6');
  });

  it.each([
    { label: 'cordoned (Unschedulable: true)', lines: ['Taints:             node.kubernetes.io/unschedulable:NoSchedule', 'Unschedulable:      true'], want: true },
    { label: 'taint only (no Unschedulable line)', lines: ['Taints:             node.kubernetes.io/unschedulable:NoSchedule'], want: true },
    { label: 'schedulable', lines: ['Taints:             <none>', 'Unschedulable:      false'], want: false },
  ])('unschedulable: $label', ({ lines, want }) => {
    const r = parseDescribeNodes(['Name:               n1', 'Roles:              <none>', ...lines, 'Events:  <none>'].join('\n'), FILE);
    expect(r.nodes[0]!.unschedulable).toBe(want);
    expect(r.problems).toEqual([]);
  });

  it('reads a taint with a value', () => {
    const r = parseDescribeNodes(['Name:  gpu-1', 'Roles:  <none>', 'Taints:  nvidia.com/gpu=present:NoSchedule', 'Events:  <none>'].join('\n'), FILE);
    expect(r.taints).toEqual([{ node: 'gpu-1', key: 'nvidia.com/gpu', value: 'present', effect: 'NoSchedule', ref: { file: FILE, line: 3 } }]);
  });

  it('reads several nodes in one file', () => {
    const r = parseDescribeNodes(`${SICK}\n\n${HEALTHY}`, FILE);
    expect(r.nodes.map((n) => [n.name, n.ref.line])).toEqual([
      ['worker-1', 1],
      ['worker-2', 66],
    ]);
  });

  it('a truncated describe gives the node read so far and a problem, no throw', () => {
    const cut = SICK.split('\n').slice(0, 19).join('\n'); // ends inside the Conditions table
    const r = parseDescribeNodes(cut, FILE);
    expect(r.nodes[0]!.conditions.map((c) => c.type)).toEqual(['MemoryPressure', 'DiskPressure']);
    expect(r.problems).toEqual([{ line: 19, message: expect.stringMatching(/no Events: section/) }]);
  });

  it('a describe pod text is not read as a node', () => {
    const r = parseDescribeNodes('Name:         web-1\nNamespace:    default\nNode:         node-1/10.0.0.5\nStatus:       Running\n', FILE);
    expect(r.nodes).toEqual([]);
    expect(r.problems).toHaveLength(1);
  });

  it.each([['garbage', 'hello\nworld'], ['binary', '\u0000\u0001\u0002']])('%s gives a problem, no nodes', (_l, text) => {
    const r = parseDescribeNodes(text, FILE);
    expect(r.nodes).toEqual([]);
    expect(r.problems).toEqual([{ line: 1, message: expect.any(String) }]);
  });

  it('an unreadable condition row and taint are problems', () => {
    const text = ['Name:  n1', 'Roles:  <none>', 'Taints:  not a taint', 'Conditions:', '  Type  Status', '  Ready  Maybe  whenever', 'Events:  <none>'].join('\n');
    const r = parseDescribeNodes(text, FILE);
    expect(r.problems.map((p) => p.line)).toEqual([3, 6]);
  });

  it('survives arbitrary cuts without throwing', () => {
    const all = SICK + OLD + HEALTHY;
    for (let k = 0; k < 300; k++) expect(() => parseDescribeNodes(all.slice((k * 31) % 500, (k * 97) % all.length), FILE)).not.toThrow();
  });
});
