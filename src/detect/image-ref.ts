/**
 * Image references as the kubelet reads them (github.com/distribution/reference, through
 * ParseNormalizedNamed): registry host, repository path, tag, digest. Says which exact rule of the
 * grammar a malformed reference breaks (for InvalidImageName), and which tag was probably meant
 * when a tag that does not exist looks like a typo of a common tag word (for image.not-found).
 *
 *   reference  := name [ ":" tag ] [ "@" digest ]
 *   name       := [ host [ ":" port ] "/" ] path          (at most 255 characters)
 *   host       := component ( "." component )* | "[" ipv6 "]"   component := [a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?
 *   path       := path-component ( "/" path-component )*
 *   path-component := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
 *   tag        := [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
 *   digest     := algorithm ":" hex   (sha256: 64, sha384: 96, sha512: 128 lower-case hex characters)
 *
 * The first part before a "/" is a registry host only when it holds a "." or a ":", is
 * "localhost", or has an upper-case letter (docker's splitDockerDomain); otherwise the whole name
 * is a repository path on the default registry.
 */

export interface ImageRef {
  /** The registry host (and port) as written, or null for the default registry. */
  registry: string | null;
  /** The repository path, e.g. `shop/web` (`library/` is not added). */
  repository: string;
  tag: string | null;
  digest: string | null;
}

interface Split extends ImageRef {
  /** The host was taken as a host only because it has an upper-case letter. */
  hostByCase: boolean;
}

const NAME_MAX = 255;
const TAG_MAX = 128;
const HOST_COMPONENT = /^(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])$/;
const IPV6_HOST = /^\[[a-fA-F0-9:]+\]$/;
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST_ALGORITHM = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*$/;
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** Splits a reference into its parts without judging them (the parts of a malformed one are a best guess). */
function split(ref: string): Split {
  const at = ref.indexOf('@');
  const nameAndTag = at >= 0 ? ref.slice(0, at) : ref;
  const digest = at >= 0 ? ref.slice(at + 1) : null;
  const colon = nameAndTag.lastIndexOf(':');
  const tagged = colon > nameAndTag.lastIndexOf('/');
  const name = tagged ? nameAndTag.slice(0, colon) : nameAndTag;
  const tag = tagged ? nameAndTag.slice(colon + 1) : null;
  const slash = name.indexOf('/');
  const first = slash >= 0 ? name.slice(0, slash) : '';
  const hostByStructure = slash >= 0 && (/[.:]/.test(first) || first === 'localhost');
  const hostByCase = slash >= 0 && !hostByStructure && first.toLowerCase() !== first;
  const hasHost = hostByStructure || hostByCase;
  return { registry: hasHost ? first : null, repository: hasHost ? name.slice(slash + 1) : name, tag, digest, hostByCase };
}

/** The parts of a well-formed reference, or null when it breaks a rule (see invalidReferenceRule). */
export function parseImageRef(ref: string): ImageRef | null {
  if (invalidReferenceRule(ref) !== null) return null;
  const { registry, repository, tag, digest } = split(ref);
  return { registry, repository, tag, digest };
}

/** The tag of a reference as written, valid or not (null when there is none). */
export function tagOf(ref: string): string | null {
  return split(ref).tag;
}

function firstIllegal(text: string, legal: RegExp): string | null {
  for (const ch of text) if (!legal.test(ch)) return ch;
  return null;
}

/** A character as a rule message shows it: printable ones as they are, others as \uXXXX. */
function show(ch: string): string {
  return /^[\x20-\x7e]$/.test(ch) ? ch : `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`;
}

function hostRule(host: string): string | null {
  if (IPV6_HOST.test(host)) return null;
  const bracket = /^(\[[^\]]*\])(?::(.*))?$/.exec(host);
  const [name, port] = bracket ? [bracket[1]!, bracket[2]] : host.includes(':') ? [host.slice(0, host.indexOf(':')), host.slice(host.indexOf(':') + 1)] : [host, undefined];
  if (bracket && !IPV6_HOST.test(name)) return `invalid IPv6 registry host '${host}'`;
  if (!bracket && !name.split('.').every((c) => HOST_COMPONENT.test(c))) return `invalid registry host '${name}'`;
  if (port !== undefined && !/^[0-9]+$/.test(port)) return port === '' ? `empty registry port after '${name}:'` : `registry port must be a number: '${port}'`;
  return null;
}

function pathRule(path: string, shown: string): string | null {
  if (path === '') return 'empty repository name';
  if (path.split('/').every((c) => PATH_COMPONENT.test(c))) return null;
  const bad = firstIllegal(path, /[a-zA-Z0-9._/-]/);
  if (bad !== null) return `repository name contains an illegal character '${show(bad)}'`;
  if (/[A-Z]/.test(path)) return `repository name must be lowercase: '${shown}'`;
  for (const c of path.split('/')) {
    if (c === '') return `empty path component in repository '${path}'`;
    if (PATH_COMPONENT.test(c)) continue;
    if (!/^[a-z0-9]/.test(c)) return `repository path component '${c}' must start with a lower-case letter or digit`;
    if (!/[a-z0-9]$/.test(c)) return `repository path component '${c}' must end with a lower-case letter or digit`;
    const badSep = (c.match(/[._-]+/g) ?? []).find((run) => !/^(?:\.|_|__|-+)$/.test(run)) ?? c;
    return `repository path component '${c}' has an illegal separator '${badSep}'`;
  }
  return null;
}

function tagRule(tag: string): string | null {
  if (tag === '') return "empty tag after ':'";
  if (TAG.test(tag)) return null;
  const bad = firstIllegal(tag, /[\w.-]/);
  if (bad !== null) return `tag contains an illegal character '${show(bad)}'`;
  if (tag.length > TAG_MAX) return `tag longer than ${TAG_MAX} characters`;
  return `tag must start with a letter, digit or underscore: '${tag}'`;
}

function digestRule(digest: string): string | null {
  if (digest === '') return "empty digest after '@'";
  const colon = digest.indexOf(':');
  if (colon < 0) return `invalid digest '${digest}': it needs an algorithm and a hex value, as in 'sha256:<64 hex characters>'`;
  const algorithm = digest.slice(0, colon);
  const hex = digest.slice(colon + 1);
  if (!DIGEST_ALGORITHM.test(algorithm)) return `invalid digest '${digest}': bad algorithm '${algorithm}'`;
  const want = DIGEST_HEX_LENGTH[algorithm];
  if (want === undefined) return `invalid digest '${digest}': unsupported algorithm '${algorithm}'`;
  if (!/^[a-f0-9]*$/.test(hex) || hex.length !== want) return `invalid digest '${digest}': ${algorithm} needs ${want} lower-case hex characters`;
  return null;
}

/**
 * The rule of the reference grammar that `ref` breaks, in words ("repository name must be
 * lowercase: 'Shop/Web'", "tag contains an illegal character '!'", ...), or null when it is well formed.
 */
export function invalidReferenceRule(ref: string): string | null {
  if (ref === '') return 'empty reference';
  const scheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.exec(ref);
  if (scheme) return `a reference has no scheme: remove '${scheme[0]}'`;
  const s = split(ref);
  const name = s.registry !== null ? `${s.registry}/${s.repository}` : s.repository;
  if (/^[a-f0-9]{64}$/.test(name)) return 'repository name cannot be a 64-character hexadecimal string (that is an image id)';
  if (s.registry !== null) {
    const r = hostRule(s.registry);
    if (r) return r;
  }
  const pathShown = s.hostByCase ? name : s.repository;
  const p = pathRule(s.repository, pathShown);
  if (p) return p;
  if (name.length > NAME_MAX) return `repository name must not be more than ${NAME_MAX} characters`;
  if (s.tag !== null) {
    const t = tagRule(s.tag);
    if (t) return t;
  }
  if (s.digest !== null) {
    const d = digestRule(s.digest);
    if (d) return d;
  }
  return null;
}

/** Tag words people mean; a token near one of them (but not it) is probably a typo. */
export const COMMON_TAG_WORDS: readonly string[] = ['latest', 'stable', 'main', 'master', 'release', 'alpine', 'slim', 'bookworm', 'bullseye', 'jammy', 'focal', 'lts'];

/** Real tag words that sit close to a common one and must not be "corrected" (local ~ focal, ltsc ~ lts, ...). */
const REAL_TAG_WORDS = new Set(['local', 'ltsc', 'releases', 'masters', 'test', 'final', 'stage', 'latent', 'stale', 'mail', 'rain', 'maint']);

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The common word a token is a likely typo of, or null. Short words allow one edit, longer ones two. */
function nearestWord(token: string): string | null {
  if (!/^[a-z]{3,}$/.test(token) || COMMON_TAG_WORDS.includes(token) || REAL_TAG_WORDS.has(token)) return null;
  let best: { word: string; distance: number } | null = null;
  let tie = false;
  for (const word of COMMON_TAG_WORDS) {
    const distance = editDistance(token, word);
    const allowed = Math.min(token.length, word.length) >= 6 ? 2 : 1;
    if (distance > allowed) continue;
    if (!best || distance < best.distance) {
      best = { word, distance };
      tie = false;
    } else if (distance === best.distance) {
      tie = true;
    }
  }
  return best && !tie ? best.word : null;
}

/**
 * The tag probably meant when the tag of `ref` has a word within edit distance 2 of a common tag
 * word (`1.4.2-latset` -> `1.4.2-latest`, `lastest` -> `latest`), or null: never for a tag whose
 * words are all exact, for version numbers, or for words with capitals or digits.
 */
export function suggestTagFix(ref: string): string | null {
  const tag = tagOf(ref);
  if (!tag || !TAG.test(tag)) return null;
  let changed = false;
  const fixed = tag.replace(/[A-Za-z0-9]+/g, (token) => {
    const word = nearestWord(token);
    if (!word) return token;
    changed = true;
    return word;
  });
  return changed ? fixed : null;
}

/**
 * Facts a finding gets from its image: the tag probably meant, when the image was not found; the
 * broken rule, when the reference is invalid.
 */
export function imageRefFacts(image: string, reasons: string[], causeId: string): { tagSuggestion?: string; referenceRule?: string } {
  const out: { tagSuggestion?: string; referenceRule?: string } = {};
  if (causeId === 'image.not-found') {
    const s = suggestTagFix(image);
    if (s) out.tagSuggestion = s;
  }
  if (causeId === 'image.reference-invalid' || reasons.includes('InvalidImageName')) {
    const r = invalidReferenceRule(image);
    if (r) out.referenceRule = r;
  }
  return out;
}
