/**
 * Removes secrets from text before it reaches any output. Only the secret value is replaced, never
 * the line, so the error text that proves a cause stays readable (image names, hosts, IPs stay).
 * Values a collector already masked (`***HIDDEN***`) are left as they are.
 */

export const MASK = '***REDACTED***';

interface Rule {
  re: RegExp;
  /** Replacement; `$1`... keep the parts that are not the secret. */
  to: string;
}

const RULES: Rule[] = [
  // PEM private key blocks, whole (they may span one evidence line when collapsed)
  { re: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|$)/g, to: MASK },
  // Authorization: Bearer xxx / Basic xxx
  { re: /\b(Bearer)\s+[A-Za-z0-9._~+/=-]{8,}/gi, to: `$1 ${MASK}` },
  // Basic credentials are base64: require a digit, + / or = so that "Basic authentication" stays
  { re: /\b(Basic)\s+(?=[A-Za-z]*[0-9+/=])[A-Za-z0-9+/]{8,}={0,2}/g, to: `$1 ${MASK}` },
  // JWTs
  { re: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g, to: MASK },
  // scheme://user:password@host
  { re: /\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,256}:)[^\s@/]{1,256}@/gi, to: `$1${MASK}@` },
  // AWS access key ids and secret keys
  { re: /\b(AKIA|ASIA)[A-Z0-9]{16}\b/g, to: MASK },
  { re: /\b(aws_secret_access_key|AWS_SECRET_ACCESS_KEY)(\s*[=:]\s*"?)[A-Za-z0-9/+=]{40}/g, to: `$1$2${MASK}` },
  // kubeconfig and YAML/JSON fields: token, client-key-data, password ...
  // (a key at the start of a line, or quoted: "anonymous token: unexpected status" is error text, not a secret)
  { re: /((?:^\s*-?\s*|["'])(?:client-key-data|client-certificate-data|token|id-token|refresh-token|password|passwd|secret|api[_-]?key|access[_-]?key|private[_-]?key)["']?\s*:\s*["']?)(?!\*{3})[^\s"',}]{3,}/gim, to: `$1${MASK}` },
  // key=value pairs and env vars whose name says secret: PASSWORD=..., DB_TOKEN=..., --password=...
  { re: /(\b[A-Za-z0-9_.-]*(?:password|passwd|secret|token|apikey|api_key|access_key|credentials?)[A-Za-z0-9_.-]*\s*=\s*["']?)(?!\*{3})[^\s"'&,;]{3,}/gi, to: `$1${MASK}` },
];

export function redact(text: string): string {
  let out = text;
  for (const r of RULES) out = out.replace(r.re, r.to);
  return out;
}
