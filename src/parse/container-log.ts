/**
 * Keeps the last lines of a container log: what the process said before it died is the evidence
 * a crash loop needs, and nothing before it is kept, so memory does not grow with the log.
 */
import type { ContainerLog } from '../model/types.js';

export const TAIL_LINES = 20;

export class TailKeeper {
  private readonly lines: { line: number; text: string }[] = [];
  total = 0;
  constructor(private readonly max = TAIL_LINES) {}

  push(line: number, text: string): void {
    this.total++;
    this.lines.push({ line, text });
    if (this.lines.length > this.max) this.lines.shift();
  }

  toLog(meta: Omit<ContainerLog, 'tail' | 'totalLines'>): ContainerLog {
    // A trailing empty line is the file's final newline, not something the process said.
    const tail = this.lines.slice();
    while (tail.length > 0 && tail[tail.length - 1]!.text.trim() === '') tail.pop();
    return { ...meta, tail, totalLines: this.total };
  }
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
