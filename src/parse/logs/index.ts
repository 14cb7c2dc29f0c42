/**
 * Log line parsers: pure functions of one line (plus an optional context) that return a typed
 * record, or null when the line is not in their format. None of them throws; lines longer than
 * `MAX_LINE_CHARS` are cut (and flagged `truncated`) before any pattern runs.
 */
export type { LineParser, LogFormat, LogLevel, LogRecord, ParseContext } from './types.js';
export { LOG_FORMATS } from './types.js';
export { MAX_LINE_CHARS, monthFromName, prepareLine } from './util.js';
export { parseKlog, parseKlogBody } from './klog.js';
export { parseJournal, isJournalMarker } from './journal.js';
export { parseContainerd, parseCrio } from './logrus.js';
export { parseCri, CriPartialJoiner } from './cri.js';
export { parseRfc3339Prefixed } from './rfc3339.js';
export { parseDmesg, parseDmesgRaw, parseDmesgHuman } from './dmesg.js';
export { scanLogfmt, unquoteGo } from './logfmt.js';
export type { LogfmtPair, LogfmtScan } from './logfmt.js';
export { detectFormat, detectLineFormat, parseAny, parseLine, plainRecord, DETECT_LINES } from './detect.js';
export { assignYears } from './years.js';
export type { AssignYearsOptions } from './years.js';
