import type { Evidence, OwnerRef, Severity } from '../model/types.js';

/** A scored cause: a taxonomy cause id (or 'unknown') and how sure the evidence makes it. */
export interface ScoredCause {
  id: string;
  confidence: number;
}

/**
 * What detect decides about one failing container (or pod) and one reason. It holds no text for
 * people: `explain` adds that, `render` formats it.
 */
export interface Finding {
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
  cause: ScoredCause;
  alternatives: ScoredCause[];
  signals: string[];
  evidence: Evidence[];
  /** Facts the explain stage fills into remediation steps. */
  facts: {
    image?: string;
    exitCode?: number;
    /** Container ids (hex, runtime prefix removed) of the current and last run: node lines name them. */
    containerIds?: string[];
    /** When the last run ended, for choosing the node lines nearest to it. */
    terminatedAt?: string;
    /** image.not-found and the tag looks like a typo: the tag probably meant (detect/image-ref.ts). */
    tagSuggestion?: string;
    /** InvalidImageName: the rule of the reference format the image breaks (detect/image-ref.ts). */
    referenceRule?: string;
  };
  /** The pod is not in the bundle any more: the finding comes from its events only. */
  historical?: boolean;
}
