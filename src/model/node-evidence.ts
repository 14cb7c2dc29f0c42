/**
 * The lines kept from node logs: per signal and node, the count and the first and last few lines;
 * per pod, the last few lines that name it. Bounded whatever the size of the logs.
 */
import type { EvidenceKind } from './types.js';

export interface LogHit {
  node: string | null;
  kind: EvidenceKind;
  file: string;
  line: number;
  text: string;
  /** RFC 3339 when the line's time is known (after the year is placed, for journal lines). */
  time: string | null;
  /** For lines that print no year: `MM-DDTHH:MM:SS[.frac]`, placed in a year when the bundle's collection time is known. */
  wallClock?: string;
  /** dmesg seconds since boot, when the line has only those. */
  bootSeconds?: number;
  /** For a line of no known node: the folder whose `hostname` file may name it later. */
  root?: string;
}

export interface SignalTrack {
  signal: string;
  node: string | null;
  count: number;
  head: LogHit[];
  tail: LogHit[];
}

export const KEEP_HEAD = 3;
export const KEEP_TAIL = 3;
export const KEEP_PER_POD = 6;
const MAX_TEXT = 2000;

export class NodeEvidence {
  private readonly tracks = new Map<string, SignalTrack>();
  private readonly podLines = new Map<string, LogHit[]>();
  /** Which kinds of node source were read for which node, to say what was missing. */
  readonly sourcesByNode = new Map<string, Set<string>>();
  /** Node logs that could not be tied to a node. */
  readonly unattributed = new Set<string>();
  /** Sources of no known node yet, by the folder whose `hostname` file may name it. */
  private readonly pendingSources = new Map<string, { kind: string; file: string }[]>();
  private readonly hostnames = new Map<string, string>();
  /** Boot times by node (or by hostname root, until the root's node is known). */
  private readonly boots: { node: string | null; root: string | null; boot: { at: string } | { seconds: number } }[] = [];

  setBoot(node: string | null, root: string | null, boot: { at: string } | { seconds: number }): void {
    this.boots.push({ node, root, boot });
  }

  /** A `hostname` file names the node of everything below `root`. */
  setHostname(root: string, hostname: string): void {
    this.hostnames.set(root, hostname);
  }

  seeSource(node: string | null, kind: string, file: string, root?: string): void {
    if (!node && root !== undefined) {
      const list = this.pendingSources.get(root) ?? [];
      list.push({ kind, file });
      this.pendingSources.set(root, list);
      return;
    }
    if (!node) {
      this.unattributed.add(file);
      return;
    }
    let s = this.sourcesByNode.get(node);
    if (!s) this.sourcesByNode.set(node, (s = new Set()));
    s.add(kind);
  }

  addSignal(signal: string, hit: LogHit): void {
    const key = `${signal}\u0000${hit.node ?? `\u0001${hit.root ?? ''}`}`;
    let t = this.tracks.get(key);
    if (!t) this.tracks.set(key, (t = { signal, node: hit.node, count: 0, head: [], tail: [] }));
    t.count++;
    const h = clip(hit);
    if (t.head.length < KEEP_HEAD) t.head.push(h);
    else {
      t.tail.push(h);
      if (t.tail.length > KEEP_TAIL) t.tail.shift();
    }
  }

  addPodLine(namespace: string, pod: string, hit: LogHit): void {
    const key = `${namespace}/${pod}`;
    let list = this.podLines.get(key);
    if (!list) this.podLines.set(key, (list = []));
    list.push(clip(hit));
    if (list.length > KEEP_PER_POD) list.shift();
  }

  signalTracks(): SignalTrack[] {
    return [...this.tracks.values()];
  }

  podLogLines(): Map<string, LogHit[]> {
    return this.podLines;
  }

  /**
   * Gives the lines of no known node the node their folder's `hostname` file names (the file may
   * come after the logs in the archive, so this waits for the end of the input).
   */
  resolveHostnames(): void {
    for (const [root, list] of this.pendingSources) {
      const host = this.hostnames.get(root);
      for (const { kind, file } of list) this.seeSource(host ?? null, kind, file);
    }
    this.pendingSources.clear();
    for (const [key, t] of [...this.tracks]) {
      if (t.node !== null) continue;
      const root = t.head[0]?.root;
      const host = root !== undefined ? this.hostnames.get(root) : undefined;
      if (!host) continue;
      this.tracks.delete(key);
      for (const h of [...t.head, ...t.tail]) h.node = host;
      const into = this.tracks.get(`${t.signal}\u0000${host}`);
      if (into) {
        into.count += t.count;
        into.tail.push(...t.head, ...t.tail);
        into.tail.splice(0, Math.max(0, into.tail.length - KEEP_TAIL));
      } else {
        this.tracks.set(`${t.signal}\u0000${host}`, { ...t, node: host });
      }
    }
  }

  /**
   * Puts dmesg lines that have only seconds since boot on the calendar, for nodes whose boot time
   * the bundle gives (`uptime`); the others keep no time, and their text keeps the seconds.
   */
  anchorBootTimes(collectedAt: string | null): void {
    const c = collectedAt ? Date.parse(collectedAt) : NaN;
    const bootByNode = new Map<string, number>();
    for (const b of this.boots) {
      const node = b.node ?? (b.root !== null ? this.hostnames.get(b.root) : undefined);
      if (!node) continue;
      const t = 'at' in b.boot ? Date.parse(b.boot.at) : Number.isNaN(c) ? NaN : c - b.boot.seconds * 1000;
      if (!Number.isNaN(t)) bootByNode.set(node, t);
    }
    const anchor = (h: LogHit) => {
      if (h.time || h.bootSeconds === undefined || !h.node) return;
      const boot = bootByNode.get(h.node);
      if (boot !== undefined) h.time = new Date(boot + h.bootSeconds * 1000).toISOString();
    };
    for (const t of this.tracks.values()) [...t.head, ...t.tail].forEach(anchor);
    for (const list of this.podLines.values()) list.forEach(anchor);
  }

  /** Places lines that print no year in the year that puts them at or before the collection time. */
  placeYears(collectedAt: string | null): void {
    if (!collectedAt) return;
    const c = Date.parse(collectedAt);
    if (Number.isNaN(c)) return;
    const year = new Date(c).getUTCFullYear();
    const place = (h: LogHit) => {
      if (h.time || !h.wallClock) return;
      for (const y of [year, year - 1]) {
        const t = Date.parse(`${y}-${h.wallClock}Z`);
        if (!Number.isNaN(t) && t <= c + 86_400_000) {
          h.time = new Date(t).toISOString();
          return;
        }
      }
    };
    for (const t of this.tracks.values()) [...t.head, ...t.tail].forEach(place);
    for (const list of this.podLines.values()) list.forEach(place);
  }
}

function clip(h: LogHit): LogHit {
  return h.text.length > MAX_TEXT ? { ...h, text: h.text.slice(0, MAX_TEXT) + '…' } : { ...h };
}
