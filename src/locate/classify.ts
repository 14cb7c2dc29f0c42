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
  /** Pasted `kubectl describe` / `kubectl get` text. */
  | { kind: 'text-dump'; text: TextKind }
  /** A node log (journal, kubelet, runtime, CNI, dmesg) or df output. */
  | { kind: 'node-log'; node: string | null; pathKind: NodeLogKind | null }
  /** A file that names its node (sosreport / rancher collector `hostname`). */
  | { kind: 'hostname'; root: string }
  /** must-gather `timestamp`: when the bundle was collected. */
  | { kind: 'timestamp' }
  /** `uptime`, `uptime -s` or /proc/uptime of a node: anchors its dmesg seconds since boot. */
  | { kind: 'uptime'; node: string | null; root: string | null }
  /** Recognised, deliberately not read (the reason is listed with the file). */
  | { kind: 'skip'; why: string }
  | { kind: 'unknown' };

import { sniffTextKind } from '../parse/text/index.js';
import { detectFormat } from '../parse/logs/index.js';
import { hostnameRootOf, nodeFromPath, nodeLogKindFromPath, type NodeLogKind } from './node-sources.js';

type TextKind = Exclude<ReturnType<typeof sniffTextKind>, null | 'df'>;

const NODE_LOG_FORMATS = new Set(['klog', 'journal', 'containerd', 'crio', 'dmesg-raw', 'dmesg-human']);

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

// must-gather: namespaces/<ns>/pods/<pod>/<c>/<c>/logs/{current,previous}[.insecure].log (the container name twice)
const MUST_GATHER_LOG = /(?:^|\/)namespaces\/([^/]+)\/pods\/([^/]+)\/([^/]+)\/\3\/logs\/(current|previous)(?:\.insecure)?\.log$/;
const MUST_GATHER_ROTATED = /(?:^|\/)namespaces\/[^/]+\/pods\/[^/]+\/[^/]+\/[^/]+\/logs\/rotated\//;
// support-bundle-kit: logs/<ns>/<pod>/<container>.log, and .log.1 for the previous container
const SBK_LOG = /(?:^|\/)supportbundle[^/]*\/logs\/([^/]+)\/([^/]+)\/([^/]+)\.log(\.1)?$/;
// files that name the node of a sosreport or a rancher logs collector archive
const HOSTNAME_FILE = /^(.*?)(?:sos_commands\/host\/hostname|systeminfo\/hostname|etc\/hostname|hostname)$/;

export function classifyByPath(path: string): SourceKind | null {
  const m = TROUBLESHOOT_LOG.exec(path);
  if (m && !TROUBLESHOOT_LOG_ERRORS.test(path)) {
    const file = m[3]!;
    const previous = file.endsWith('-previous');
    return { kind: 'container-log', namespace: m[1]!, pod: m[2]!, container: previous ? file.slice(0, -'-previous'.length) : file, previous };
  }
  const mg = MUST_GATHER_LOG.exec(path);
  if (mg) return { kind: 'container-log', namespace: mg[1]!, pod: mg[2]!, container: mg[3]!, previous: mg[4] === 'previous' };
  if (MUST_GATHER_ROTATED.test(path)) return { kind: 'skip', why: 'rotated container log: older than current.log, not needed for the last lines' };
  const sbk = SBK_LOG.exec(path);
  if (sbk) return { kind: 'container-log', namespace: sbk[1]!, pod: sbk[2]!, container: sbk[3]!, previous: sbk[4] !== undefined };
  const h = HOSTNAME_FILE.exec(path);
  if (h && (h[1] === '' || h[1]!.endsWith('/'))) return { kind: 'hostname', root: h[1]! };
  if (/(?:^|\/)timestamp$/.test(path)) return { kind: 'timestamp' };
  if (/(?:^|\/)(?:uptime(?:\.txt)?|proc\/uptime)$/.test(path)) return { kind: 'uptime', node: nodeFromPath(path), root: hostnameRootOf(path) };
  return null;
}

/** `head` is the start of the file as text (a few KiB). */
export function classifyByContent(path: string, head: string): SourceKind {
  const byPath = classifyByPath(path);
  if (byPath) return byPath;
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  // '[' also opens dmesg lines (`[  123.456]`, `[Sat Mar 14 ...]`): JSON only when what follows fits JSON.
  if (/^\{\s*(?:"|\})/.test(trimmed) || /^\[\s*(?:[{["\]]|-?\d+\s*[,\]]|true|false|null)/.test(trimmed)) return { kind: 'k8s-json' };
  if (LOG_BLOCK_START.test(head.slice(0, 512))) return { kind: 'log-blocks' };
  if (/\.(ya?ml)$/i.test(path) || /^(apiVersion|kind|items):/m.test(trimmed.slice(0, 2048))) {
    if (/^(apiVersion|kind|items|metadata):/m.test(trimmed.slice(0, 4096)) || /^---/.test(trimmed)) return { kind: 'k8s-yaml' };
  }
  if (/\.json$/i.test(path) && trimmed === 'null') return { kind: 'k8s-json' };
  const text = sniffTextKind(head);
  if (text === 'df') return { kind: 'node-log', node: nodeFromPath(path), pathKind: 'disk' };
  if (text) return { kind: 'text-dump', text };
  const pathKind = nodeLogKindFromPath(path);
  // The head's last line may be cut: judge by the complete lines only.
  const lines = head.split('\n').slice(0, -1).filter((l) => l.trim().length > 0);
  const format = lines.length > 0 ? detectFormat(lines) : 'plain';
  if (NODE_LOG_FORMATS.has(format) || (pathKind && pathKind !== 'journal' && lines.length > 0)) {
    return { kind: 'node-log', node: nodeFromPath(path), pathKind };
  }
  return { kind: 'unknown' };
}
