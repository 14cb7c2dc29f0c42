/**
 * Reads one node log (kubelet or runtime journal, containerd/CRI-O log, dmesg, df output, a mixed
 * syslog) line by line: parses each line, decides its kind and node, and keeps only what the
 * line matcher says is worth keeping.
 */
import type { LineMatcher } from '../detect/line-matcher.js';
import { podOfLine } from '../detect/line-matcher.js';
import { kindOfProcess, type NodeLogKind } from '../locate/node-sources.js';
import type { NodeEvidence } from '../model/node-evidence.js';
import type { EvidenceKind } from '../model/types.js';
import type { Line } from '../util/lines.js';
import { detectFormat, parseLine, type LogFormat } from './logs/index.js';

export interface NodeLogContext {
  file: string;
  /** The node the path names, if it names one. */
  pathNode: string | null;
  /** The kind the path suggests. */
  pathKind: NodeLogKind | null;
  /** The folder whose `hostname` file may name the node later (sosreport, rancher collector). */
  root?: string;
}

const DETECT_LINES = 50;
/**
 * Lines parsed whatever they say: the first ones, and one in this many after, so that the nodes and
 * kinds a file holds are known (for "no kubelet log for node-3") even when few of its lines matter.
 */
export const ALWAYS_PARSE_FIRST = 200;
export const SAMPLE_EVERY = 1000;
// df rows of loop devices and snap mounts are always full: that is not a disk problem.
const ALWAYS_FULL = /^\/dev\/loop|\s\/snap\//;

/** Log formats that mean the file is a node log when its path says nothing. */
export const NODE_LOG_FORMATS: ReadonlySet<LogFormat> = new Set(['klog', 'journal', 'containerd', 'crio', 'dmesg-raw', 'dmesg-human']);

export function formatOf(headLines: string[]): LogFormat {
  return detectFormat(headLines);
}

function kindOf(format: LogFormat, process: string | undefined, pathKind: NodeLogKind | null): EvidenceKind | null {
  switch (format) {
    case 'journal':
      return kindOfProcess(process, pathKind ?? 'journal');
    case 'klog':
      return pathKind && pathKind !== 'journal' && pathKind !== 'disk' ? pathKind : 'kubelet';
    case 'containerd':
      return pathKind === 'crio' ? 'crio' : 'containerd';
    case 'crio':
      return 'crio';
    case 'dmesg-raw':
    case 'dmesg-human':
      return 'dmesg';
    default:
      return pathKind === 'journal' ? null : pathKind;
  }
}

export async function readNodeLog(lines: AsyncIterable<Line>, ctx: NodeLogContext, matcher: LineMatcher, sink: NodeEvidence): Promise<{ format: LogFormat; lines: number }> {
  const head: Line[] = [];
  let format: LogFormat | null = null;
  let count = 0;
  const seen = new Set<string>();

  const handle = (l: Line) => {
    count++;
    if (l.text.length === 0) return;
    // Most lines hold no literal of any pattern: they are not even parsed.
    // (a sieve has searched the line already and says so in `hit`)
    if (l.no > ALWAYS_PARSE_FIRST && l.no % SAMPLE_EVERY !== 0 && !(l.hit ?? matcher.mayMatch(l.text))) return;
    const rec = parseLine(l.text, format!, {});
    const kind = kindOf(rec.format, rec.process, ctx.pathKind);
    if (!kind) return;
    const node = rec.host || ctx.pathNode;
    const sourceKey = `${node}\u0000${kind}`;
    if (!seen.has(sourceKey)) {
      seen.add(sourceKey);
      sink.seeSource(node, kind, ctx.file, ctx.root);
    }
    if (kind === 'disk' && ALWAYS_FULL.test(l.text)) return;
    const verdict = matcher.match(kind === 'disk' ? l.text : rec.message, kind);
    if (verdict.signals.length === 0 && !verdict.podRelevant) return;
    const hit = {
      // a fresh copy: a slice would keep the whole decoded chunk it came from alive
      node, kind, file: ctx.file, line: l.no, text: Buffer.from(l.text, 'utf8').toString('utf8'), time: rec.time,
      ...(rec.wallClock ? { wallClock: rec.wallClock } : {}),
      ...(rec.bootSeconds !== undefined ? { bootSeconds: rec.bootSeconds } : {}),
      ...(!node && ctx.root !== undefined ? { root: ctx.root } : {}),
    };
    for (const s of verdict.signals) sink.addSignal(s, hit);
    if (verdict.podRelevant) {
      const pod = podOfLine(l.text);
      if (pod) sink.addPodLine(pod.namespace, pod.pod, hit);
    }
  };

  for await (const l of lines) {
    if (format === null) {
      head.push(l);
      if (head.length < DETECT_LINES) continue;
      format = formatOf(head.map((h) => h.text));
      head.forEach(handle);
      continue;
    }
    handle(l);
  }
  if (format === null) {
    format = formatOf(head.map((h) => h.text));
    head.forEach(handle);
  }
  return { format, lines: count };
}
