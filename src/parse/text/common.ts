/**
 * Shared helpers for the parsers of pasted `kubectl` / `df` text: line splitting, kubectl ages and
 * times, column headers, event sources. Pure functions, no I/O.
 */

/** Something a parser could not read; the line is 1-based in the file the parser was given. */
export interface TextProblem {
  line: number;
  message: string;
}

export interface TextParseOptions {
  /**
   * The moment the text was produced (bundle collection time). kubectl prints ages (`2m13s`), not
   * times: with `now` they become ISO times; without it, `firstSeen`/`lastSeen` stay null.
   */
  now?: Date | string | number;
  /** Namespace for `kubectl get` tables printed without a NAMESPACE column (no `-A`). Default ''. */
  defaultNamespace?: string;
}

/** Accepts the options object, or a bare `now` (Date / ISO string / epoch ms) for convenience. */
export type TextParseArg = TextParseOptions | Date | string | number | undefined;

export function normalizeOptions(arg: TextParseArg): TextParseOptions {
  if (arg === undefined || arg === null) return {};
  if (arg instanceof Date || typeof arg === 'string' || typeof arg === 'number') return { now: arg };
  return arg;
}

/** Epoch milliseconds of `now`, or null when absent or unreadable. */
export function resolveNow(opts: TextParseOptions): number | null {
  const n = opts.now;
  if (n === undefined || n === null) return null;
  const ms = n instanceof Date ? n.getTime() : typeof n === 'number' ? n : Date.parse(n);
  return Number.isFinite(ms) ? ms : null;
}

/** Splits into lines (LF or CRLF), drops a BOM. Index i is line i+1. */
export function splitLines(text: string): string[] {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = t.split(/\r?\n/);
  // A trailing newline does not make a last, empty line worth reporting.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Expands tabs to 8-column tab stops (how a terminal shows tab-padded kubectl output). */
export function expandTabs(line: string, tabWidth = 8): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) {
    if (ch === '\t') {
      const pad = tabWidth - (out.length % tabWidth);
      out += ' '.repeat(pad);
    } else {
      out += ch;
    }
  }
  return out;
}

export function leadingSpaces(line: string): number {
  let i = 0;
  while (i < line.length && line[i] === ' ') i++;
  return i;
}

/** Shortens text quoted in a problem message. */
export function clip(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

// ---------------------------------------------------------------------------------------------
// Ages (k8s.io/apimachinery duration.HumanDuration / ShortHumanDuration) and times

/** One kubectl age: `5s`, `2m13s`, `3h5m`, `2d1h`, `1y20d`, `<unknown>`, `<invalid>`. */
export const AGE_SOURCE = String.raw`(?:<unknown>|<invalid>|(?:\d+[smhdy])+)`;
const AGE_RE = /^(?:(\d+)y)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/;

/** Seconds in a kubectl age, or null for `<unknown>`, `<invalid>` and anything else. */
export function parseAge(age: string): number | null {
  const a = age.trim();
  if (a === '' || !/\d/.test(a)) return null;
  const m = AGE_RE.exec(a);
  if (!m) return null;
  const [, y, d, h, mi, s] = m;
  return (
    Number(y ?? 0) * 365 * 86400 +
    Number(d ?? 0) * 86400 +
    Number(h ?? 0) * 3600 +
    Number(mi ?? 0) * 60 +
    Number(s ?? 0)
  );
}

export function isAge(s: string): boolean {
  return s === '<unknown>' || s === '<invalid>' || parseAge(s) !== null;
}

/** `2m13s (x25 over 8m)` → last 2m13s, count 25, first 8m; a bare age → last = first. */
export interface Interval {
  last: string;
  first: string;
  count: number | null;
}

const INTERVAL_RE = new RegExp(String.raw`^(${AGE_SOURCE})(?:\s+\(x(\d+)\s+over\s+(${AGE_SOURCE})\))?$`);

export function parseInterval(text: string): Interval | null {
  const m = INTERVAL_RE.exec(text.trim());
  if (!m) return null;
  const last = m[1]!;
  if (m[2] !== undefined) return { last, first: m[3]!, count: Number(m[2]) };
  return { last, first: last, count: null };
}

export function toIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** `now - age` as an ISO time, or null without `now` or for an unreadable age. */
export function ageToIso(age: string | undefined, nowMs: number | null): string | null {
  if (age === undefined || nowMs === null) return null;
  const s = parseAge(age);
  return s === null ? null : toIso(nowMs - s * 1000);
}

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

/** An RFC 1123 time as kubectl describe prints it: `Fri, 14 Jun 2024 08:02:11 +0000` (zone may be a name). */
export const RFC1123_SOURCE = String.raw`(?:[A-Z][a-z]{2}, )?\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} (?:[+-]\d{4}|[A-Z]{2,5})`;
const RFC1123_RE = /^(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-]\d{4}|[A-Za-z]{2,5})$/;

/**
 * A describe time as ISO UTC (`2024-06-14T08:02:11Z`). The zero time (`0001`) and `<unset>`/`<none>`
 * give undefined; an unreadable time is kept as written, so nothing is silently lost.
 */
export function parseDescribeTime(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const s = raw.trim();
  if (s === '' || /^<[^>]*>$/.test(s)) return undefined;
  const m = RFC1123_RE.exec(s);
  if (!m) return s;
  const [, dd, mon, yyyy, hh, mi, ss, zone] = m;
  const month = MONTHS[mon!.toLowerCase()];
  if (month === undefined) return s;
  const year = Number(yyyy);
  if (year <= 1) return undefined; // Go's zero time: the field was never set.
  let offsetMin = 0;
  if (/^[+-]\d{4}$/.test(zone!)) {
    const sign = zone!.startsWith('-') ? -1 : 1;
    offsetMin = sign * (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(3, 5)));
  } else if (!/^(UTC|GMT|Z)$/i.test(zone!)) {
    return s; // a zone abbreviation we cannot place
  }
  const ms = Date.UTC(year, month, Number(dd), Number(hh), Number(mi), Number(ss)) - offsetMin * 60000;
  return Number.isFinite(ms) ? toIso(ms) : s;
}

// ---------------------------------------------------------------------------------------------
// Tokens and columns

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Whitespace-separated tokens with their positions. */
export function tokenize(line: string): Token[] {
  const out: Token[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/**
 * Joins a parenthesised group onto the token before it, so `5 (2m ago)` and `2m13s (x25 over 8m)`
 * stay one cell when a table is split on whitespace.
 */
export function mergeParenGroups(tokens: Token[], line: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    if (prev && t.text.startsWith('(') && !prev.text.startsWith('(')) {
      let j = i;
      while (j < tokens.length - 1 && !tokens[j]!.text.endsWith(')')) j++;
      if (!tokens[j]!.text.endsWith(')')) {
        out.push(t);
        continue;
      }
      const end = tokens[j]!.end;
      out[out.length - 1] = { text: line.slice(prev.start, end), start: prev.start, end };
      i = j;
      continue;
    }
    out.push(t);
  }
  return out;
}

export interface Column {
  /** Upper-cased name with spaces removed: `LAST SEEN` → `LASTSEEN`, `Use%` → `USE%`. */
  key: string;
  label: string;
  start: number;
}

/** Header labels of more than one word (any spacing inside is accepted). */
const MULTI_WORD = ['LAST SEEN', 'FIRST SEEN', 'NOMINATED NODE', 'READINESS GATES', 'Mounted on'];

/** Columns of a header line, at the positions their labels start. */
export function headerColumns(header: string): Column[] {
  const alt = MULTI_WORD.map((w) => w.split(' ').join(' +')).join('|');
  const re = new RegExp(`(?:${alt})|\\S+`, 'g');
  const cols: Column[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(header)) !== null) {
    cols.push({ key: m[0].replace(/\s+/g, '').toUpperCase(), label: m[0], start: m.index });
  }
  return cols;
}

/**
 * Cuts a row at the header's column starts. Returns null when the row does not line up (a cell
 * boundary falls inside a word, or a required cell is empty) — the caller then tries tokens.
 * `optional` keys may be empty. The last column takes the rest of the line.
 */
export function sliceRow(line: string, cols: Column[], optional: ReadonlySet<string> = new Set()): Map<string, string> | null {
  const cells = new Map<string, string>();
  for (let i = 0; i < cols.length; i++) {
    const c = cols[i]!;
    const next = cols[i + 1];
    // A word running across the boundary: the row is not aligned with this header.
    if (c.start > 0 && c.start < line.length && line[c.start - 1] !== ' ') return null;
    const value = c.start < line.length ? line.slice(c.start, next ? next.start : undefined).trim() : '';
    if (value === '') {
      if (!optional.has(c.key)) return null;
    } else if (line[c.start] === ' ') {
      // Cells are left-aligned: a value must start exactly at its column.
      return null;
    }
    cells.set(c.key, value);
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------
// Events

/** `kubelet, worker-1` · `{kubelet worker-1}` · `{default-scheduler }` · `default-scheduler`. */
export function parseEventSource(raw: string): { component?: string; host?: string } | undefined {
  let s = raw.trim();
  if (s === '' || s === '<none>') return undefined;
  if (s.startsWith('{') && s.endsWith('}')) {
    const inner = s.slice(1, -1).trim();
    if (inner === '') return undefined;
    const sp = inner.indexOf(' ');
    const component = sp < 0 ? inner : inner.slice(0, sp);
    const host = sp < 0 ? '' : inner.slice(sp + 1).trim();
    return host ? { component, host } : { component };
  }
  s = s.replace(/\s+/g, ' ');
  const comma = s.indexOf(', ');
  if (comma >= 0) {
    const component = s.slice(0, comma).trim();
    const host = s.slice(comma + 2).trim();
    const out: { component?: string; host?: string } = {};
    if (component) out.component = component;
    if (host) out.host = host;
    return out;
  }
  return { component: s };
}

const KINDS: Record<string, string> = {};
for (const k of [
  'Pod', 'Node', 'ReplicaSet', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Service',
  'Endpoints', 'EndpointSlice', 'PersistentVolume', 'PersistentVolumeClaim', 'ConfigMap', 'Secret',
  'Namespace', 'Ingress', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'ReplicationController',
  'ServiceAccount', 'StorageClass', 'VolumeAttachment', 'Lease', 'NetworkPolicy', 'CertificateSigningRequest',
]) {
  KINDS[k.toLowerCase()] = k;
}

/** `pod` → `Pod`, `replicaset` → `ReplicaSet`; unknown kinds keep their letters with a capital first. */
export function canonicalKind(kind: string): string {
  const k = kind.trim();
  const base = k.split('.')[0] ?? k; // `deployment.apps` → `deployment`
  const known = KINDS[base.toLowerCase()];
  if (known) return known;
  return base.charAt(0).toUpperCase() + base.slice(1);
}

/**
 * kubectl ≥ Aug 2025 prefixes describe event messages with the field path:
 * `spec.containers{app}: Back-off …`. Splits it off.
 */
export function splitFieldPathPrefix(message: string): { fieldPath?: string; message: string } {
  const m = /^((?:spec|status)\.(?:initContainers|containers|ephemeralContainers)\{[^}\s]+\}[\w.{}]*): (.*)$/s.exec(message);
  if (!m) return { message };
  return { fieldPath: m[1]!, message: m[2]! };
}

/** A field path as old describe/get print SubObjectPath. */
export const FIELD_PATH_SOURCE = String.raw`(?:(?:spec|status|metadata)\.\S+|implicitly required container \S+)`;
