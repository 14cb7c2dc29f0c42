/**
 * The self-contained HTML report: one file, styles inline, no script and no request beyond itself
 * (the Content-Security-Policy says so). Handlebars' `{{ }}` escapes every value; the template
 * never uses triple braces, so nothing from the bundle becomes markup.
 */
import { readFileSync } from 'node:fs';
import Handlebars from 'handlebars';
import type { Report, ReportContext } from '../report/types.js';
import { groupFindings } from './group.js';

const TEMPLATE_PATH = new URL('../../templates/report.hbs', import.meta.url);
let compiled: HandlebarsTemplateDelegate | null = null;

const LABELS = {
  en: { cause: 'Cause', container: 'container', node: 'node', gaps: 'Not checked', none: 'No failing pods found.', findings: 'findings' },
  zh: { cause: '原因', container: '容器', node: '节点', gaps: '未能检查', none: '未发现失败的 Pod。', findings: '个问题' },
};

export function renderHtml(report: Report, ctx: ReportContext): string {
  compiled ??= Handlebars.create().compile(readFileSync(TEMPLATE_PATH, 'utf8'), { strict: false, noEscape: false });
  const labels = LABELS[ctx.lang];
  const groups = groupFindings(report.findings).map((g) => ({
    head: g.head,
    who: g.members.length > 1 && g.head.owner ? `${g.head.owner.kind} ${g.head.owner.name}` : g.head.pod,
    pods: g.members.length > 1 ? g.members.map((m) => m.pod).join(', ') : '',
    title: ctx.reasonText[g.head.reason]?.title ?? '',
    confidence: g.head.cause.confidence.toFixed(2),
  }));
  const verdict = report.findings.length === 0 ? labels.none : `${report.findings.length} ${labels.findings}`;
  return compiled({ ...report, lang: ctx.lang, labels, groups, verdict });
}
