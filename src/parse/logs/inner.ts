/**
 * The line inside a wrapper: a journal message, a CRI log message or the rest of an RFC3339-prefixed
 * line is often itself a klog line (layouts.md §6.2, §6.5, §2.2 `current.log`) or a logrus line
 * (§6.3, §6.4). This reads it so the wrapper can merge level, source and fields.
 */
import { looksLikeKlog, parseKlogText } from './klog.js';
import { logrusFlavour, parseLogrusText } from './logrus.js';
import type { LogLevel, LogRecord, ParseContext } from './types.js';
import { levelFromWord } from './util.js';

export interface InnerLine {
  kind: 'klog' | 'logrus' | 'bracket';
  level: LogLevel;
  message: string;
  source?: string;
  pid?: number;
  fields?: Record<string, string>;
  /** Absolute time printed by the inner line (logrus only), else null. */
  absTime: string | null;
}

// `[INFO] CoreDNS-1.2.6` (coredns), `[ERROR] plugin/errors: ...`
const BRACKET_LEVEL = /^\[(INFO|WARN|WARNING|ERROR|ERR|DEBUG|FATAL|TRACE|NOTICE|CRIT|CRITICAL|PANIC)\](?: |$)/i;

/** Reads a wrapped message; null when it is none of the known inner forms. */
export function parseInner(text: string, ctx?: ParseContext): InnerLine | null {
  const c = text.charCodeAt(0);
  if ((c === 73 || c === 87 || c === 69 || c === 70) && looksLikeKlog(text)) {
    const k = parseKlogText(text, ctx);
    if (k) return fromRecord('klog', k, null);
  }
  if ((c === 116 || c === 108) && logrusFlavour(text) !== null) {
    const l = parseLogrusText(text, null, ctx);
    if (l) return fromRecord('logrus', l, l.time);
  }
  if (c === 91) {
    const m = BRACKET_LEVEL.exec(text.slice(0, 16));
    if (m) return { kind: 'bracket', level: levelFromWord(m[1]), message: text, absTime: null };
  }
  return null;
}

function fromRecord(kind: InnerLine['kind'], r: LogRecord, absTime: string | null): InnerLine {
  const out: InnerLine = { kind, level: r.level, message: r.message, absTime };
  if (r.source !== undefined) out.source = r.source;
  if (r.pid !== undefined) out.pid = r.pid;
  if (r.fields !== undefined) out.fields = r.fields;
  return out;
}

/** Copies what the inner line knows onto the wrapper record. */
export function mergeInner(rec: LogRecord, inner: InnerLine, keepOuterPid: boolean): void {
  rec.level = inner.level;
  rec.message = inner.message;
  if (inner.source !== undefined) rec.source = inner.source;
  if (inner.fields !== undefined) rec.fields = inner.fields;
  if (inner.pid !== undefined && (!keepOuterPid || rec.pid === undefined)) rec.pid = inner.pid;
}
