/** Formats knowledge-base entries for `podmortem rules`. */
import type { KnowledgeBase } from '../explain/knowledge-base.js';
import type { Lang } from '../knowledge/schema.js';

export function renderRuleList(kb: KnowledgeBase, lang: Lang): string {
  const out: string[] = [];
  const section = (title: string, rows: [string, string][]) => {
    out.push(title);
    const w = Math.max(0, ...rows.map(([id]) => id.length));
    for (const [id, text] of rows) out.push(`  ${id.padEnd(w)}  ${text}`);
    out.push('');
  };
  section(lang === 'zh' ? '原因 (reasons)' : 'Reasons', [...kb.reasons.values()].map((r) => [r.id, r.text[lang].summary]));
  section(lang === 'zh' ? '根因 (causes)' : 'Causes', [...kb.causes.values()].map((c) => [c.id, c.text[lang].summary]));
  section(lang === 'zh' ? '节点信号 (signals)' : 'Node signals', [...kb.signals.values()].map((s) => [s.id, s.text[lang].summary]));
  return out.join('\n');
}

export function renderRuleEntry(kb: KnowledgeBase, lang: Lang, id: string): string | null {
  const r = kb.reasons.get(id);
  if (r) {
    const t = r.text[lang];
    return [`${r.id} — ${t.title}`, `severity: ${r.severity}  stage: ${r.stage}${r.seed ? `  seed: #${r.seed}` : ''}`, '', t.summary, '', t.why, '',
      ...r.remediation[lang].map((s, i) => `${i + 1}. ${s}`),
      '', `causes: ${[...kb.causes.values()].filter((c) => c.explains.includes(r.id)).map((c) => c.id).join(', ')}`, ''].join('\n');
  }
  const c = kb.causes.get(id);
  if (c) {
    const t = c.text[lang];
    return [`${c.id}`, `explains: ${c.explains.join(', ')}`, '', t.summary, '', t.why, '',
      ...c.remediation[lang].map((s, i) => `${i + 1}. ${s}`), ''].join('\n');
  }
  const s = kb.signals.get(id);
  if (s) {
    const t = s.text[lang];
    return [`${s.id} — ${t.title}`, `severity: ${s.severity}`, '', t.summary, ''].join('\n');
  }
  return null;
}
