/**
 * Picks the cause of a finding from the knowledge base's cause rules: every cause that explains
 * the finding's reasons is tried; each rule that matches gives its confidence and its evidence;
 * the best cause wins and the others become alternatives. When nothing matches, the cause is
 * 'unknown' and the candidates are listed with confidence 0: never a guess.
 */
import { patternMatches, type KnowledgeBase } from '../explain/knowledge-base.js';
import type { ContainerState, Evidence } from '../model/types.js';
import type { MatchText } from './texts.js';
import type { ScoredCause } from './types.js';

export interface CauseInput {
  reasons: string[];
  texts: MatchText[];
  /** Terminated states of the container (current and last). */
  terminated: ContainerState[];
}

export interface CauseResult {
  cause: ScoredCause;
  alternatives: ScoredCause[];
  evidence: Evidence[];
}

export function classifyCause(kb: KnowledgeBase, input: CauseInput): CauseResult {
  const scored: { id: string; confidence: number; evidence: Evidence[] }[] = [];
  const candidates: string[] = [];
  for (const cause of kb.causes.values()) {
    if (!cause.explains.some((r) => input.reasons.includes(r))) continue;
    candidates.push(cause.id);
    let best = 0;
    let bestEvidence: Evidence[] = [];
    for (const rule of cause.compiledRules) {
      if (rule.confidence <= best) continue;
      if (rule.exitCodes && !input.terminated.some((s) => s.exitCode !== undefined && rule.exitCodes!.has(s.exitCode))) continue;
      if (rule.terminatedReasons && !input.terminated.some((s) => s.reason !== undefined && rule.terminatedReasons!.has(s.reason))) continue;
      let texts = input.texts;
      if (rule.eventReasons) texts = texts.filter((t) => t.eventReason !== undefined && rule.eventReasons!.has(t.eventReason));
      let evidence: Evidence[];
      if (rule.pattern) {
        const p = rule.pattern;
        const hits = texts.filter((t) => patternMatches(p, t.text, t.lower, t.source));
        if (hits.length === 0) continue;
        evidence = hits.map((h) => h.evidence);
      } else if (rule.eventReasons) {
        if (texts.length === 0) continue;
        evidence = texts.map((t) => t.evidence);
      } else {
        // exit code / terminated reason rules: the status line that shows it is the evidence
        evidence = input.texts.filter((t) => t.source === 'status').slice(0, 1).map((t) => t.evidence);
      }
      best = rule.confidence;
      bestEvidence = evidence;
    }
    if (best > 0) scored.push({ id: cause.id, confidence: best, evidence: bestEvidence });
  }
  scored.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  const top = scored[0];
  if (!top) {
    return { cause: { id: 'unknown', confidence: 0 }, alternatives: candidates.sort().map((id) => ({ id, confidence: 0 })), evidence: [] };
  }
  return {
    cause: { id: top.id, confidence: top.confidence },
    alternatives: scored.slice(1).map(({ id, confidence }) => ({ id, confidence })),
    evidence: top.evidence,
  };
}
