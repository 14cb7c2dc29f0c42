/**
 * The texts a finding can be classified by, each with where it came from: status messages of the
 * pod and container, the pod's events, and the last lines of the container's log.
 */
import type { ContainerInfo, ContainerLog, ContainerState, EventInfo, Evidence, PodInfo } from '../model/types.js';
import type { LogHit } from '../model/node-evidence.js';

export interface MatchText {
  text: string;
  lower: string;
  source: 'status' | 'event' | 'container-log' | 'kubelet' | 'containerd' | 'crio' | 'cni';
  evidence: Evidence;
  /** For events: its reason, so rules can ask for Unhealthy or Killing events. */
  eventReason?: string;
}

export function stateText(prefix: string, s: ContainerState): string {
  const parts = [`${prefix}: ${s.state}`];
  if (s.reason) parts.push(`reason=${s.reason}`);
  if (s.exitCode !== undefined) parts.push(`exitCode=${s.exitCode}`);
  if (s.signal !== undefined) parts.push(`signal=${s.signal}`);
  if (s.message) parts.push(`message=${JSON.stringify(s.message)}`);
  return parts.join(' ');
}

function statusEvidence(pod: PodInfo, text: string, time: string | null): Evidence {
  return { file: pod.ref.file, line: pod.ref.line, time, kind: 'status', text };
}

export function eventEvidence(ev: EventInfo): Evidence {
  const count = ev.count > 1 ? ` (x${ev.count})` : '';
  return { file: ev.ref.file, line: ev.ref.line, time: ev.lastSeen ?? ev.firstSeen, kind: 'event', text: `${ev.type} ${ev.reason}${count}: ${ev.message}` };
}

function mt(text: string, source: MatchText['source'], evidence: Evidence, eventReason?: string): MatchText {
  const m: MatchText = { text, lower: text.toLowerCase(), source, evidence };
  if (eventReason) m.eventReason = eventReason;
  return m;
}

/** Status texts of one container: its current and last state, as the pod file shows them. */
export function containerStatusTexts(pod: PodInfo, c: ContainerInfo): MatchText[] {
  const out: MatchText[] = [];
  const kind = c.init ? 'initContainer' : 'container';
  const add = (label: string, s: ContainerState) => {
    const text = stateText(`${kind} ${c.name} ${label}`, s);
    out.push(mt(s.message ?? s.reason ?? text, 'status', statusEvidence(pod, text, s.finishedAt ?? s.startedAt ?? null)));
  };
  if (c.state.state === 'waiting' || c.state.state === 'terminated') add('state', c.state);
  if (c.lastState?.state === 'terminated') add('lastState', c.lastState);
  return out;
}

export function podStatusTexts(pod: PodInfo): MatchText[] {
  const out: MatchText[] = [];
  if (pod.reason || pod.message) {
    const text = `pod status: phase=${pod.phase ?? '?'}${pod.reason ? ` reason=${pod.reason}` : ''}${pod.message ? ` message=${JSON.stringify(pod.message)}` : ''}`;
    out.push(mt(pod.message ?? pod.reason ?? '', 'status', statusEvidence(pod, text, null)));
  }
  for (const cond of pod.conditions) {
    if (cond.status === 'True' || !cond.message) continue;
    const text = `condition ${cond.type}=${cond.status}${cond.reason ? ` reason=${cond.reason}` : ''} message=${JSON.stringify(cond.message)}`;
    out.push(mt(cond.message, 'status', statusEvidence(pod, text, cond.lastTransitionTime ?? null)));
  }
  return out;
}

export function eventTexts(events: EventInfo[]): MatchText[] {
  return events.map((ev) => mt(ev.message, 'event', eventEvidence(ev), ev.reason));
}

/** Kubelet and runtime lines that name the pod (kept by the line matcher as the logs streamed). */
export function nodeLineTexts(hits: LogHit[] | undefined): MatchText[] {
  if (!hits) return [];
  return hits
    .filter((h) => h.kind === 'kubelet' || h.kind === 'containerd' || h.kind === 'crio' || h.kind === 'cni')
    .map((h) => mt(h.text, h.kind as MatchText['source'], { file: h.file, line: h.line, time: h.time, kind: h.kind, text: h.text }));
}

export function logTexts(log: ContainerLog | undefined, last = 10): MatchText[] {
  if (!log) return [];
  return log.tail.slice(-last).map((l) => mt(l.text, 'container-log', { file: log.file, line: l.line, time: null, kind: 'container-log', text: l.text }));
}
