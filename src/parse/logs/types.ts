/**
 * Types shared by the log line parsers. Every parser is a pure function of one line of text (plus an
 * optional context): no I/O, no state, never throws; a line that is not in the parser's format gives
 * `null`. Reference: shared/reference/layouts.md §6.1–6.6 and messages.md §3.
 */

export type LogFormat =
  | 'klog'
  | 'journal'
  | 'containerd'
  | 'crio'
  | 'cri'
  | 'dmesg-raw'
  | 'dmesg-human'
  | 'rfc3339-prefixed'
  | 'plain';

export const LOG_FORMATS: readonly LogFormat[] = [
  'klog', 'journal', 'containerd', 'crio', 'cri', 'dmesg-raw', 'dmesg-human', 'rfc3339-prefixed', 'plain',
];

export type LogLevel = 'error' | 'warning' | 'info' | 'debug' | null;

export interface LogRecord {
  format: LogFormat;
  /**
   * ISO 8601 / RFC3339 time in UTC (`Date#toISOString()` form, millisecond precision) when it can be
   * placed on the calendar; null if the line has none, or has no year and `ctx.year` was not given.
   */
  time: string | null;
  /**
   * 'absolute': full date in the line; 'no-year': the line has month/day but no year (journal short
   * formats, klog) and the year came from `ctx.year` (time null without it; see `assignYears`);
   * 'boot-relative': dmesg seconds since boot (see `bootSeconds`), time null unless `ctx.bootTime`
   * given; null: no time at all.
   */
  timeKind: 'absolute' | 'no-year' | 'boot-relative' | null;
  bootSeconds?: number;
  level: LogLevel;
  /** Journal host field (may be '' when journald printed none). */
  host?: string;
  /** Journal identifier: kubelet, kubenswrapper, hyperkube, k3s, containerd, crio, kernel, dockerd... */
  process?: string;
  pid?: number;
  /** klog `file.go:123`. */
  source?: string;
  /** CRI log stream. */
  stream?: 'stdout' | 'stderr';
  /**
   * The message with every prefix stripped (journal header, CRI header, klog header, logrus
   * `time=`/`level=`). For structured lines (klog `"msg" k="v"`, logrus `msg="..." error="..."`) it is
   * the unquoted msg followed by one space and the rest of the key=value pairs exactly as printed
   * (escapes kept), so patterns over `message` still see `err="..."`; the parsed values are in
   * `fields`. At most `MAX_LINE_CHARS` characters.
   */
  message: string;
  /**
   * Parsed key=value pairs, values unquoted: containerd/CRI-O `time`, `level`, `msg`, `error`, ...;
   * klog structured `err`, `pod`, `podUID`, ... (the klog msg itself is not repeated here).
   */
  fields?: Record<string, string>;
  /**
   * For 'no-year' records: month, day and time of day exactly as the line printed them, local clock,
   * `MM-DDTHH:MM:SS[.fraction]`. Kept so that `assignYears` can place the record later.
   */
  wallClock?: string;
  /** CRI `P` tag: this is a chunk of a longer line (see `CriPartialJoiner`). */
  partial?: true;
  /** The input line was longer than `MAX_LINE_CHARS` and was cut before parsing. */
  truncated?: true;
}

export interface ParseContext {
  /** Year for formats that print none (journal short, klog). */
  year?: number;
  /** Boot time (ISO) to anchor dmesg seconds-since-boot. */
  bootTime?: string;
  /**
   * Offset of the node's local clock from UTC, in minutes east (+480 for UTC+8). Applied to times
   * printed without a zone (journal short, klog, dmesg -T). Default 0 (UTC).
   */
  utcOffsetMinutes?: number;
}

export type LineParser = (line: string, ctx?: ParseContext) => LogRecord | null;
