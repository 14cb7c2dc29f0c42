import { describe, expect, it } from 'vitest';
import { parseGetEvents, parseGetPods, phaseOf } from '../../../src/parse/text/get-tables.js';

const FILE = 'rancher/kubectl/pods';
const NOW = new Date('2024-06-14T08:20:00Z');

describe('parseGetPods', () => {
  it('reads §6.7 `get pods -A -o wide` (RESTARTS "6 (2m13s ago)") beside a healthy row', () => {
    // layouts.md §6.7: header and first row exactly as shown; the second row is a healthy pod.
    const text = [
      'NAMESPACE     NAME                       READY   STATUS             RESTARTS        AGE   IP           NODE       NOMINATED NODE   READINESS GATES',
      'default       crashy-7d4b9c8f6d-x2x9z    0/1     CrashLoopBackOff   6 (2m13s ago)   9m    10.244.1.7   worker-1   <none>           <none>',
      'default       web-7d9c-abcde             1/1     Running            0               3d    10.244.2.9   worker-2   <none>           <none>',
    ].join('\n');
    const r = parseGetPods(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.pods).toEqual([
      {
        namespace: 'default',
        name: 'crashy-7d4b9c8f6d-x2x9z',
        ready: { ready: 0, total: 1 },
        status: 'CrashLoopBackOff',
        restarts: 6,
        lastRestartAgo: '2m13s',
        age: '9m',
        ip: '10.244.1.7',
        node: 'worker-1',
        ref: { file: FILE, line: 2 },
      },
      {
        namespace: 'default',
        name: 'web-7d9c-abcde',
        ready: { ready: 1, total: 1 },
        status: 'Running',
        phase: 'Running',
        restarts: 0,
        age: '3d',
        ip: '10.244.2.9',
        node: 'worker-2',
        ref: { file: FILE, line: 3 },
      },
    ]);
  });

  it.each([
    // messages.md §1 ImageInspectError — hasura/gitkube#86 (old kubectl: READY padded to 10)
    { src: 'gitkube#86', row: 'gitkube-controller-cc586fcb-zfk8b       0/1       ImageInspectError   0          23m', name: 'gitkube-controller-cc586fcb-zfk8b', status: 'ImageInspectError', restarts: 0, age: '23m', phase: undefined },
    // messages.md §1 CrashLoopBackOff — kubernetes/kubernetes#17460 (2015, plain RESTARTS)
    { src: 'kubernetes#17460', row: 'elasticsearch-attiy   0/1       CrashLoopBackOff   25         1h', name: 'elasticsearch-attiy', status: 'CrashLoopBackOff', restarts: 25, age: '1h', phase: undefined },
    // messages.md §1 Init — kelseyhightower/certificate-init-container#13
    { src: 'certificate-init-container#13', row: 'tls-app-dc7787455-69rhx   0/1       Init:Error   1          6s', name: 'tls-app-dc7787455-69rhx', status: 'Init:Error', restarts: 1, age: '6s', phase: 'Pending' },
    { src: 'certificate-init-container#13', row: 'tls-app-77cf5bf94c-qxphr                                     0/1       Init:CrashLoopBackOff   6          9m', name: 'tls-app-77cf5bf94c-qxphr', status: 'Init:CrashLoopBackOff', restarts: 6, age: '9m', phase: 'Pending' },
    // messages.md §1 Init — nigelpoulton/TheK8sBook#46
    { src: 'TheK8sBook#46', row: 'initpod     0/1     Init:0/1   0          8s', name: 'initpod', status: 'Init:0/1', restarts: 0, age: '8s', phase: 'Pending' },
    // messages.md §2 eviction — openshift/release#76967 (newer kubectl: RESTARTS with "ago")
    { src: 'openshift/release#76967', row: 'dptp-controller-manager-77ffc657cf-4z7wb   0/2     ContainerStatusUnknown   2 (7h40m ago)   11h', name: 'dptp-controller-manager-77ffc657cf-4z7wb', status: 'ContainerStatusUnknown', restarts: 2, age: '11h', phase: undefined },
  ])('a real row whose spacing does not match our header ($src) is split on whitespace', ({ row, name, status, restarts, age, phase }) => {
    const text = `NAME                                       READY   STATUS    RESTARTS   AGE\n${row}`;
    const r = parseGetPods(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.pods).toHaveLength(1);
    expect(r.pods[0]).toMatchObject({ namespace: '', name, status, restarts, age, ref: { line: 2 } });
    expect(r.pods[0]!.phase).toBe(phase);
  });

  it('reads a -A table (messages.md §1 CreateContainerError, cluster-api#9879)', () => {
    const text = [
      'NAMESPACE     NAME                                   READY   STATUS                 RESTARTS      AGE',
      'kube-system   kube-apiserver-kiv-cp-v48fw            0/1     CreateContainerError   0             28m',
    ].join('\n');
    const r = parseGetPods(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.pods[0]).toMatchObject({ namespace: 'kube-system', name: 'kube-apiserver-kiv-cp-v48fw', status: 'CreateContainerError', restarts: 0, age: '28m' });
    expect(r.pods[0]!.ip).toBeUndefined();
  });

  it('defaultNamespace fills the namespace of a table without -A', () => {
    const r = parseGetPods('NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          5m\n', FILE, { defaultNamespace: 'shop' });
    expect(r.pods[0]!.namespace).toBe('shop');
  });

  it('a pending pod in -o wide has no IP and no node (<none>)', () => {
    const text = [
      'NAME        READY   STATUS    RESTARTS   AGE   IP       NODE     NOMINATED NODE   READINESS GATES',
      'pending-1   0/1     Pending   0          2m    <none>   <none>   <none>           <none>',
    ].join('\n');
    const p = parseGetPods(text, FILE).pods[0]!;
    expect(p.ip).toBeUndefined();
    expect(p.node).toBeUndefined();
    expect(p.phase).toBe('Pending');
  });

  it('reads rows in a later chunk whose columns grew wider than the header', () => {
    const text = [
      'NAME    READY   STATUS    RESTARTS   AGE',
      'web-1   1/1     Running   0          5m',
      'a-much-longer-pod-name-0   0/1     ImagePullBackOff   0          1m',
    ].join('\n');
    const r = parseGetPods(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.pods.map((p) => [p.name, p.status])).toEqual([
      ['web-1', 'Running'],
      ['a-much-longer-pod-name-0', 'ImagePullBackOff'],
    ]);
  });

  it('ignores a prompt line and "No resources found"', () => {
    const r = parseGetPods('$ kubectl get pods -n empty\nNo resources found in empty namespace.\n', FILE);
    expect(r.pods).toEqual([]);
    expect(r.problems).toHaveLength(1); // no header at all
  });

  it.each([
    ['garbage', 'this is not a table\nat all'],
    ['an events table', 'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\n2m          Normal    Pulled    pod/web-1   ok'],
  ])('%s: one problem, no pods', (_l, text) => {
    const r = parseGetPods(text, FILE);
    expect(r.pods).toEqual([]);
    expect(r.problems).toEqual([{ line: 1, message: expect.any(String) }]);
  });

  it('an unreadable row is a problem; the other rows are kept', () => {
    const text = ['NAME    READY   STATUS    RESTARTS   AGE', 'web-1   1/1     Running   0          5m', 'web-2   yes     Running', 'web-3   0/1     Error     1          1m'].join('\n');
    const r = parseGetPods(text, FILE);
    expect(r.pods.map((p) => p.name)).toEqual(['web-1', 'web-3']);
    expect(r.problems).toEqual([{ line: 3, message: expect.stringMatching(/unreadable pod row/) }]);
  });
});

describe('phaseOf (layouts.md §6.7 STATUS values)', () => {
  it.each([
    ['Running', 'Running'],
    ['Completed', 'Succeeded'],
    ['Evicted', 'Failed'],
    ['Init:0/2', 'Pending'],
    ['Init:CrashLoopBackOff', 'Pending'],
    ['ContainerCreating', 'Pending'],
    ['ImagePullBackOff', undefined],
    ['CrashLoopBackOff', undefined],
    ['OOMKilled', undefined],
    ['Terminating', undefined],
    ['ContainerStatusUnknown', undefined],
  ])('%s → %s', (status, phase) => {
    expect(phaseOf(status)).toBe(phase);
  });
});

describe('parseGetEvents', () => {
  it('reads §6.8 `get events -A` (pod/… object, message with spaces) beside a Normal event', () => {
    // layouts.md §6.8: header and Warning row exactly as shown; the Normal row is the healthy counterpart.
    const text = [
      'NAMESPACE   LAST SEEN   TYPE      REASON    OBJECT                        MESSAGE',
      'default     2m13s       Warning   BackOff   pod/crashy-7d4b9c8f6d-x2x9z   Back-off restarting failed container app in pod crashy-7d4b9c8f6d-x2x9z_default(3f8c00bb-6aad-44f9-9e60-c2d1fa837a15)',
      'default     9m          Normal    Pulled    pod/web-7d9c-abcde            Container image "nginx:1.25" already present on machine',
    ].join('\n');
    const r = parseGetEvents(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.events).toEqual([
      {
        namespace: 'default',
        involved: { kind: 'Pod', name: 'crashy-7d4b9c8f6d-x2x9z', namespace: 'default' },
        reason: 'BackOff',
        message: 'Back-off restarting failed container app in pod crashy-7d4b9c8f6d-x2x9z_default(3f8c00bb-6aad-44f9-9e60-c2d1fa837a15)',
        type: 'Warning',
        count: 1,
        firstSeen: null,
        lastSeen: null,
        ref: { file: FILE, line: 2 },
      },
      {
        namespace: 'default',
        involved: { kind: 'Pod', name: 'web-7d9c-abcde', namespace: 'default' },
        reason: 'Pulled',
        message: 'Container image "nginx:1.25" already present on machine',
        type: 'Normal',
        count: 1,
        firstSeen: null,
        lastSeen: null,
        ref: { file: FILE, line: 3 },
      },
    ]);
  });

  it('turns LAST SEEN into times only with now', () => {
    const text = 'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE\n2m13s       Warning   BackOff   pod/web-1   Back-off restarting failed container';
    expect(parseGetEvents(text, FILE, { now: NOW }).events[0]).toMatchObject({ firstSeen: '2024-06-14T08:17:47Z', lastSeen: '2024-06-14T08:17:47Z' });
    expect(parseGetEvents(text, FILE).events[0]).toMatchObject({ firstSeen: null, lastSeen: null });
  });

  it('reads "(x8 over 7m)" in LAST SEEN and a capitalised Pod/ object (messages.md §1, k3s-io/k3s#12540)', () => {
    const text = [
      'LAST SEEN               TYPE      REASON                            OBJECT                                               MESSAGE',
      '5m42s (x8 over 7m)      Warning   InspectFailed                     Pod/cnb-reloader-5db69cb8c6-2bqqv                    Failed to inspect image "": rpc error: code = Unknown desc = unable to convert a nil pointer to a runtime API image',
    ].join('\n');
    const r = parseGetEvents(text, FILE, { now: NOW, defaultNamespace: 'cnb' });
    expect(r.problems).toEqual([]);
    expect(r.events[0]).toMatchObject({
      namespace: 'cnb',
      involved: { kind: 'Pod', name: 'cnb-reloader-5db69cb8c6-2bqqv', namespace: 'cnb' },
      reason: 'InspectFailed',
      count: 8,
      firstSeen: '2024-06-14T08:13:00Z',
      lastSeen: '2024-06-14T08:14:18Z',
      message: 'Failed to inspect image "": rpc error: code = Unknown desc = unable to convert a nil pointer to a runtime API image',
    });
  });

  it('reads a real row with its own spacing (messages.md §1, democratic-csi#90)', () => {
    const text = 'LAST SEEN   TYPE      REASON    OBJECT    MESSAGE\n42m         Normal    BackOff            pod/freenas-nfs-democratic-csi-controller-697cb8cd9b-fgnqj    Back-off pulling image "democraticcsi/democratic-csi:latest"';
    const r = parseGetEvents(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.events[0]).toMatchObject({
      involved: { kind: 'Pod', name: 'freenas-nfs-democratic-csi-controller-697cb8cd9b-fgnqj' },
      reason: 'BackOff',
      type: 'Normal',
      message: 'Back-off pulling image "democraticcsi/democratic-csi:latest"',
    });
  });

  it('reads the old columns (LASTSEEN FIRSTSEEN COUNT NAME KIND SUBOBJECT TYPE REASON SOURCE MESSAGE)', () => {
    // kubectl ≤1.13 get events: SUBOBJECT may be empty, SOURCE holds spaces (`kubelet, node`).
    const text = [
      'LASTSEEN   FIRSTSEEN   COUNT     NAME                      KIND      SUBOBJECT                TYPE      REASON      SOURCE                    MESSAGE',
      '1m         20m         42        web-5d4f8b7c6d-abcde      Pod       spec.containers{web}     Warning   BackOff     kubelet, node-1           Back-off restarting failed container',
      '20m        20m         1         web-5d4f8b7c6d-abcde      Pod                                Normal    Scheduled   default-scheduler         Successfully assigned default/web-5d4f8b7c6d-abcde to node-1',
    ].join('\n');
    const r = parseGetEvents(text, FILE, { now: NOW });
    expect(r.problems).toEqual([]);
    expect(r.events).toEqual([
      {
        namespace: '',
        involved: { kind: 'Pod', name: 'web-5d4f8b7c6d-abcde', fieldPath: 'spec.containers{web}' },
        reason: 'BackOff',
        message: 'Back-off restarting failed container',
        type: 'Warning',
        count: 42,
        firstSeen: '2024-06-14T08:00:00Z',
        lastSeen: '2024-06-14T08:19:00Z',
        source: { component: 'kubelet', host: 'node-1' },
        ref: { file: FILE, line: 2 },
      },
      {
        namespace: '',
        involved: { kind: 'Pod', name: 'web-5d4f8b7c6d-abcde' },
        reason: 'Scheduled',
        message: 'Successfully assigned default/web-5d4f8b7c6d-abcde to node-1',
        type: 'Normal',
        count: 1,
        firstSeen: '2024-06-14T08:00:00Z',
        lastSeen: '2024-06-14T08:00:00Z',
        source: { component: 'default-scheduler' },
        ref: { file: FILE, line: 3 },
      },
    ]);
  });

  it('reads `-o wide` (MESSAGE followed by FIRST SEEN, COUNT, NAME)', () => {
    // layouts.md §6.8: -o wide = LAST SEEN TYPE REASON OBJECT SUBOBJECT SOURCE MESSAGE FIRST SEEN COUNT NAME
    const text = [
      'LAST SEEN   TYPE      REASON      OBJECT      SUBOBJECT              SOURCE              MESSAGE                                 FIRST SEEN   COUNT   NAME',
      '2m          Warning   Unhealthy   pod/web-1   spec.containers{web}   kubelet, worker-1   Liveness probe failed: HTTP probe 500   10m          12      web-1.17d8a3c4b5e6f789',
      '5m          Normal    Pulled      pod/web-1                          kubelet             Container image already present         5m           1       web-1.17d8a3c4b5e6f780',
    ].join('\n');
    const r = parseGetEvents(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.events.map((e) => [e.involved.name, e.involved.fieldPath, e.source, e.message, e.count])).toEqual([
      ['web-1', 'spec.containers{web}', { component: 'kubelet', host: 'worker-1' }, 'Liveness probe failed: HTTP probe 500', 12],
      ['web-1', undefined, { component: 'kubelet' }, 'Container image already present', 1],
    ]);
  });

  it('joins the continuation of a message with newlines; a blank line ends it', () => {
    const text = [
      'LAST SEEN   TYPE      REASON      OBJECT      MESSAGE',
      '1m          Warning   Unhealthy   pod/web-1   Readiness probe failed: Traceback (most recent call last):',
      'ConnectionRefusedError: [Errno 111] Connection refused',
      '30s         Normal    Killing     pod/web-1   Stopping container web',
    ].join('\n');
    const r = parseGetEvents(text, FILE);
    expect(r.problems).toEqual([]);
    expect(r.events.map((e) => e.message)).toEqual([
      'Readiness probe failed: Traceback (most recent call last):\nConnectionRefusedError: [Errno 111] Connection refused',
      'Stopping container web',
    ]);
  });

  it.each([
    ['garbage', 'lorem ipsum\ndolor'],
    ['a pods table', 'NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          5m'],
  ])('%s: one problem, no events', (_l, text) => {
    const r = parseGetEvents(text, FILE);
    expect(r.events).toEqual([]);
    expect(r.problems).toEqual([{ line: 1, message: expect.any(String) }]);
  });

  it('a row that looks like a row but cannot be read is a problem, not a continuation', () => {
    const text = [
      'LAST SEEN   TYPE      REASON    OBJECT      MESSAGE',
      '1m          Normal    Pulled    pod/web-1   ok',
      'soon        Warning   BackOff   pod/web-1   Back-off',
    ].join('\n');
    const r = parseGetEvents(text, FILE);
    expect(r.events).toHaveLength(1);
    expect(r.events[0]!.message).toBe('ok');
    expect(r.problems).toEqual([{ line: 3, message: expect.stringMatching(/unreadable event row/) }]);
  });
});

describe('get tables: arbitrary input', () => {
  it('never throws on cut or mixed text', () => {
    const parts = [
      'NAMESPACE     NAME                       READY   STATUS             RESTARTS        AGE   IP           NODE       NOMINATED NODE   READINESS GATES\n',
      'default       crashy-7d4b9c8f6d-x2x9z    0/1     CrashLoopBackOff   6 (2m13s ago)   9m    10.244.1.7   worker-1   <none>           <none>\n',
      'NAMESPACE   LAST SEEN   TYPE      REASON    OBJECT                        MESSAGE\n',
      'default     2m13s (x2   Warning   BackOff   pod/x   (unclosed\n',
      '\t\t(x3 over\n',
      '   \n',
    ];
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: 1 + (k % 7) }, (_, j) => parts[(k * 3 + j * 5) % parts.length]!).join('').slice(0, 40 + ((k * 53) % 400));
      expect(() => parseGetPods(text, FILE)).not.toThrow();
      expect(() => parseGetEvents(text, FILE, { now: NOW })).not.toThrow();
    }
  });
});
