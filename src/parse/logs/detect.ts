/**
 * Picking the format of a log file from its first lines, and parsing a line of a known format with
 * a plain fallback.
 */
import { parseCriText } from './cri.js';
import { parseDmesgHumanText, parseDmesgRawText } from './dmesg.js';
import { isJournalMarker, parseJournalText } from './journal.js';
import { parseKlogText } from './klog.js';
import { parseLogrusText } from './logrus.js';
import { parseRfc3339Text } from './rfc3339.js';
import type { LogFormat, LogRecord, ParseContext } from './types.js';
import { guard, markTruncated, prepareLine } from './util.js';

/** Formats in the order a single line is tried (most specific first); also the tie-break order. */
const ORDER: readonly LogFormat[] = [
  'journal', 'cri', 'containerd', 'crio', 'klog', 'dmesg-human', 'dmesg-raw', 'rfc3339-prefixed',
];

function parseText(text: string, format: LogFormat, ctx?: ParseContext): LogRecord | null {
  switch (format) {
    case 'journal': return parseJournalText(text, ctx);
    case 'cri': return parseCriText(text, ctx);
    case 'containerd': return parseLogrusText(text, 'containerd', ctx);
    case 'crio': return parseLogrusText(text, 'crio', ctx);
    case 'klog': return parseKlogText(text, ctx);
    case 'dmesg-human': return parseDmesgHumanText(text, ctx);
    case 'dmesg-raw': return parseDmesgRawText(text, ctx);
    case 'rfc3339-prefixed': return parseRfc3339Text(text, ctx);
    case 'plain': return null;
  }
}

/** The format of one line, or null when it is in none of the known formats. */
export function detectLineFormat(line: string): LogFormat | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p || p.text.trim() === '') return null;
    for (const f of ORDER) if (parseText(p.text, f) !== null) return f;
    return null;
  });
}

/** How many non-empty lines `detectFormat` looks at by default. */
export const DETECT_LINES = 50;

/**
 * The format of a file from its first `maxLines` non-empty lines: the format most of the recognised
 * lines have (ties: the more specific format). Journal header lines (`-- Logs begin at ...`) are
 * skipped. 'plain' when no line is recognised.
 */
export function detectFormat(lines: readonly string[], maxLines = DETECT_LINES): LogFormat {
  const result = guard<LogFormat>(() => {
    const votes = new Map<LogFormat, number>();
    let seen = 0;
    for (const line of lines) {
      if (seen >= maxLines) break;
      const p = prepareLine(line);
      if (!p || p.text.trim() === '') continue;
      seen++;
      if (isJournalMarker(p.text)) {
        votes.set('journal', (votes.get('journal') ?? 0) + 0.5);
        continue;
      }
      for (const f of ORDER) {
        if (parseText(p.text, f) !== null) {
          votes.set(f, (votes.get(f) ?? 0) + 1);
          break;
        }
      }
    }
    let best: LogFormat = 'plain';
    let bestVotes = 0;
    for (const f of ORDER) {
      const v = votes.get(f) ?? 0;
      if (v > bestVotes) {
        best = f;
        bestVotes = v;
      }
    }
    return best;
  });
  return result ?? 'plain';
}

/** The record for a line that is in no known format. */
export function plainRecord(line: string): LogRecord {
  const p = prepareLine(line);
  const rec: LogRecord = { format: 'plain', time: null, timeKind: null, level: null, message: p ? p.text : '' };
  return p ? markTruncated(rec, p.truncated) : rec;
}

/**
 * Parses a line of a file whose format is known (from `detectFormat`). A line that does not fit
 * (a continuation line, a journal header, a stack trace) comes back as a 'plain' record. The two
 * dmesg formats accept each other's lines, and so do containerd and CRI-O. Never throws.
 */
export function parseLine(line: string, format: LogFormat, ctx?: ParseContext): LogRecord {
  const rec = guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    let r = parseText(p.text, format, ctx);
    if (r === null) {
      if (format === 'dmesg-raw') r = parseDmesgHumanText(p.text, ctx);
      else if (format === 'dmesg-human') r = parseDmesgRawText(p.text, ctx);
      else if (format === 'containerd') r = parseLogrusText(p.text, 'crio', ctx);
      else if (format === 'crio') r = parseLogrusText(p.text, 'containerd', ctx);
    }
    return r && markTruncated(r, p.truncated);
  });
  return rec ?? plainRecord(typeof line === 'string' ? line : '');
}

/** Parses a line of unknown format: tries every format in turn, 'plain' when none fits. */
export function parseAny(line: string, ctx?: ParseContext): LogRecord {
  const rec = guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    for (const f of ORDER) {
      const r = parseText(p.text, f, ctx);
      if (r) return markTruncated(r, p.truncated);
    }
    return null;
  });
  return rec ?? plainRecord(typeof line === 'string' ? line : '');
}
