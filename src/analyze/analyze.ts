/** The whole flow for one run: read the inputs, detect, explain. Renderers take it from there. */
import { detectPodFindings } from '../detect/pod-findings.js';
import { detectNodeSignals } from '../detect/node-signals.js';
import { correlate, loadCorrelationConfig } from '../correlate/correlate.js';
import { findPatterns } from '../correlate/patterns.js';
import type { Finding } from '../detect/types.js';
import { buildReport } from '../explain/build-report.js';
import type { KnowledgeBase } from '../explain/knowledge-base.js';
import type { Lang } from '../knowledge/schema.js';
import { SEVERITIES, type Severity } from '../model/types.js';
import type { Report, ReportContext } from '../report/types.js';
import { readBundle, type ReadOptions } from './read-bundle.js';

export interface AnalyzeOptions extends ReadOptions {
  kb: KnowledgeBase;
  lang: Lang;
  redact: boolean;
  version: string;
  namespaces?: string[];
  /** Findings last seen before this time are left out. */
  since?: string;
  /** Or: findings last seen more than this long before the bundle was collected. */
  sinceMs?: number;
  minSeverity?: Severity;
}

export async function analyze(inputs: string[], opts: AnalyzeOptions): Promise<{ report: Report; context: ReportContext }> {
  const model = await readBundle(inputs, { ...opts, kb: opts.kb });
  let since = opts.since;
  if (!since && opts.sinceMs !== undefined) {
    const base = model.collectedAt ? Date.parse(model.collectedAt) : Date.now();
    since = new Date(base - opts.sinceMs).toISOString();
  }
  const signals = detectNodeSignals(model, opts.kb);
  const all = detectPodFindings(model, opts.kb);
  const cfg = loadCorrelationConfig();
  for (const gap of correlate(all, signals, model, opts.kb, cfg)) model.gaps.push(gap);
  const findings = all.filter((f) => keep(f, { ...opts, ...(since ? { since } : {}) }));
  const reported = signals.map(({ timeKnown: _, ...s }) => s);
  const causeSignals = new Map([...opts.kb.causes.values()].map((c) => [c.id, c.signals ?? []]));
  const patterns = findPatterns(findings, signals, cfg.nodeStoryMinPods, causeSignals);
  return buildReport(model, findings, reported, opts.kb, { lang: opts.lang, redact: opts.redact, version: opts.version }, patterns);
}

function keep(f: Finding, opts: AnalyzeOptions): boolean {
  if (opts.namespaces && opts.namespaces.length > 0 && !opts.namespaces.includes(f.namespace)) return false;
  if (opts.minSeverity && SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(opts.minSeverity)) return false;
  if (opts.since && f.lastSeen && f.lastSeen < opts.since) return false;
  return true;
}
