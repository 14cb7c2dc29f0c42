/**
 * Runs the reason cases (cases/reasons.ts) through the reason index built from the knowledge base:
 * exact reasons for each real line, and none of the neighbours it is there to keep out.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import { detectPodFindings } from '../../src/detect/pod-findings.js';
import { buildReasonIndex, type ReasonIndex } from '../../src/detect/reason-index.js';
import { NodeEvidence } from '../../src/model/node-evidence.js';
import { reasonCases } from './cases/reasons.js';
import type { ReasonCase } from './cases/types.js';

const index = buildReasonIndex(loadKnowledgeBase());

/** What the index gives for a case, by the door the case names. */
export function reasonsOf(ix: ReasonIndex, c: ReasonCase): string[] {
  const one = (v: string | undefined) => (v ? [v] : []);
  switch (c.via) {
    case 'waiting': return one(ix.waiting.get(c.text));
    case 'terminated': return one(ix.terminated.get(c.text));
    case 'pod': return one(ix.pod.get(c.text));
    case 'event': return ix.event.get(c.text) ?? [];
    case 'message': return ix.byMessage(c.text, c.place);
  }
}

describe('reasons: real lines through the reason index', () => {
  it.each(reasonCases.map((c) => [`${c.expect.join('+') || 'none'} <- ${c.via} ${c.place}: ${c.name}`, c] as const))('%s', (_, c) => {
    const got = reasonsOf(index, c);
    expect([...got].sort()).toEqual([...c.expect].sort());
    for (const n of c.not ?? []) expect(got).not.toContain(n);
  });

  it('a case never both expects and excludes an id', () => {
    for (const c of reasonCases) for (const n of c.not ?? []) expect(c.expect, c.name).not.toContain(n);
  });
});

describe('a reason caught by a neighbour misleads the cause (end to end)', () => {
  it('a sandbox whose containerd shim is missing: CreatePodSandboxError caused by runtime.down, not a command not found', () => {
    const c = reasonCases.find((x) => x.name.startsWith('a sandbox whose shim is missing, as the kubelet event'))!;
    const findings = detectPodFindings({
      inputs: [], collectedAt: '2026-03-14T09:12:44Z', nodes: [], controllers: [], containerLogs: [], gaps: [], unrecognised: [], podsCollected: true, nodeEvidence: new NodeEvidence(),
      pods: [{ namespace: 'shop', name: 'web-1', phase: 'Pending', nodeName: 'node-1', conditions: [], initContainers: [], containers: [{ name: 'web', init: false, ready: false, restartCount: 0, state: { state: 'waiting', reason: 'ContainerCreating' } }], ref: { file: 'pods.json', line: 1 } }],
      events: [{ namespace: 'shop', involved: { kind: 'Pod', name: 'web-1' }, reason: 'FailedCreatePodSandBox', message: c.text, type: 'Warning', count: 12, firstSeen: '2026-03-14T08:30:00Z', lastSeen: '2026-03-14T09:00:00Z', ref: { file: 'events.json', line: 1 } }],
    }, loadKnowledgeBase());
    expect(findings.map((f) => [f.reason, f.relatedReasons, f.cause.id])).toEqual([['CreatePodSandboxError', [], 'runtime.down']]);
  });
});
