/** Markdown for pasting into a ticket: a summary table, then one section per group with its evidence. */
import type { Report, ReportContext } from '../report/types.js';
import { groupFindings } from './group.js';

/** Bidirectional overrides and isolates: they make a line read as another. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g;

/** Text inside a table cell or a heading: no markup from the bundle, no line breaks, no pipes. */
export function mdInline(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(BIDI, '\uFFFD').replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

/** The longest run of backticks in `s` (a loop: spreading every run into Math.max overflows on long text). */
function longestBacktickRun(s: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = s.charCodeAt(i) === 96 ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** A code fence longer than any run of backticks in the content, so the content cannot close it. */
export function mdFence(lines: string[]): string {
  const body = lines.map((l) => l.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ').replace(BIDI, '\uFFFD')).join('\n');
  const longest = Math.max(2, longestBacktickRun(body));
  const fence = '`'.repeat(longest + 1);
  return `${fence}text\n${body}\n${fence}`;
}

/** Inline code whose content cannot close it: a backtick run longer than any inside, padded when needed. */
export function mdCode(s: string): string {
  const body = s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(BIDI, '\uFFFD');
  const longest = longestBacktickRun(body);
  const ticks = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body.startsWith(' ') || body.endsWith(' ') ? ' ' : '';
  return body.trim() === '' ? mdInline(body) : `${ticks}${pad}${body}${pad}${ticks}`;
}

/**
 * A remediation step: knowledge-base text with `code` spans, into which names from the bundle were
 * filled. Code spans stay code (in a fence their content cannot close), everything else is escaped,
 * so a backtick or a bracket in a name can neither end a span nor open markup.
 */
export function mdStep(step: string): string {
  const parts = step.split('`');
  // An odd number of parts means the backticks pair up; otherwise the last unpaired one is text.
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1 && i < paired) out += mdCode(part);
    else out += mdInline(i === parts.length - 1 && i >= paired ? `\`${part}` : part);
  }
  return out;
}

export function renderMarkdown(report: Report, ctx: ReportContext): string {
  const out: string[] = [];
  const zh = ctx.lang === 'zh';
  out.push(`# podmortem report`, '');
  out.push(`${zh ? '输入' : 'Inputs'}: ${report.inputs.map((i) => `${mdCode(i.path)} (${i.layouts.join(', ') || '-'})`).join(', ')}  `);
  const c = report.cluster;
  out.push(`${zh ? '集群' : 'Cluster'}: ${c.nodes} nodes, ${c.pods} pods, ${c.namespaces} namespaces${c.collectedAt ? `, collected ${c.collectedAt}` : ''}`, '');
  for (const p of report.patterns) out.push(`> **${mdInline(p.summary)}**`, '');
  if (report.findings.length === 0) {
    out.push(zh ? '未发现失败的 Pod。' : 'No failing pods found.', '');
  } else {
    out.push(`| ${zh ? '级别' : 'Severity'} | ${zh ? '原因' : 'Reason'} | ${zh ? '命名空间/Pod' : 'Namespace/Pod'} | ${zh ? '容器' : 'Container'} | ${zh ? '节点' : 'Node'} | ${zh ? '根因' : 'Cause'} |`);
    out.push('|---|---|---|---|---|---|');
    for (const f of report.findings) {
      out.push(`| ${f.severity} | ${f.reason} | ${mdInline(f.namespace)}/${mdInline(f.pod)} | ${f.container ? mdInline(f.container) : '-'} | ${f.node ? mdInline(f.node) : '-'} | ${f.cause.id} (${f.cause.confidence.toFixed(2)}) |`);
    }
    out.push('');
  }
  for (const g of groupFindings(report.findings)) {
    const f = g.head;
    const who = g.members.length > 1 && f.owner ? `${mdInline(f.owner.kind)} ${mdInline(f.owner.name)} (${g.members.length} pods)` : mdInline(f.pod);
    out.push(`## ${f.reason}: ${mdInline(f.namespace)}/${who}`, '');
    const title = ctx.reasonText[f.reason]?.title;
    if (title) out.push(`*${mdInline(title)}*`, '');
    out.push(`- **${zh ? '根因' : 'Cause'}**: \`${f.cause.id}\` (${f.cause.confidence.toFixed(2)}): ${mdInline(f.cause.summary)}`);
    if (f.relatedReasons.length > 0) out.push(`- **${zh ? '相关原因' : 'Related'}**: ${f.relatedReasons.join(', ')}`);
    if (g.members.length > 1) out.push(`- **Pods**: ${g.members.map((m) => mdInline(m.pod)).join(', ')}`);
    if (f.container) out.push(`- **${zh ? '容器' : 'Container'}**: ${mdInline(f.container)}`);
    const nodes = [...new Set(g.members.map((m) => m.node).filter((n): n is string => !!n))];
    if (nodes.length > 0) out.push(`- **${zh ? '节点' : 'Node'}**: ${nodes.map(mdInline).join(', ')}`);
    out.push('');
    if (f.evidence.length > 0) {
      out.push(`**${zh ? '证据' : 'Evidence'}**`, '');
      out.push(mdFence(f.evidence.map((e) => `${e.file}:${e.line}  ${e.text}`)), '');
    }
    if (f.remediation.length > 0) {
      out.push(`**${zh ? '处理建议' : 'What to do'}**`, '');
      f.remediation.forEach((s, i) => out.push(`${i + 1}. ${mdStep(s)}`));
      out.push('');
    }
  }
  if (report.gaps.length > 0) {
    out.push(`## ${zh ? '未能检查' : 'Not checked'}`, '');
    for (const g of report.gaps) out.push(`- ${g.node ? `${mdInline(g.node)}: ` : ''}${mdInline(g.missing)}: ${mdInline(g.impact)}`);
    out.push('');
  }
  return out.join('\n');
}
