/**
 * Recognises pasted kubectl / df text from its first lines, for files whose path says nothing.
 * Looks past a shell prompt or a Markdown fence; the earliest recognisable line decides.
 */

export type TextKind = 'describe-pod' | 'describe-node' | 'get-pods' | 'get-events' | 'df';

const MAX_LINES = 200;
const GET_PODS = /^\s*(?:NAMESPACE\s+)?NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\b/;
const GET_EVENTS = /^\s*(?:NAMESPACE\s+)?LAST\s?SEEN\s+(?:TYPE|FIRST\s?SEEN)\b/;
const DF = /^Filesystem\s+.*\bMounted\s+on\s*$/;
const NAME = /^Name:[ \t]+\S/;
const POD_KEYS = /^(?:Priority|Node|Service Account|Init Containers|Containers|QoS Class):/;
const NODE_KEYS = /^(?:Roles?|Taints|Unschedulable|Lease|System Info|Allocatable|Capacity):/;

/** What kind of text `head` (the start of a file) is, or null when it is none of these. */
export function sniffTextKind(head: string): TextKind | null {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const lines = text.split(/\r?\n/, MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (GET_PODS.test(line)) return 'get-pods';
    if (GET_EVENTS.test(line)) return 'get-events';
    if (DF.test(line)) return 'df';
    if (NAME.test(line)) {
      const kind = describeKind(lines, i + 1);
      if (kind) return kind;
    }
  }
  return null;
}

/** Looks at the keys that follow a `Name:` line, up to the next `Name:`. */
function describeKind(lines: string[], from: number): TextKind | null {
  let namespace = false;
  let podKey = false;
  let nodeKey = false;
  for (let j = from; j < lines.length; j++) {
    const l = lines[j]!;
    if (NAME.test(l)) break;
    if (/^Namespace:/.test(l)) namespace = true;
    else if (POD_KEYS.test(l)) podKey = true;
    else if (NODE_KEYS.test(l)) nodeKey = true;
  }
  if (namespace && podKey) return 'describe-pod';
  if (!namespace && nodeKey) return 'describe-node';
  return null;
}
