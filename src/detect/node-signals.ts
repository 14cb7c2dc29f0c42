/**
 * Node signals: the kept lines of node logs per signal and node, plus what node objects and events
 * say (conditions such as DiskPressure=True, NodeNotReady or SystemOOM events), as the report's
 * `signals` list. Evidence is bounded: the first and last few lines and the total count.
 */
import { createHash } from 'node:crypto';
import { patternMatches, type KnowledgeBase } from '../explain/knowledge-base.js';
import { KEEP_HEAD, KEEP_TAIL, type LogHit } from '../model/node-evidence.js';
import type { BundleModel, Evidence } from '../model/types.js';
import type { ReportSignal } from '../report/types.js';
import { eventEvidence } from './texts.js';

export interface NodeSignal extends ReportSignal {
  /** Evidence lines that have no calendar time (dmesg since boot): the signal's time is unknown. */
  timeKnown: boolean;
}

export function signalId(type: string, node: string): string {
  return 's-' + createHash('sha256').update(`${type}\u0000${node}`).digest('hex').slice(0, 12);
}

function hitEvidence(h: LogHit): Evidence {
  return { file: h.file, line: h.line, time: h.time, kind: h.kind, text: h.text };
}

class SignalSet {
  private readonly byKey = new Map<string, NodeSignal & { all: Evidence[] }>();
  add(type: string, node: string, count: number, evidence: Evidence[]): void {
    const key = `${type}\u0000${node}`;
    let s = this.byKey.get(key);
    if (!s) this.byKey.set(key, (s = { id: signalId(type, node), type, node, count: 0, firstSeen: null, lastSeen: null, evidence: [], timeKnown: false, all: [] }));
    s.count += count;
    s.all.push(...evidence);
  }
  list(): NodeSignal[] {
    return [...this.byKey.values()].map(({ all, ...s }) => {
      const times = all.map((e) => e.time).filter((t): t is string => !!t).sort();
      const sorted = [...all].sort((a, b) => (a.time ?? '').localeCompare(b.time ?? ''));
      const evidence = sorted.length <= KEEP_HEAD + KEEP_TAIL ? sorted : [...sorted.slice(0, KEEP_HEAD), ...sorted.slice(-KEEP_TAIL)];
      return { ...s, evidence, firstSeen: times[0] ?? null, lastSeen: times[times.length - 1] ?? null, timeKnown: times.length > 0 };
    }).sort((a, b) => a.node.localeCompare(b.node) || a.type.localeCompare(b.type));
  }
}

export function detectNodeSignals(model: BundleModel, kb: KnowledgeBase): NodeSignal[] {
  const set = new SignalSet();
  // A log that names no node belongs to the only node there is, when there is only one.
  const onlyNode = model.nodes.length === 1 ? model.nodes[0]!.name : null;
  for (const t of model.nodeEvidence.signalTracks()) {
    const node = t.node ?? onlyNode;
    if (!node) continue;
    set.add(t.signal, node, t.count, [...t.head, ...t.tail].map(hitEvidence));
  }
  for (const n of model.nodes) {
    for (const s of kb.signals.values()) {
      for (const cond of s.conditions ?? []) {
        const c = n.conditions.find((x) => x.type === cond.type && x.status === cond.status);
        if (!c) continue;
        const text = `condition ${c.type}=${c.status}${c.reason ? ` reason=${c.reason}` : ''}${c.message ? ` message=${JSON.stringify(c.message)}` : ''}`;
        set.add(s.id, n.name, 1, [{ file: n.ref.file, line: n.ref.line, time: c.lastTransitionTime ?? null, kind: 'node-condition', text }]);
      }
    }
  }
  // Events about nodes (NodeNotReady, SystemOOM, EvictionThresholdMet, ...) and events whose source is a node.
  for (const ev of model.events) {
    const node = ev.involved.kind === 'Node' ? ev.involved.name : undefined;
    if (!node) continue;
    const text = `${ev.reason}: ${ev.message}`;
    const lower = text.toLowerCase();
    for (const s of kb.signals.values()) {
      if (s.compiledPatterns.some((p) => patternMatches(p, text, lower, 'event'))) {
        set.add(s.id, node, ev.count, [eventEvidence(ev)]);
      }
    }
  }
  return set.list();
}
