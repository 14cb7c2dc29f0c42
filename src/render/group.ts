/**
 * Groups findings for people: replicas of one owner failing for the same reason and cause read as
 * one group (JSON keeps one finding per pod and container).
 */
import type { ReportFinding } from '../report/types.js';

export interface FindingGroup {
  key: string;
  head: ReportFinding;
  members: ReportFinding[];
}

export function groupFindings(findings: ReportFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const owner = f.owner ? `${f.owner.kind}/${f.owner.name}` : `Pod/${f.pod}`;
    const key = [f.severity, f.namespace, owner, f.container ?? '', f.reason, f.cause.id].join('\u0000');
    const g = groups.get(key);
    if (g) g.members.push(f);
    else groups.set(key, { key, head: f, members: [f] });
  }
  return [...groups.values()];
}
