import { describe, expect, it } from 'vitest';
import { parseDescribePods } from '../../../src/parse/text/describe-pod.js';

const FILE = 'bundle/describe-pods.txt';
const NOW = new Date('2024-06-14T08:20:00Z');

// layouts.md §6.9 — the describe block exactly as shown there (kubectl ≥1.14 events columns).
const CRASHY = `Name:             crashy-7d4b9c8f6d-x2x9z
Namespace:        default
Node:             worker-1/10.0.0.11
Start Time:       Fri, 14 Jun 2024 08:02:11 +0000
Status:           Running
Containers:
  app:
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Fri, 14 Jun 2024 08:10:31 +0000
      Finished:     Fri, 14 Jun 2024 08:10:33 +0000
    Ready:          False
    Restart Count:  6
Events:
  Type     Reason     Age                  From               Message
  ----     ------     ----                 ----               -------
  Normal   Scheduled  9m                   default-scheduler  Successfully assigned default/crashy-7d4b9c8f6d-x2x9z to worker-1
  Warning  BackOff    2m13s (x25 over 8m)  kubelet            Back-off restarting failed container app in pod crashy-7d4b9c8f6d-x2x9z_default(3f8c00bb-6aad-44f9-9e60-c2d1fa837a15)
`;

// The healthy counterpart: a Running, ready pod in the full modern describe layout (kubectl
// pkg/describe describePod order: IPs, Controlled By, Init Containers, Containers, Conditions,
// Volumes, QoS, Tolerations, Events: <none>).
const HEALTHY = `Name:             web-7d9c-abcde
Namespace:        shop
Priority:         0
Service Account:  default
Node:             node-1/10.0.0.5
Start Time:       Fri, 14 Jun 2024 07:13:50 +0530
Labels:           app=web
                  pod-template-hash=7d9c
Annotations:      <none>
Status:           Running
IP:               10.244.1.6
IPs:
  IP:           10.244.1.6
Controlled By:  ReplicaSet/web-7d9c
Init Containers:
  migrate:
    Container ID:  containerd://0a1b2c3d4e5f
    Image:         registry.example.com/web-migrate:1.4
    Image ID:      registry.example.com/web-migrate@sha256:1111111111111111111111111111111111111111111111111111111111111111
    Port:          <none>
    Host Port:     <none>
    State:          Terminated
      Reason:       Completed
      Exit Code:    0
      Started:      Fri, 14 Jun 2024 07:13:52 +0530
      Finished:     Fri, 14 Jun 2024 07:13:55 +0530
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9sstv (ro)
Containers:
  web:
    Container ID:   containerd://32bfdccc6c984f51a4c4092e4027ff7f1e53dd518938196c95d5427a44a90e40
    Image:          nginx:1.25
    Image ID:       docker.io/library/nginx@sha256:2834dc507516af02784808c5f48b7cbe38b8ed5d0f4837f16e78d00deb7e7767
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Fri, 14 Jun 2024 07:13:56 +0530
    Ready:          True
    Restart Count:  0
    Limits:
      memory:  128Mi
    Environment:
      MODE:  production
    Mounts:
      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-9sstv (ro)
Conditions:
  Type              Status
  Initialized       True 
  Ready             True 
  ContainersReady   True 
  PodScheduled      True 
Volumes:
  kube-api-access-9sstv:
    Type:                    Projected (a volume that contains injected data from multiple sources)
    TokenExpirationSeconds:  3607
    ConfigMapName:           kube-root-ca.crt
    ConfigMapOptional:       <nil>
    DownwardAPI:             true
QoS Class:                   BestEffort
Node-Selectors:              <none>
Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:                      <none>
`;

// Old kubectl (≤1.13, here the 1.5 layout): tab padding, `Controllers:`, events with
// FirstSeen/LastSeen/Count/From/SubObjectPath (§6.9 note; messages.md §3 "{kubelet <node>}").
const OLD = [
  'Name:\t\tnginx-deployment-1006230814-6winp',
  'Namespace:\tdefault',
  'Node:\t\tkubernetes-node-wul5/10.240.0.9',
  'Start Time:\tThu, 24 Mar 2016 01:39:49 +0000',
  'Labels:\t\tapp=nginx,pod-template-hash=1006230814',
  'Status:\t\tRunning',
  'IP:\t\t10.244.0.6',
  'Controllers:\tReplicaSet/nginx-deployment-1006230814',
  'Containers:',
  '  nginx:',
  '    Container ID:\tdocker://90315cc9f513c724e9957a4788d3e625a078de84750f244a40f97ae355eb1149',
  '    Image:\t\tnginx',
  '    Image ID:\t\tdocker://6f62f48c4e55d700cf3eb1b5e33fa051802986b77b874cc351cce539e5163707',
  '    Port:\t\t80/TCP',
  '    State:\t\tRunning',
  '      Started:\t\tThu, 24 Mar 2016 01:39:51 +0000',
  '    Ready:\t\tTrue',
  '    Restart Count:\t0',
  'Conditions:',
  '  Type\t\tStatus',
  '  Ready \tTrue ',
  'No volume claims.',
  'Events:',
  '  FirstSeen\tLastSeen\tCount\tFrom\t\t\t\tSubObjectPath\t\tType\t\tReason\t\tMessage',
  '  ---------\t--------\t-----\t----\t\t\t\t-------------\t\t--------\t------\t\t-------',
  '  54s\t\t54s\t\t1\t{default-scheduler }\t\t\t\t\tNormal\t\tScheduled\tSuccessfully assigned nginx-deployment-1006230814-6winp to kubernetes-node-wul5',
  '  54s\t\t54s\t\t1\t{kubelet kubernetes-node-wul5}\tspec.containers{nginx}\tNormal\t\tPulling\t\tpulling image "nginx"',
  '  41s\t\t41s\t\t3\t{kubelet kubernetes-node-wul5}\tspec.containers{nginx}\tWarning\t\tBackOff\t\tBack-off restarting failed docker container',
  '',
].join('\n');

describe('parseDescribePods: pod fields', () => {
  it('reads the §6.9 crash-looping pod: node, phase, container state and last state', () => {
    const r = parseDescribePods(CRASHY, FILE);
    expect(r.problems).toEqual([]);
    expect(r.pods).toHaveLength(1);
    const p = r.pods[0]!;
    expect(p).toMatchObject({
      namespace: 'default',
      name: 'crashy-7d4b9c8f6d-x2x9z',
      nodeName: 'worker-1',
      phase: 'Running',
      startTime: '2024-06-14T08:02:11Z',
      ref: { file: FILE, line: 1 },
    });
    expect(p.containers).toEqual([
      {
        name: 'app',
        init: false,
        ready: false,
        restartCount: 6,
        state: { state: 'waiting', reason: 'CrashLoopBackOff' },
        lastState: {
          state: 'terminated',
          reason: 'OOMKilled',
          exitCode: 137,
          startedAt: '2024-06-14T08:10:31Z',
          finishedAt: '2024-06-14T08:10:33Z',
        },
      },
    ]);
    expect(p.initContainers).toEqual([]);
  });

  it('reads a healthy Running pod: ready, running, no waiting reason, no last state, owner, init container', () => {
    const r = parseDescribePods(HEALTHY, FILE);
    expect(r.problems).toEqual([]);
    expect(r.events).toEqual([]);
    const p = r.pods[0]!;
    expect(p.namespace).toBe('shop');
    expect(p.nodeName).toBe('node-1');
    expect(p.phase).toBe('Running');
    expect(p.reason).toBeUndefined();
    expect(p.startTime).toBe('2024-06-14T01:43:50Z'); // +0530 converted to UTC
    expect(p.ownerRef).toEqual({ kind: 'ReplicaSet', name: 'web-7d9c' });
    expect(p.conditions).toEqual([
      { type: 'Initialized', status: 'True' },
      { type: 'Ready', status: 'True' },
      { type: 'ContainersReady', status: 'True' },
      { type: 'PodScheduled', status: 'True' },
    ]);
    const web = p.containers[0]!;
    expect(web).toEqual({
      name: 'web',
      init: false,
      containerID: 'containerd://32bfdccc6c984f51a4c4092e4027ff7f1e53dd518938196c95d5427a44a90e40',
      image: 'nginx:1.25',
      imageID: 'docker.io/library/nginx@sha256:2834dc507516af02784808c5f48b7cbe38b8ed5d0f4837f16e78d00deb7e7767',
      ready: true,
      restartCount: 0,
      state: { state: 'running', startedAt: '2024-06-14T01:43:56Z' },
    });
    expect(web.lastState).toBeUndefined();
    expect(p.initContainers).toHaveLength(1);
    expect(p.initContainers[0]).toMatchObject({
      name: 'migrate',
      init: true,
      ready: true,
      state: { state: 'terminated', reason: 'Completed', exitCode: 0 },
    });
  });

  it.each([
    {
      // messages.md §1 CrashLoopBackOff — Azure/AKS#1672
      source: 'Azure/AKS#1672',
      block: ['    State:          Waiting', '      Reason:       CrashLoopBackOff', '    Last State:     Terminated', '      Reason:       Error', '      Exit Code:    1'],
      state: { state: 'waiting', reason: 'CrashLoopBackOff' },
      last: { state: 'terminated', reason: 'Error', exitCode: 1 },
    },
    {
      // messages.md §1 CrashLoopBackOff — portainer/portainer#5314 (exit 0 under restartPolicy Always)
      source: 'portainer#5314',
      block: ['    State:          Waiting', '      Reason:       CrashLoopBackOff', '    Last State:     Terminated', '      Reason:       Completed', '      Exit Code:    0'],
      state: { state: 'waiting', reason: 'CrashLoopBackOff' },
      last: { state: 'terminated', reason: 'Completed', exitCode: 0 },
    },
    {
      // messages.md §2 (kubernetes#122256): exit 137 without OOM
      source: 'kubernetes#122256',
      block: ['    State:          Running', '      Started:      Fri, 14 Jun 2024 08:10:31 +0000', '    Last State:     Terminated', '      Reason:       Error', '      Exit Code:    137', '      Signal:       9'],
      state: { state: 'running', startedAt: '2024-06-14T08:10:31Z' },
      last: { state: 'terminated', reason: 'Error', exitCode: 137, signal: 9 },
    },
    {
      // healthy counterpart: running, never restarted
      source: 'healthy',
      block: ['    State:          Running', '      Started:      Fri, 14 Jun 2024 08:10:31 +0000'],
      state: { state: 'running', startedAt: '2024-06-14T08:10:31Z' },
      last: undefined,
    },
  ])('container state block from $source', ({ block, state, last }) => {
    const text = ['Name:         p', 'Namespace:    default', 'Status:       Running', 'Containers:', '  c:', '    Image:          busybox', ...block, '    Ready:          False', '    Restart Count:  3', 'Events:  <none>'].join('\n');
    const r = parseDescribePods(text, FILE);
    expect(r.problems).toEqual([]);
    const c = r.pods[0]!.containers[0]!;
    expect(c.state).toEqual(state);
    expect(c.lastState).toEqual(last);
    expect(c.restartCount).toBe(3);
  });

  it('reads an evicted pod: phase Failed, Reason, Message (messages.md §2 kubernetes#112927)', () => {
    const text = [
      'Name:           citadel-5d8c7b9f4-abcde',
      'Namespace:      istio-system',
      'Priority:       0',
      'Node:           node-2/10.0.0.12',
      'Status:         Failed',
      'Reason:         Evicted',
      'Message:        The node was low on resource: memory. Container citadel was using 43536Ki, which exceeds its request of 0.',
      'IP:             ',
      'Controlled By:  ReplicaSet/citadel-5d8c7b9f4',
      'Containers:',
      '  citadel:',
      '    Image:      docker.io/istio/citadel:1.0.0',
      'Events:         <none>',
    ].join('\n');
    const r = parseDescribePods(text, FILE);
    const p = r.pods[0]!;
    expect(p.phase).toBe('Failed');
    expect(p.reason).toBe('Evicted');
    expect(p.message).toBe('The node was low on resource: memory. Container citadel was using 43536Ki, which exceeds its request of 0.');
    // The status was gone after eviction: the spec lists the container, the status does not.
    expect(p.containers[0]).toMatchObject({ name: 'citadel', statusMissing: true, ready: false, restartCount: 0, state: { state: 'unknown' } });
    expect(r.problems).toEqual([]);
  });

  it('joins a pod Message wrapped onto the next line (messages.md §2 Greenstand#49, a paste that wrapped)', () => {
    const text = [
      'Name:           treetracker-pgpool-0',
      'Namespace:      default',
      'Status:         Failed',
      'Reason:         Evicted',
      'Message:        The node was low on resource: memory. Container treetracker-pgpool was using 1275700Ki, which exce',
      'eds its request of 0.',
      'IP:             ',
      'Containers:',
      'Events:         <none>',
    ].join('\n');
    const r = parseDescribePods(text, FILE);
    expect(r.pods[0]!.message).toBe(
      'The node was low on resource: memory. Container treetracker-pgpool was using 1275700Ki, which exce\neds its request of 0.',
    );
    expect(r.problems).toEqual([]);
  });

  it('keeps a multi-line terminated Message (termination log) up to Exit Code', () => {
    const text = [
      'Name:         job-1-xyz',
      'Namespace:    batch',
      'Status:       Failed',
      'Containers:',
      '  main:',
      '    State:          Terminated',
      '      Reason:       Error',
      '      Message:      panic: cannot open /data/config.yaml',
      'goroutine 1 [running]:',
      'Name: not-a-pod-line-in-a-log',
      '      Exit Code:    2',
      '      Started:      Fri, 14 Jun 2024 08:00:00 +0000',
      '      Finished:     Fri, 14 Jun 2024 08:00:01 +0000',
      '    Ready:          False',
      '    Restart Count:  0',
      'Events:  <none>',
    ].join('\n');
    // A log line "Name: ..." inside the message does not start a new pod (no Namespace: after it).
    const r = parseDescribePods(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.pods).toHaveLength(1);
    const s = r.pods[0]!.containers[0]!.state;
    expect(s.message).toBe('panic: cannot open /data/config.yaml\ngoroutine 1 [running]:\nName: not-a-pod-line-in-a-log');
    expect(s.exitCode).toBe(2);
  });

  it('a terminated Message with tabs and blank lines is kept whole', () => {
    const text = [
      'Name:         job-2-xyz',
      'Namespace:    batch',
      'Status:       Failed',
      'Containers:',
      '  main:',
      '    State:          Terminated',
      '      Reason:       Error',
      '      Message:      Exception in thread "main" java.lang.IllegalStateException: no config',
      '\tat com.example.Main.main(Main.java:12)',
      '',
      'Caused by: java.io.FileNotFoundException: /data/config.yaml',
      '      Exit Code:    1',
      '      Started:      Fri, 14 Jun 2024 08:00:00 +0000',
      '      Finished:     Fri, 14 Jun 2024 08:00:01 +0000',
      '    Ready:          False',
      '    Restart Count:  0',
      'Events:  <none>',
    ].join('\n');
    const r = parseDescribePods(text, FILE);
    expect(r.problems).toEqual([]);
    const s = r.pods[0]!.containers[0]!.state;
    expect(s).toMatchObject({ state: 'terminated', reason: 'Error', exitCode: 1, finishedAt: '2024-06-14T08:00:01Z' });
    expect(s.message).toBe(
      'Exception in thread "main" java.lang.IllegalStateException: no config\n\tat com.example.Main.main(Main.java:12)\n\nCaused by: java.io.FileNotFoundException: /data/config.yaml',
    );
  });

  it('a Pending pod: Node <none>, ContainerCreating, empty Container ID', () => {
    const text = [
      'Name:             pending-1',
      'Namespace:        default',
      'Priority:         0',
      'Node:             <none>',
      'Status:           Pending',
      'IP:               ',
      'IPs:              <none>',
      'Containers:',
      '  app:',
      '    Container ID:   ',
      '    Image:          nginx',
      '    Image ID:       ',
      '    State:          Waiting',
      '      Reason:       ContainerCreating',
      '    Ready:          False',
      '    Restart Count:  0',
      'Events:            <none>',
    ].join('\n');
    const r = parseDescribePods(text, FILE);
    const p = r.pods[0]!;
    expect(p.nodeName).toBeUndefined();
    expect(p.phase).toBe('Pending');
    expect(p.containers[0]).toEqual({ name: 'app', init: false, image: 'nginx', ready: false, restartCount: 0, state: { state: 'waiting', reason: 'ContainerCreating' } });
    expect(r.problems).toEqual([]);
  });

  it('Terminating (lasts 10m): no phase; deletionTimestamp only with now', () => {
    const text = ['Name:  t-1', 'Namespace:  default', 'Status:  Terminating (lasts 10m)', 'Termination Grace Period:  30s', 'Containers:', 'Events:  <none>'].join('\n');
    expect(parseDescribePods(text, FILE).pods[0]!.deletionTimestamp).toBeUndefined();
    const p = parseDescribePods(text, FILE, { now: NOW }).pods[0]!;
    expect(p.phase).toBeUndefined();
    expect(p.deletionTimestamp).toBe('2024-06-14T08:10:00Z');
  });

  it('reads the old (≤1.13) tab-padded layout with Controllers:', () => {
    const r = parseDescribePods(OLD, FILE);
    expect(r.problems).toEqual([]);
    const p = r.pods[0]!;
    expect(p).toMatchObject({ namespace: 'default', nodeName: 'kubernetes-node-wul5', phase: 'Running', startTime: '2016-03-24T01:39:49Z' });
    expect(p.ownerRef).toEqual({ kind: 'ReplicaSet', name: 'nginx-deployment-1006230814' });
    expect(p.conditions).toEqual([{ type: 'Ready', status: 'True' }]);
    expect(p.containers[0]).toMatchObject({ name: 'nginx', image: 'nginx', ready: true, restartCount: 0, state: { state: 'running', startedAt: '2016-03-24T01:39:51Z' } });
  });
});

describe('parseDescribePods: Events table', () => {
  it('new columns: Age "(x25 over 8m)" gives count 25; From is the source component', () => {
    const r = parseDescribePods(CRASHY, FILE);
    expect(r.events).toEqual([
      {
        namespace: 'default',
        involved: { kind: 'Pod', namespace: 'default', name: 'crashy-7d4b9c8f6d-x2x9z' },
        reason: 'Scheduled',
        message: 'Successfully assigned default/crashy-7d4b9c8f6d-x2x9z to worker-1',
        type: 'Normal',
        count: 1,
        firstSeen: null,
        lastSeen: null,
        source: { component: 'default-scheduler' },
        ref: { file: FILE, line: 20 },
      },
      {
        namespace: 'default',
        involved: { kind: 'Pod', namespace: 'default', name: 'crashy-7d4b9c8f6d-x2x9z' },
        reason: 'BackOff',
        message: 'Back-off restarting failed container app in pod crashy-7d4b9c8f6d-x2x9z_default(3f8c00bb-6aad-44f9-9e60-c2d1fa837a15)',
        type: 'Warning',
        count: 25,
        firstSeen: null,
        lastSeen: null,
        source: { component: 'kubelet' },
        ref: { file: FILE, line: 21 },
      },
    ]);
  });

  it('ages become times only when now is given', () => {
    const r = parseDescribePods(CRASHY, FILE, { now: NOW });
    expect(r.events.map((e) => [e.firstSeen, e.lastSeen])).toEqual([
      ['2024-06-14T08:11:00Z', '2024-06-14T08:11:00Z'],
      ['2024-06-14T08:12:00Z', '2024-06-14T08:17:47Z'],
    ]);
    // A bare Date is accepted too.
    expect(parseDescribePods(CRASHY, FILE, NOW).events[1]!.lastSeen).toBe('2024-06-14T08:17:47Z');
  });

  it('old columns: Count column, {kubelet node} source, SubObjectPath → involved.fieldPath', () => {
    const r = parseDescribePods(OLD, FILE);
    expect(r.events.map((e) => ({ reason: e.reason, type: e.type, count: e.count, source: e.source, fieldPath: e.involved.fieldPath, message: e.message, line: e.ref.line }))).toEqual([
      { reason: 'Scheduled', type: 'Normal', count: 1, source: { component: 'default-scheduler' }, fieldPath: undefined, message: 'Successfully assigned nginx-deployment-1006230814-6winp to kubernetes-node-wul5', line: 26 },
      { reason: 'Pulling', type: 'Normal', count: 1, source: { component: 'kubelet', host: 'kubernetes-node-wul5' }, fieldPath: 'spec.containers{nginx}', message: 'pulling image "nginx"', line: 27 },
      { reason: 'BackOff', type: 'Warning', count: 3, source: { component: 'kubelet', host: 'kubernetes-node-wul5' }, fieldPath: 'spec.containers{nginx}', message: 'Back-off restarting failed docker container', line: 28 },
    ]);
  });

  it.each([
    {
      // messages.md §1 ImagePull — cri-o/cri-o#189 (k8s 1.5, tab-separated, empty SubObjectPath)
      source: 'cri-o#189',
      header: '  FirstSeen\tLastSeen\tCount\tFrom\t\t\tSubObjectPath\tType\t\tReason\t\tMessage',
      row: '16m\t4s\t22\t{kubelet gklab-97a-012}\t\t\t\tWarning\tFailedSync\tError syncing pod, skipping: failed to "StartContainer" for "nginx" with ImagePullBackOff: "Back-off pulling image \\"nginx\\""',
      want: { type: 'Warning', reason: 'FailedSync', count: 22, source: { component: 'kubelet', host: 'gklab-97a-012' }, message: 'Error syncing pod, skipping: failed to "StartContainer" for "nginx" with ImagePullBackOff: "Back-off pulling image \\"nginx\\""' },
    },
    {
      // messages.md §2 FailedScheduling — argoproj/argo-workflows#190 (2017)
      source: 'argo#190',
      header: '  FirstSeen\tLastSeen\tCount\tFrom\t\t\tSubObjectPath\tType\t\tReason\t\tMessage',
      row: '2h\t\t48m\t\t7\tdefault-scheduler\t\t\tWarning\t\tFailedScheduling\tNo nodes are available that match all of the following predicates:: Insufficient cpu (9), Insufficient memory (15), MatchNodeSelector (18).',
      want: { type: 'Warning', reason: 'FailedScheduling', count: 7, source: { component: 'default-scheduler' }, message: 'No nodes are available that match all of the following predicates:: Insufficient cpu (9), Insufficient memory (15), MatchNodeSelector (18).' },
    },
    {
      // messages.md §1 CrashLoopBackOff — tarantool/tarantool-operator#88 (`kubelet, minikube` source, ≤1.19)
      source: 'tarantool#88',
      header: '  Type     Reason            Age                    From               Message',
      row: '  Warning  BackOff           4m25s (x157 over 38m)  kubelet, minikube  Back-off restarting failed container',
      want: { type: 'Warning', reason: 'BackOff', count: 157, source: { component: 'kubelet', host: 'minikube' }, message: 'Back-off restarting failed container' },
    },
    {
      // messages.md §1 ErrImageNeverPull — k3s-io/k3s#1586
      source: 'k3s#1586',
      header: '  Type     Reason             Age               From              Message',
      row: '  Warning  ErrImageNeverPull  8s (x5 over 44s)  kubelet, k3s-s-1   Container image "nginx:latest" is not present with pull policy of Never',
      want: { type: 'Warning', reason: 'ErrImageNeverPull', count: 5, source: { component: 'kubelet', host: 'k3s-s-1' }, message: 'Container image "nginx:latest" is not present with pull policy of Never' },
    },
    {
      // messages.md §2 FailedKillPod — cisco-open/martian-bank-demo#50: spacing collapsed by the paste
      source: 'martian-bank#50',
      header: '  Type     Reason         Age                     From     Message',
      row: 'Warning FailedKillPod 2m21s (x1968 over 17h) kubelet error killing pod: failed to "KillPodSandbox" for "a33e88fb-a2a9-4dbb-9996-466ca7ca5bd9" with KillPodSandboxError: "rpc error"',
      want: { type: 'Warning', reason: 'FailedKillPod', count: 1968, source: { component: 'kubelet' }, message: 'error killing pod: failed to "KillPodSandbox" for "a33e88fb-a2a9-4dbb-9996-466ca7ca5bd9" with KillPodSandboxError: "rpc error"' },
    },
    {
      // layouts.md §6.9: kubectl ≥ Aug 2025 prefixes Message with the fieldPath
      source: 'kubectl 60fa575b8',
      header: '  Type     Reason   Age                  From     Message',
      row: '  Warning  BackOff  2m13s (x25 over 8m)  kubelet  spec.containers{app}: Back-off restarting failed container app in pod crashy_default(3f8c00bb)',
      want: { type: 'Warning', reason: 'BackOff', count: 25, source: { component: 'kubelet' }, fieldPath: 'spec.containers{app}', message: 'Back-off restarting failed container app in pod crashy_default(3f8c00bb)' },
    },
    {
      // messages.md §2 probes — kubernetes#82987: an exec probe with empty output (message ends at the colon)
      source: 'kubernetes#82987',
      header: '  Type     Reason     Age                From               Message',
      row: '  Warning  Unhealthy  26m (x4 over 28m)     kubelet            Liveness probe failed:',
      want: { type: 'Warning', reason: 'Unhealthy', count: 4, source: { component: 'kubelet' }, message: 'Liveness probe failed:' },
    },
    {
      // healthy counterpart: a single Normal event, count 1
      source: 'normal',
      header: '  Type    Reason   Age   From     Message',
      row: '  Normal  Started  5m    kubelet  Started container app',
      want: { type: 'Normal', reason: 'Started', count: 1, source: { component: 'kubelet' }, message: 'Started container app' },
    },
  ])('event row from $source', ({ header, row, want }) => {
    const dashes = header.replace(/[A-Za-z]+/g, (w) => '-'.repeat(w.length));
    const text = ['Name:  p', 'Namespace:  ns1', 'Containers:', 'Events:', header, dashes, row].join('\n');
    const r = parseDescribePods(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.events).toHaveLength(1);
    const e = r.events[0]!;
    const { fieldPath, ...rest } = want as typeof want & { fieldPath?: string };
    expect(e).toMatchObject({ ...rest, namespace: 'ns1', ref: { file: FILE, line: 7 } });
    expect(e.involved).toEqual({ kind: 'Pod', namespace: 'ns1', name: 'p', ...(fieldPath ? { fieldPath } : {}) });
  });

  it('joins message continuation lines (a message with newlines) and reads the next row', () => {
    const text = [
      'Name:         p',
      'Namespace:    default',
      'Containers:',
      'Events:',
      '  Type     Reason     Age                From     Message',
      '  ----     ------     ----               ----     -------',
      '  Warning  Unhealthy  1m (x3 over 3m)    kubelet  Liveness probe failed: Traceback (most recent call last):',
      '  File "/probe.py", line 3, in <module>',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      '  Normal   Killing    1m                 kubelet  Container app failed liveness probe, will be restarted',
    ].join('\n');
    const r = parseDescribePods(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.events).toHaveLength(2);
    expect(r.events[0]!.message).toBe(
      'Liveness probe failed: Traceback (most recent call last):\n  File "/probe.py", line 3, in <module>\nConnectionRefusedError: [Errno 111] Connection refused',
    );
    expect(r.events[0]!.count).toBe(3);
    expect(r.events[1]).toMatchObject({ reason: 'Killing', ref: { line: 10 } });
  });

  it.each([
    ['Events:  <none>', 'new kubectl'],
    ['Events:\t<none>', 'tab before <none>'],
    ['No events.', 'old kubectl'],
  ])('%s (%s) gives no events and no problems', (line) => {
    const r = parseDescribePods(['Name:  p', 'Namespace:  default', 'Containers:', line].join('\n'), FILE);
    expect(r.events).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('parseDescribePods: many pods, malformed input', () => {
  it('splits pods at Name: (two blank lines between, §6.9) and keeps events with their pod', () => {
    const text = `${CRASHY}\n\n${HEALTHY}`;
    const r = parseDescribePods(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.pods.map((p) => [p.namespace, p.name, p.ref.line])).toEqual([
      ['default', 'crashy-7d4b9c8f6d-x2x9z', 1],
      ['shop', 'web-7d9c-abcde', 24],
    ]);
    expect(r.events.every((e) => e.involved.name === 'crashy-7d4b9c8f6d-x2x9z')).toBe(true);
  });

  it('a describe truncated inside Containers gives the pod and a problem, no throw', () => {
    const cut = CRASHY.split('\n').slice(0, 11).join('\n'); // ends after "Reason: OOMKilled"
    const r = parseDescribePods(cut, FILE);
    expect(r.pods).toHaveLength(1);
    expect(r.pods[0]!.containers[0]!.lastState).toEqual({ state: 'terminated', reason: 'OOMKilled' });
    expect(r.problems).toEqual([{ line: 11, message: expect.stringMatching(/no Events: section/) }]);
  });

  it('a describe cut right after Name: is skipped with a problem', () => {
    const r = parseDescribePods('Name:             crashy-7d4b9c8f6d-x2x9z\n', FILE);
    expect(r.pods).toEqual([]);
    expect(r.problems).toEqual([{ line: 1, message: expect.stringMatching(/no Namespace/) }]);
  });

  it.each([
    ['garbage', 'lorem ipsum\n\u0000\u0001\u0002 binary\n{"kind":"Pod"}'],
    ['a kubectl get table', 'NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          5m'],
  ])('%s gives a problem and no pods', (_label, text) => {
    const r = parseDescribePods(text, FILE);
    expect(r.pods).toEqual([]);
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]!.line).toBe(1);
  });

  it('reads CRLF text the same as LF', () => {
    const lf = parseDescribePods(CRASHY, FILE);
    const crlf = parseDescribePods(CRASHY.replace(/\n/g, '\r\n'), FILE);
    expect(crlf).toEqual(lf);
  });

  it('ephemeral (debug) containers are not counted as app containers', () => {
    const text = [
      'Name:         p',
      'Namespace:    default',
      'Containers:',
      '  app:',
      '    State:          Running',
      '    Ready:          True',
      '    Restart Count:  0',
      'Ephemeral Containers:',
      '  debugger-abc:',
      '    State:          Terminated',
      '      Exit Code:    0',
      'Events:  <none>',
    ].join('\n');
    const r = parseDescribePods(text, FILE);
    expect(r.pods[0]!.containers.map((c) => c.name)).toEqual(['app']);
    expect(r.pods[0]!.initContainers).toEqual([]);
  });

  it('an unreadable now leaves times null', () => {
    expect(parseDescribePods(CRASHY, FILE, { now: 'not a date' }).events[1]!.lastSeen).toBeNull();
  });

  it('empty text gives nothing at all', () => {
    expect(parseDescribePods('', FILE)).toEqual({ pods: [], events: [], problems: [] });
  });

  it('an unreadable event row and a bad Restart Count are problems, the rest is kept', () => {
    const text = [
      'Name:         p',
      'Namespace:    default',
      'Containers:',
      '  c:',
      '    State:          Sleeping',
      '    Ready:          False',
      '    Restart Count:  many',
      'Events:',
      '  Type     Reason   Age   From     Message',
      '  ----     ------   ----  ----     -------',
      '  Warning  BackOff  ???   kubelet  Back-off',
      '  Normal   Pulled   1m    kubelet  ok',
    ].join('\n');
    const r = parseDescribePods(text, FILE);
    expect(r.pods).toHaveLength(1);
    expect(r.pods[0]!.containers[0]!.state).toEqual({ state: 'unknown' });
    expect(r.events.map((e) => e.reason)).toEqual(['Pulled']);
    expect(r.problems.map((p) => p.line)).toEqual([5, 7, 11]);
  });

  it('survives arbitrary input without throwing', () => {
    const chunks = [CRASHY, HEALTHY, OLD, '\t\t\t', 'Name:', 'Events:', '  Warning', '(x3 over', 'Containers:\n  :\n    State:'];
    for (let k = 0; k < 200; k++) {
      const a = chunks[k % chunks.length]!;
      const b = chunks[(k * 7) % chunks.length]!;
      const cut = (a + b).slice(0, (k * 37) % (a.length + b.length + 1));
      expect(() => parseDescribePods(cut, FILE)).not.toThrow();
    }
  });
});
