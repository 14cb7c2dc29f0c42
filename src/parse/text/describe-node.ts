/**
 * `kubectl describe node` text (kubectl pkg/describe describeNode): Name, Roles, Taints,
 * Unschedulable, the Conditions table (`Type Status LastHeartbeatTime LastTransitionTime Reason
 * Message`), Addresses, Capacity, Allocatable, System Info, and the node's Events table.
 * Old kubectl (≤1.8) printed `Addresses:` on one line, resources with a 1-space indent and
 * `Version:` instead of `System Info:`; both are read.
 */

import type { Condition, EventInfo, NodeInfo } from '../../model/types.js';
import {
  RFC1123_SOURCE,
  expandTabs,
  headerColumns,
  isBlank,
  normalizeOptions,
  parseDescribeTime,
  resolveNow,
  sliceRow,
  splitLines,
  type Column,
  type TextParseArg,
  type TextProblem,
  clip,
} from './common.js';
import { isEventsStart, readEventsSection } from './events-table.js';

export interface NodeTaint {
  node: string;
  key: string;
  value?: string;
  effect: string;
  ref: { file: string; line: number };
}

export interface DescribeNodesResult {
  nodes: NodeInfo[];
  /** The model's NodeInfo has no taints; they are returned here, one per taint line. */
  taints: NodeTaint[];
  /** The node's Events table (NodeNotReady, EvictionThresholdMet, NodeHasDiskPressure, ...). */
  events: EventInfo[];
  problems: TextProblem[];
}

const NAME_LINE = /^Name:(?:[ \t]+(.*))?$/;
const TOP_KEY = /^([A-Z][A-Za-z0-9-]*(?: [A-Za-z][A-Za-z0-9-]*){0,3}):(?:[ \t]+(.*))?$/;
const SUB_KEY = /^[ \t]+([^:\s][^:]*?):(?:[ \t]+(.*))?$/;
const TAINT = /^([^\s=:]+)(?:=([^\s:]*))?:(NoSchedule|PreferNoSchedule|NoExecute)$/;
const TS = String.raw`(?:${RFC1123_SOURCE}|<unknown>|<unset>)`;
const CONDITION_ROW = new RegExp(String.raw`^\s+(\S+)\s+(True|False|Unknown)\s+(${TS})\s+(${TS})(?:\s+(.*))?$`);

type Section = 'top' | 'conditions' | 'addresses' | 'capacity' | 'allocatable' | 'system' | 'taints' | 'other';

/** Parses every node of a `kubectl describe node[s]` text. Never throws. */
export function parseDescribeNodes(text: string, file: string, options?: TextParseArg): DescribeNodesResult {
  const nowMs = resolveNow(normalizeOptions(options));
  const lines = splitLines(text);
  const result: DescribeNodesResult = { nodes: [], taints: [], events: [], problems: [] };
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (NAME_LINE.test(l)) starts.push(i);
  });
  if (starts.length === 0) {
    if (lines.some((l) => !isBlank(l))) {
      result.problems.push({ line: 1, message: 'no "Name:" line at column 0: not kubectl describe node output' });
    }
    return result;
  }
  for (let b = 0; b < starts.length; b++) {
    const start = starts[b]!;
    try {
      parseBlock(lines, start, starts[b + 1] ?? lines.length, file, nowMs, result);
    } catch (err) {
      result.problems.push({ line: start + 1, message: `could not read this node description: ${String(err)}` });
    }
  }
  return result;
}

function parseBlock(lines: string[], start: number, end: number, file: string, nowMs: number | null, out: DescribeNodesResult): void {
  const name = (NAME_LINE.exec(lines[start]!)?.[1] ?? '').trim();
  if (name === '') {
    out.problems.push({ line: start + 1, message: '"Name:" without a value: node skipped' });
    return;
  }
  const node: NodeInfo = { name, conditions: [], capacity: {}, allocatable: {}, addresses: [], ref: { file, line: start + 1 } };
  const taints: NodeTaint[] = [];
  const events: EventInfo[] = [];
  const problems: TextProblem[] = [];
  let section: Section = 'top';
  let condCols: Column[] | null = null;
  let sawNamespace = false;
  let sawNodeKey = false;
  let sawEvents = false;
  let lastNonBlank = start;

  const addTaint = (raw: string, lineNo: number): void => {
    const v = raw.trim();
    if (v === '' || v === '<none>') return;
    const m = TAINT.exec(v);
    if (!m) {
      problems.push({ line: lineNo, message: `node ${name}: unreadable taint "${clip(v)}"` });
      return;
    }
    const t: NodeTaint = { node: name, key: m[1]!, effect: m[3]!, ref: { file, line: lineNo } };
    if (m[2]) t.value = m[2];
    taints.push(t);
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
      sawEvents = true;
      const r = readEventsSection(lines, i, { file, namespace: 'default', involved: { kind: 'Node', name }, nowMs }, problems);
      for (const x of r.events) events.push(x);
      if (r.next > i + 1) lastNonBlank = r.next - 1;
      i = Math.max(r.next, i + 1);
      section = 'other';
      continue;
    }
    if (col0) {
      const kv = TOP_KEY.exec(line);
      i++;
      if (!kv) continue;
      const key = kv[1]!;
      const value = (kv[2] ?? '').trim();
      section = 'other';
      switch (key) {
        case 'Namespace':
          sawNamespace = true;
          break;
        case 'Roles':
        case 'Role':
        case 'Taints':
        case 'Unschedulable':
        case 'Capacity':
        case 'System Info':
        case 'Addresses':
          sawNodeKey = true;
          break;
        default:
          break;
      }
      switch (key) {
        case 'Taints':
          section = 'taints';
          addTaint(value, i);
          break;
        case 'Unschedulable':
          if (/^(true|false)$/i.test(value)) node.unschedulable = /^true$/i.test(value);
          break;
        case 'Conditions':
          section = 'conditions';
          condCols = null;
          break;
        case 'Addresses':
          section = 'addresses';
          // Old kubectl: `Addresses:  10.0.0.11,35.1.2.3,node-1` (types not shown).
          for (const a of value.split(',').map((s) => s.trim()).filter((s) => s && s !== '<none>')) {
            node.addresses.push({ type: 'Unknown', address: a });
          }
          break;
        case 'Capacity':
          section = 'capacity';
          break;
        case 'Allocatable':
          section = 'allocatable';
          break;
        case 'System Info':
        case 'Version':
          section = 'system';
          break;
        default:
          break;
      }
      continue;
    }

    // Indented line.
    switch (section) {
      case 'taints':
        addTaint(line, i + 1);
        break;
      case 'conditions': {
        const h = expandTabs(line);
        if (/^\s+(Type|Kind)\s+Status(\s|$)/.test(h)) {
          condCols = headerColumns(h);
          break;
        }
        if (/^[\s\-─]+$/.test(h)) break;
        const c = readConditionRow(h, condCols);
        if (c) node.conditions.push(c);
        else problems.push({ line: i + 1, message: `node ${name}: unreadable condition row: ${clip(line.trim())}` });
        break;
      }
      case 'addresses':
      case 'capacity':
      case 'allocatable':
      case 'system': {
        const kv = SUB_KEY.exec(line);
        if (!kv) break;
        const key = kv[1]!.trim();
        const value = (kv[2] ?? '').trim();
        if (section === 'addresses') {
          if (value) node.addresses.push({ type: key, address: value });
        } else if (section === 'capacity') {
          node.capacity[key] = value;
        } else if (section === 'allocatable') {
          node.allocatable[key] = value;
        } else if (key === 'Kubelet Version') {
          if (value) node.kubeletVersion = value;
        } else if (key === 'Container Runtime Version') {
          if (value) node.containerRuntimeVersion = value;
        }
        break;
      }
      default:
        break;
    }
    i++;
  }

  if (sawNamespace && !sawNodeKey) {
    out.problems.push({ line: start + 1, message: `"Name: ${clip(name)}" has a Namespace: line: not a node description, skipped` });
    return;
  }
  if (!sawNodeKey && node.conditions.length === 0) {
    problems.push({ line: start + 1, message: `node ${name}: no Roles/Taints/Conditions/Capacity lines (truncated, or not a node?)` });
  }
  if (taints.some((t) => t.key === 'node.kubernetes.io/unschedulable') && node.unschedulable === undefined) {
    node.unschedulable = true;
  }
  if (!sawEvents) {
    problems.push({ line: lastNonBlank + 1, message: `node ${name}: no Events: section (truncated, or --show-events=false)` });
  }
  out.nodes.push(node);
  for (const x of taints) out.taints.push(x);
  for (const x of events) out.events.push(x);
  for (const x of problems) out.problems.push(x);
}

/**
 * `  Ready  False  Fri, 14 Jun 2024 08:10:00 +0000  Fri, 14 Jun 2024 07:00:00 +0000  KubeletNotReady  <message>`.
 * Cut at the header's columns when the row lines up with it; otherwise read the two times and take
 * the first word after them as the reason.
 */
function readConditionRow(line: string, cols: Column[] | null): Condition | null {
  if (cols) {
    const keys = cols.map((c) => c.key);
    if (keys.includes('REASON') && keys.includes('MESSAGE')) {
      const cells = sliceRow(line, cols, new Set(['REASON', 'MESSAGE', 'LASTHEARTBEATTIME', 'LASTPROBETIME', 'LASTTRANSITIONTIME']));
      const type = cells?.get('TYPE') ?? cells?.get('KIND');
      const status = cells?.get('STATUS');
      if (cells && type && status && /^(True|False|Unknown)$/.test(status)) {
        const c: Condition = { type, status };
        const reason = cells.get('REASON');
        const message = cells.get('MESSAGE');
        const ltt = parseDescribeTime(cells.get('LASTTRANSITIONTIME'));
        if (reason) c.reason = reason;
        if (message) c.message = message;
        if (ltt) c.lastTransitionTime = ltt;
        return c;
      }
    }
  }
  const m = CONDITION_ROW.exec(line);
  if (!m) return null;
  const c: Condition = { type: m[1]!, status: m[2]! };
  const ltt = parseDescribeTime(m[4]);
  if (ltt) c.lastTransitionTime = ltt;
  const rest = (m[5] ?? '').trim();
  if (rest) {
    const gap = /\s{2,}/.exec(rest);
    const reason = gap ? rest.slice(0, gap.index) : (rest.split(/\s+/)[0] ?? '');
    const message = gap ? rest.slice(gap.index + gap[0].length) : rest.slice(reason.length);
    if (reason) c.reason = reason;
    if (message.trim()) c.message = message.trim();
  }
  return c;
}
