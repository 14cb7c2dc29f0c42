/** Lookup tables from what a cluster prints (waiting reasons, event reasons, ...) to taxonomy reasons, built from the knowledge base. */
import { patternMatches, type KnowledgeBase } from '../explain/knowledge-base.js';

export interface ReasonIndex {
  waiting: Map<string, string>;
  terminated: Map<string, string>;
  pod: Map<string, string>;
  event: Map<string, string[]>;
  /** The stage of each reason (image, run, stop, sandbox, schedule). */
  stage: Map<string, string>;
  /** Reasons shown by message text alone (runAsNonRoot, CNI ADD/DEL failures, ...). */
  byMessage(text: string, source: string): string[];
}

export function buildReasonIndex(kb: KnowledgeBase): ReasonIndex {
  const waiting = new Map<string, string>();
  const terminated = new Map<string, string>();
  const pod = new Map<string, string>();
  const event = new Map<string, string[]>();
  const stage = new Map<string, string>();
  for (const r of kb.reasons.values()) {
    stage.set(r.id, r.stage);
    for (const w of r.surfaces.waitingReasons ?? []) waiting.set(w, r.id);
    for (const t of r.surfaces.terminatedReasons ?? []) terminated.set(t, r.id);
    for (const p of r.surfaces.podReasons ?? []) pod.set(p, r.id);
    for (const e of r.surfaces.eventReasons ?? []) event.set(e, [...(event.get(e) ?? []), r.id]);
  }
  const withMessages = [...kb.reasons.values()].filter((r) => r.compiledMessages.length > 0);
  return {
    waiting, terminated, pod, event, stage,
    byMessage(text, source) {
      const lower = text.toLowerCase();
      return withMessages.filter((r) => r.compiledMessages.some((p) => patternMatches(p, text, lower, source))).map((r) => r.id);
    },
  };
}
