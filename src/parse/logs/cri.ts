/**
 * CRI container log files (`/var/log/pods/<ns>_<pod>_<uid>/<container>/<restart>.log`, must-gather
 * `rotated/`), layouts.md §6.5:
 *
 *   2023-11-02T06:12:07.604163885+00:00 stderr F I1102 06:12:07.604158       1 test_app.go:365] My Rotated LogMsg
 *
 * CRI-O writes `+00:00`, containerd `Z`; tag `F` = full line, `P` = partial (join with
 * `CriPartialJoiner`). Very old kubelets (< 1.10) wrote no tag. A klog or logrus message inside is
 * parsed and merged (level, source, fields); the time stays the CRI one.
 */
import { mergeInner, parseInner } from './inner.js';
import type { LogRecord, ParseContext } from './types.js';
import { MAX_LINE_CHARS, guard, markTruncated, parseIsoTime, prepareLine } from './util.js';

const CRI_HEADER =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})) (stdout|stderr)(?: ([FP]))?(?: |$)/;

/** Cheap test: does the text start like a CRI log line? */
export function looksLikeCri(text: string): boolean {
  return CRI_HEADER.test(text.slice(0, 64));
}

function header(text: string): RegExpExecArray | null {
  return CRI_HEADER.exec(text.slice(0, 64));
}

/** Parses a prepared line. */
export function parseCriText(text: string, ctx?: ParseContext): LogRecord | null {
  const m = header(text);
  if (!m) return null;
  const time = parseIsoTime(m[1]!, ctx);
  if (time === null) return null;
  const rec: LogRecord = {
    format: 'cri',
    time,
    timeKind: 'absolute',
    level: null,
    stream: m[2] === 'stderr' ? 'stderr' : 'stdout',
    message: text.slice(m[0].length),
  };
  if (m[3] === 'P') {
    // A chunk: the inner line is only complete after joining.
    rec.partial = true;
    return rec;
  }
  const inner = parseInner(rec.message, ctx);
  if (inner) mergeInner(rec, inner, false);
  return rec;
}

/** CRI log line → record (format 'cri'), else null. Never throws. */
export function parseCri(line: string, ctx?: ParseContext): LogRecord | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    const rec = parseCriText(p.text, ctx);
    return rec && markTruncated(rec, p.truncated);
  });
}

interface Pending {
  head: string;
  text: string;
  truncated: boolean;
}

/**
 * Joins `P` chunks with the `F` line that ends them, per stream, so the message is parsed once
 * whole. Feed lines in file order; `push` returns a record when one is complete (a non-CRI line
 * gives null and is ignored). The joined message is capped at `MAX_LINE_CHARS`. Call `flush` at
 * the end of the file for chunks never completed (returned with `partial: true`).
 */
export class CriPartialJoiner {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly ctx?: ParseContext) {}

  push(line: string): LogRecord | null {
    return guard(() => {
      const p = prepareLine(line);
      if (!p) return null;
      const m = header(p.text);
      if (!m) return null;
      const stream = m[2]!;
      const body = p.text.slice(m[0].length);
      const prev = this.pending.get(stream);
      if (m[3] === 'P') {
        if (prev) append(prev, body, p.truncated);
        else this.pending.set(stream, { head: `${m[1]} ${stream} F `, text: body, truncated: p.truncated });
        return null;
      }
      if (!prev) {
        const rec = parseCriText(p.text, this.ctx);
        return rec && markTruncated(rec, p.truncated);
      }
      this.pending.delete(stream);
      append(prev, body, p.truncated);
      const rec = parseCriText(prev.head + prev.text, this.ctx);
      return rec && markTruncated(rec, prev.truncated);
    });
  }

  /** Chunks still waiting for their `F` line, as partial records. */
  flush(): LogRecord[] {
    const out: LogRecord[] = [];
    for (const [stream, p] of this.pending) {
      const rec = guard(() => parseCriText(`${p.head.slice(0, -2)}P ${p.text}`, this.ctx));
      if (rec) out.push(markTruncated(rec, p.truncated));
      this.pending.delete(stream);
    }
    return out;
  }
}

function append(p: Pending, body: string, truncated: boolean): void {
  if (truncated) p.truncated = true;
  if (p.text.length >= MAX_LINE_CHARS) {
    if (body.length > 0) p.truncated = true;
    return;
  }
  const room = MAX_LINE_CHARS - p.text.length;
  if (body.length > room) {
    p.text += body.slice(0, room);
    p.truncated = true;
  } else {
    p.text += body;
  }
}
