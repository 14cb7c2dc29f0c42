/**
 * The `Events:` table at the end of `kubectl describe pod|node`, in the column styles kubectl has
 * printed over the years (layouts.md §6.9, messages.md §3 "Event source column"):
 *
 * - new (≥1.14): `  Type  Reason  Age  From  Message` + `  ----  ------ …`; Age is `2m13s` or
 *   `2m13s (x25 over 8m)`; From is `kubelet` (older: `kubelet, node-1`); since Aug 2025 the message
 *   may start with the field path `spec.containers{app}: `.
 * - old (≤1.13): `  FirstSeen  LastSeen  Count  From  SubObjectPath  Type  Reason  Message`, tab-padded,
 *   From as `{kubelet node-1}`, SubObjectPath like `spec.containers{web}` or empty; before 1.2 there
 *   is no Type column, and 1.0 printed RFC 1123 times instead of ages.
 * - no events: `Events:  <none>` (or `No events.` in old kubectl).
 *
 * A message with a newline in it continues on the next lines (kubectl writes them without indent);
 * those lines are joined to the event with `\n`.
 */

import type { EventInfo, InvolvedObject } from '../../model/types.js';
import {
  AGE_SOURCE,
  FIELD_PATH_SOURCE,
  RFC1123_SOURCE,
  ageToIso,
  isBlank,
  parseDescribeTime,
  parseEventSource,
  splitFieldPathPrefix,
  clip,
  type TextProblem,
} from './common.js';

export interface EventsContext {
  file: string;
  namespace: string;
  involved: InvolvedObject;
  nowMs: number | null;
}

type Style = 'new' | 'old' | 'old-notype';

const NEW_ROW = new RegExp(
  String.raw`^\s*(Normal|Warning)\s+(\S+)\s+(${AGE_SOURCE})(?:\s+\(x(\d+)\s+over\s+(${AGE_SOURCE})\))?(?:\s+(.*))?$`,
);
const SEEN = String.raw`(?:${RFC1123_SOURCE}|\S+)`;
const OLD_ROW = new RegExp(
  String.raw`^\s*(${SEEN})\s+(${SEEN})\s+(\d+)\s+(.+?)\s+(Normal|Warning)\s+(\S+)(?:\s+(.*))?$`,
);
const OLD_ROW_NOTYPE = new RegExp(
  String.raw`^\s*(${SEEN})\s+(${SEEN})\s+(\d+)\s+(\{[^}]*\}|\S+(?:, \S+)?)\s+(?:(${FIELD_PATH_SOURCE})\s+)?(\S+)(?:\s+(.*))?$`,
);
const FROM_AND_PATH = new RegExp(String.raw`^(.*?)\s+(${FIELD_PATH_SOURCE})$`);
const UNDERLINE = /^[\s\-─]+$/;

/** True for the line that opens an events section: `Events:`, `Events:  <none>`, `No events.`. */
export function isEventsStart(line: string): boolean {
  return /^Events:(\s|$)/.test(line) || /^No events\.?\s*$/.test(line);
}

/**
 * Reads the events section that starts at `lines[start]` (an `Events:` or `No events.` line).
 * Returns the events and the index of the first line after the section.
 */
export function readEventsSection(
  lines: string[],
  start: number,
  ctx: EventsContext,
  problems: TextProblem[],
): { events: EventInfo[]; next: number } {
  const events: EventInfo[] = [];
  const first = lines[start] ?? '';
  if (/^No events/.test(first) || /^Events:\s*<none>\s*$/.test(first)) return { events, next: start + 1 };
  const inline = first.replace(/^Events:\s*/, '').trim();
  if (inline !== '') {
    problems.push({ line: start + 1, message: `unexpected text after "Events:": ${clip(inline)}` });
    return { events, next: start + 1 };
  }

  let i = start + 1;
  const header = lines[i];
  if (header === undefined || isBlank(header)) {
    problems.push({ line: start + 1, message: 'Events: section without a table (truncated?)' });
    return { events, next: i };
  }
  const style = headerStyle(header);
  if (style === null) {
    problems.push({ line: i + 1, message: `unrecognised Events table header: ${clip(header.trim())}` });
    return { events, next: i };
  }
  i++;
  while (i < lines.length && UNDERLINE.test(lines[i]!) && !isBlank(lines[i]!)) i++;

  let last: EventInfo | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) break;
    if (/^Name:\s/.test(line)) break; // next object in a multi-object describe
    const ev = style === 'new' ? parseNewRow(line, i + 1, ctx) : parseOldRow(line, i + 1, ctx, style);
    if (ev) {
      events.push(ev);
      last = ev;
      continue;
    }
    if (last && !looksLikeRow(line)) {
      // A message with newlines in it: kubectl prints the rest on the following lines.
      last.message = `${last.message}\n${line.trimEnd()}`;
      continue;
    }
    problems.push({ line: i + 1, message: `unreadable event row: ${clip(line.trim())}` });
  }
  return { events, next: i };
}

function headerStyle(header: string): Style | null {
  const h = header.trim();
  if (/^FirstSeen\s/.test(h)) return /\sType\s/.test(h) ? 'old' : 'old-notype';
  if (/^Type\s+Reason\s+Age\s/.test(h)) return 'new';
  return null;
}

function looksLikeRow(line: string): boolean {
  return /^ {2}(Normal|Warning)\s/.test(line);
}

function parseNewRow(line: string, lineNo: number, ctx: EventsContext): EventInfo | null {
  const m = NEW_ROW.exec(line);
  if (!m) return null;
  const [, type, reason, lastAge, countStr, firstAge, restRaw] = m;
  const rest = (restRaw ?? '').trim();
  let from = '';
  let message = rest;
  const gap = /\s{2,}/.exec(rest);
  if (gap) {
    from = rest.slice(0, gap.index);
    message = rest.slice(gap.index + gap[0].length);
  } else if (rest !== '') {
    // Spacing collapsed by a paste: From is one word, or `kubelet, node`.
    const m2 = /^(\S+,\s\S+|\S+)(?:\s+(.*))?$/.exec(rest);
    from = m2?.[1] ?? '';
    message = m2?.[2] ?? '';
  }
  const split = splitFieldPathPrefix(message.trim());
  const count = countStr !== undefined ? Number(countStr) : 1;
  const first = firstAge ?? lastAge!;
  return build(ctx, lineNo, {
    type: type!,
    reason: reason!,
    message: split.message,
    fieldPath: split.fieldPath,
    count,
    firstSeen: ageToIso(first, ctx.nowMs),
    lastSeen: ageToIso(lastAge, ctx.nowMs),
    from,
  });
}

function parseOldRow(line: string, lineNo: number, ctx: EventsContext, style: Style): EventInfo | null {
  if (style === 'old') {
    const m = OLD_ROW.exec(line);
    if (!m) return null;
    const [, firstSeen, lastSeen, count, fromAndPath, type, reason, message] = m;
    let from = fromAndPath!.trim();
    let fieldPath: string | undefined;
    const fp = FROM_AND_PATH.exec(from);
    if (fp) {
      from = fp[1]!.trim();
      fieldPath = fp[2]!;
    } else if (new RegExp(`^${FIELD_PATH_SOURCE}$`).test(from)) {
      fieldPath = from;
      from = '';
    }
    return build(ctx, lineNo, {
      type: type!,
      reason: reason!,
      message: (message ?? '').trim(),
      fieldPath,
      count: Number(count),
      firstSeen: seenToIso(firstSeen!, ctx.nowMs),
      lastSeen: seenToIso(lastSeen!, ctx.nowMs),
      from,
    });
  }
  const m = OLD_ROW_NOTYPE.exec(line);
  if (!m) return null;
  const [, firstSeen, lastSeen, count, from, fieldPath, reason, message] = m;
  return build(ctx, lineNo, {
    type: '',
    reason: reason!,
    message: (message ?? '').trim(),
    fieldPath,
    count: Number(count),
    firstSeen: seenToIso(firstSeen!, ctx.nowMs),
    lastSeen: seenToIso(lastSeen!, ctx.nowMs),
    from: from!,
  });
}

/** Old FirstSeen/LastSeen: an age, or (kubectl 1.0) an RFC 1123 time. */
function seenToIso(seen: string, nowMs: number | null): string | null {
  if (/\d{4} \d{2}:\d{2}:\d{2}/.test(seen)) {
    const t = parseDescribeTime(seen);
    return t && /^\d{4}-/.test(t) ? t : null;
  }
  return ageToIso(seen, nowMs);
}

interface RowParts {
  type: string;
  reason: string;
  message: string;
  fieldPath: string | undefined;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  from: string;
}

function build(ctx: EventsContext, lineNo: number, p: RowParts): EventInfo {
  const involved: InvolvedObject = { ...ctx.involved };
  if (p.fieldPath) involved.fieldPath = p.fieldPath;
  const ev: EventInfo = {
    namespace: ctx.namespace,
    involved,
    reason: p.reason,
    message: p.message,
    type: p.type,
    count: Number.isFinite(p.count) && p.count > 0 ? p.count : 1,
    firstSeen: p.firstSeen,
    lastSeen: p.lastSeen,
    ref: { file: ctx.file, line: lineNo },
  };
  const source = parseEventSource(p.from);
  if (source) ev.source = source;
  return ev;
}
