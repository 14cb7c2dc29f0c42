/**
 * The shapes of the knowledge base's case tables. Each case is a line a cluster really prints,
 * copied from shared/reference/messages.md (its section and source in a comment above the case),
 * the place it appears, and what the engine must make of it: exact ids, nothing more, nothing less.
 * `not` names the neighbours the case is there to keep out (a healthy line, or a line of a nearby
 * reason or cause); the suite test asks every id for at least one case with it in `expect` and one
 * with it in `not`.
 */

/** Where a line appears (an evidence kind of src/model/types.ts). */
export type Place = 'status' | 'event' | 'kubelet' | 'containerd' | 'crio' | 'cni' | 'dmesg' | 'disk' | 'describe' | 'node-condition' | 'container-log';

/**
 * A reason case, through the reason index (src/detect/reason-index.ts): `via` says which door —
 * a container's waiting or terminated reason, a pod's status reason, an event's reason (each a
 * map lookup of `text`), or the message text itself (`byMessage(text, place)`).
 */
export interface ReasonCase {
  name: string;
  via: 'waiting' | 'terminated' | 'pod' | 'event' | 'message';
  place: Place;
  text: string;
  /** The reasons the index gives, exactly (any order). */
  expect: string[];
  not?: string[];
}

export interface CauseText {
  place: Place;
  text: string;
  /** For events: the event's reason (rules may ask for Unhealthy, Killing, ...). */
  eventReason?: string;
}

/** A cause case, through classifyCause (src/detect/classify-cause.ts) with the finding's reasons and texts. */
export interface CauseCase {
  name: string;
  reasons: string[];
  texts: CauseText[];
  /** Terminated states of the container (current and last). */
  terminated?: { reason?: string; exitCode?: number }[];
  /** The cause chosen, or 'unknown'. */
  expect: string;
  /** Causes that must be neither chosen nor listed as an alternative. */
  not?: string[];
}

/** The kinds of node log line LineMatcher reads. */
export type LogPlace = 'kubelet' | 'containerd' | 'crio' | 'cni' | 'dmesg' | 'disk';

/**
 * A signal case: a node log line through LineMatcher (src/detect/line-matcher.ts), or an event about
 * a Node or a node condition through detectNodeSignals (src/detect/node-signals.ts) — the three ways
 * the engine finds node signals. (Pod events and describe rows reach no signal: what they show is
 * the pod's, and the cause cases hold them.)
 */
export type SignalCase = {
  name: string;
  /** The signals given, exactly (any order). */
  expect: string[];
  not?: string[];
} & (
  | { place: LogPlace; text: string }
  | { place: 'event'; eventReason: string; text: string }
  | { place: 'node-condition'; condition: { type: string; status: string; reason?: string; message?: string } }
);
