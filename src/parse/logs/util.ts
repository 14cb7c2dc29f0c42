/**
 * Helpers shared by the line parsers: line preparation (BOM, CRLF, length cap), month names,
 * zones, time assembly and level words. All regular expressions here are anchored and use only
 * bounded quantifiers, so their cost does not depend on the length of the line.
 */
import type { LogLevel, LogRecord, ParseContext } from './types.js';

/** Longest line (UTF-16 code units) a parser looks at; longer lines are cut and flagged. */
export const MAX_LINE_CHARS = 64 * 1024;

export interface PreparedLine {
  text: string;
  truncated: boolean;
}

/**
 * Drops a leading BOM and trailing CR/LF, and cuts the line to `MAX_LINE_CHARS` (never inside a
 * surrogate pair). Returns null for a non-string.
 */
export function prepareLine(line: unknown): PreparedLine | null {
  if (typeof line !== 'string') return null;
  const begin = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = line.length;
  while (end > begin) {
    const c = line.charCodeAt(end - 1);
    if (c === 13 || c === 10) end--;
    else break;
  }
  let truncated = false;
  if (end - begin > MAX_LINE_CHARS) {
    end = begin + MAX_LINE_CHARS;
    const c = line.charCodeAt(end - 1);
    if (c >= 0xd800 && c <= 0xdbff) end--; // do not split a surrogate pair
    truncated = true;
  }
  return { text: begin === 0 && end === line.length ? line : line.slice(begin, end), truncated };
}

/** Runs a parser body and turns any exception into null: parsers never throw. */
export function guard<T>(fn: () => T | null): T | null {
  try {
    return fn();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Months. journald and `dmesg -T` print the month in the locale of the node (layouts.md §6.2:
// `11月 05 21:34:04`; messages.md: `4月 19`, `6月 04`, `jún 01`, `[So Nov 15 ...]`).

const MONTHS: Record<string, number> = Object.create(null) as Record<string, number>;
function addMonths(names: string): void {
  names.split(' ').forEach((group, i) => {
    for (const n of group.split('/')) if (n) MONTHS[n] = i + 1;
  });
}
// English, German, French, Spanish, Italian, Portuguese, Dutch, Slovak, Czech, Polish, Russian,
// Swedish/Danish/Norwegian, Turkish (one column per month, alternatives separated by '/').
addMonths('jan/january feb/february mar/march apr/april may jun/june jul/july aug/august sep/sept/september oct/october nov/november dec/december');
addMonths('jan/jän feb mär/mrz apr mai jun jul aug sep okt nov dez');
addMonths('janv/jan févr/fév/fevr mars avr mai juin juil août/aout sept oct nov déc/dec');
addMonths('ene feb mar abr may jun jul ago sep/set oct nov dic');
addMonths('gen feb mar apr mag giu lug ago set ott nov dic');
addMonths('jan fev mar abr mai jun jul ago set out nov dez');
addMonths('jan feb mrt/maa apr mei jun jul aug sep okt nov dec');
addMonths('jan feb mar apr máj jún júl aug sep okt nov dec');
addMonths('led úno/uno bře/bre dub kvě/kve čvn/cvn čvc/cvc srp zář/zar říj/rij lis pro');
addMonths('sty lut mar kwi maj cze lip sie wrz paź/paz lis gru');
addMonths('янв/января фев/февраля мар/марта апр/апреля май/мая июн/июня июл/июля авг/августа сен/сентября окт/октября ноя/ноября дек/декабря');
addMonths('jan feb mar apr maj jun jul aug sep okt nov dec');
addMonths('oca şub/sub mar nis may haz tem ağu/agu eyl eki kas ara');

const CJK_MONTH = /^(\d{1,2})\s?[月월]$/;

/** Month number 1–12 for an English or localised month name/abbreviation; null if unknown. */
export function monthFromName(name: string): number | null {
  if (typeof name !== 'string' || !name || name.length > 16) return null;
  const cjk = CJK_MONTH.exec(name);
  if (cjk) {
    const n = Number(cjk[1]);
    return n >= 1 && n <= 12 ? n : null;
  }
  let key = name.toLowerCase();
  if (key.endsWith('.')) key = key.slice(0, -1);
  return MONTHS[key] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Zones and times

const ZONE = /^([+-])(\d{2}):?(\d{2})$/;

/** Minutes east of UTC for `Z`, `+0000`, `+08:00`, `-0530`; null when not a zone. */
export function zoneMinutes(z: string | undefined): number | null {
  if (z === undefined || z === '') return null;
  if (z === 'Z' || z === 'z') return 0;
  const m = ZONE.exec(z);
  if (!m) return null;
  const h = Number(m[2]);
  const mi = Number(m[3]);
  if (h > 23 || mi > 59) return null;
  const v = h * 60 + mi;
  return m[1] === '-' ? -v : v;
}

/** Offset from the context, sanitised (finite, within ±18 h). */
export function ctxOffset(ctx: ParseContext | undefined): number {
  const o = ctx?.utcOffsetMinutes;
  return typeof o === 'number' && Number.isFinite(o) && Math.abs(o) <= 18 * 60 ? o : 0;
}

/** Milliseconds from a fraction-of-second digit string ('123456789' → 123). */
function fracMs(frac: string | undefined): number {
  if (!frac) return 0;
  return Number((frac + '00').slice(0, 3));
}

/**
 * Epoch milliseconds for a wall-clock time at `offsetMinutes` east of UTC, or null when a field is
 * out of range (Feb 30, hour 25, ...).
 */
export function epochFromParts(
  year: number, month: number, day: number, hour: number, minute: number, second: number,
  frac: string | undefined, offsetMinutes: number,
): number | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (hour > 23 || minute > 59 || second > 60) return null;
  const sec = second === 60 ? 59 : second; // leap second: clamp
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, sec, fracMs(frac));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  const t = d.getTime() - offsetMinutes * 60_000;
  return Number.isFinite(t) ? t : null;
}

/** ISO string (UTC) for the given parts, or null when invalid. */
export function isoFromParts(
  year: number, month: number, day: number, hour: number, minute: number, second: number,
  frac: string | undefined, offsetMinutes: number,
): string | null {
  const t = epochFromParts(year, month, day, hour, minute, second, frac, offsetMinutes);
  return t === null ? null : new Date(t).toISOString();
}

const pad2 = (n: number): string => (n < 10 ? '0' : '') + String(n);

/** `MM-DDTHH:MM:SS[.frac]` for a no-year record. */
export function wallClock(month: number, day: number, h: number, mi: number, s: number, frac?: string): string {
  return `${pad2(month)}-${pad2(day)}T${pad2(h)}:${pad2(mi)}:${pad2(s)}${frac ? '.' + frac : ''}`;
}

/** Fills time/timeKind/wallClock for a month/day/time without a year. */
export function noYearTime(
  month: number | null, day: number, h: number, mi: number, s: number, frac: string | undefined,
  ctx: ParseContext | undefined,
): Pick<LogRecord, 'time' | 'timeKind' | 'wallClock'> {
  if (month === null || day < 1 || day > 31 || h > 23 || mi > 59 || s > 60) {
    return { time: null, timeKind: null };
  }
  const wc = wallClock(month, day, h, mi, s, frac);
  const y = ctx?.year;
  const time = typeof y === 'number' && Number.isInteger(y)
    ? isoFromParts(y, month, day, h, mi, s, frac, ctxOffset(ctx))
    : null;
  return { time, timeKind: 'no-year', wallClock: wc };
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?(Z|z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses an RFC3339-like time (`T` or space between date and time, optional fraction, `Z` or
 * offset; without a zone the context offset is used). Returns the ISO string in UTC or null.
 */
export function parseIsoTime(s: string, ctx?: ParseContext): string | null {
  if (s.length > 48) return null;
  const m = ISO_TIME.exec(s);
  if (!m) return null;
  const off = m[8] !== undefined ? zoneMinutes(m[8]) : ctxOffset(ctx);
  if (off === null) return null;
  return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), m[7], off);
}

/** Anchors boot-relative seconds on `ctx.bootTime`. */
export function bootAnchored(seconds: number, ctx: ParseContext | undefined): string | null {
  if (!ctx?.bootTime) return null;
  const b = Date.parse(ctx.bootTime);
  if (!Number.isFinite(b)) return null;
  const t = b + Math.round(seconds * 1000);
  return Number.isFinite(t) && Math.abs(t) <= 8.64e15 ? new Date(t).toISOString() : null;
}

// ---------------------------------------------------------------------------------------------
// Levels

/** klog severity letter → level (F = fatal counts as error). */
export function klogLevel(c: string): LogLevel {
  switch (c) {
    case 'E': case 'F': return 'error';
    case 'W': return 'warning';
    case 'I': return 'info';
    default: return null;
  }
}

/** logrus/syslog/dmesg level word → level. */
export function levelFromWord(w: string | undefined): LogLevel {
  if (!w) return null;
  switch (w.toLowerCase()) {
    case 'error': case 'err': case 'fatal': case 'panic': case 'crit': case 'critical':
    case 'alert': case 'emerg': case 'emergency': case 'eror': case 'fail': case 'failed':
      return 'error';
    case 'warn': case 'warning': case 'wrn':
      return 'warning';
    case 'info': case 'information': case 'notice': case 'inf':
      return 'info';
    case 'debug': case 'trace': case 'dbg': case 'debu':
      return 'debug';
    default:
      return null;
  }
}

/** syslog priority (0–7, or facility*8+severity) → level. */
export function levelFromPriority(p: number): LogLevel {
  const sev = p & 7;
  if (sev <= 3) return 'error';
  if (sev === 4) return 'warning';
  if (sev <= 6) return 'info';
  return 'debug';
}

/** Adds `truncated: true` when the prepared line was cut. */
export function markTruncated<T extends LogRecord>(rec: T, truncated: boolean): T {
  if (truncated) rec.truncated = true;
  return rec;
}
