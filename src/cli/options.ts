/** Parsing and checking of option values; each failure is a one-line usage error (exit 2). */
import { SEVERITIES, type Severity } from '../model/types.js';
import { LANGS, type Lang } from '../knowledge/schema.js';

export class UsageError extends Error {}

export const FORMATS = ['html', 'json', 'md', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(v: string): Format {
  if ((FORMATS as readonly string[]).includes(v)) return v as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got '${v}')`);
}

export function parseLang(v: string): Lang {
  if ((LANGS as readonly string[]).includes(v)) return v as Lang;
  throw new UsageError(`--lang must be one of ${LANGS.join(', ')} (got '${v}')`);
}

export function parseSeverity(v: string, flag: string, allowNone = false): Severity | 'none' {
  if ((SEVERITIES as readonly string[]).includes(v)) return v as Severity;
  if (allowNone && v === 'none') return 'none';
  throw new UsageError(`${flag} must be one of ${SEVERITIES.join(', ')}${allowNone ? ', none' : ''} (got '${v}')`);
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `--since` takes an RFC 3339 time or a duration before collection, as kubectl does (`30m`, `2h`, `1d`). */
export function parseSince(v: string): { since: string } | { sinceMs: number } {
  const rel = /^(\d+)([smhd])$/.exec(v);
  if (rel) return { sinceMs: Number(rel[1]) * UNITS[rel[2]!]! };
  const t = Date.parse(v);
  if (/^\d{4}-\d\d-\d\d/.test(v) && !Number.isNaN(t)) return { since: new Date(t).toISOString() };
  throw new UsageError(`--since must be an RFC 3339 time (2026-03-14T08:00:00Z) or a duration (30m, 2h, 1d) (got '${v}')`);
}

/** The format a file name asks for, when --format is not given. */
export function formatForPath(path: string): Format {
  if (/\.json$/i.test(path)) return 'json';
  if (/\.(md|markdown)$/i.test(path)) return 'md';
  if (/\.(txt|text|log)$/i.test(path)) return 'text';
  return 'html';
}

const SIZE_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 };

/** `--max-bytes`: a byte count, with an optional binary unit (`512M`, `64G`, `2GiB`, `100k`). */
export function parseSize(v: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(v.trim());
  const n = m ? Number(m[1]) * SIZE_UNITS[m[2]!.toLowerCase()]! : NaN;
  if (!Number.isFinite(n) || n < 1 || n > Number.MAX_SAFE_INTEGER) {
    throw new UsageError(`${flag} must be a size such as 500M, 20G or a number of bytes (got '${v}')`);
  }
  return Math.floor(n);
}

/** `--max-entries`, `--max-depth`, `--max-ratio`: a whole number of at least `min`. */
export function parseCount(v: string, flag: string, min: number): number {
  const n = /^\d+$/.test(v.trim()) ? Number(v.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new UsageError(`${flag} must be a whole number of at least ${min} (got '${v}')`);
  return n;
}
