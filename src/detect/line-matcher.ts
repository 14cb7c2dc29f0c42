/**
 * Decides, as node log lines stream past, which few are worth keeping: those that show a node
 * signal, and those that the reason and cause rules could use as evidence for a pod. Everything
 * else is dropped on the spot, so memory does not grow with the logs. Literal prefilters run
 * first; a regular expression only sees the lines whose literal matched.
 */
import { patternMatches, type CompiledPattern, type KnowledgeBase } from '../explain/knowledge-base.js';
import { LineGate } from './line-gate.js';
import { LiteralSet } from './literal-set.js';
import { requiredLiterals, requiredRuns } from './literals.js';

export interface LineVerdict {
  signals: string[];
  /** The line may explain a pod's failure (reason/cause patterns for this log kind). */
  podRelevant: boolean;
}

const NONE: LineVerdict = { signals: [], podRelevant: false };

interface Entry {
  /** The signal it shows, or null for a pattern that may explain a pod. */
  signal: string | null;
  p: CompiledPattern;
  /** One of these (lower case) is in every line the pattern matches; null: none known. */
  lits: string[] | null;
}

/** The patterns that apply to one kind of line, split by whether a literal gates them. */
interface KindTable {
  /** All literals of the gated patterns, searched in one pass. */
  literals: LiteralSet | null;
  /** For each literal of `literals`, the positions in `gated` of the patterns it gates. */
  gates: number[][];
  gated: Entry[];
  always: Entry[];
}

const LOG_KINDS = ['kubelet', 'containerd', 'crio', 'cni', 'dmesg', 'disk'];

export class LineMatcher {
  private readonly tables = new Map<string, KindTable>();
  /** The required text of every pattern: a raw line that fails it is of no use to any pattern. */
  private readonly gate: LineGate | null;

  constructor(kb: KnowledgeBase) {
    const entries: Entry[] = [];
    const entry = (signal: string | null, p: CompiledPattern): Entry => ({ signal, p, lits: requiredLiterals(p.regex.source, p.literal) });
    for (const s of kb.signals.values()) for (const p of s.compiledPatterns) entries.push(entry(s.id, p));
    const podKinds = ['kubelet', 'containerd', 'crio', 'cni'];
    const forPods = (p: CompiledPattern) => p.in !== null && podKinds.some((k) => p.in!.has(k));
    for (const r of kb.reasons.values()) for (const p of r.compiledMessages) if (forPods(p)) entries.push(entry(null, p));
    for (const c of kb.causes.values()) for (const rule of c.compiledRules) if (rule.pattern && forPods(rule.pattern)) entries.push(entry(null, rule.pattern));
    // One table per kind of line, so that a kubelet line never meets a dmesg-only pattern.
    for (const kind of LOG_KINDS) {
      const table: KindTable = { literals: null, gates: [], gated: [], always: [] };
      for (const e of entries) {
        if (e.p.in && !e.p.in.has(kind)) continue;
        (e.lits ? table.gated : table.always).push(e);
      }
      if (table.gated.length > 0) {
        const set = new LiteralSet(table.gated.flatMap((e) => e.lits!));
        table.literals = set;
        table.gates = set.literals.map(() => []);
        table.gated.forEach((e, i) => {
          for (const l of e.lits!) table.gates[set.literals.indexOf(l)]!.push(i);
        });
      }
      this.tables.set(kind, table);
    }
    // The gate on raw lines: only patterns that can look at node log lines count (an event-only
    // pattern without a literal must not switch the gate off for every log line).
    const forLogs = entries.filter((e) => !e.p.in || LOG_KINDS.some((k) => e.p.in!.has(k)));
    const runs = forLogs.map((e) => requiredRuns(e.p.regex.source, e.p.literal));
    this.gate = runs.every((r) => r !== null) ? LineGate.of(runs.flatMap((r) => r!)) : null;
  }

  /** The search a raw line must pass to matter to any pattern, or null when every line must be looked at. */
  rawGate(): LineGate | null {
    return this.gate;
  }

  /** Whether a raw line could matter to any pattern at all: lines that cannot are not even parsed. */
  mayMatch(rawLine: string): boolean {
    return this.gate === null || this.gate.test(rawLine);
  }

  match(text: string, kind: string): LineVerdict {
    const table = this.tables.get(kind);
    if (!table) return NONE;
    // One search finds the literals the line holds: only the patterns they gate are tried.
    let found: Set<number> | null = null;
    if (table.literals) {
      table.literals.forEachFound(text, (l) => {
        for (const i of table.gates[l]!) (found ??= new Set()).add(i);
      });
    }
    const candidates = found === null ? table.always
      : [...table.always, ...[...(found as Set<number>)].sort((a, b) => a - b).map((i) => table.gated[i]!)];
    if (candidates.length === 0) return NONE;
    const lower = text.toLowerCase();
    let signals: string[] | null = null;
    let podRelevant = false;
    for (const { signal, p } of candidates) {
      if (signal !== null && signals?.includes(signal)) continue;
      if (signal === null && podRelevant) continue;
      if (!patternMatches(p, text, lower, kind)) continue;
      if (signal !== null) (signals ??= []).push(signal);
      else podRelevant = true;
    }
    if (!signals && !podRelevant) return NONE;
    return { signals: signals ?? [], podRelevant };
  }

  /** Patterns that no literal gates, by kind: each is tried on every line of that kind. */
  ungated(): Record<string, string[]> {
    return Object.fromEntries([...this.tables].map(([k, t]) => [k, t.always.map((e) => e.p.regex.source)]));
  }
}

const KLOG_POD = /\bpod="([a-z0-9.-]{1,253})\/([a-z0-9.-]{1,253})"/;
const SANDBOX_META = /PodSandboxMetadata\{Name:([a-z0-9.-]{1,253}),Uid:[^,]{0,64},Namespace:([a-z0-9.-]{1,253})/;
const OLD_KUBELET_POD = /pod "([a-z0-9.-]{1,253})_([a-z0-9.-]{1,253})\(/;

/** The pod a kubelet or runtime line names, when it names one. */
export function podOfLine(text: string): { namespace: string; pod: string } | null {
  let m = KLOG_POD.exec(text);
  if (m) return { namespace: m[1]!, pod: m[2]! };
  m = SANDBOX_META.exec(text);
  if (m) return { namespace: m[2]!, pod: m[1]! };
  m = OLD_KUBELET_POD.exec(text);
  if (m) return { namespace: m[2]!, pod: m[1]! };
  return null;
}
