/**
 * klog / glog lines (kubelet, kube-*, most Kubernetes Go components), layouts.md §6.1:
 *
 *   Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg
 *
 * L ∈ I W E F; no year and no zone (node local time); threadid is `%7d`. The message is either free
 * text (≤ ~1.19: `Error syncing pod <uid> (...), skipping: ...`) or structured
 * (`"Quoted message" key="value" key2=value2`).
 */
import { pairsToFields, readQuoted, scanLogfmt, unquoteGo } from './logfmt.js';
import type { LogRecord, ParseContext } from './types.js';
import { guard, klogLevel, markTruncated, noYearTime, prepareLine } from './util.js';

// Anchored; every quantifier bounded. The lazy file part can only backtrack 512 characters.
const KLOG_HEADER =
  /^([IWEF])(\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))? {1,24}(\d{1,10}) {1,4}([^\s\]]{1,512}?):(\d{1,9})\](?: |$)/;

/** Cheap test: does the text start like a klog header? */
export function looksLikeKlog(text: string): boolean {
  return KLOG_HEADER.test(text.slice(0, 640));
}

export interface KlogBody {
  message: string;
  fields?: Record<string, string>;
}

/**
 * Splits a klog message into the message and its key=value pairs when structured. Unstructured
 * text is returned as it is.
 */
export function parseKlogBody(body: string): KlogBody {
  if (typeof body !== 'string') return { message: '' };
  if (body.charCodeAt(0) !== 34 /* " */) return { message: body };
  const q = readQuoted(body, 0);
  if (!q.terminated) return { message: body };
  const msg = unquoteGo(q.raw);
  const rest = body.slice(q.end).trim();
  if (rest === '') return { message: msg };
  const scan = scanLogfmt(rest);
  const out: KlogBody = { message: `${msg} ${rest}` };
  if (scan.pairs.length > 0) out.fields = pairsToFields(scan.pairs);
  return out;
}

/** Parses an already prepared (BOM/CR stripped, length-capped) line. */
export function parseKlogText(text: string, ctx?: ParseContext): LogRecord | null {
  const m = KLOG_HEADER.exec(text.slice(0, 640));
  if (!m) return null;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const t = noYearTime(month, day, Number(m[4]), Number(m[5]), Number(m[6]), m[7], ctx);
  const body = parseKlogBody(text.slice(m[0].length));
  const rec: LogRecord = {
    format: 'klog',
    time: t.time,
    timeKind: t.timeKind,
    level: klogLevel(m[1]!),
    pid: Number(m[8]),
    source: `${m[9]}:${m[10]}`,
    message: body.message,
  };
  if (t.wallClock !== undefined) rec.wallClock = t.wallClock;
  if (body.fields) rec.fields = body.fields;
  return rec;
}

/** klog line → record, or null when the line is not klog. Never throws. */
export function parseKlog(line: string, ctx?: ParseContext): LogRecord | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    const rec = parseKlogText(p.text, ctx);
    return rec && markTruncated(rec, p.truncated);
  });
}
