/**
 * The knowledge base against the project's vocabulary (test/fixtures/taxonomy.yaml, a copy of
 * shared/taxonomy.yaml): every reason, cause and signal has an entry and no entry is extra; texts
 * in English and Chinese; remediation steps that pair up; `explains` as the taxonomy says; every
 * pattern compiles, passes the safety check and has a lower-case literal; and every id has real
 * lines that show it and real lines that must not (the case tables of cases/).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import { checkPatternSafety } from '../../src/explain/pattern-safety.js';
import type { TextPattern } from '../../src/knowledge/schema.js';
import { causeCases } from './cases/causes.js';
import { reasonCases } from './cases/reasons.js';
import { signalCases } from './cases/signals.js';

interface Taxonomy {
  reasons: Record<string, { seed?: number; stage: string; surfacesAs?: string }>;
  causes: Record<string, { explains: string[]; what: string }>;
  signals: Record<string, string>;
}

const taxonomy = parseYaml(readFileSync(new URL('../fixtures/taxonomy.yaml', import.meta.url), 'utf8')) as Taxonomy;
const kb = loadKnowledgeBase();

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const KNOWN_PLACEHOLDERS = new Set(['namespace', 'pod', 'container', 'node', 'image', 'owner']);
const SOURCES = new Set(['event', 'status', 'kubelet', 'containerd', 'crio', 'cni', 'dmesg', 'container-log', 'describe', 'node-condition', 'disk']);

const reasonIds = Object.keys(taxonomy.reasons).sort();
const causeIds = Object.keys(taxonomy.causes).sort();
const signalIds = Object.keys(taxonomy.signals).sort();

function placeholders(step: string): string[] {
  return [...step.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/** Texts in both languages: non-empty, Chinese with CJK characters, English without. */
function checkTexts(id: string, text: Record<'en' | 'zh', Record<string, string>>, fields: string[]): void {
  for (const f of fields) {
    expect(text.en[f], `${id} text.en.${f}`).toMatch(/\S/);
    expect(text.en[f], `${id} text.en.${f} is English`).not.toMatch(CJK);
    expect(text.zh[f], `${id} text.zh.${f} is Chinese`).toMatch(CJK);
  }
}

/** Remediation in both languages, the same number of steps, step i naming the same placeholders in both. */
function checkRemediation(id: string, r: Record<'en' | 'zh', string[]>): void {
  expect(r.en.length, `${id} remediation.en`).toBeGreaterThan(0);
  expect(r.zh.length, `${id} remediation: as many steps in zh as in en`).toBe(r.en.length);
  r.en.forEach((step, i) => {
    const zh = r.zh[i]!;
    expect(zh, `${id} remediation.zh[${i}] is Chinese`).toMatch(CJK);
    expect(placeholders(zh), `${id} remediation[${i}]: the same placeholders in en and zh`).toEqual(placeholders(step));
    for (const p of placeholders(step)) expect(KNOWN_PLACEHOLDERS.has(p), `${id} remediation[${i}]: unknown placeholder {{${p}}}`).toBe(true);
  });
}

function checkPattern(where: string, p: Partial<TextPattern>): void {
  expect(typeof p.regex, `${where}: regex`).toBe('string');
  expect(checkPatternSafety(p.regex!), `${where}: safety`).toBeNull();
  expect(() => new RegExp(p.regex!, 'i'), `${where}: compiles`).not.toThrow();
  if (p.unless !== undefined) {
    expect(checkPatternSafety(p.unless), `${where}: unless safety`).toBeNull();
    expect(() => new RegExp(p.unless!, 'i'), `${where}: unless compiles`).not.toThrow();
  }
  if (p.literal !== undefined) expect(p.literal, `${where}: literal is lower-case`).toBe(p.literal.toLowerCase());
  expect(p.in, `${where}: in`).toBeDefined();
  for (const s of p.in ?? []) expect(SOURCES.has(s), `${where}: in '${s}'`).toBe(true);
}

describe('the knowledge base covers the taxonomy, no more', () => {
  it('every reason, cause and signal of the taxonomy has an entry, and there is no other', () => {
    expect([...kb.reasons.keys()].sort()).toEqual(reasonIds);
    expect([...kb.causes.keys()].sort()).toEqual(causeIds);
    expect([...kb.signals.keys()].sort()).toEqual(signalIds);
  });

  it('each entry is in the file named after its id', () => {
    for (const [folder, map] of [['reasons', kb.reasons], ['causes', kb.causes], ['signals', kb.signals]] as const) {
      for (const [id, e] of map) expect(basename(e.source!), `${folder}/${id}`).toBe(`${id}.yaml`);
    }
  });
});

describe.each(reasonIds)('reason %s', (id) => {
  const r = kb.reasons.get(id)!;
  it('stage and seed as in the taxonomy', () => {
    expect(r.stage).toBe(taxonomy.reasons[id]!.stage);
    expect(r.seed).toBe(taxonomy.reasons[id]!.seed);
  });
  it('title, summary and why in en and zh; remediation in both, step for step', () => {
    checkTexts(id, r.text as never, ['title', 'summary', 'why']);
    checkRemediation(id, r.remediation);
  });
  it('surfaces: at least one, every message pattern safe', () => {
    const s = r.surfaces;
    const count = (s.waitingReasons?.length ?? 0) + (s.terminatedReasons?.length ?? 0) + (s.podReasons?.length ?? 0) + (s.eventReasons?.length ?? 0) + (s.messages?.length ?? 0);
    expect(count).toBeGreaterThan(0);
    (s.messages ?? []).forEach((m, i) => checkPattern(`${id} surfaces.messages[${i}]`, m));
  });
});

describe.each(causeIds)('cause %s', (id) => {
  const c = kb.causes.get(id)!;
  it('explains exactly the reasons the taxonomy lists', () => {
    expect([...c.explains].sort()).toEqual([...taxonomy.causes[id]!.explains].sort());
    expect(new Set(c.explains).size).toBe(c.explains.length);
  });
  it('summary and why in en and zh; remediation in both, step for step', () => {
    checkTexts(id, c.text as never, ['summary', 'why']);
    checkRemediation(id, c.remediation);
  });
  it('rules: each has a confidence in (0, 1] and safe patterns; signals are taxonomy signals', () => {
    expect(c.match.length).toBeGreaterThan(0);
    c.match.forEach((rule, i) => {
      expect(rule.confidence, `${id} match[${i}].confidence`).toBeGreaterThan(0);
      expect(rule.confidence, `${id} match[${i}].confidence`).toBeLessThanOrEqual(1);
      if (rule.regex !== undefined) checkPattern(`${id} match[${i}]`, rule);
    });
    for (const s of c.signals ?? []) expect(signalIds, `${id} signals`).toContain(s);
  });
});

describe.each(signalIds)('signal %s', (id) => {
  const s = kb.signals.get(id)!;
  it('title and summary in en and zh', () => {
    checkTexts(id, s.text as never, ['title', 'summary']);
  });
  it('shown by patterns or conditions, every pattern safe', () => {
    expect((s.patterns?.length ?? 0) + (s.conditions?.length ?? 0)).toBeGreaterThan(0);
    (s.patterns ?? []).forEach((p, i) => checkPattern(`${id} patterns[${i}]`, p));
  });
});

describe('every id has real lines that show it and lines that must not', () => {
  const table = (name: string, ids: string[], cases: { expect: string[] | string; not?: string[] }[]) => {
    it(`${name}: a positive and a negative case for each id, and no id outside the taxonomy`, () => {
      const pos = new Set(cases.flatMap((c) => (Array.isArray(c.expect) ? c.expect : [c.expect])));
      const neg = new Set(cases.flatMap((c) => c.not ?? []));
      pos.delete('unknown');
      const missing = ids.flatMap((id) => [...(pos.has(id) ? [] : [`${id}: no positive case`]), ...(neg.has(id) ? [] : [`${id}: no negative case`])]);
      expect(missing).toEqual([]);
      expect([...pos, ...neg].filter((id) => !ids.includes(id))).toEqual([]);
    });
  };
  table('reasons', reasonIds, reasonCases);
  table('causes', causeIds, causeCases);
  table('signals', signalIds, signalCases);

  it('causes: every case names taxonomy reasons', () => {
    for (const c of causeCases) for (const r of c.reasons) expect(reasonIds, c.name).toContain(r);
  });
});
