/** Types of the knowledge base files; see SCHEMA.md beside this file. */
import type { EvidenceKind, Severity } from '../model/types.js';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** Where a pattern may look. `status` covers pod and container status messages and reasons. */
export type MatchSource = Extract<EvidenceKind, 'event' | 'status' | 'kubelet' | 'containerd' | 'crio' | 'cni' | 'dmesg' | 'container-log' | 'describe' | 'node-condition' | 'disk'>;

export interface TextPattern {
  regex: string;
  literal?: string;
  in?: MatchSource[];
  /** A line that also matches this is not a match (start-up noise that looks like the real thing). */
  unless?: string;
}

export interface ReasonText { title: string; summary: string; why: string }
export interface CauseText { summary: string; why: string }
export interface SignalText { title: string; summary: string }

export interface ReasonEntry {
  id: string;
  stage: string;
  seed?: number;
  severity: Severity;
  surfaces: {
    waitingReasons?: string[];
    terminatedReasons?: string[];
    podReasons?: string[];
    eventReasons?: string[];
    messages?: TextPattern[];
  };
  text: Record<Lang, ReasonText>;
  remediation: Record<Lang, string[]>;
  /** Set by the loader: the file it came from. */
  source?: string;
}

export interface CauseRule extends Partial<TextPattern> {
  exitCodes?: number[];
  terminatedReasons?: string[];
  eventReasons?: string[];
  confidence: number;
}

export interface CauseEntry {
  id: string;
  explains: string[];
  match: CauseRule[];
  signals?: string[];
  text: Record<Lang, CauseText>;
  remediation: Record<Lang, string[]>;
  source?: string;
}

export interface SignalEntry {
  id: string;
  severity: Severity;
  patterns?: TextPattern[];
  conditions?: { type: string; status: string }[];
  text: Record<Lang, SignalText>;
  source?: string;
}
