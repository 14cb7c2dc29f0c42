/**
 * Removes secrets from text before it reaches any output. Only the secret value is replaced, never
 * the line, so the error text that proves a cause stays readable (image names, hosts, IPs stay).
 * Values a collector already masked (`***HIDDEN***`, `<redacted>`, `********`) are left as they are:
 * they show as masked already.
 */

export const MASK = '***REDACTED***';

/** What collectors put in place of a secret: troubleshoot `***HIDDEN***`, `********`, `<redacted>`, `[REDACTED]`. */
const MASKED = String.raw`(?:\*{3}[A-Za-z_]*\*{0,3}|\*{4,}|<(?:redacted|hidden|masked|removed|secret)>|\[(?:redacted|hidden|masked|removed|filtered)\]|(?:REDACTED|HIDDEN|MASKED|FILTERED)\b)`;
const NOT_MASKED = `(?!${MASKED})`;

/** Words in a key or variable name that say its value is a secret. */
const SECRET_WORD = String.raw`(?:password|passwd|pwd|secret|token|apikey|api_key|api-key|access_key|access-key|private_key|private-key|credentials?|client-key-data)`;

interface Rule {
  re: RegExp;
  /** Replacement; `$1`... keep the parts that are not the secret. */
  to: string | ((...groups: string[]) => string);
}

/** Keeps the quote a value had: `"x"` becomes `"***REDACTED***"`. */
const quoted = (prefix: string, value: string): string => {
  const q = value[0] === '"' || value[0] === "'" ? value[0] : '';
  return `${prefix}${q}${MASK}${q}`;
};

const RULES: Rule[] = [
  // PEM private key blocks, whole (they may span one evidence line when collapsed)
  { re: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|$)/g, to: MASK },
  // Authorization: Bearer xxx. A token has a digit or punctuation, or is long: "bearer authentication" stays.
  { re: /\b(Bearer)\s+(?:(?=[A-Za-z0-9._~+/=-]{0,4096}[0-9._~+/=-])[A-Za-z0-9._~+/=-]{8,}|[A-Za-z0-9._~+/=-]{20,})/gi, to: `$1 ${MASK}` },
  // Basic credentials are base64: require a digit, + / or = so that "Basic authentication" stays
  { re: /\b(Basic)\s+(?=[A-Za-z]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2}/g, to: `$1 ${MASK}` },
  // JWTs
  { re: /\beyJ[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,4096}\.[A-Za-z0-9_-]{8,4096}\b/g, to: MASK },
  // scheme://user:password@host (the password may hold '@': up to the last one before the host)
  { re: new RegExp(String.raw`\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,256}:)${NOT_MASKED}[^\s/?#]{1,256}@`, 'gi'), to: `$1${MASK}@` },
  // AWS access key ids and secret keys
  { re: /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, to: MASK },
  { re: /\b(aws_secret_access_key|AWS_SECRET_ACCESS_KEY)(\s*[=:]\s*"?)[A-Za-z0-9/+=]{40}/g, to: `$1$2${MASK}` },
  // Env vars as JSON name/value pairs: {"name":"DB_PASSWORD","value":"hunter2"}
  {
    re: new RegExp(String.raw`("name"\s*:\s*"[A-Za-z0-9_.-]{0,64}${SECRET_WORD}[A-Za-z0-9_.-]{0,64}"\s*,\s*"value"\s*:\s*)${NOT_MASKED}"(?:[^"\\]|\\.)*"`, 'gi'),
    to: (_m, prefix) => quoted(prefix!, '"'),
  },
  // kubeconfig and YAML/JSON fields: token, client-key-data, password, DB_PASSWORD ...
  // (a key at the start of a line, or quoted and ending in the word: "anonymous token: unexpected status"
  // and `volume "token-abcde" : secret ...` are error text, not secrets)
  {
    re: new RegExp(String.raw`((?:^[ \t]*(?:-[ \t]*)?(?:export[ \t]+)?[A-Za-z0-9_.-]{0,64}${SECRET_WORD}[A-Za-z0-9_.-]{0,64}["']?|["'][A-Za-z0-9_.-]{0,64}${SECRET_WORD}["'])[ \t]*:[ \t]*)${NOT_MASKED}("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"',}]{3,})`, 'gim'),
    to: (_m, prefix, value) => quoted(prefix!, value!),
  },
  // key=value pairs and env vars whose name says secret: PASSWORD=..., DB_TOKEN="...", --password=...
  {
    re: new RegExp(String.raw`(\b[A-Za-z0-9_.-]{0,64}${SECRET_WORD}[A-Za-z0-9_.-]{0,64}[ \t]*=[ \t]*)${NOT_MASKED}("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"'&,;]{3,})`, 'gi'),
    to: (_m, prefix, value) => quoted(prefix!, value!),
  },
  // command-line flags with the value after a space: --db-password hunter2 (not --token-file /path)
  {
    re: new RegExp(String.raw`((?:^|\s)--?[A-Za-z0-9_-]{0,64}${SECRET_WORD}(?![A-Za-z0-9_-]{0,64}(?:file|path|dir|name|ref|length|ttl))[A-Za-z0-9_-]{0,64}[ \t]+)${NOT_MASKED}(?!-)("[^"]*"|'[^']*'|[^\s"']{3,})`, 'gi'),
    to: (_m, prefix, value) => quoted(prefix!, value!),
  },
  // The body lines of a PEM block printed line by line: nothing but base64, long, not a hex id.
  { re: /^([ \t]*)(?=[A-Za-z0-9+/]{0,8192}[G-Zg-z+/])[A-Za-z0-9+/]{40,}={0,2}([ \t]*)$/gm, to: `$1${MASK}$2` },
];

/**
 * Values of the Secret objects a bundle holds, found wherever they are quoted (an application that
 * logs its own password does not say `password=`). Short values (`true`, `admin`) are left alone:
 * masking them everywhere would hide evidence and protect nothing.
 */
export class KnownSecrets {
  static readonly MIN_LENGTH = 8;
  static readonly MAX_VALUES = 10_000;
  private readonly re: RegExp | null;
  /** How many values are looked for. */
  readonly size: number;

  constructor(values: Iterable<string>) {
    const keep = new Set<string>();
    for (const v of values) {
      if (keep.size >= KnownSecrets.MAX_VALUES) break;
      const t = v.trim();
      if (t.length >= KnownSecrets.MIN_LENGTH && t.length <= 4096 && !/[\r\n]/.test(t)) keep.add(t);
    }
    // Longest first, so that a value containing another is masked whole. Literals only: no backtracking.
    const sorted = [...keep].sort((a, b) => b.length - a.length);
    this.size = sorted.length;
    this.re = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : null;
  }


  apply(text: string): string {
    return this.re ? text.replace(this.re, MASK) : text;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

export function redact(text: string, known?: KnownSecrets | null): string {
  // (`known` is checked, not trusted: redact is also handed to Array#map, whose second argument is an index)
  let out = known instanceof KnownSecrets ? known.apply(text) : text;
  for (const r of RULES) out = typeof r.to === 'string' ? out.replace(r.re, r.to) : out.replace(r.re, r.to as (...a: string[]) => string);
  return out;
}

/**
 * The secret values of one Kubernetes object when it is a Secret (or a kubeconfig-like object with
 * `token` / `client-key-data` fields): `data` values decoded from base64 and as they are,
 * `stringData` values. Anything else gives none.
 */
export function secretValuesOf(obj: Record<string, unknown>, listKind: string | null = null): string[] {
  const kind = typeof obj['kind'] === 'string' ? obj['kind'] : listKind;
  if (kind !== 'Secret') return [];
  const out: string[] = [];
  const data = obj['data'];
  if (isRecord(data)) {
    for (const v of Object.values(data)) {
      if (typeof v !== 'string' || v.length === 0) continue;
      out.push(v);
      if (/^[A-Za-z0-9+/]+={0,2}$/.test(v.trim())) {
        const decoded = Buffer.from(v.trim(), 'base64').toString('utf8');
        // Only text is worth looking for; a decoded certificate or key is looked for line by line.
        if (!decoded.includes('\uFFFD')) for (const line of decoded.split(/\r?\n/)) out.push(line);
      }
    }
  }
  const stringData = obj['stringData'];
  if (isRecord(stringData)) {
    for (const v of Object.values(stringData)) if (typeof v === 'string') for (const line of v.split(/\r?\n/)) out.push(line);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
