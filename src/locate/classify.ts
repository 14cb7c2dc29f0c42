/**
 * Decides what an entry is from its path inside the input and, where the path does not say, from
 * its first bytes. Known layouts give the paths; anything else is recognised by content, because
 * customers send ad-hoc folders.
 */

export type SourceKind =
  | { kind: 'k8s-json' }
  | { kind: 'k8s-yaml' }
  | { kind: 'container-log'; namespace: string; pod: string; container: string; previous: boolean }
  /** `kubectl cluster-info dump` logs.txt: `==== START logs for container c of pod ns/p ====` blocks. */
  | { kind: 'log-blocks' }
  | { kind: 'unknown' };

/** The path without nested-archive prefixes and without a `.gz` that ingest already undid. */
export function innerPath(path: string, gunzipped: boolean): string {
  const inner = path.slice(path.lastIndexOf('!/') + 1).replace(/^\//, '');
  return gunzipped ? inner.replace(/\.gz$/i, '') : inner;
}

// troubleshoot: cluster-resources/pods/logs/<ns>/<pod>/<container>[-previous].log
const TROUBLESHOOT_LOG = /(?:^|\/)cluster-resources\/pods\/logs\/([^/]+)\/([^/]+)\/([^/]+)\.log$/;
// troubleshoot writes collection failures beside the logs: <container>-logs-errors.log
const TROUBLESHOOT_LOG_ERRORS = /-logs-errors\.log$/;
const LOG_BLOCK_START = /^==== START logs for container \S+ of pod \S+\/\S+ ====/m;

export function classifyByPath(path: string): SourceKind | null {
  const m = TROUBLESHOOT_LOG.exec(path);
  if (m && !TROUBLESHOOT_LOG_ERRORS.test(path)) {
    const file = m[3]!;
    const previous = file.endsWith('-previous');
    return { kind: 'container-log', namespace: m[1]!, pod: m[2]!, container: previous ? file.slice(0, -'-previous'.length) : file, previous };
  }
  return null;
}

/** `head` is the start of the file as text (a few KiB). */
export function classifyByContent(path: string, head: string): SourceKind {
  const byPath = classifyByPath(path);
  if (byPath) return byPath;
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  const first = trimmed[0];
  if (first === '{' || first === '[') return { kind: 'k8s-json' };
  if (LOG_BLOCK_START.test(head.slice(0, 512))) return { kind: 'log-blocks' };
  if (/\.(ya?ml)$/i.test(path) || /^(apiVersion|kind|items):/m.test(trimmed.slice(0, 2048))) {
    if (/^(apiVersion|kind|items|metadata):/m.test(trimmed.slice(0, 4096)) || /^---/.test(trimmed)) return { kind: 'k8s-yaml' };
  }
  if (/\.json$/i.test(path) && trimmed === 'null') return { kind: 'k8s-json' };
  return { kind: 'unknown' };
}
