/**
 * Lines prefixed by an RFC3339 time and a space: must-gather `current.log`/`previous.log`, fetched
 * with `timestamps=true` (layouts.md §2.2):
 *
 *   2023-11-02T06:12:08.604390676Z I1102 06:12:08.604739       1 app.go:242] msg
 *
 * and applications that print their own RFC3339 time (`2019-03-08T08:48:37.311Z [INFO] CoreDNS`,
 * layouts.md §1.5 sample). A klog/logrus/`[LEVEL]` rest is parsed and merged; the time stays the
 * prefix's. CRI lines (§6.5) and journal short-iso lines (§6.2) are not this format and give null.
 */
import { looksLikeCri } from './cri.js';
import { mergeInner, parseInner } from './inner.js';
import type { LogRecord, ParseContext } from './types.js';
import { guard, markTruncated, parseIsoTime, prepareLine } from './util.js';

const PREFIX = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|z|[+-]\d{2}:?\d{2})?)(?: |$)/;
// What follows the time in a journal short-iso line: `host ident[pid]: ` or `host kernel: `.
const JOURNAL_REST = /^\S{0,255} (?:[^\s[\]:]{1,128}\[\d{1,10}\]|kernel):(?: |$)/;

/** Parses a prepared line. */
export function parseRfc3339Text(text: string, ctx?: ParseContext): LogRecord | null {
  const m = PREFIX.exec(text.slice(0, 48));
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (looksLikeCri(text) || JOURNAL_REST.test(rest.slice(0, 400))) return null;
  const time = parseIsoTime(m[1]!.replace(',', '.'), ctx);
  if (time === null) return null;
  const rec: LogRecord = { format: 'rfc3339-prefixed', time, timeKind: 'absolute', level: null, message: rest };
  const inner = parseInner(rest, ctx);
  if (inner) mergeInner(rec, inner, false);
  return rec;
}

/** RFC3339-prefixed line → record (format 'rfc3339-prefixed'), else null. Never throws. */
export function parseRfc3339Prefixed(line: string, ctx?: ParseContext): LogRecord | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    const rec = parseRfc3339Text(p.text, ctx);
    return rec && markTruncated(rec, p.truncated);
  });
}
