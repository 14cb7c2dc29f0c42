/**
 * Pod-level detection: which pods fail, for which reason, from their status and their events.
 * Healthy pods (Running and ready, Succeeded) give nothing. Reasons come from the knowledge base's
 * `surfaces`; causes from its cause rules (classify-cause).
 */
import { createHash } from 'node:crypto';
import type { KnowledgeBase } from '../explain/knowledge-base.js';
import type { BundleModel, ContainerInfo, ContainerLog, ContainerState, EventInfo, Evidence, PodInfo, Severity } from '../model/types.js';
import { classifyCause } from './classify-cause.js';
import { imageRefFacts } from './image-ref.js';
import { buildReasonIndex, type ReasonIndex } from './reason-index.js';
import { containerStatusTexts, eventTexts, nodeLineTexts, logTexts, podStatusTexts, type MatchText } from './texts.js';
import type { Finding } from './types.js';

const VALID_PHASES = new Set(['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown']);
/** Waiting reasons that only say the container has not started yet; the pod's events say why. */
const NOT_YET = new Set(['ContainerCreating', 'PodInitializing']);
const MAX_EVENTS_AS_EVIDENCE = 4;
const MAX_DECIDING_EVIDENCE = 3;
const MAX_NODE_LINES_AS_EVIDENCE = 3;
/** The last lines of a container's log cited as evidence (parse/container-log.ts keeps a few more). */
const LOG_LINES_AS_EVIDENCE = 8;

interface Candidate {
  reason: string;
  related: Set<string>;
  observed: Set<string>;
  container: ContainerInfo | null;
  texts: MatchText[];
  evidence: Evidence[];
  count: number;
}

export function detectPodFindings(model: BundleModel, kb: KnowledgeBase): Finding[] {
  const index = buildReasonIndex(kb);
  const eventsByPod = new Map<string, EventInfo[]>();
  for (const ev of model.events) {
    if (ev.involved.kind && ev.involved.kind !== 'Pod') continue;
    if (!ev.involved.name) continue;
    const k = `${ev.namespace}/${ev.involved.name}`;
    eventsByPod.set(k, [...(eventsByPod.get(k) ?? []), ev]);
  }
  const logs = new Map<string, ContainerLog>();
  for (const l of model.containerLogs) {
    const k = `${l.namespace}/${l.pod}/${l.container}`;
    // the previous container's log says why it died; the current one only when there is no previous
    if (l.previous || !logs.has(k)) logs.set(k, l);
  }

  const podLines = model.nodeEvidence.podLogLines();
  const findings: Finding[] = [];
  const podKeys = new Set<string>();
  for (const pod of model.pods) {
    podKeys.add(`${pod.namespace}/${pod.name}`);
    const events = eventsByPod.get(`${pod.namespace}/${pod.name}`) ?? [];
    // lines of another node that name a pod of the same name are not this pod's
    const hits = podLines.get(`${pod.namespace}/${pod.name}`)?.filter((h) => !pod.nodeName || !h.node || h.node === pod.nodeName);
    const nodeLines = nodeLineTexts(hits);
    for (const cand of podCandidates(pod, events, index, logs, nodeLines)) findings.push(toFinding(kb, pod, cand, events, logs));
  }
  // Events of pods that are not in the bundle (deleted, or only events were collected).
  for (const [k, events] of eventsByPod) {
    if (podKeys.has(k)) continue;
    const [namespace, name] = [k.slice(0, k.indexOf('/')), k.slice(k.indexOf('/') + 1)];
    const ghost: PodInfo = { namespace, name, conditions: [], initContainers: [], containers: [], ref: events[0]!.ref };
    const host = events.find((e) => e.source?.host)?.source?.host;
    if (host) ghost.nodeName = host;
    for (const cand of eventCandidates(events, index, new Set())) {
      const f = toFinding(kb, ghost, cand, events, logs);
      f.historical = true;
      // Pods were collected and this one is not among them: what happened to it is history.
      if (model.podsCollected) f.severity = demote(f.severity);
      findings.push(f);
    }
  }
  return findings;
}

function demote(s: Severity): Severity {
  return s === 'critical' ? 'error' : s === 'error' ? 'warning' : s === 'warning' ? 'info' : 'info';
}

export function isHealthy(pod: PodInfo): boolean {
  if (pod.phase === 'Succeeded') return true;
  if (pod.phase !== 'Running') return false;
  const all = [...pod.containers];
  if (all.some((c) => c.state.state === 'waiting')) return false;
  if (pod.initContainers.some((c) => c.state.state === 'waiting' || (c.state.state === 'terminated' && c.state.exitCode !== 0))) return false;
  return all.length > 0 && all.every((c) => c.ready || (c.state.state === 'terminated' && c.state.exitCode === 0));
}

function podCandidates(pod: PodInfo, events: EventInfo[], index: ReasonIndex, logs: Map<string, ContainerLog>, nodeLines: MatchText[]): Candidate[] {
  if (isHealthy(pod)) {
    // A pod being deleted can look healthy while it cannot be stopped: only its stop-stage events
    // (FailedKillPod: KillContainer, KillPodSandbox, network teardown) say so.
    if (!pod.deletionTimestamp) return [];
    return eventCandidates(events, index, new Set(), pod).filter((c) => index.stage.get(c.reason) === 'stop');
  }
  const out: Candidate[] = [];
  const podTexts = podStatusTexts(pod);

  // Pod-level reasons: eviction and the like.
  if (pod.reason && index.pod.has(pod.reason)) {
    out.push(candidate(index.pod.get(pod.reason)!, [pod.reason], null, podTexts, 1));
  }
  // Not scheduled: the scheduler says why in the PodScheduled condition.
  const scheduled = pod.conditions.find((c) => c.type === 'PodScheduled');
  if (!pod.nodeName && scheduled && scheduled.status === 'False') {
    const reason = index.event.get('FailedScheduling')?.[0] ?? 'FailedScheduling';
    out.push(candidate(reason, [scheduled.reason ?? 'Unschedulable'], null, podTexts, 1));
  }

  // Containers, init containers first: an init container that fails keeps every container waiting.
  const initFailing = pod.initContainers.some((c) => failingState(c, index) !== null);
  for (const c of [...pod.initContainers, ...pod.containers]) {
    if (!c.init && initFailing) continue;
    const hit = failingState(c, index);
    if (!hit) continue;
    const statusTexts = containerStatusTexts(pod, c);
    const logs_ = logTexts(logs.get(`${pod.namespace}/${pod.name}/${c.name}`), LOG_LINES_AS_EVIDENCE);
    const containerEvents = eventTexts(events.filter((e) => eventConcerns(e, c.name)));
    let reason = hit.reason;
    const related = new Set<string>();
    const observed = new Set<string>([c.init ? `Init:${hit.printed}` : hit.printed]);
    if (c.init) {
      related.add(hit.reason);
      reason = 'RunInitContainerError';
    }
    // A crash loop whose last run was killed for memory is also an OOMKilled.
    const lastReason = c.lastState?.reason;
    if (lastReason && lastReason !== hit.printed && index.terminated.has(lastReason)) {
      related.add(index.terminated.get(lastReason)!);
      observed.add(lastReason);
    }
    // Reasons that show only in message text (runAsNonRoot -> VerifyNonRootError, ...).
    for (const t of [...statusTexts, ...containerEvents]) {
      for (const r of index.byMessage(t.text, t.source)) if (r !== reason) related.add(r);
    }
    related.delete(reason);
    const cand = candidate(reason, [...observed], c, [...statusTexts, ...containerEvents, ...logs_], Math.max(1, c.restartCount));
    cand.related = related;
    out.push(cand);
  }

  // Nothing in the containers says why: the pod's warning events may (sandbox, mount, kill).
  // Events about a container that already has a finding are that finding's evidence, not another one.
  const found = new Set(out.flatMap((c) => [c.reason, ...c.related]));
  const containersWithFindings = new Set(out.map((c) => c.container?.name).filter((n): n is string => !!n));
  const podLevelEvents = events.filter((e) => ![...containersWithFindings].some((name) => e.involved.fieldPath?.includes(`{${name}}`)));
  out.push(...eventCandidates(podLevelEvents, index, found, pod));

  // Still nothing: the kubelet's and runtime's own lines about the pod may name the reason (a
  // sandbox config failure shows only there).
  if (out.length === 0) {
    for (const t of nodeLines) {
      const reason = index.byMessage(t.text, t.source)[0];
      if (!reason) continue;
      let cand = out.find((c) => c.reason === reason);
      if (!cand) out.push((cand = candidate(reason, [], null, [...podTexts], 0)));
      cand.count++;
    }
  }
  // Every candidate can use those lines as evidence for its cause.
  for (const c of out) c.texts.push(...nodeLines);

  // A phase that is not a phase (hand-edited or a tool's summary): flag it, say no more than we know.
  if (out.length === 0 && pod.phase && !VALID_PHASES.has(pod.phase)) {
    const named = index.waiting.get(pod.phase) ?? index.terminated.get(pod.phase) ?? index.pod.get(pod.phase);
    if (named) out.push(candidate(named, [pod.phase], null, podTexts, 1));
  }
  return out;
}

/** The state that makes a container fail, if any: a waiting or terminated reason the knowledge base names. */
function failingState(c: ContainerInfo, index: ReasonIndex): { reason: string; printed: string } | null {
  const s = c.state;
  if (s.state === 'waiting' && s.reason && !NOT_YET.has(s.reason)) {
    const reason = index.waiting.get(s.reason);
    if (reason) return { reason, printed: s.reason };
  }
  if (s.state === 'terminated' && s.reason && (s.exitCode ?? 0) !== 0) {
    const reason = index.terminated.get(s.reason);
    if (reason) return { reason, printed: s.reason };
    if (c.init) return { reason: 'RunInitContainerError', printed: s.reason };
  }
  // Running but not ready after being killed: the last termination says why.
  if (s.state === 'running' && !c.ready && c.lastState?.state === 'terminated' && c.lastState.reason) {
    const reason = index.terminated.get(c.lastState.reason);
    if (reason) return { reason, printed: c.lastState.reason };
  }
  return null;
}

function eventConcerns(ev: EventInfo, container: string): boolean {
  const fp = ev.involved.fieldPath;
  return !fp || fp.includes(`{${container}}`);
}

function eventCandidates(events: EventInfo[], index: ReasonIndex, found: Set<string>, pod?: PodInfo): Candidate[] {
  const byReason = new Map<string, Candidate>();
  for (const ev of events) {
    if (ev.type !== 'Warning') continue;
    const reasons = [...(index.event.get(ev.reason) ?? []), ...index.byMessage(ev.message, 'event')];
    const reason = reasons[0];
    if (!reason || found.has(reason)) continue;
    // FailedScheduling of a pod that has a node now is history, not the failure.
    if (pod?.nodeName && ev.reason === 'FailedScheduling') continue;
    let cand = byReason.get(reason);
    if (!cand) {
      cand = candidate(reason, [], null, [], 0);
      byReason.set(reason, cand);
    }
    cand.observed.add(ev.reason);
    for (const r of reasons.slice(1)) if (r !== reason) cand.related.add(r);
    cand.texts.push(...eventTexts([ev]));
    cand.count += ev.count;
  }
  const out = [...byReason.values()];
  if (pod) for (const c of out) c.texts.unshift(...podStatusTexts(pod));
  return out;
}

function candidate(reason: string, observed: string[], container: ContainerInfo | null, texts: MatchText[], count: number): Candidate {
  return { reason, related: new Set(), observed: new Set(observed), container, texts, evidence: [], count };
}

function terminatedStates(c: ContainerInfo | null): ContainerState[] {
  if (!c) return [];
  return [c.state, c.lastState].filter((s): s is ContainerState => s?.state === 'terminated');
}

function toFinding(kb: KnowledgeBase, pod: PodInfo, cand: Candidate, events: EventInfo[], logs: Map<string, ContainerLog>): Finding {
  const reasons = [cand.reason, ...cand.related];
  const result = classifyCause(kb, { reasons, texts: cand.texts, terminated: terminatedStates(cand.container) });
  const containerName = cand.container?.name ?? null;

  // Evidence: what decided the cause first, then the status, the reason's events and the log's last lines.
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  const add = (e: Evidence) => {
    const k = `${e.file}:${e.line}:${e.text}`;
    if (!seen.has(k)) {
      seen.add(k);
      evidence.push(e);
    }
  };
  // The same event repeated by the kubelet proves no more than once: a few of the deciding lines.
  result.evidence.slice(0, MAX_DECIDING_EVIDENCE).forEach(add);
  cand.texts.filter((t) => t.source === 'status').forEach((t) => add(t.evidence));
  const warnings = cand.texts.filter((t) => t.source === 'event' && t.evidence.text.startsWith('Warning'));
  warnings.slice(0, MAX_EVENTS_AS_EVIDENCE).forEach((t) => add(t.evidence));
  // the kubelet's and runtime's own lines about the pod, the latest few
  cand.texts.filter((t) => t.source === 'kubelet' || t.source === 'containerd' || t.source === 'crio' || t.source === 'cni').slice(-MAX_NODE_LINES_AS_EVIDENCE).forEach((t) => add(t.evidence));
  if (cand.container && (cand.reason === 'CrashLoopBackOff' || cand.reason === 'RunInitContainerError' || cand.reason === 'OOMKilled')) {
    const log = logs.get(`${pod.namespace}/${pod.name}/${cand.container.name}`);
    logTexts(log, LOG_LINES_AS_EVIDENCE).forEach((t) => add(t.evidence));
  }

  const times = evidence.map((e) => e.time).filter((t): t is string => !!t).sort();
  // The finding spans from the first to the last time of the events that show it.
  const shown = new Set(cand.texts.filter((t) => t.source === 'event').map((t) => `${t.evidence.file}:${t.evidence.line}`));
  const eventsOfReason = events.filter((e) => cand.observed.has(e.reason) || shown.has(`${e.ref.file}:${e.ref.line}`));
  for (const e of eventsOfReason) {
    if (e.firstSeen) times.push(e.firstSeen);
    if (e.lastSeen) times.push(e.lastSeen);
  }
  times.sort();
  const severity = kb.reasons.get(cand.reason)?.severity ?? 'error';
  const f: Finding = {
    id: findingId(pod.namespace, pod.name, containerName, cand.reason),
    reason: cand.reason,
    relatedReasons: [...cand.related].sort(),
    observed: [...cand.observed],
    severity,
    namespace: pod.namespace,
    pod: pod.name,
    container: containerName,
    node: pod.nodeName ?? null,
    owner: pod.owner ?? pod.ownerRef ?? null,
    count: Math.max(1, cand.count),
    firstSeen: times[0] ?? null,
    lastSeen: times[times.length - 1] ?? null,
    cause: result.cause,
    alternatives: result.alternatives,
    signals: [],
    evidence,
    facts: {},
  };
  if (cand.container?.image) {
    f.facts.image = cand.container.image;
    Object.assign(f.facts, imageRefFacts(f.facts.image, reasons, result.cause.id));
  }
  const exit = terminatedStates(cand.container).find((s) => s.exitCode !== undefined)?.exitCode;
  if (exit !== undefined) f.facts.exitCode = exit;
  const ids = [cand.container?.containerID, cand.container?.lastState?.containerID, cand.container?.state.containerID].map((id) => id?.replace(/^[a-z-]+:\/\//, '')).filter((id): id is string => !!id && /^[0-9a-f]{12,}$/.test(id));
  if (ids.length > 0) f.facts.containerIds = ids;
  const ended = terminatedStates(cand.container).map((s) => s.finishedAt).filter((t): t is string => !!t).sort().pop();
  if (ended) f.facts.terminatedAt = ended;
  return f;
}

/** Stable across runs on the same input: derived from what the finding is about, not from order. */
export function findingId(namespace: string, pod: string, container: string | null, reason: string): string {
  return 'f-' + createHash('sha256').update([namespace, pod, container ?? '', reason].join('\u0000')).digest('hex').slice(0, 12);
}

