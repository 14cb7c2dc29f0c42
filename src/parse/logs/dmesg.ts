/**
 * Kernel ring buffer dumps (layouts.md §6.6; `journalctl -k` is handled by the journal parser):
 *
 *   raw      [    0.000000] Linux version ...            seconds since boot, `[%5lu.%06lu]`
 *            <6>[  123.456789] ...                      `dmesg -r` (syslog priority prefix)
 *            [  123.456789] [    T1] ...                CONFIG_PRINTK_CALLER
 *   -T       [Fri Jun 14 08:12:01 2024] ...              ctime, day space-padded, local time,
 *                                                       weekday/month may be localised (`[So Nov 15 ...]`)
 *   -x       kern  :err   : [ 12.300000] ...             facility and level names (also with -T)
 *   Talos    node: kern:    info: [2021-11-10T10:09:37.662764956Z]: ...   (§5, `talosctl dmesg`)
 *
 * Raw lines give `bootSeconds` and a time only when `ctx.bootTime` is known.
 */
import type { LogLevel, LogRecord, ParseContext } from './types.js';
import {
  bootAnchored, ctxOffset, guard, isoFromParts, levelFromPriority, levelFromWord, markTruncated,
  monthFromName, parseIsoTime, prepareLine,
} from './util.js';

const FACILITY = '(?:kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|res[0-3]|local[0-7])';
const SEVERITY = '(emerg|alert|crit|err|warn|warning|notice|info|debug)';
// `dmesg -x` decoration.
const DECOR = new RegExp(`^${FACILITY} {0,8}:${SEVERITY} {0,8}: `);
// Talos: `[node: ]kern:    info: [ISO]: msg`
const TALOS = new RegExp(`^(?:(\\S{1,255}): )?${FACILITY}: {0,8}${SEVERITY}: \\[([0-9T:.,Zz+-]{10,40})\\]: ?`);
const RAW = /^(?:<(\d{1,3})>)?\[ {0,12}(\d{1,10})\.(\d{1,9})\](?:\[ {0,8}[TC]\d{1,10}\])?(?: |$)/;
const HUMAN = /^\[(\S{1,16}) (\S{1,16}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})\](?: |$)/;

interface Decor {
  rest: string;
  level: LogLevel;
}

function stripDecor(text: string): Decor {
  const d = DECOR.exec(text.slice(0, 40));
  if (!d) return { rest: text, level: null };
  return { rest: text.slice(d[0].length), level: levelFromWord(d[1]) };
}

/** Parses a prepared raw dmesg line (seconds since boot). */
export function parseDmesgRawText(text: string, ctx?: ParseContext): LogRecord | null {
  const d = stripDecor(text);
  const m = RAW.exec(d.rest.slice(0, 80));
  if (!m) return null;
  const secs = Number(`${m[2]}.${m[3]}`);
  if (!Number.isFinite(secs)) return null;
  let level = d.level;
  if (m[1] !== undefined) level = levelFromPriority(Number(m[1]));
  return {
    format: 'dmesg-raw',
    time: bootAnchored(secs, ctx),
    timeKind: 'boot-relative',
    bootSeconds: secs,
    level,
    message: d.rest.slice(m[0].length),
  };
}

/** Parses a prepared `dmesg -T` (or Talos) line (absolute, local time). */
export function parseDmesgHumanText(text: string, ctx?: ParseContext): LogRecord | null {
  const t = TALOS.exec(text.slice(0, 360));
  if (t) {
    const time = parseIsoTime(t[3]!.replace(',', '.'), ctx);
    const rec: LogRecord = {
      format: 'dmesg-human',
      time,
      timeKind: time ? 'absolute' : null,
      level: levelFromWord(t[2]),
      message: text.slice(t[0].length),
    };
    if (t[1] !== undefined) rec.host = t[1];
    return rec;
  }
  const d = stripDecor(text);
  const m = HUMAN.exec(d.rest.slice(0, 80));
  if (!m) return null;
  const month = monthFromName(m[2]!);
  const time = month === null ? null
    : isoFromParts(Number(m[7]), month, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), undefined, ctxOffset(ctx));
  return {
    format: 'dmesg-human',
    time,
    timeKind: time ? 'absolute' : null,
    level: d.level,
    message: d.rest.slice(m[0].length),
  };
}

/** Raw dmesg line → record (format 'dmesg-raw'), else null. Never throws. */
export function parseDmesgRaw(line: string, ctx?: ParseContext): LogRecord | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    const rec = parseDmesgRawText(p.text, ctx);
    return rec && markTruncated(rec, p.truncated);
  });
}

/** `dmesg -T` line → record (format 'dmesg-human'), else null. Never throws. */
export function parseDmesgHuman(line: string, ctx?: ParseContext): LogRecord | null {
  return guard(() => {
    const p = prepareLine(line);
    if (!p) return null;
    const rec = parseDmesgHumanText(p.text, ctx);
    return rec && markTruncated(rec, p.truncated);
  });
}

/** Either dmesg form. */
export function parseDmesg(line: string, ctx?: ParseContext): LogRecord | null {
  return parseDmesgRaw(line, ctx) ?? parseDmesgHuman(line, ctx);
}
