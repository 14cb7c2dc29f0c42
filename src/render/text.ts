/** The terminal summary: compact, one group per block, colour only where it helps and is allowed. */
import type { Report, ReportContext } from '../report/types.js';
import { groupFindings } from './group.js';
import { terminalSafe as safe } from './terminal-safe.js';

export interface TextOptions {
  color: boolean;
  /** Evidence lines shown per group (the JSON and HTML have all). */
  evidenceLines?: number;
  width?: number;
}

const LABELS = {
  en: { findings: 'findings', none: 'No failing pods found.', cause: 'cause', evidence: 'evidence', todo: 'what to do', gaps: 'Not checked', alternatives: 'or', pods: 'pods', node: 'node', container: 'container', more: 'more lines', collected: 'collected', inputs: 'input', nodes: 'nodes' },
  zh: { findings: '个问题', none: '未发现失败的 Pod。', cause: '原因', evidence: '证据', todo: '处理建议', gaps: '未能检查', alternatives: '或', pods: '个 Pod', node: '节点', container: '容器', more: '行未显示', collected: '采集于', inputs: '输入', nodes: '节点' },
};

export function renderText(report: Report, ctx: ReportContext, opts: TextOptions): string {
  const L = LABELS[ctx.lang];
  const c = (code: string, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sev: Record<string, (s: string) => string> = {
    critical: (s) => c('1;31', s), error: (s) => c('31', s), warning: (s) => c('33', s), info: (s) => c('36', s),
  };
  const out: string[] = [];
  const cl = report.cluster;
  const layouts = [...new Set(report.inputs.flatMap((i) => i.layouts))].join(', ') || '-';
  out.push(c('1', `podmortem ${report.tool.version}`) + ` — ${report.inputs.map((i) => safe(i.path)).join(', ')} (${layouts})`);
  out.push(`${cl.nodes} ${L.nodes}, ${cl.pods} pods, ${cl.namespaces} namespaces${cl.collectedAt ? `, ${L.collected} ${cl.collectedAt}` : ''}`);
  out.push('');
  if (report.findings.length === 0) {
    out.push(c('32', L.none));
  } else {
    const counts = ['critical', 'error', 'warning', 'info']
      .map((s) => [s, report.findings.filter((f) => f.severity === s).length] as const)
      .filter(([, n]) => n > 0).map(([s, n]) => sev[s]!(`${n} ${s}`));
    out.push(c('1', `${report.findings.length} ${L.findings}: `) + counts.join(', '));
  }
  for (const p of report.patterns) out.push(`${c('1', '▶')} ${safe(p.summary)}`);
  const maxEvidence = opts.evidenceLines ?? 4;
  for (const g of groupFindings(report.findings)) {
    const f = g.head;
    out.push('');
    const who = g.members.length > 1 && f.owner
      ? `${safe(f.namespace)}/${safe(f.owner.kind)} ${safe(f.owner.name)} (${g.members.length} ${L.pods}: ${g.members.map((m) => safe(m.pod)).join(', ')})`
      : `${safe(f.namespace)}/${safe(f.pod)}${f.owner ? ` (${safe(f.owner.kind)} ${safe(f.owner.name)})` : ''}`;
    const nodes = [...new Set(g.members.map((m) => m.node).filter((n): n is string => !!n))];
    const where = [f.container ? `${L.container} ${safe(f.container)}` : '', nodes.length > 0 ? `${L.node} ${nodes.map(safe).join(', ')}` : ''].filter(Boolean).join(', ');
    const related = f.relatedReasons.length > 0 ? ` (+${f.relatedReasons.join(', ')})` : '';
    out.push(`${sev[f.severity]!(f.severity.toUpperCase().padEnd(8))} ${c('1', f.reason)}${related}  ${who}${where ? `  ${where}` : ''}`);
    const title = ctx.reasonText[f.reason]?.title;
    if (title) out.push(`         ${title}`);
    const alts = f.alternatives.filter((a) => a.confidence > 0).map((a) => `${a.id} ${a.confidence.toFixed(2)}`);
    out.push(`  ${L.cause}: ${c('1', f.cause.id)} (${f.cause.confidence.toFixed(2)}) — ${safe(f.cause.summary)}${alts.length > 0 ? `  [${L.alternatives}: ${alts.join(', ')}]` : ''}`);
    if (f.evidence.length > 0) {
      out.push(`  ${L.evidence}:`);
      for (const e of f.evidence.slice(0, maxEvidence)) out.push(`    ${c('2', `${safe(e.file)}:${e.line}`)}  ${clip(safe(e.text), opts.width ?? 160)}`);
      if (f.evidence.length > maxEvidence) out.push(`    … ${f.evidence.length - maxEvidence} ${L.more}`);
    }
    if (f.remediation.length > 0) {
      out.push(`  ${L.todo}:`);
      f.remediation.slice(0, 3).forEach((s, i) => out.push(`    ${i + 1}. ${safe(s)}`));
    }
  }
  if (report.gaps.length > 0) {
    out.push('');
    out.push(c('1', `${L.gaps}:`));
    for (const gap of report.gaps.slice(0, 20)) out.push(`  - ${gap.node ? `${safe(gap.node)}: ` : ''}${safe(gap.missing)} — ${safe(gap.impact)}`);
    if (report.gaps.length > 20) out.push(`  … ${report.gaps.length - 20}`);
  }
  return out.join('\n') + '\n';
}

function clip(s: string, width: number): string {
  return s.length > width ? s.slice(0, width - 1) + '…' : s;
}
