/**
 * Decides, as node log lines stream past, which few are worth keeping: those that show a node
 * signal, and those that the reason and cause rules could use as evidence for a pod. Everything
 * else is dropped on the spot, so memory does not grow with the logs. Literal prefilters run
 * first; a regular expression only sees the lines whose literal matched.
 */
import { patternMatches, type CompiledPattern, type KnowledgeBase } from '../explain/knowledge-base.js';

export interface LineVerdict {
  signals: string[];
  /** The line may explain a pod's failure (reason/cause patterns for this log kind). */
  podRelevant: boolean;
}

const NONE: LineVerdict = { signals: [], podRelevant: false };

export class LineMatcher {
  private readonly signalPatterns: { id: string; p: CompiledPattern }[] = [];
  private readonly podPatterns: CompiledPattern[] = [];

  constructor(kb: KnowledgeBase) {
    for (const s of kb.signals.values()) for (const p of s.compiledPatterns) this.signalPatterns.push({ id: s.id, p });
    const logKinds = ['kubelet', 'containerd', 'crio', 'cni'];
    const forLogs = (p: CompiledPattern) => !p.in || logKinds.some((k) => p.in!.has(k));
    for (const r of kb.reasons.values()) for (const p of r.compiledMessages) if (forLogs(p) && p.in) this.podPatterns.push(p);
    for (const c of kb.causes.values()) for (const rule of c.compiledRules) if (rule.pattern && rule.pattern.in && forLogs(rule.pattern)) this.podPatterns.push(rule.pattern);
  }

  match(text: string, kind: string): LineVerdict {
    const lower = text.toLowerCase();
    let signals: string[] | null = null;
    for (const { id, p } of this.signalPatterns) {
      if (patternMatches(p, text, lower, kind) && !(signals ??= []).includes(id)) signals.push(id);
    }
    let podRelevant = false;
    for (const p of this.podPatterns) {
      if (patternMatches(p, text, lower, kind)) {
        podRelevant = true;
        break;
      }
    }
    if (!signals && !podRelevant) return NONE;
    return { signals: signals ?? [], podRelevant };
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
