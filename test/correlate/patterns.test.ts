import { describe, expect, it } from 'vitest';
import type { NodeSignal } from '../../src/detect/node-signals.js';
import type { Finding } from '../../src/detect/types.js';
import { findPatterns } from '../../src/correlate/patterns.js';

let n = 0;
function finding(over: Partial<Finding>): Finding {
  n++;
  return {
    id: `f-${n}`, reason: 'CreatePodSandboxError', relatedReasons: [], observed: [], severity: 'error', namespace: 'shop', pod: `pod-${n}`, container: null,
    node: 'node-b', owner: { kind: 'Deployment', name: `d-${n}` }, count: 1, firstSeen: null, lastSeen: null, cause: { id: 'cni.ip-exhausted', confidence: 0.8 },
    alternatives: [], signals: [], evidence: [], facts: {}, ...over,
  };
}
const READS = new Map([['cni.ip-exhausted', ['cni.ip-exhausted']], ['runtime.unresponsive', ['runtime.unresponsive']]]);
const signal: NodeSignal = { id: 's-ip', type: 'cni.ip-exhausted', node: 'node-b', count: 40, firstSeen: null, lastSeen: null, evidence: [], timeKnown: true };

describe('cluster-wide patterns', () => {
  it('many pods on one node tied to one signal: the node is the story', () => {
    const fs = [finding({ signals: ['s-ip'] }), finding({ signals: ['s-ip'] }), finding({ signals: ['s-ip'] })];
    const p = findPatterns(fs, [signal], 2, READS);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ scope: 'node', subject: 'node-b', cause: 'cni.ip-exhausted', signal: 'cni.ip-exhausted', pods: 3 });
  });
  it('a signal tied to the pods that does not explain their cause makes no node story', () => {
    const hung: NodeSignal = { ...signal, id: 's-hung', type: 'kernel.hung-task' };
    expect(findPatterns([finding({ signals: ['s-hung'] }), finding({ signals: ['s-hung'] })], [hung], 2, READS)).toEqual([]);
  });
  it('one pod on the node is not a pattern; pods failing without the signal are not either', () => {
    expect(findPatterns([finding({ signals: ['s-ip'] })], [signal], 2, READS)).toEqual([]);
    expect(findPatterns([finding({}), finding({})], [signal], 2, READS)).toEqual([]);
  });
  it('one image failing on two nodes: the image or registry is the story; on one node only it is not', () => {
    const img = { image: 'registry.example.com/shop/web:1.4.2-latset' };
    const twoNodes = [finding({ reason: 'ImagePullBackOff', cause: { id: 'image.not-found', confidence: 0.9 }, node: 'node-a', facts: img }), finding({ reason: 'ImagePullBackOff', cause: { id: 'image.not-found', confidence: 0.9 }, node: 'node-c', facts: img })];
    expect(findPatterns(twoNodes, [], 2, READS).map((p) => [p.scope, p.subject])).toEqual([['image', img.image]]);
    const oneNode = twoNodes.map((f) => ({ ...f, node: 'node-a' }));
    expect(findPatterns(oneNode, [], 2, READS)).toEqual([]);
  });
  it('several workloads of one namespace missing config: the namespace is the story; one workload is not', () => {
    const cfg = { reason: 'CreateContainerConfigError', cause: { id: 'app.config-missing', confidence: 0.9 }, namespace: 'payments' };
    expect(findPatterns([finding(cfg), finding(cfg)], [], 2, READS).map((p) => p.scope)).toEqual(['namespace']);
    const sameOwner = { ...cfg, owner: { kind: 'Deployment', name: 'worker' } };
    expect(findPatterns([finding(sameOwner), finding(sameOwner)], [], 2, READS)).toEqual([]);
  });
  it('history (pods that are gone) makes no pattern', () => {
    expect(findPatterns([finding({ signals: ['s-ip'], historical: true }), finding({ signals: ['s-ip'], historical: true })], [signal], 2, READS)).toEqual([]);
  });
});
