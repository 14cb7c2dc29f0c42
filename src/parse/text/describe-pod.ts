/**
 * `kubectl describe pod` text (layouts.md §6.9; kubectl pkg/describe describePod): one or many pods,
 * each block starting with `Name:` at column 0. Key–value lines are `Key:<padding>value`, nested
 * levels indented by 2 spaces (old kubectl pads with tabs). Reads what the model needs: identity,
 * node, phase/reason/message, controller, init and app containers with their current and last
 * state, conditions, and the Events table (see events-table.ts).
 */

import type { Condition, ContainerInfo, ContainerState, EventInfo, OwnerRef, PodInfo } from '../../model/types.js';
import {
  isBlank,
  leadingSpaces,
  normalizeOptions,
  parseAge,
  parseDescribeTime,
  resolveNow,
  splitLines,
  toIso,
  type TextParseArg,
  type TextProblem,
  clip,
} from './common.js';
import { isEventsStart, readEventsSection } from './events-table.js';

export interface DescribePodsResult {
  pods: PodInfo[];
  /** Events of every pod's Events table, involved object = that pod. */
  events: EventInfo[];
  problems: TextProblem[];
}

/** A top-level key at column 0: each word capitalised, so wrapped message text is not taken for one. */
const TOP_KEY = /^([A-Z][A-Za-z0-9-]*(?: [A-Z][A-Za-z0-9-]*){0,3}):(?:[ \t]+(.*))?$/;
const NAME_LINE = /^Name:(?:[ \t]+(.*))?$/;
const CONTAINER_NAME = /^ {2}([^\s:]+):\s*$/;
const CONTAINER_KEY = /^ {4}([A-Z][A-Za-z ]*?):(?:[ \t]+(.*))?$/;
const STATE_KEY = /^ {6}([A-Z][A-Za-z ]*?):(?:[ \t]+(.*))?$/;
/** Lines that end a multi-line terminated-state message even when `Exit Code:` never comes (truncated paste). */
const SECTION_END = /^(Conditions|Volumes|Events|QoS Class|Containers|Init Containers|Readiness Gates):/;

/**
 * Parses every pod of a `kubectl describe pod[s]` text. Never throws: what cannot be read is
 * skipped and listed in `problems`. Pass `now` (collection time) to turn event ages into times.
 */
export function parseDescribePods(text: string, file: string, options?: TextParseArg): DescribePodsResult {
  const opts = normalizeOptions(options);
  const nowMs = resolveNow(opts);
  const lines = splitLines(text);
  const result: DescribePodsResult = { pods: [], events: [], problems: [] };

  // A pod starts at `Name:` followed by `Namespace:` (always line 2), or at a `Name:` after a blank
  // line; a "Name: …" line inside a multi-line message is neither.
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (!NAME_LINE.test(l)) return;
    if (/^Namespace:/.test(lines[i + 1] ?? '') || i === 0 || isBlank(lines[i - 1]!)) starts.push(i);
  });
  if (starts.length === 0) {
    if (lines.some((l) => !isBlank(l))) {
      result.problems.push({ line: 1, message: 'no "Name:" line at column 0: not kubectl describe pod output' });
    }
    return result;
  }
  for (let b = 0; b < starts.length; b++) {
    const start = starts[b]!;
    const end = starts[b + 1] ?? lines.length;
    try {
      parseBlock(lines, start, end, file, nowMs, result);
    } catch (err) {
      // Defensive: a parser bug must not take the whole analysis down.
      result.problems.push({ line: start + 1, message: `could not read this pod description: ${String(err)}` });
    }
  }
  return result;
}

type Section = 'top' | 'containers' | 'init' | 'conditions' | 'other';

function parseBlock(lines: string[], start: number, end: number, file: string, nowMs: number | null, out: DescribePodsResult): void {
  const name = (NAME_LINE.exec(lines[start]!)?.[1] ?? '').trim();
  if (name === '') {
    out.problems.push({ line: start + 1, message: '"Name:" without a value: pod skipped' });
    return;
  }
  const pod: PodInfo = {
    namespace: '',
    name,
    conditions: [],
    initContainers: [],
    containers: [],
    ref: { file, line: start + 1 },
  };
  const problems: TextProblem[] = [];
  const events: EventInfo[] = [];
  let sawNamespace = false;
  let sawEvents = false;
  let sawContainers = false;
  let section: Section = 'top';
  let current: ContainerInfo | null = null;
  let currentHasState = false;
  let stateTarget: ContainerState | null = null;
  let lastNonBlank = start;

  const finishContainer = (): void => {
    if (current && !currentHasState) current.statusMissing = true;
    current = null;
    currentHasState = false;
    stateTarget = null;
  };

  let i = start + 1;
  while (i < end) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    lastNonBlank = i;
    const col0 = line[0] !== ' ' && line[0] !== '\t';

    if (col0 && isEventsStart(line)) {
      finishContainer();
      sawEvents = true;
      const r = readEventsSection(
        lines,
        i,
        { file, namespace: pod.namespace, involved: { kind: 'Pod', namespace: pod.namespace, name: pod.name }, nowMs },
        problems,
      );
      for (const x of r.events) events.push(x);
      if (r.next > i + 1) lastNonBlank = r.next - 1;
      i = Math.max(r.next, i + 1);
      section = 'other';
      continue;
    }

    if (col0) {
      const kv = TOP_KEY.exec(line);
      if (!kv) {
        // Column-0 text that is no key: the rest of a multi-line value (env, command, message).
        i++;
        continue;
      }
      finishContainer();
      const key = kv[1]!;
      const value = (kv[2] ?? '').trim();
      section = 'other';
      switch (key) {
        case 'Namespace':
          pod.namespace = value;
          sawNamespace = value !== '';
          break;
        case 'Node':
          if (value && value !== '<none>') {
            const node = value.split('/')[0]!.trim();
            if (node) pod.nodeName = node;
          }
          break;
        case 'Start Time': {
          const t = parseDescribeTime(value);
          if (t) pod.startTime = t;
          break;
        }
        case 'Status':
          readStatus(pod, value, nowMs);
          break;
        case 'Reason':
          if (value) pod.reason = value;
          break;
        case 'Message': {
          const r = readContinued(lines, i + 1, end, value);
          if (r.text) pod.message = r.text;
          i = r.next;
          continue;
        }
        case 'Controlled By':
        case 'Controllers':
        case 'Created By': {
          const owner = readOwner(value);
          if (owner) pod.ownerRef = owner;
          break;
        }
        case 'Init Containers':
          section = 'init';
          sawContainers = true;
          break;
        case 'Containers':
          section = 'containers';
          sawContainers = true;
          break;
        case 'Conditions':
          section = 'conditions';
          break;
        default:
          break;
      }
      i++;
      continue;
    }

    // Indented line.
    if (section === 'containers' || section === 'init') {
      const cn = CONTAINER_NAME.exec(line);
      if (cn) {
        finishContainer();
        current = { name: cn[1]!, init: section === 'init', ready: false, restartCount: 0, state: { state: 'unknown' } };
        (section === 'init' ? pod.initContainers : pod.containers).push(current);
        i++;
        continue;
      }
      if (!current) {
        i++;
        continue;
      }
      const c: ContainerInfo = current;
      const ck = CONTAINER_KEY.exec(line);
      if (ck) {
        const key = ck[1]!;
        const value = (ck[2] ?? '').trim();
        stateTarget = null;
        switch (key) {
          case 'Container ID':
            if (value && value !== '<none>') c.containerID = value;
            break;
          case 'Image':
            if (value) c.image = value;
            break;
          case 'Image ID':
            if (value && value !== '<none>') c.imageID = value;
            break;
          case 'State':
            c.state = newState(value, i + 1, c.name, problems);
            stateTarget = c.state;
            currentHasState = true;
            break;
          case 'Last State':
          case 'Last Termination State':
            if (value && value !== '<none>') {
              c.lastState = newState(value, i + 1, c.name, problems);
              stateTarget = c.lastState;
            }
            break;
          case 'Ready':
            c.ready = /^true$/i.test(value);
            currentHasState = true;
            break;
          case 'Started':
            if (/^(true|false)$/i.test(value)) c.started = /^true$/i.test(value);
            break;
          case 'Restart Count': {
            const n = Number(value);
            if (value !== '' && Number.isInteger(n) && n >= 0) c.restartCount = n;
            else problems.push({ line: i + 1, message: `container ${c.name}: unreadable Restart Count "${clip(value)}"` });
            currentHasState = true;
            break;
          }
          default:
            break;
        }
        i++;
        continue;
      }
      const target: ContainerState | null = stateTarget;
      if (target) {
        const sk = STATE_KEY.exec(line);
        if (sk) {
          const key = sk[1]!;
          const value = (sk[2] ?? '').trim();
          switch (key) {
            case 'Reason':
              if (value) target.reason = value;
              break;
            case 'Message': {
              const r = readStateMessage(lines, i + 1, end, value);
              if (r.text) target.message = r.text;
              i = r.next;
              continue;
            }
            case 'Exit Code': {
              const n = Number(value);
              if (value !== '' && Number.isInteger(n)) target.exitCode = n;
              else problems.push({ line: i + 1, message: `container ${c.name}: unreadable Exit Code "${clip(value)}"` });
              break;
            }
            case 'Signal': {
              const n = Number(value);
              if (value !== '' && Number.isInteger(n)) target.signal = n;
              break;
            }
            case 'Started': {
              const t = parseDescribeTime(value);
              if (t) target.startedAt = t;
              break;
            }
            case 'Finished': {
              const t = parseDescribeTime(value);
              if (t) target.finishedAt = t;
              break;
            }
            default:
              break;
          }
        }
      }
      i++;
      continue;
    }

    if (section === 'conditions') {
      const cond = readConditionRow(line);
      if (cond) pod.conditions.push(cond);
      else if (!/^\s+Type\s+Status\s*$/.test(line) && !/^[\s\-─]+$/.test(line)) {
        problems.push({ line: i + 1, message: `unreadable condition row: ${clip(line.trim())}` });
      }
    }
    i++;
  }
  finishContainer();

  if (!sawNamespace) {
    out.problems.push({
      line: start + 1,
      message: `"Name: ${clip(name)}" has no Namespace: line: not a pod description (or truncated), skipped`,
    });
    for (const x of problems) out.problems.push(x);
    return;
  }
  // Events read before the Namespace line was seen cannot happen (Namespace is line 2), but keep them right.
  for (const e of events) {
    if (e.namespace === '') {
      e.namespace = pod.namespace;
      e.involved.namespace = pod.namespace;
    }
  }
  if (!sawContainers) {
    problems.push({ line: lastNonBlank + 1, message: `pod ${pod.namespace}/${pod.name}: no Containers: section (truncated?)` });
  }
  if (!sawEvents) {
    problems.push({
      line: lastNonBlank + 1,
      message: `pod ${pod.namespace}/${pod.name}: no Events: section (truncated, or --show-events=false)`,
    });
  }
  out.pods.push(pod);
  for (const x of events) out.events.push(x);
  for (const x of problems) out.problems.push(x);
}

/** `Running` · `Pending` · `Terminating (lasts 2m)` (deletionTimestamp set: phase not shown). */
function readStatus(pod: PodInfo, value: string, nowMs: number | null): void {
  const term = /^Terminating(?:\s+\(lasts\s+(.*)\))?/.exec(value);
  if (term) {
    const lasts = term[1] !== undefined ? parseAge(term[1]) : null;
    if (lasts !== null && nowMs !== null) pod.deletionTimestamp = toIso(nowMs - lasts * 1000);
    return;
  }
  if (value) pod.phase = value;
}

/** `ReplicaSet/web-7d9c` (old `Created By:` may carry the namespace: `ReplicaSet/ns/web-7d9c`). */
function readOwner(value: string): OwnerRef | null {
  if (!value || value === '<none>') return null;
  const parts = value.split('/');
  if (parts.length < 2) return null;
  const kind = parts[0]!.trim();
  const name = parts[parts.length - 1]!.trim();
  return kind && name ? { kind, name } : null;
}

function newState(value: string, lineNo: number, container: string, problems: TextProblem[]): ContainerState {
  switch (value.toLowerCase()) {
    case 'running':
      return { state: 'running' };
    case 'waiting':
      return { state: 'waiting' };
    case 'terminated':
      return { state: 'terminated' };
    default:
      problems.push({ line: lineNo, message: `container ${container}: unknown state "${clip(value)}"` });
      return { state: 'unknown' };
  }
}

function readConditionRow(line: string): Condition | null {
  const m = /^\s+(\S+)\s+(True|False|Unknown)\s*$/.exec(line);
  if (!m) return null;
  return { type: m[1]!, status: m[2]! };
}

/** A top-level value continued on following lines (until the next column-0 key or a blank line). */
function readContinued(lines: string[], from: number, end: number, first: string): { text: string; next: number } {
  const parts = [first];
  let i = from;
  for (; i < end; i++) {
    const l = lines[i]!;
    if (isBlank(l)) break;
    if (leadingSpaces(l) === 0 && l[0] !== '\t' && TOP_KEY.test(l)) break;
    if (isEventsStart(l)) break;
    if (leadingSpaces(l) > 0) break; // an indented line belongs to a section, not to the message
    parts.push(l.trimEnd());
  }
  return { text: parts.join('\n').trim(), next: i };
}

/**
 * A terminated state's `Message:` (often a termination log) runs until `Exit Code:`, which kubectl
 * always prints right after it.
 */
function readStateMessage(lines: string[], from: number, end: number, first: string): { text: string; next: number } {
  const parts = [first];
  let i = from;
  for (; i < end; i++) {
    const l = lines[i]!;
    if (/^ {6}(Exit Code|Signal|Started|Finished):/.test(l)) break;
    if (SECTION_END.test(l)) break;
    parts.push(l.trimEnd());
  }
  while (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  return { text: parts.join('\n').trim(), next: i };
}
