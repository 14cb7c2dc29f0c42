/**
 * Giving a year to lines that print none (journal short formats, klog; layouts.md §6.2: "take the
 * year from bundle metadata ... and handle Dec→Jan rollover").
 *
 * The last line of a log was written before the bundle was collected, and a log runs forward in
 * time. So, walking back from the end: the last no-year line gets the latest year that does not put
 * it after the collection time (plus `slackMs`, a day by default, for clock zones and skew), and
 * every earlier line gets the latest year that does not put it after the line that follows it (plus
 * `disorderMs`, a day by default, for lines logged slightly out of order). A log from Dec 28 to
 * Jan 3 collected on Jan 4 thus gets the old year before the turn and the new one after it. Lines
 * with an absolute time (an inner logrus time, a CRI prefix) anchor the walk.
 *
 * Works on any subset of a file's records kept in file order (the model keeps matched lines only)
 * as long as consecutive kept lines are less than a year apart.
 */
import type { LogRecord } from './types.js';
import { epochFromParts } from './util.js';

const WALL = /^(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?$/;
const ISO = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?Z$/;
const DAY = 86_400_000;

export interface AssignYearsOptions {
  /** Offset of the node's clock from UTC in minutes east, as given to the parser. Default 0. */
  utcOffsetMinutes?: number;
  /** How far after `collectedAt` the last line may be (clock skew, zones). Default one day. */
  slackMs?: number;
  /** How far a line may be after the line that follows it (out-of-order logging). Default one day. */
  disorderMs?: number;
}

interface Wall {
  month: number;
  day: number;
  h: number;
  mi: number;
  s: number;
  frac: string | undefined;
  offset: number;
}

function wallOf(r: LogRecord, offset: number): Wall | null {
  if (r.wallClock) {
    const m = WALL.exec(r.wallClock);
    if (m) {
      return { month: Number(m[1]), day: Number(m[2]), h: Number(m[3]), mi: Number(m[4]), s: Number(m[5]), frac: m[6], offset };
    }
  }
  if (r.time) {
    // No wall clock: the time was built with some year in UTC; keep its month/day in UTC.
    const m = ISO.exec(r.time);
    if (m) return { month: Number(m[1]), day: Number(m[2]), h: Number(m[3]), mi: Number(m[4]), s: Number(m[5]), frac: m[6], offset: 0 };
  }
  return null;
}

/**
 * Sets `time` on every 'no-year' record (in place) from the collection time; returns the same
 * array. Records of other kinds are left alone but anchor the walk when absolute. Never throws.
 */
export function assignYears<T extends LogRecord>(records: T[], collectedAt: Date, opts: AssignYearsOptions = {}): T[] {
  const bound = collectedAt instanceof Date ? collectedAt.getTime() : NaN;
  if (!Number.isFinite(bound)) return records;
  const o = opts.utcOffsetMinutes;
  const offset = typeof o === 'number' && Number.isFinite(o) && Math.abs(o) <= 18 * 60 ? o : 0;
  const slack = typeof opts.slackMs === 'number' && opts.slackMs >= 0 ? opts.slackMs : DAY;
  const disorder = typeof opts.disorderMs === 'number' && opts.disorderMs >= 0 ? opts.disorderMs : DAY;

  let limit = bound + slack; // the latest time the current line may have
  let year = new Date(bound).getUTCFullYear();
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i];
    if (!r) continue;
    if (r.timeKind === 'absolute' && r.time) {
      const t = Date.parse(r.time);
      if (Number.isFinite(t)) {
        limit = t + disorder;
        year = new Date(t).getUTCFullYear();
      }
      continue;
    }
    if (r.timeKind !== 'no-year') continue;
    const w = wallOf(r, offset);
    if (!w) continue;
    // The latest candidate year that does not put the line after the limit. Four years back
    // covers Feb 29.
    let bestT: number | null = null;
    let bestY = year;
    for (let y = year + 1; y >= year - 4; y--) {
      const t = epochFromParts(y, w.month, w.day, w.h, w.mi, w.s, w.frac, w.offset);
      if (t !== null && t <= limit) {
        bestT = t;
        bestY = y;
        break;
      }
    }
    if (bestT === null) continue;
    r.time = new Date(bestT).toISOString();
    limit = bestT + disorder;
    year = bestY;
  }
  return records;
}
