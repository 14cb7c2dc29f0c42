/**
 * `kubectl get pods` and `kubectl get events` tables (layouts.md §6.7, §6.8). kubectl pads cells
 * with spaces (tabwriter, padding 3), so a row is cut at the positions where the header's labels
 * start; a row that does not line up with its header (a paste that collapsed the spacing, a later
 * chunk with wider columns) is split on whitespace instead when that is unambiguous.
 */

import type { EventInfo, InvolvedObject } from '../../model/types.js';
import {
  ageToIso,
  canonicalKind,
  expandTabs,
  headerColumns,
  isAge,
  isBlank,
  mergeParenGroups,
  normalizeOptions,
  parseEventSource,
  parseInterval,
  resolveNow,
  sliceRow,
  splitLines,
  tokenize,
  type Column,
  type TextParseArg,
  type TextProblem,
  clip,
} from './common.js';

/** One row of `kubectl get pods [-A] [-o wide]`: only what a table can tell. */
export interface TablePod {
  /** From the NAMESPACE column (`-A`), else `defaultNamespace` option, else ''. */
  namespace: string;
  name: string;
  ready: { ready: number; total: number };
  /** STATUS as printed: `Running`, `CrashLoopBackOff`, `Init:0/2`, `Init:CrashLoopBackOff`, `Evicted`, `Terminating`, ... */
  status: string;
  /** The pod phase, only where STATUS implies it (`Running`, `Pending`, `Init:*`, `Completed` → Succeeded, `Evicted` → Failed...). */
  phase?: string;
  restarts: number;
  /** `5 (2m ago)` → `2m` (kubectl ≥1.22). */
  lastRestartAgo?: string;
  age: string;
  ip?: string;
  node?: string;
  ref: { file: string; line: number };
}

export interface GetPodsResult {
  pods: TablePod[];
  problems: TextProblem[];
}

export interface GetEventsResult {
  events: EventInfo[];
  problems: TextProblem[];
}

const POD_HEADER = /^\s*(?:NAMESPACE\s+)?NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\b/;
const EVENT_HEADER = /^\s*(?:NAMESPACE\s+)?LAST\s?SEEN\s+(?:TYPE|FIRST\s?SEEN)\b/;
const IGNORABLE = /^(?:\$ |# |```|No resources found|kubectl )/;

/** Parses `kubectl get pods` output (one or more tables). Never throws. */
export function parseGetPods(text: string, file: string, options?: TextParseArg): GetPodsResult {
  const opts = normalizeOptions(options);
  const lines = splitLines(text);
  const out: GetPodsResult = { pods: [], problems: [] };
  let cols: Column[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = expandTabs(lines[i]!);
    if (isBlank(line)) continue;
    if (POD_HEADER.test(line)) {
      cols = headerColumns(line);
      continue;
    }
    if (!cols) {
      if (!IGNORABLE.test(line.trim())) out.problems.push({ line: i + 1, message: `line before any "NAME READY STATUS" header: ${clip(line.trim())}` });
      continue;
    }
    if (IGNORABLE.test(line.trim())) continue;
    const cells = sliceRow(line, cols, new Set(extraKeys(cols))) ?? splitPodTokens(line, cols);
    const pod = cells ? toTablePod(cells, file, i + 1, opts.defaultNamespace ?? '') : null;
    if (pod) out.pods.push(pod);
    else out.problems.push({ line: i + 1, message: `unreadable pod row: ${clip(line.trim())}` });
  }
  if (out.pods.length === 0 && !lines.some((l) => POD_HEADER.test(expandTabs(l))) && lines.some((l) => !isBlank(l))) {
    return { pods: [], problems: [{ line: 1, message: 'no "NAME READY STATUS RESTARTS AGE" header: not kubectl get pods output' }] };
  }
  return out;
}

const POD_KEYS = new Set(['NAMESPACE', 'NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATEDNODE', 'READINESSGATES']);

/** Columns a table may add that we do not read (`--show-labels`, `-L`): allowed to be empty. */
function extraKeys(cols: Column[]): string[] {
  return cols.map((c) => c.key).filter((k) => !POD_KEYS.has(k));
}

/** Whitespace split; works when every cell is one word (RESTARTS `5 (2m ago)` is rejoined). */
function splitPodTokens(line: string, cols: Column[]): Map<string, string> | null {
  const toks = mergeParenGroups(tokenize(line), line);
  if (toks.length !== cols.length) return null;
  const cells = new Map<string, string>();
  cols.forEach((c, k) => cells.set(c.key, toks[k]!.text));
  return cells;
}

function toTablePod(cells: Map<string, string>, file: string, lineNo: number, defaultNamespace: string): TablePod | null {
  const name = cells.get('NAME');
  const ready = /^(\d+)\/(\d+)$/.exec(cells.get('READY') ?? '');
  const status = cells.get('STATUS');
  const restartsM = /^(\d+)(?:\s+\((\S+) ago\))?$/.exec(cells.get('RESTARTS') ?? '');
  const age = cells.get('AGE');
  if (!name || !ready || !status || !restartsM || age === undefined || !isAge(age)) return null;
  const pod: TablePod = {
    namespace: cells.get('NAMESPACE') ?? defaultNamespace,
    name,
    ready: { ready: Number(ready[1]), total: Number(ready[2]) },
    status,
    restarts: Number(restartsM[1]),
    age,
    ref: { file, line: lineNo },
  };
  if (restartsM[2]) pod.lastRestartAgo = restartsM[2];
  const phase = phaseOf(status);
  if (phase) pod.phase = phase;
  const ip = cells.get('IP');
  if (ip && ip !== '<none>') pod.ip = ip;
  const node = cells.get('NODE');
  if (node && node !== '<none>') pod.node = node;
  return pod;
}

/**
 * The phase STATUS implies, or undefined when it does not say (`CrashLoopBackOff`, `Error`,
 * `OOMKilled` are container reasons: the phase is Running or Failed depending on restartPolicy).
 */
export function phaseOf(status: string): string | undefined {
  if (status === 'Running') return 'Running';
  if (status === 'Pending' || status === 'ContainerCreating' || status === 'PodInitializing' || status.startsWith('Init:')) return 'Pending';
  if (status === 'Completed' || status === 'Succeeded') return 'Succeeded';
  if (status === 'Failed' || status === 'Evicted' || status === 'NodeLost' || status === 'Shutdown' || status.startsWith('OutOf')) return 'Failed';
  if (status === 'Unknown') return 'Unknown';
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * Parses `kubectl get events [-A] [-o wide]`, new (`LAST SEEN TYPE REASON OBJECT MESSAGE`) and old
 * (`LASTSEEN FIRSTSEEN COUNT NAME KIND SUBOBJECT TYPE REASON SOURCE MESSAGE`) columns. A message
 * with newlines continues on the following lines, which are joined with `\n`. Never throws.
 */
export function parseGetEvents(text: string, file: string, options?: TextParseArg): GetEventsResult {
  const opts = normalizeOptions(options);
  const nowMs = resolveNow(opts);
  const lines = splitLines(text);
  const out: GetEventsResult = { events: [], problems: [] };
  let cols: Column[] | null = null;
  let last: EventInfo | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = expandTabs(lines[i]!);
    if (isBlank(line)) {
      last = null;
      continue;
    }
    if (EVENT_HEADER.test(line)) {
      cols = headerColumns(line);
      last = null;
      continue;
    }
    if (!cols) {
      if (!IGNORABLE.test(line.trim())) out.problems.push({ line: i + 1, message: `line before any "LAST SEEN" header: ${clip(line.trim())}` });
      continue;
    }
    if (IGNORABLE.test(line.trim())) continue;
    const aligned = sliceRow(line, cols, EVENT_OPTIONAL);
    const cells = aligned && validEventCells(aligned) ? aligned : splitEventTokens(line, cols);
    const ev = cells ? toEvent(cells, cols, file, i + 1, opts.defaultNamespace ?? '', nowMs) : null;
    if (ev) {
      out.events.push(ev);
      last = ev;
    } else if (last && !looksLikeEventRow(aligned)) {
      // Not shaped like a row: the rest of a message that had newlines in it.
      last.message = `${last.message}\n${lines[i]!.trimEnd()}`;
    } else {
      out.problems.push({ line: i + 1, message: `unreadable event row: ${clip(line.trim())}` });
    }
  }
  if (out.events.length === 0 && !lines.some((l) => EVENT_HEADER.test(expandTabs(l))) && lines.some((l) => !isBlank(l))) {
    return { events: [], problems: [{ line: 1, message: 'no "LAST SEEN" header: not kubectl get events output' }] };
  }
  return out;
}

const EVENT_OPTIONAL = new Set(['SUBOBJECT', 'SOURCE', 'MESSAGE', 'OBJECT', 'KIND', 'NAME', 'REASON']);

/** Partly shaped like a row (a TYPE or LAST SEEN where they belong): a row we failed to read, not a continuation. */
function looksLikeEventRow(cells: Map<string, string> | null): boolean {
  if (!cells) return false;
  return /^(Normal|Warning)$/.test(cells.get('TYPE') ?? '') || parseInterval(cells.get('LASTSEEN') ?? '') !== null;
}

function validEventCells(cells: Map<string, string>): boolean {
  const type = cells.get('TYPE') ?? '';
  if (!/^(Normal|Warning)$/.test(type)) return false;
  const last = cells.get('LASTSEEN') ?? '';
  if (!parseInterval(last)) return false;
  const first = cells.get('FIRSTSEEN');
  if (first !== undefined && first !== '' && !isAge(first)) return false;
  const count = cells.get('COUNT');
  if (count !== undefined && !/^\d+$/.test(count)) return false;
  return true;
}

/**
 * Whitespace split for rows that do not line up. Cells before MESSAGE are one word each (LAST SEEN
 * keeps its `(xN over M)`), MESSAGE runs to the end, or — in `-o wide` — up to the last columns.
 * Not attempted when a cell that may be empty or hold spaces (SUBOBJECT, SOURCE) comes before MESSAGE.
 */
function splitEventTokens(line: string, cols: Column[]): Map<string, string> | null {
  const msgIdx = cols.findIndex((c) => c.key === 'MESSAGE');
  if (msgIdx < 0) return null;
  const before = cols.slice(0, msgIdx);
  const after = cols.slice(msgIdx + 1);
  if (before.some((c) => c.key === 'SUBOBJECT' || c.key === 'SOURCE')) return null;
  const toks = mergeParenGroups(tokenize(line), line);
  if (toks.length < before.length + after.length) return null;
  const cells = new Map<string, string>();
  before.forEach((c, k) => cells.set(c.key, toks[k]!.text));
  const tail = toks.slice(toks.length - after.length);
  after.forEach((c, k) => cells.set(c.key, tail[k]!.text));
  const msgToks = toks.slice(before.length, toks.length - after.length);
  const msg = msgToks.length ? line.slice(msgToks[0]!.start, msgToks[msgToks.length - 1]!.end) : '';
  cells.set('MESSAGE', msg);
  return validEventCells(cells) ? cells : null;
}

function toEvent(
  cells: Map<string, string>,
  cols: Column[],
  file: string,
  lineNo: number,
  defaultNamespace: string,
  nowMs: number | null,
): EventInfo | null {
  const interval = parseInterval(cells.get('LASTSEEN') ?? '');
  if (!interval) return null;
  const namespace = cells.get('NAMESPACE') ?? defaultNamespace;
  const involved: InvolvedObject = {};
  const object = cells.get('OBJECT');
  const hasObjectCol = cols.some((c) => c.key === 'OBJECT');
  if (object) {
    const slash = object.indexOf('/');
    if (slash > 0) {
      involved.kind = canonicalKind(object.slice(0, slash));
      involved.name = object.slice(slash + 1);
    } else {
      involved.kind = canonicalKind(object);
    }
  } else if (!hasObjectCol) {
    // Old columns: NAME is the involved object's name, KIND its kind.
    const kind = cells.get('KIND');
    const name = cells.get('NAME');
    if (kind) involved.kind = canonicalKind(kind);
    if (name) involved.name = name;
  }
  if (namespace) involved.namespace = namespace;
  const sub = cells.get('SUBOBJECT');
  if (sub) involved.fieldPath = sub;

  let count = interval.count ?? 1;
  const countCell = cells.get('COUNT');
  if (interval.count === null && countCell && /^\d+$/.test(countCell)) count = Math.max(1, Number(countCell));
  const firstAge = cells.get('FIRSTSEEN') || interval.first;

  const ev: EventInfo = {
    namespace,
    involved,
    reason: cells.get('REASON') ?? '',
    message: cells.get('MESSAGE') ?? '',
    type: cells.get('TYPE') ?? '',
    count,
    firstSeen: ageToIso(firstAge, nowMs),
    lastSeen: ageToIso(interval.last, nowMs),
    ref: { file, line: lineNo },
  };
  const source = parseEventSource(cells.get('SOURCE') ?? '');
  if (source) ev.source = source;
  return ev;
}
