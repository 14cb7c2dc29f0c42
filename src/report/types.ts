/** The JSON report of CONTRACT.md (schemaVersion 1): the one document every renderer formats. */
import type { Evidence, Gap, InputInfo, OwnerRef, Severity } from '../model/types.js';
import type { Lang } from '../knowledge/schema.js';

export interface ReportFinding {
  id: string;
  reason: string;
  relatedReasons: string[];
  observed: string[];
  severity: Severity;
  namespace: string;
  pod: string;
  container: string | null;
  node: string | null;
  owner: OwnerRef | null;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  cause: { id: string; confidence: number; summary: string };
  alternatives: { id: string; confidence: number }[];
  signals: string[];
  evidence: Evidence[];
  remediation: string[];
}

export interface ReportSignal {
  id: string;
  type: string;
  node: string;
  count: number;
  firstSeen: string | null;
  lastSeen: string | null;
  evidence: Evidence[];
}

/** A story many findings share: a node, an image or a namespace (src/correlate/patterns.ts). */
export interface ReportPattern {
  id: string;
  scope: 'node' | 'image' | 'namespace';
  subject: string;
  cause: string;
  signal: string | null;
  pods: number;
  /** Ids of the findings it groups. */
  findings: string[];
  summary: string;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: 'podmortem'; version: string };
  inputs: InputInfo[];
  cluster: { nodes: number; pods: number; namespaces: number; collectedAt: string | null };
  findings: ReportFinding[];
  signals: ReportSignal[];
  /** Beyond CONTRACT.md's fields (additive): cluster-wide stories that group findings, most pods first. */
  patterns: ReportPattern[];
  gaps: Gap[];
}

/** What renderers get beside the report: text that is not part of the JSON contract. */
export interface ReportContext {
  lang: Lang;
  /** Reason titles and summaries in the chosen language, by reason id. */
  reasonText: Record<string, { title: string; summary: string }>;
  /** Files read but not recognised, for the appendix. */
  unrecognised: string[];
  redacted: boolean;
  /**
   * Knowledge-base text in every language, for the HTML report's language switch (bundle-derived
   * text is never translated). Optional: renderers fall back to the report's own text.
   */
  texts?: Record<Lang, KnowledgeTexts>;
  /** Pattern sentences in every language, by pattern id, for the language switch. */
  patternText?: Record<Lang, Record<string, string>>;
}

/** Titles and summaries of reasons, causes and signals in one language, by id. */
export interface KnowledgeTexts {
  reasons: Record<string, { title: string; summary: string }>;
  /** Cause summaries by cause id, 'unknown' included. */
  causes: Record<string, string>;
  signals: Record<string, { title: string; summary: string }>;
}
