/**
 * correlate: ties pod findings to the node signals that explain them, by node, time window and
 * ids (pod name, container id, image), with the confidences of knowledge/correlation.yaml. A
 * cause read from the pod's own messages stays unless a correlation is surer. What could not be
 * checked for a finding whose cause stays unknown is said in gaps.
 */
import type { NodeSignal } from '../detect/node-signals.js';
import type { Finding } from '../detect/types.js';
import { BUILTIN_DIR, patternMatches, type CompiledPattern, type KnowledgeBase } from '../explain/knowledge-base.js';
import type { CauseEntry } from '../knowledge/schema.js';
import { readYamlFile } from '../util/yaml-file.js';
import type { BundleModel, Gap } from '../model/types.js';

export interface CorrelationConfig {
  toleranceMinutes: number;
  confidence: { idMatch: number; timeWindow: number; nodeOnly: number };
  recognisedBonus: number;
  nodeStoryMinPods: number;
}

export function loadCorrelationConfig(dir = BUILTIN_DIR): CorrelationConfig {
  return readYamlFile(`${dir}/correlation.yaml`) as CorrelationConfig;
}

const MAX_SIGNAL_EVIDENCE_PER_FINDING = 3;

interface Tie {
  signal: NodeSignal;
  confidence: number;
  how: 'id' | 'time' | 'node';
}

/** What node lines may name the finding by: its pod, its image, its containers' ids (short form). */
function idsOf(f: Finding): string[] {
  return [f.pod, f.facts.image, ...(f.facts.containerIds ?? []).map((id) => id.slice(0, 12))].filter((x): x is string => !!x && x.length >= 6);
}

/**
 * The signal's lines worth showing with this finding: those that name the pod, its image or its
 * container first, then node log lines nearest the finding's time, then conditions and events.
 */
function pickEvidence(s: NodeSignal, ids: string[], at: string | null): NodeSignal['evidence'] {
  const t = at ? Date.parse(at) : NaN;
  const score = (e: NodeSignal['evidence'][number]) =>
    (ids.some((id) => e.text.includes(id)) ? 0 : 1e13)
    + (e.kind === 'node-condition' || e.kind === 'event' ? 1e12 : 0)
    + (e.time && !Number.isNaN(t) ? Math.abs(Date.parse(e.time) - t) : 1e11);
  return [...s.evidence].sort((a, b) => score(a) - score(b)).slice(0, MAX_SIGNAL_EVIDENCE_PER_FINDING);
}

/** Whether one of the cause's own text rules matches one of the signal's evidence lines. */
function recognises(c: CauseEntry & { compiledRules: { pattern: CompiledPattern | null }[] }, s: NodeSignal): boolean {
  return s.evidence.some((e) => {
    const lower = e.text.toLowerCase();
    return c.compiledRules.some((r) => r.pattern !== null && patternMatches(r.pattern, e.text, lower, e.kind));
  });
}

/** How a signal relates to a finding: by id, by time, by node alone, or not at all. */
function tie(f: Finding, s: NodeSignal, cfg: CorrelationConfig): Tie | null {
  if (!f.node || s.node !== f.node) return null;
  const ids = idsOf(f);
  const named = s.evidence.some((e) => ids.some((id) => e.text.includes(id)));
  if (!s.timeKnown || !f.firstSeen) {
    // No time to compare: only an id ties it, or the node alone when the signal has no time at all.
    if (named) return { signal: s, confidence: cfg.confidence.idMatch, how: 'id' };
    return !s.timeKnown ? { signal: s, confidence: cfg.confidence.nodeOnly, how: 'node' } : null;
  }
  const tol = cfg.toleranceMinutes * 60_000;
  const fStart = Date.parse(f.firstSeen) - tol;
  const fEnd = Date.parse(f.lastSeen ?? f.firstSeen) + tol;
  const sStart = Date.parse(s.firstSeen!);
  const sEnd = Date.parse(s.lastSeen ?? s.firstSeen!);
  if (sEnd < fStart || sStart > fEnd) return null;
  return { signal: s, confidence: named ? cfg.confidence.idMatch : cfg.confidence.timeWindow, how: named ? 'id' : 'time' };
}

export function correlate(findings: Finding[], signals: NodeSignal[], model: BundleModel, kb: KnowledgeBase, cfg: CorrelationConfig): Gap[] {
  const byNode = new Map<string, NodeSignal[]>();
  for (const s of signals) byNode.set(s.node, [...(byNode.get(s.node) ?? []), s]);
  for (const f of findings) {
    if (!f.node) continue;
    const reasons = [f.reason, ...f.relatedReasons];
    const causes = [...kb.causes.values()].filter((c) => c.explains.some((r) => reasons.includes(r)) && (c.signals?.length ?? 0) > 0);
    let best: { cause: string; tie: Tie } | null = null;
    let corroborated = false;
    const tied = new Map<string, Tie>();
    for (const s of byNode.get(f.node) ?? []) {
      const t = tie(f, s, cfg);
      if (!t) continue;
      const readers = causes.filter((c) => c.signals!.includes(s.type));
      if (readers.length > 0) tied.set(s.id, t);
      // A signal that the pod's own cause also reads corroborates that cause: the other readings
      // of the same signal are not offered as alternatives (they may still win when surer).
      if (readers.some((c) => c.id === f.cause.id)) corroborated = true;
      for (const c of readers) {
        // Several causes may read one signal (a memcg OOM kill and a node out of memory both show
        // as node.oom-kill): the cause whose own rules recognise the signal's lines is the surer.
        const conf = Math.min(1, t.confidence + (recognises(c, s) ? cfg.recognisedBonus : 0));
        const ct = conf === t.confidence ? t : { ...t, confidence: conf };
        // on a tie, the cause that is the signal itself names what the node shows
        const better = !best || ct.confidence > best.tie.confidence || (ct.confidence === best.tie.confidence && c.id === s.type && best.cause !== s.type);
        if (better) best = { cause: c.id, tie: ct };
      }
    }
    if (tied.size === 0) continue;
    f.signals = [...tied.keys()].sort();
    // The node's lines that tie it go into the chain of evidence, the decisive signal first.
    const ordered = [...tied.values()].sort((a, b) => b.confidence - a.confidence);
    const ids = idsOf(f);
    for (const t of ordered) f.evidence.push(...pickEvidence(t.signal, ids, f.facts.terminatedAt ?? f.firstSeen));
    if (best && best.cause === f.cause.id) {
      // the node confirms the cause the pod's own lines gave: it may only grow surer
      f.cause = { id: f.cause.id, confidence: Math.max(f.cause.confidence, best.tie.confidence) };
    } else if (best && best.tie.confidence > f.cause.confidence) {
      const previous = f.cause;
      f.cause = { id: best.cause, confidence: best.tie.confidence };
      f.alternatives = [...(previous.id !== 'unknown' ? [previous] : []), ...f.alternatives.filter((a) => a.id !== best!.cause && a.confidence > 0)];
    } else if (best && !corroborated && best.cause !== f.cause.id && !f.alternatives.some((a) => a.id === best!.cause)) {
      f.alternatives.push({ id: best.cause, confidence: best.tie.confidence });
    }
  }
  return missingSourceGaps(findings, model);
}

/** For findings whose cause stays unknown: which node sources were not in the bundle. */
function missingSourceGaps(findings: Finding[], model: BundleModel): Gap[] {
  const gaps: Gap[] = [];
  const said = new Set<string>();
  const wants: { kinds: string[]; name: string; impact: string }[] = [
    { kinds: ['kubelet'], name: 'kubelet log', impact: 'sandbox, volume and probe causes not checked' },
    { kinds: ['containerd', 'crio'], name: 'container runtime log (containerd, CRI-O or Docker)', impact: 'disk, image and runtime causes not checked' },
    { kinds: ['dmesg'], name: 'kernel log (dmesg)', impact: 'kernel OOM and filesystem causes not checked' },
  ];
  for (const f of findings) {
    if (f.cause.id !== 'unknown' || !f.node) continue;
    const have = model.nodeEvidence.sourcesByNode.get(f.node) ?? new Set<string>();
    for (const w of wants) {
      if (w.kinds.some((k) => have.has(k))) continue;
      const key = `${f.node}\u0000${w.name}`;
      if (said.has(key)) continue;
      said.add(key);
      gaps.push({ node: f.node, missing: `no ${w.name} for ${f.node}`, impact: w.impact });
    }
  }
  for (const file of model.nodeEvidence.unattributed) {
    if (model.nodes.length > 1) gaps.push({ node: null, missing: `${file}: a node log that names no node`, impact: 'its lines were not tied to any node' });
  }
  return gaps;
}
