/**
 * Runs the cause cases (cases/causes.ts) through classifyCause with the knowledge base: the exact
 * cause for the finding's reasons and texts, a confidence that one of its rules gives, and none of
 * the neighbours the case is there to keep out (neither picked nor offered as an alternative).
 */
import { describe, expect, it } from 'vitest';
import { classifyCause } from '../../src/detect/classify-cause.js';
import type { MatchText } from '../../src/detect/texts.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../src/explain/knowledge-base.js';
import type { ContainerState } from '../../src/model/types.js';
import { causeCases } from './cases/causes.js';
import type { CauseCase } from './cases/types.js';

const kb = loadKnowledgeBase();

/** The texts of a case as detect builds them; node log places (kubelet, containerd, dmesg, ...) keep their place, which is what rules' `in` test. */
export function matchTexts(c: CauseCase): MatchText[] {
  return c.texts.map((t, i) => {
    const m: MatchText = { text: t.text, lower: t.text.toLowerCase(), source: t.place as MatchText['source'], evidence: { file: 'case', line: i + 1, time: null, kind: t.place, text: t.text } };
    if (t.eventReason) m.eventReason = t.eventReason;
    return m;
  });
}

export function classify(k: KnowledgeBase, c: CauseCase) {
  const terminated: ContainerState[] = (c.terminated ?? []).map((s) => ({ state: 'terminated', ...s }));
  return classifyCause(k, { reasons: c.reasons, texts: matchTexts(c), terminated });
}

describe('causes: real lines through classifyCause', () => {
  it.each(causeCases.map((c) => [`${c.expect} <- ${c.reasons.join('+')}: ${c.name}`, c] as const))('%s', (_, c) => {
    const r = classify(kb, c);
    expect(r.cause.id).toBe(c.expect);
    if (c.expect === 'unknown') {
      expect(r.cause.confidence).toBe(0);
    } else {
      // the confidence is the one a rule of the chosen cause gives, within the range of its rules
      const rules = kb.causes.get(c.expect)!.compiledRules.map((x) => x.confidence);
      expect(rules).toContain(r.cause.confidence);
      expect(r.cause.confidence).toBeGreaterThanOrEqual(Math.min(...rules));
      expect(r.cause.confidence).toBeLessThanOrEqual(Math.max(...rules));
      // evidence: a text of the case, or (for exit-code and terminated-reason rules) nothing but a status line
      for (const e of r.evidence) expect(c.texts.map((t) => t.text)).toContain(e.text);
    }
    const offered = r.alternatives.filter((a) => a.confidence > 0).map((a) => a.id);
    for (const n of c.not ?? []) {
      expect(r.cause.id).not.toBe(n);
      expect(offered).not.toContain(n);
    }
  });

  it('a case never both expects and excludes a cause', () => {
    for (const c of causeCases) expect(c.not ?? [], c.name).not.toContain(c.expect);
  });

  it('every case names reasons the cause explains (else the case could not pass for the right reason)', () => {
    for (const c of causeCases) {
      if (c.expect === 'unknown') continue;
      expect(kb.causes.get(c.expect)!.explains.some((r) => c.reasons.includes(r)), c.name).toBe(true);
    }
  });
});
