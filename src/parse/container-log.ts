/**
 * Keeps the last lines of a container log: what the process said before it died is the evidence
 * a crash loop needs, and nothing before it is kept, so memory does not grow with the log.
 */
import type { ContainerLog } from '../model/types.js';

/**
 * Lines kept from the end of each container log: the findings cite the last 8 (LOG_LINES_AS_EVIDENCE
 * in detect/pod-findings.ts), and a few more stand in for blank lines at the very end. A bundle can
 * hold tens of thousands of logs, so what is kept per log is what memory grows with.
 */
export const TAIL_LINES = 12;
/** Longest tail line kept, in bytes: evidence shows at most a few thousand characters of a line. */
export const TAIL_LINE_MAX = 4096;

export class TailKeeper {
  private readonly lines: { line: number; text: string }[] = [];
  total = 0;
  constructor(private readonly max = TAIL_LINES) {}

  push(line: number, text: string): void {
    this.total++;
    this.lines.push({ line, text: text.length > TAIL_LINE_MAX ? text.slice(0, TAIL_LINE_MAX) : text });
    if (this.lines.length > this.max) this.lines.shift();
  }

  toLog(meta: Omit<ContainerLog, 'tail' | 'totalLines'>): ContainerLog {
    return containerLog(meta, this.lines, this.total);
  }
}

/** A container log from its last lines and its line count. */
export function containerLog(meta: Omit<ContainerLog, 'tail' | 'totalLines'>, lines: { line: number; text: string }[], total: number): ContainerLog {
  // Blank lines at the end (the file's final newline, padding) are not something the process said.
  const tail = lines.slice();
  while (tail.length > 0 && tail[tail.length - 1]!.text.trim() === '') tail.pop();
  // Copies: a line cut out of a large decoded chunk would otherwise keep the whole chunk alive.
  return { ...meta, tail: tail.map((l) => ({ line: l.line, text: Buffer.from(l.text, 'utf8').toString('utf8') })), totalLines: total };
}

const START = /^==== START logs for container (\S+) of pod ([^/\s]+)\/(\S+) ====$/;
const END = /^==== END logs for container (\S+) of pod ([^/\s]+)\/(\S+) ====$/;

export interface LogBlockMarker {
  type: 'start' | 'end';
  container: string;
  namespace: string;
  pod: string;
}

/** Recognises the markers `kubectl cluster-info dump` puts around each container's log. */
export function logBlockMarker(text: string): LogBlockMarker | null {
  const m = START.exec(text) ?? END.exec(text);
  if (!m) return null;
  return { type: text.startsWith('==== START') ? 'start' : 'end', container: m[1]!, namespace: m[2]!, pod: m[3]! };
}
