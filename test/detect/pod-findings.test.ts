/**
 * Pod-level detection on pods built in the test: each failing shape beside its healthy twin.
 * Messages are shaped as ../shared/reference/messages.md prints them (section in each case).
 */
import { describe, expect, it } from 'vitest';
import { detectPodFindings, isHealthy } from '../../src/detect/pod-findings.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import type { BundleModel, ContainerInfo, EventInfo, PodInfo } from '../../src/model/types.js';
import { NodeEvidence } from '../../src/model/node-evidence.js';

const kb = loadKnowledgeBase();
let line = 1;

function container(name: string, over: Partial<ContainerInfo> = {}): ContainerInfo {
  return { name, init: false, ready: true, restartCount: 0, state: { state: 'running', startedAt: '2026-03-14T08:00:00Z' }, image: `registry.example.com/shop/${name}:1.0`, ...over };
}
function pod(name: string, over: Partial<PodInfo> = {}): PodInfo {
  return { namespace: 'shop', name, phase: 'Running', nodeName: 'node-1', conditions: [], initContainers: [], containers: [container('app')], ref: { file: 'pods/shop.json', line: line++ }, ...over };
}
function event(podName: string, reason: string, message: string, over: Partial<EventInfo> = {}): EventInfo {
  return { namespace: 'shop', involved: { kind: 'Pod', name: podName }, reason, message, type: 'Warning', count: 3, firstSeen: '2026-03-14T08:30:00Z', lastSeen: '2026-03-14T09:00:00Z', ref: { file: 'events/shop.json', line: line++ }, ...over };
}
function model(pods: PodInfo[], events: EventInfo[] = []): BundleModel {
  return { inputs: [], collectedAt: '2026-03-14T09:12:44Z', pods, events, nodes: [], controllers: [], containerLogs: [], gaps: [], unrecognised: [], podsCollected: pods.length > 0, nodeEvidence: new NodeEvidence() };
}
const detect = (pods: PodInfo[], events: EventInfo[] = []) => detectPodFindings(model(pods, events), kb);

describe('failing shapes and the reason/cause each gives', () => {
  const cases: { name: string; pod: PodInfo; events?: EventInfo[]; reason: string; cause: string; related?: string[] }[] = [
    {
      // messages.md §2.1 (containerd, not found)
      name: 'ImagePullBackOff, tag does not exist',
      pod: pod('web-1', { phase: 'Pending', containers: [container('web', { ready: false, state: { state: 'waiting', reason: 'ImagePullBackOff', message: 'Back-off pulling image "registry.example.com/shop/web:1.4.2-latset"' } })] }),
      events: [event('web-1', 'Failed', 'Failed to pull image "registry.example.com/shop/web:1.4.2-latset": rpc error: code = NotFound desc = failed to pull and unpack image "registry.example.com/shop/web:1.4.2-latset": failed to resolve reference "registry.example.com/shop/web:1.4.2-latset": registry.example.com/shop/web:1.4.2-latset: not found', { involved: { kind: 'Pod', name: 'web-1', fieldPath: 'spec.containers{web}' } })],
      reason: 'ImagePullBackOff', cause: 'image.not-found',
    },
    {
      // messages.md §2.15
      name: 'CreateContainerConfigError, secret missing',
      pod: pod('worker-1', { phase: 'Pending', containers: [container('worker', { ready: false, state: { state: 'waiting', reason: 'CreateContainerConfigError', message: 'secret "payments-db" not found' } })] }),
      reason: 'CreateContainerConfigError', cause: 'app.config-missing',
    },
    {
      // messages.md §2.12
      name: 'CrashLoopBackOff after OOMKilled',
      pod: pod('api-1', { containers: [container('api', { ready: false, restartCount: 7, state: { state: 'waiting', reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container=api pod=api-1_payments(uid)' }, lastState: { state: 'terminated', reason: 'OOMKilled', exitCode: 137, finishedAt: '2026-03-14T08:59:00Z' } })] }),
      reason: 'CrashLoopBackOff', cause: 'resources.oom-killed', related: ['OOMKilled'],
    },
    {
      // messages.md §2.16
      name: 'runAsNonRoot violation surfaces as CreateContainerConfigError',
      pod: pod('secure-1', { phase: 'Pending', containers: [container('app', { ready: false, state: { state: 'waiting', reason: 'CreateContainerConfigError', message: 'container has runAsNonRoot and image will run as root (pod: "secure-1_shop(1234)", container: app)' } })] }),
      reason: 'CreateContainerConfigError', cause: 'security.run-as-root', related: ['VerifyNonRootError'],
    },
    {
      name: 'init container failing',
      pod: pod('search-1', { phase: 'Pending', initContainers: [container('wait-for-db', { init: true, ready: false, restartCount: 4, state: { state: 'waiting', reason: 'CrashLoopBackOff' }, lastState: { state: 'terminated', reason: 'Error', exitCode: 1 } })], containers: [container('search', { ready: false, state: { state: 'waiting', reason: 'PodInitializing' } })] }),
      reason: 'RunInitContainerError', cause: 'app.exit-error',
    },
    {
      // messages.md §2.19
      name: 'sandbox creation fails: IP pool exhausted',
      pod: pod('cart-1', { phase: 'Pending', containers: [container('cart', { ready: false, state: { state: 'waiting', reason: 'ContainerCreating' } })] }),
      events: [event('cart-1', 'FailedCreatePodSandBox', 'Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox "8e2f0c": plugin type="calico" failed (add): failed to allocate for range 0: no IP addresses available in range set: 10.244.1.1-10.244.1.254')],
      reason: 'CreatePodSandboxError', cause: 'cni.ip-exhausted', related: ['SetupNetworkError'],
    },
  ];
  it.each(cases)('$name', ({ pod: p, events, reason, cause, related }) => {
    const findings = detect([p], events);
    expect(findings.map((f) => f.reason)).toEqual([reason]);
    expect(findings[0]!.cause.id).toBe(cause);
    expect(findings[0]!.cause.confidence).toBeGreaterThan(0.3);
    for (const r of related ?? []) expect(findings[0]!.relatedReasons).toContain(r);
  });
});

describe('healthy things are not flagged', () => {
  const healthy: { name: string; pod: PodInfo; events?: EventInfo[] }[] = [
    { name: 'Running and ready', pod: pod('ok-1') },
    { name: 'Completed job pod', pod: pod('job-1', { phase: 'Succeeded', containers: [container('job', { ready: false, state: { state: 'terminated', reason: 'Completed', exitCode: 0 } })] }) },
    { name: 'restarted long ago, ready now', pod: pod('ok-2', { containers: [container('app', { restartCount: 1, lastState: { state: 'terminated', reason: 'Error', exitCode: 1, finishedAt: '2026-03-13T01:00:00Z' } })] }) },
    { name: 'an old BackOff event of a pod that is Running and ready now', pod: pod('ok-3'), events: [event('ok-3', 'BackOff', 'Back-off restarting failed container app in pod ok-3_shop(uid)')] },
    { name: 'Normal events only', pod: pod('ok-4'), events: [event('ok-4', 'Pulled', 'Successfully pulled image "nginx"', { type: 'Normal' })] },
  ];
  it.each(healthy)('$name', ({ pod: p, events }) => {
    expect(isHealthy(p)).toBe(true);
    expect(detect([p], events)).toEqual([]);
  });
});

describe('events of pods that are gone', () => {
  it('gives a historical finding, one level less severe when pods were collected', () => {
    const ev = event('server-54b9cd5f98-m7csj', 'Failed', 'Error: secret "pgpassword" not found');
    const alone = detect([], [ev]);
    expect(alone).toHaveLength(1);
    expect(alone[0]!.reason).toBe('CreateContainerConfigError');
    expect(alone[0]!.cause.id).toBe('app.config-missing');
    const withNamespace = detect([pod('other')], [ev]);
    expect(withNamespace[0]!.severity).not.toBe(alone[0]!.severity);
  });
  it('a Normal event of a gone pod gives nothing', () => {
    expect(detect([], [event('gone', 'Scheduled', 'Successfully assigned shop/gone to node-1', { type: 'Normal' })])).toEqual([]);
  });
});

describe('finding ids', () => {
  it('are the same for the same input and differ between pods', () => {
    const p = pod('x-1', { phase: 'Pending', containers: [container('c', { ready: false, state: { state: 'waiting', reason: 'ErrImagePull', message: 'x' } })] });
    const a = detect([p]);
    const b = detect([{ ...p }]);
    const c = detect([{ ...p, name: 'x-2' }]);
    expect(a[0]!.id).toBe(b[0]!.id);
    expect(a[0]!.id).not.toBe(c[0]!.id);
  });
});
