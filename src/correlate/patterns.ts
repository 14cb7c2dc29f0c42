/**
 * Cluster-wide patterns: when many findings share one story, the story is the finding people need
 * first. Many pods on one node tied to one node signal (the node is the story); one image failing
 * to pull on several nodes (the registry or the image is the story); several workloads of one
 * namespace failing for one configuration cause while other namespaces are fine (a secret, a
 * config map or a quota of that namespace is the story).
 */
import { createHash } from 'node:crypto';
import type { NodeSignal } from '../detect/node-signals.js';
import type { Finding } from '../detect/types.js';

export type PatternScope = 'node' | 'image' | 'namespace';

export interface Pattern {
  id: string;
  scope: PatternScope;
  /** The node name, image reference or namespace the pattern is about. */
  subject: string;
  cause: string;
  /** The node signal type behind a node pattern. */
  signal: string | null;
  pods: number;
  findings: string[];
}

const IMAGE_CAUSES = new Set(['image.not-found', 'image.corrupt', 'image.platform-mismatch', 'registry.auth', 'registry.rate-limit', 'registry.dns', 'registry.unreachable', 'registry.tls', 'registry.server-error']);
const NAMESPACE_CAUSES = new Set(['app.config-missing', 'security.policy-denied']);

function patternId(scope: string, subject: string, cause: string): string {
  return 'p-' + createHash('sha256').update(`${scope}\u0000${subject}\u0000${cause}`).digest('hex').slice(0, 12);
}

function add(into: Map<string, Pattern>, scope: PatternScope, subject: string, cause: string, signal: string | null, f: Finding): void {
  const key = `${scope}\u0000${subject}\u0000${cause}`;
  let p = into.get(key);
  if (!p) into.set(key, (p = { id: patternId(scope, subject, cause), scope, subject, cause, signal, pods: 0, findings: [] }));
  p.findings.push(f.id);
}

/**
 * `causeSignals` says which signal types each cause reads (knowledge base `signals`): a node is the
 * story only through a signal that explains the findings' cause.
 */
export function findPatterns(findings: Finding[], signals: NodeSignal[], minPods: number, causeSignals: Map<string, string[]>): Pattern[] {
  const signalType = new Map(signals.map((s) => [s.id, s.type]));
  const candidates = new Map<string, Pattern>();
  for (const f of findings) {
    if (f.historical) continue;
    // node: the finding's cause came from a signal of its node
    if (f.node) {
      for (const sid of f.signals) {
        const type = signalType.get(sid);
        if (type && causeSignals.get(f.cause.id)?.includes(type)) add(candidates, 'node', f.node, f.cause.id, type, f);
      }
    }
    if (f.facts.image && IMAGE_CAUSES.has(f.cause.id)) add(candidates, 'image', f.facts.image, f.cause.id, null, f);
    if (NAMESPACE_CAUSES.has(f.cause.id)) add(candidates, 'namespace', f.namespace, f.cause.id, null, f);
  }
  const byId = new Map(findings.map((f) => [f.id, f]));
  const out: Pattern[] = [];
  for (const p of candidates.values()) {
    const members = p.findings.map((id) => byId.get(id)!);
    p.pods = new Set(members.map((f) => `${f.namespace}/${f.pod}`)).size;
    if (p.pods < minPods) continue;
    if (p.scope === 'image' && new Set(members.map((f) => f.node ?? '')).size < 2) continue;
    if (p.scope === 'namespace' && new Set(members.map((f) => f.owner ? `${f.owner.kind}/${f.owner.name}` : f.pod)).size < 2) continue;
    out.push(p);
  }
  return out.sort((a, b) => b.pods - a.pods || a.scope.localeCompare(b.scope) || a.subject.localeCompare(b.subject));
}
