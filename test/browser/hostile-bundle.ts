/**
 * A small directory bundle whose every bundle-derived string carries an HTML/JS payload: pod,
 * namespace and container names, status messages, annotations, event messages, container log
 * lines and file names. The report must show all of it as text and run none of it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PAYLOADS = {
  script: '<script>window.__pwned=1;alert(1)</script>',
  img: '"><img src=x onerror="window.__pwned=1;alert(1)">',
  js: 'javascript:window.__pwned=1',
  svg: "<svg onload=alert(1)>",
  closeScript: '</script><script>window.__pwned=1</script>',
  template: "{{constructor.constructor('window.__pwned=1')()}}",
  attr: "' onmouseover='window.__pwned=1' x='",
} as const;

/** Names that are also path segments must not contain a slash. */
export const NAMES = {
  namespace: `evil-ns"'<i>`,
  pod: `web-<b>pod</b>" onclick="window.__pwned=1`.replace(/\//g, ''),
  container: `"><img src=x onerror=window.__pwned=1>`,
  node: `node-<svg onload=alert(1)>`,
  owner: `app-${PAYLOADS.attr}`,
  unrecognisedFile: `"><img src=x onerror=window.__pwned=1>.txt`,
};

export function makeHostileBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'podmortem-hostile-'));
  const root = join(dir, 'bundle');
  const { namespace, pod, container, node } = NAMES;
  const podList = {
    kind: 'PodList', apiVersion: 'v1', metadata: {},
    items: [{
      kind: 'Pod', apiVersion: 'v1',
      metadata: {
        name: pod, namespace, uid: 'aaaaaaaa-1111-2222-3333-444444444444', creationTimestamp: '2024-05-01T10:00:00Z',
        annotations: { note: PAYLOADS.script, link: PAYLOADS.js },
        labels: { app: PAYLOADS.img },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: NAMES.owner, uid: 'bbbbbbbb-1111-2222-3333-444444444444', controller: true }],
      },
      spec: { nodeName: node, containers: [{ name: container, image: `registry.example.com/app:${PAYLOADS.svg}` }] },
      status: {
        phase: 'Running',
        startTime: '2024-05-01T10:00:01Z',
        conditions: [{ type: 'Ready', status: 'False', reason: 'ContainersNotReady', message: PAYLOADS.closeScript }],
        containerStatuses: [{
          name: container, ready: false, restartCount: 7, image: 'registry.example.com/app:1', imageID: '',
          containerID: 'containerd://' + 'c'.repeat(64),
          state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${container} pod=${pod} ${PAYLOADS.script}` } },
          lastState: { terminated: { exitCode: 1, reason: 'Error', message: `${PAYLOADS.img} ${PAYLOADS.template}`, startedAt: '2024-05-01T10:20:00Z', finishedAt: '2024-05-01T10:20:05Z' } },
        }],
      },
    }],
  };
  const eventList = {
    kind: 'EventList', apiVersion: 'v1', metadata: {},
    items: [
      {
        kind: 'Event', apiVersion: 'v1',
        metadata: { name: 'ev1', namespace },
        involvedObject: { kind: 'Pod', namespace, name: pod, uid: 'aaaaaaaa-1111-2222-3333-444444444444', fieldPath: `spec.containers{${container}}` },
        reason: 'BackOff', type: 'Warning', count: 42,
        message: `Back-off restarting failed container ${container} in pod ${pod} ${PAYLOADS.closeScript}`,
        firstTimestamp: '2024-05-01T10:05:00Z', lastTimestamp: '2024-05-01T10:25:00Z',
        source: { component: 'kubelet', host: node },
      },
      {
        kind: 'Event', apiVersion: 'v1',
        metadata: { name: 'ev2', namespace },
        involvedObject: { kind: 'Pod', namespace, name: pod, uid: 'aaaaaaaa-1111-2222-3333-444444444444' },
        reason: 'Failed', type: 'Warning', count: 3,
        message: `Error: ${PAYLOADS.js} ${PAYLOADS.svg} ${PAYLOADS.attr}`,
        firstTimestamp: '2024-05-01T10:06:00Z', lastTimestamp: '2024-05-01T10:24:00Z',
        source: { component: 'kubelet', host: node },
      },
    ],
  };
  mkdirSync(join(root, 'cluster-resources', 'pods', 'logs', namespace, pod), { recursive: true });
  mkdirSync(join(root, 'cluster-resources', 'events'), { recursive: true });
  mkdirSync(join(root, 'notes'), { recursive: true });
  writeFileSync(join(root, 'cluster-resources', 'pods', `${namespace}.json`), JSON.stringify(podList, null, 2));
  writeFileSync(join(root, 'cluster-resources', 'events', `${namespace}.json`), JSON.stringify(eventList, null, 2));
  const log = [
    `2024-05-01T10:20:00.000Z starting ${PAYLOADS.script}`,
    `2024-05-01T10:20:01.000Z open ${PAYLOADS.js}`,
    `2024-05-01T10:20:02.000Z ${PAYLOADS.img}`,
    `2024-05-01T10:20:03.000Z ${PAYLOADS.closeScript} ${PAYLOADS.template}`,
    `2024-05-01T10:20:04.000Z Error: cannot connect to database ${PAYLOADS.svg} \u2028 ${PAYLOADS.attr}`,
    `2024-05-01T10:20:05.000Z panic: fatal error ${'A'.repeat(600)}${PAYLOADS.script}`,
  ].join('\n') + '\n';
  writeFileSync(join(root, 'cluster-resources', 'pods', 'logs', namespace, pod, `${container}.log`), log);
  writeFileSync(join(root, 'cluster-resources', 'pods', 'logs', namespace, pod, `${container}-previous.log`), log);
  writeFileSync(join(root, 'notes', NAMES.unrecognisedFile), `${PAYLOADS.script}\n`);
  return root;
}
