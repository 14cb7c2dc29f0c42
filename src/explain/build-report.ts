/**
 * explain: turns findings into the report of CONTRACT.md in the chosen language: the cause's
 * summary, the remediation steps with the finding's real names filled in, secrets redacted, and
 * the contract's order.
 */
import type { Finding } from '../detect/types.js';
import { LANGS, type Lang } from '../knowledge/schema.js';
import { SEVERITIES, type BundleModel, type Evidence } from '../model/types.js';
import { KnownSecrets, redact } from '../redact/redact.js';
import type { KnowledgeTexts, Report, ReportContext, ReportFinding, ReportPattern, ReportSignal } from '../report/types.js';
import type { Pattern } from '../correlate/patterns.js';
import { BUILTIN_DIR, type KnowledgeBase } from './knowledge-base.js';
import { hintSteps } from './hints.js';
import { readYamlFile } from '../util/yaml-file.js';

type PatternTemplates = Record<Pattern['scope'], Record<Lang, string>>;
let patternTemplates: PatternTemplates | null = null;

/** The sentence of a pattern in one language, from knowledge/patterns.yaml. */
function patternSentence(p: Pattern, kb: KnowledgeBase, lang: Lang): string {
  patternTemplates ??= readYamlFile(`${BUILTIN_DIR}/patterns.yaml`) as PatternTemplates;
  const values: Record<string, string> = {
    pods: String(p.pods),
    subject: p.subject,
    signal: p.signal ? kb.signals.get(p.signal)?.text[lang].title ?? p.signal : '',
    cause: kb.causes.get(p.cause)?.text[lang].summary ?? '',
  };
  return patternTemplates[p.scope][lang].replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => values[k] ?? '').trim();
}

export interface ExplainOptions {
  lang: Lang;
  redact: boolean;
  version: string;
}

const UNKNOWN_CAUSE: Record<Lang, string> = {
  en: 'The bundle does not show why; the alternatives list what could cause it.',
  zh: '数据包中没有足以判断原因的证据；备选原因列出了可能的情况。',
};

/**
 * What a value may look like to be put into a command people copy into a shell: Kubernetes names
 * (DNS labels and subdomains), image references, kind/name. Anything else from a hostile bundle
 * (spaces, quotes, `$(...)`, `;`) stays out of the command.
 */
const SAFE_VALUE: Record<string, RegExp> = {
  namespace: /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/,
  pod: /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/,
  container: /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/,
  node: /^[A-Za-z0-9]([-A-Za-z0-9.]{0,251}[A-Za-z0-9])?$/,
  image: /^[A-Za-z0-9][A-Za-z0-9._/:@+-]{0,511}$/,
  owner: /^[a-z]+\/[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/,
};

/** Fills `{{namespace}}`-style placeholders; a placeholder with no value, or an unsafe one, keeps its angle-bracket name. */
export function fillPlaceholders(step: string, values: Record<string, string | null | undefined>): string {
  return step.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    const v = values[name];
    const shape = SAFE_VALUE[name];
    return v && (!shape || shape.test(v)) ? v : `<${name}>`;
  });
}

function remediation(kb: KnowledgeBase, f: Finding, lang: Lang): string[] {
  const values = {
    namespace: f.namespace,
    pod: f.pod,
    container: f.container,
    node: f.node,
    image: f.facts.image,
    owner: f.owner ? `${f.owner.kind.toLowerCase()}/${f.owner.name}` : null,
  };
  const cause = kb.causes.get(f.cause.id);
  const reason = kb.reasons.get(f.reason);
  // The cause's steps first (they act on what was found), then the reason's general steps.
  // Before them, what detect worked out about this finding itself (the tag probably meant, ...).
  const steps = [...hintSteps(f, lang), ...(cause?.remediation[lang] ?? []), ...(reason?.remediation[lang] ?? [])];
  const seen = new Set<string>();
  return steps.map((s) => fillPlaceholders(s, values)).filter((s) => (seen.has(s) ? false : (seen.add(s), true)));
}

const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)$/;

/** The contract's times are RFC 3339 or null: a bundle's malformed timestamp does not pass as one. */
export function rfc3339OrNull(t: string | null | undefined): string | null {
  return typeof t === 'string' && RFC3339.test(t) && !Number.isNaN(Date.parse(t)) ? t : null;
}

function sortFindings(a: Finding, b: Finding): number {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity)
    || a.namespace.localeCompare(b.namespace)
    || a.pod.localeCompare(b.pod)
    || (a.container ?? '').localeCompare(b.container ?? '')
    || a.reason.localeCompare(b.reason);
}

export function buildReport(model: BundleModel, findings: Finding[], signals: ReportSignal[], kb: KnowledgeBase, opts: ExplainOptions, patterns: Pattern[] = []): { report: Report; context: ReportContext } {
  const known = opts.redact && model.secretValues && model.secretValues.length > 0 ? new KnownSecrets(model.secretValues) : null;
  const clean = opts.redact ? (s: string) => redact(s, known) : (s: string) => s;
  const cleanEvidence = (e: Evidence): Evidence => ({ ...e, time: rfc3339OrNull(e.time), text: clean(e.text) });
  const reportFindings: ReportFinding[] = [...findings].sort(sortFindings).map((f) => ({
    id: f.id,
    reason: f.reason,
    relatedReasons: f.relatedReasons,
    observed: f.observed.map(clean),
    severity: f.severity,
    namespace: f.namespace,
    pod: f.pod,
    container: f.container,
    node: f.node,
    owner: f.owner,
    count: f.count,
    firstSeen: rfc3339OrNull(f.firstSeen),
    lastSeen: rfc3339OrNull(f.lastSeen),
    cause: {
      id: f.cause.id,
      confidence: Math.round(f.cause.confidence * 100) / 100,
      summary: kb.causes.get(f.cause.id)?.text[opts.lang].summary ?? UNKNOWN_CAUSE[opts.lang],
    },
    alternatives: f.alternatives,
    signals: f.signals,
    evidence: f.evidence.map(cleanEvidence),
    remediation: remediation(kb, f, opts.lang).map(clean),
  }));
  const namespaces = new Set([...model.pods.map((p) => p.namespace), ...model.events.map((e) => e.namespace)]);
  const report: Report = {
    schemaVersion: 1,
    tool: { name: 'podmortem', version: opts.version },
    inputs: model.inputs,
    cluster: { nodes: model.nodes.length, pods: model.pods.length, namespaces: namespaces.size, collectedAt: rfc3339OrNull(model.collectedAt) },
    findings: reportFindings,
    signals: signals.map((s) => ({ ...s, firstSeen: rfc3339OrNull(s.firstSeen), lastSeen: rfc3339OrNull(s.lastSeen), evidence: s.evidence.map(cleanEvidence) })),
    patterns: patterns.map((pt): ReportPattern => ({ ...pt, summary: patternSentence(pt, kb, opts.lang) })),
    // Gap texts quote file names, link targets and parser messages from the bundle.
    gaps: model.gaps.map((g) => ({ ...g, missing: clean(g.missing), impact: clean(g.impact) })),
  };
  const reasonText: ReportContext['reasonText'] = {};
  for (const r of kb.reasons.values()) reasonText[r.id] = { title: r.text[opts.lang].title, summary: r.text[opts.lang].summary };
  const texts = {} as Record<Lang, KnowledgeTexts>;
  for (const lang of LANGS) {
    const t: KnowledgeTexts = { reasons: {}, causes: { unknown: UNKNOWN_CAUSE[lang] }, signals: {} };
    for (const r of kb.reasons.values()) t.reasons[r.id] = { title: r.text[lang].title, summary: r.text[lang].summary };
    for (const c of kb.causes.values()) t.causes[c.id] = c.text[lang].summary;
    for (const s of kb.signals.values()) t.signals[s.id] = { title: s.text[lang].title, summary: s.text[lang].summary };
    texts[lang] = t;
  }
  const patternText = {} as Record<Lang, Record<string, string>>;
  for (const lang of LANGS) patternText[lang] = Object.fromEntries(patterns.map((pt) => [pt.id, patternSentence(pt, kb, lang)]));
  return { report, context: { lang: opts.lang, reasonText, unrecognised: model.unrecognised.map(clean), redacted: opts.redact, texts, patternText } };
}
