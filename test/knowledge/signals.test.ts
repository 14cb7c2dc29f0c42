/**
 * Runs the signal cases (cases/signals.ts): node lines through LineMatcher, node conditions through
 * detectNodeSignals; the exact signals each gives, and none of the neighbours it is there to keep out.
 */
import { describe, expect, it } from 'vitest';
import { LineMatcher } from '../../src/detect/line-matcher.js';
import { detectNodeSignals } from '../../src/detect/node-signals.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/explain/knowledge-base.js';
import { NodeEvidence } from '../../src/model/node-evidence.js';
import type { BundleModel } from '../../src/model/types.js';
import { signalCases } from './cases/signals.js';
import type { SignalCase } from './cases/types.js';

const kb = loadKnowledgeBase();
const matcher = new LineMatcher(kb);

function nodeModel(over: Partial<BundleModel>): BundleModel {
  return {
    inputs: [], collectedAt: '2026-03-14T09:12:44Z', pods: [], events: [], controllers: [], containerLogs: [], gaps: [], unrecognised: [], podsCollected: false, nodeEvidence: new NodeEvidence(),
    nodes: [{ name: 'node-1', conditions: [], capacity: {}, allocatable: {}, addresses: [], ref: { file: 'nodes.json', line: 1 } }],
    ...over,
  };
}

/** The signals a case gives, by the path the engine takes for its place. */
export function signalsOf(k: KnowledgeBase, m: LineMatcher, c: SignalCase): string[] {
  if (c.place === 'node-condition') {
    const model = nodeModel({});
    model.nodes[0]!.conditions = [{ ...c.condition, lastTransitionTime: '2026-03-14T08:00:00Z' }];
    return detectNodeSignals(model, k).map((s) => s.type);
  }
  if (c.place === 'event') {
    const model = nodeModel({
      events: [{ namespace: 'default', involved: { kind: 'Node', name: 'node-1' }, reason: c.eventReason, message: c.text, type: 'Warning', count: 1, firstSeen: '2026-03-14T08:00:00Z', lastSeen: '2026-03-14T08:00:00Z', ref: { file: 'events.json', line: 1 } }],
    });
    return detectNodeSignals(model, k).map((s) => s.type);
  }
  return m.match(c.text, c.place).signals;
}

describe('signals: real node lines and conditions', () => {
  it.each(signalCases.map((c) => [`${c.expect.join('+') || 'none'} <- ${c.place}: ${c.name}`, c] as const))('%s', (_, c) => {
    const got = signalsOf(kb, matcher, c);
    expect([...got].sort()).toEqual([...c.expect].sort());
    for (const n of c.not ?? []) expect(got).not.toContain(n);
  });

  it('a case never both expects and excludes a signal', () => {
    for (const c of signalCases) for (const n of c.not ?? []) expect(c.expect, c.name).not.toContain(n);
  });
});
