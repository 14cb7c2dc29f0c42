/**
 * A hand-written, linear-time scanner for logfmt-style `key=value key2="quoted \"value\""` text, as
 * printed by logrus (containerd, CRI-O, dockerd, k3s) and klog structured logging (layouts.md §6.1,
 * §6.3, §6.4).
 *
 * Quoted values are Go-quoted (`\"`, `\\`, `\n`, ...). Pasted or hand-edited logs sometimes lose the
 * backslashes (messages.md §1 KillPodSandboxError: `msg="StopPodSandbox for "cae5…" failed"`), so a
 * `"` only closes a value when it is followed by the end of the text or by whitespace and the next
 * `key=`; otherwise it is taken as part of the value.
 */

export interface LogfmtPair {
  key: string;
  /** Unquoted value. */
  value: string;
  /** Offsets of the whole `key=value` text in the scanned string. */
  start: number;
  end: number;
}

export interface LogfmtScan {
  pairs: LogfmtPair[];
  /** True when every token was a well-formed `key=value`. */
  clean: boolean;
}

const MAX_KEY = 128;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13 || c === 10;
}

function isKeyStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isKeyChar(c: number): boolean {
  return isKeyStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 47;
}

/** Length of a key starting at `i` and followed by `=`, or 0. Looks at most MAX_KEY+1 chars. */
function keyLengthAt(s: string, i: number): number {
  if (i >= s.length || !isKeyStart(s.charCodeAt(i))) return 0;
  let j = i + 1;
  const lim = Math.min(s.length, i + MAX_KEY);
  while (j < lim && isKeyChar(s.charCodeAt(j))) j++;
  return j < s.length && s.charCodeAt(j) === 61 /* = */ ? j - i : 0;
}

/** True when the `"` at `i` closes a quoted value (end of text, or whitespace then `key=`). */
function closesAt(s: string, i: number): boolean {
  let j = i + 1;
  if (j >= s.length) return true;
  if (!isSpace(s.charCodeAt(j))) return false;
  while (j < s.length && isSpace(s.charCodeAt(j))) j++;
  if (j >= s.length) return true;
  return keyLengthAt(s, j) > 0;
}

/**
 * Reads a quoted value whose opening `"` is at `open`. Returns the raw (still escaped) content and
 * the offset just after the closing quote. Unterminated: up to the last `"` seen, or the end.
 */
export function readQuoted(s: string, open: number): { raw: string; end: number; terminated: boolean } {
  let lastQuote = -1;
  let i = open + 1;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */) {
      i += 2;
      continue;
    }
    if (c === 34 /* " */) {
      if (closesAt(s, i)) return { raw: s.slice(open + 1, i), end: i + 1, terminated: true };
      lastQuote = i;
    }
    i++;
  }
  if (lastQuote > open) return { raw: s.slice(open + 1, lastQuote), end: lastQuote + 1, terminated: false };
  return { raw: s.slice(open + 1), end: s.length, terminated: false };
}

function hexValue(s: string): number {
  return /^[0-9a-fA-F]+$/.test(s) ? parseInt(s, 16) : NaN;
}

/** Undoes Go `strconv.Quote` escaping; unknown escapes are kept as they are. */
export function unquoteGo(raw: string): string {
  if (typeof raw !== 'string') return '';
  if (raw.indexOf('\\') < 0) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const c = raw[i]!;
    if (c !== '\\' || i + 1 >= raw.length) {
      out += c;
      i++;
      continue;
    }
    const n = raw[i + 1]!;
    switch (n) {
      case '"': case '\\': case "'": case '`': out += n; i += 2; break;
      case 'n': out += '\n'; i += 2; break;
      case 't': out += '\t'; i += 2; break;
      case 'r': out += '\r'; i += 2; break;
      case 'a': out += '\x07'; i += 2; break;
      case 'b': out += '\b'; i += 2; break;
      case 'f': out += '\f'; i += 2; break;
      case 'v': out += '\v'; i += 2; break;
      case 'x': case 'u': case 'U': {
        const len = n === 'x' ? 2 : n === 'u' ? 4 : 8;
        const v = hexValue(raw.slice(i + 2, i + 2 + len));
        if (raw.length >= i + 2 + len && Number.isFinite(v) && v <= 0x10ffff && !(v >= 0xd800 && v <= 0xdfff)) {
          out += String.fromCodePoint(v);
          i += 2 + len;
        } else {
          out += c + n;
          i += 2;
        }
        break;
      }
      default:
        out += c + n;
        i += 2;
    }
  }
  return out;
}

/**
 * Scans `key=value` pairs from `from` to the end of `s`. Tokens that are not `key=value` are skipped
 * (and make `clean` false). Linear in the length of `s`.
 */
export function scanLogfmt(s: string, from = 0): LogfmtScan {
  const pairs: LogfmtPair[] = [];
  if (typeof s !== 'string') return { pairs, clean: false };
  let clean = true;
  let i = from;
  const n = s.length;
  while (i < n) {
    while (i < n && isSpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    const kl = keyLengthAt(s, i);
    if (kl === 0) {
      clean = false;
      // skip one token; a quoted token is skipped as a whole
      if (s.charCodeAt(i) === 34) i = readQuoted(s, i).end;
      else while (i < n && !isSpace(s.charCodeAt(i))) i++;
      continue;
    }
    const start = i;
    const key = s.slice(i, i + kl);
    i += kl + 1; // past '='
    let value: string;
    if (i < n && s.charCodeAt(i) === 34) {
      const q = readQuoted(s, i);
      if (!q.terminated) clean = false;
      value = unquoteGo(q.raw);
      i = q.end;
    } else {
      const vs = i;
      while (i < n && !isSpace(s.charCodeAt(i))) i++;
      value = s.slice(vs, i);
    }
    pairs.push({ key, value, start, end: i });
  }
  return { pairs, clean };
}

/** Pairs as a record (first occurrence of a key wins; `__proto__` is never set). */
export function pairsToFields(pairs: readonly LogfmtPair[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    if (p.key === '__proto__') continue;
    if (!Object.prototype.hasOwnProperty.call(out, p.key)) out[p.key] = p.value;
  }
  return out;
}
