/**
 * journalctl output (layouts.md §6.2, §6.6 `journalctl -k`), and syslog files in the same shape:
 *
 *   short          Feb 19 14:56:20 controlplane kubelet[3676]: <message>
 *   short-precise  Dec 01 10:19:43.788674 <node> kubenswrapper[2992]: <message>
 *   short-iso      2024-06-14T08:12:01+0000 node-1 kubelet[1234]: <message>   (also `+00:00`,
 *                  and with a fraction: short-iso-precise / rsyslog RFC3339)
 *   kernel         Jun 14 08:12:01.123456 node-1 kernel: [  123.456] <message>
 *
 * The month may be localised (`11月 05`, `jún 01`); the day may be space-padded (`Jul  6`); the
 * host may be empty (two spaces). When the message is itself a klog or logrus line it is parsed and
 * merged: level, source and fields from the inner line, host, process and pid from the journal.
 * The time is the journal's, except that an inner logrus time is used when the journal one has no
 * year.
 */
import { mergeInner, parseInner } from './inner.js';
import type { LogRecord, ParseContext } from './types.js';
import {
  guard, isoFromParts, markTruncated, monthFromName, noYearTime, prepareLine, zoneMinutes,
} from './util.js';

// `Mon DD HH:MM:SS[.frac] ` — month token: any non-space word (localised) of ≤16 chars.
const SHORT_TIME = /^([^\s\d][^\s]{0,15}|\d{1,2}\s?[月월]) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))? /;
// `YYYY-MM-DDTHH:MM:SS[.frac]±zone `
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|[+-]\d{2}:?\d{2}) /;
// `host ident[pid]: ` — host may be empty; ident is anything but spaces, brackets and colons.
const HOST_IDENT = /^(\S{0,255}) ([^\s[\]:]{1,128})(?:\[(\d{1,10})\])?:(?: |$)/;
// `[  123.456789] ` at the start of a kernel message.
const KERNEL_STAMP = /^\[ {0,12}(\d{1,10})\.(\d{1,9})\]/;
// `-- Logs begin at ... --`, `-- Journal begins at ...`, `-- Boot <id> --`, `-- Reboot --`, `-- No entries --`
const MARKER = /^-- (?:Logs begin at |Journal begins at |Boot [0-9a-f]{32}|Reboot|No entries|Logs end at |Journal ends at )/;

/** True for the header/separator lines journalctl prints between entries. */
export function isJournalMarker(text: string): boolean {
  return typeof text === 'string' && MARKER.test(text.slice(0, 64));
}

/** Parses a prepared line. */
export function parseJournalText(text: string, ctx?: ParseContext): LogRecord | null {
  const head = text.slice(0, 512);
  let rec: LogRecord;
  let afterTime: number;
  const iso = ISO_TIME.exec(head);
  if (iso) {
    const off = zoneMinutes(iso[8]);
    const time = off === null ? null
      : isoFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6]), iso[7], off);
    if (time === null) return null;
    rec = { format: 'journal', time, timeKind: 'absolute', level: null, message: '' };
    afterTime = iso[0].length;
  } else {
    const s = SHORT_TIME.exec(head);
    if (!s) return null;
    const month = monthFromName(s[1]!);
    const t = noYearTime(month, Number(s[2]), Number(s[3]), Number(s[4]), Number(s[5]), s[6], ctx);
    rec = { format: 'journal', time: t.time, timeKind: t.timeKind, level: null, message: '' };
    if (t.wallClock !== undefined) rec.wallClock = t.wallClock;
    afterTime = s[0].length;
  }
  const tail = text.slice(afterTime);
  const h = HOST_IDENT.exec(tail.slice(0, 400));
  if (!h) return null;
  rec.host = h[1]!;
  rec.process = h[2]!;
  if (h[3] !== undefined) rec.pid = Number(h[3]);
  const message = tail.slice(h[0].length);
  rec.message = message;
  if (rec.process === 'kernel') {
    const k = KERNEL_STAMP.exec(message.slice(0, 40));
    if (k) rec.bootSeconds = Number(`${k[1]}.${k[2]}`);
    return rec;
  }
  const inner = parseInner(message, ctx);
  if (inner) {
    mergeInner(rec, inner, true);
    if (rec.timeKind !== 'absolute' && inner.absTime) {
      rec.time = inner.absTime;
      rec.timeKind = 'absolute';
      delete rec.wallClock;
    }
  }
  return rec;
}

/** journalctl short / short-precise / short-iso line → record, else null. Never throws. */
export function parseJournal(line: string, ctx?: ParseContext): LogRecord | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    const rec = parseJournalText(p.text, ctx);
    return rec && markTruncated(rec, p.truncated);
  });
}
