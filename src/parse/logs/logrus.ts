/**
 * logrus text lines: containerd (layouts.md §6.3, RFC3339Nano with `T` and `Z` or an offset) and
 * CRI-O (§6.4, a **space** between date and time). dockerd and k3s print the containerd form.
 *
 *   time="2024-06-14T08:12:01.123456789Z" level=error msg="..." error="..."
 *   time="2021-01-27 18:25:57.423599752Z" level=info msg="..." id=... name=...
 *
 * A line without `time=` (`level=error msg="..."`, as often pasted) is read as containerd.
 */
import { pairsToFields, scanLogfmt } from './logfmt.js';
import type { LogRecord, ParseContext } from './types.js';
import { guard, levelFromWord, markTruncated, parseIsoTime, prepareLine } from './util.js';

const CONTAINERD_TIME = /^\d{4}-\d{2}-\d{2}T/;
const CRIO_TIME = /^\d{4}-\d{2}-\d{2} /;

export type LogrusFlavour = 'containerd' | 'crio';

/** Which flavour a logrus line is, from its `time=` value; null when it is not a logrus line. */
export function logrusFlavour(text: string): LogrusFlavour | null {
  if (text.startsWith('time="')) {
    const v = text.slice(6, 7 + 40);
    if (CONTAINERD_TIME.test(v)) return 'containerd';
    if (CRIO_TIME.test(v)) return 'crio';
    return null;
  }
  if (text.startsWith('level=')) return 'containerd';
  return null;
}

/**
 * Parses a prepared logrus line. `want` restricts the flavour (null accepts both; the record's
 * format is then the detected flavour).
 */
export function parseLogrusText(text: string, want: LogrusFlavour | null, ctx?: ParseContext): LogRecord | null {
  const flavour = logrusFlavour(text);
  if (flavour === null || (want !== null && flavour !== want)) return null;
  const scan = scanLogfmt(text);
  const first = scan.pairs[0];
  if (!first || first.start !== 0) return null;
  const fields = pairsToFields(scan.pairs);
  if (fields.msg === undefined && fields.level === undefined) return null;
  const time = fields.time !== undefined ? parseIsoTime(fields.time, ctx) : null;
  const rest: string[] = [];
  for (const p of scan.pairs) {
    if (p.key === 'time' || p.key === 'level' || p.key === 'msg') continue;
    rest.push(text.slice(p.start, p.end));
  }
  // Text between pairs that did not scan as key=value is kept too (rare; hand-edited lines).
  const restText = scan.clean ? rest.join(' ') : unscannedRemainder(text, scan.pairs);
  const msg = fields.msg;
  let message: string;
  if (msg === undefined) message = restText;
  else message = restText ? `${msg} ${restText}` : msg;
  return {
    format: flavour,
    time,
    timeKind: time ? 'absolute' : null,
    level: levelFromWord(fields.level),
    message,
    fields,
  };
}

/** Everything except the time/level/msg pairs, as printed. */
function unscannedRemainder(text: string, pairs: ReturnType<typeof scanLogfmt>['pairs']): string {
  let out = '';
  let pos = 0;
  for (const p of pairs) {
    if (p.key === 'time' || p.key === 'level' || p.key === 'msg') {
      out += text.slice(pos, p.start);
      pos = p.end;
    }
  }
  out += text.slice(pos);
  return out.replace(/\s+/g, ' ').trim();
}

/** containerd logrus line → record (format 'containerd'), else null. Never throws. */
export function parseContainerd(line: string, ctx?: ParseContext): LogRecord | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    const rec = parseLogrusText(p.text, 'containerd', ctx);
    return rec && markTruncated(rec, p.truncated);
  });
}

/** CRI-O logrus line (space between date and time) → record (format 'crio'), else null. Never throws. */
export function parseCrio(line: string, ctx?: ParseContext): LogRecord | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    const rec = parseLogrusText(p.text, 'crio', ctx);
    return rec && markTruncated(rec, p.truncated);
  });
}
