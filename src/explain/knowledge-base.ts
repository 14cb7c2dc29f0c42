/**
 * Loads the knowledge base (built-in YAML files, then user rule packs that add or replace entries),
 * validates every entry with errors that name file, entry and field, and compiles its patterns.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlFile } from '../util/yaml-file.js';
import { LANGS, type CauseEntry, type CauseRule, type ReasonEntry, type SignalEntry, type TextPattern } from '../knowledge/schema.js';
import { SEVERITIES } from '../model/types.js';
import { checkPatternSafety } from './pattern-safety.js';

export class RulesError extends Error {}

/** A pattern ready to use: the literal prefilter first, the regular expression only when it passes. */
export interface CompiledPattern {
  regex: RegExp;
  literal: string | null;
  in: Set<string> | null;
  unless: RegExp | null;
}

export interface CompiledCauseRule {
  pattern: CompiledPattern | null;
  exitCodes: Set<number> | null;
  terminatedReasons: Set<string> | null;
  eventReasons: Set<string> | null;
  confidence: number;
}

export interface KnowledgeBase {
  reasons: Map<string, ReasonEntry & { compiledMessages: CompiledPattern[] }>;
  causes: Map<string, CauseEntry & { compiledRules: CompiledCauseRule[] }>;
  signals: Map<string, SignalEntry & { compiledPatterns: CompiledPattern[] }>;
}

export const BUILTIN_DIR = fileURLToPath(new URL('../../src/knowledge/', import.meta.url));

export function compilePattern(p: TextPattern, where: string): CompiledPattern {
  if (typeof p.regex !== 'string' || p.regex.length === 0) throw new RulesError(`${where}: field 'regex' must be a non-empty string`);
  const unsafe = checkPatternSafety(p.regex);
  if (unsafe) throw new RulesError(`${where}: field 'regex' ${unsafe}`);
  let regex: RegExp;
  try {
    regex = new RegExp(p.regex, 'i');
  } catch (e) {
    throw new RulesError(`${where}: field 'regex' is not a valid regular expression (${(e as Error).message})`);
  }
  if (p.literal !== undefined && typeof p.literal !== 'string') throw new RulesError(`${where}: field 'literal' must be a string`);
  if (p.in !== undefined && !Array.isArray(p.in)) throw new RulesError(`${where}: field 'in' must be a list`);
  let unless: RegExp | null = null;
  if (p.unless !== undefined) {
    if (typeof p.unless !== 'string' || p.unless.length === 0) throw new RulesError(`${where}: field 'unless' must be a non-empty string`);
    const unsafeUnless = checkPatternSafety(p.unless);
    if (unsafeUnless) throw new RulesError(`${where}: field 'unless' ${unsafeUnless}`);
    try {
      unless = new RegExp(p.unless, 'i');
    } catch (e) {
      throw new RulesError(`${where}: field 'unless' is not a valid regular expression (${(e as Error).message})`);
    }
  }
  return { regex, literal: p.literal ? p.literal.toLowerCase() : null, in: p.in ? new Set(p.in) : null, unless };
}

/** Tests one text against a compiled pattern, cheap literal check first. `lower` is `text.toLowerCase()`. */
export function patternMatches(p: CompiledPattern, text: string, lower: string, source: string): boolean {
  if (p.in && !p.in.has(source)) return false;
  if (p.literal && !lower.includes(p.literal)) return false;
  return p.regex.test(text) && !(p.unless && p.unless.test(text));
}

type Entry = Record<string, unknown>;

function need(cond: boolean, where: string, msg: string): void {
  if (!cond) throw new RulesError(`${where}: ${msg}`);
}

function stringList(v: unknown, where: string, field: string): string[] {
  if (v === undefined) return [];
  need(Array.isArray(v) && v.every((x) => typeof x === 'string'), where, `field '${field}' must be a list of strings`);
  return v as string[];
}

function checkTexts(e: Entry, where: string, fields: string[], withRemediation: boolean): void {
  const text = e['text'] as Record<string, Record<string, unknown>> | undefined;
  need(typeof text === 'object' && text !== null, where, "field 'text' is missing");
  for (const lang of LANGS) {
    const t = text![lang];
    need(typeof t === 'object' && t !== null, where, `field 'text.${lang}' is missing`);
    for (const f of fields) need(typeof t![f] === 'string' && (t![f] as string).length > 0, where, `field 'text.${lang}.${f}' must be a non-empty string`);
    if (withRemediation) {
      const r = (e['remediation'] as Record<string, unknown> | undefined)?.[lang];
      need(Array.isArray(r) && r.length > 0 && r.every((s) => typeof s === 'string'), where, `field 'remediation.${lang}' must be a non-empty list of strings`);
    }
  }
}

function validateReason(e: Entry, where: string): KnowledgeBase['reasons'] extends Map<string, infer V> ? V : never {
  need(SEVERITIES.includes(e['severity'] as never), where, `field 'severity' must be one of ${SEVERITIES.join(', ')}`);
  need(typeof e['stage'] === 'string', where, "field 'stage' must be a string");
  const surfaces = (e['surfaces'] ?? {}) as Entry;
  need(typeof surfaces === 'object', where, "field 'surfaces' must be a mapping");
  for (const f of ['waitingReasons', 'terminatedReasons', 'podReasons', 'eventReasons']) stringList(surfaces[f], where, `surfaces.${f}`);
  const messages = (surfaces['messages'] ?? []) as TextPattern[];
  need(Array.isArray(messages), where, "field 'surfaces.messages' must be a list");
  checkTexts(e, where, ['title', 'summary', 'why'], true);
  const entry = e as unknown as ReasonEntry;
  return { ...entry, surfaces: entry.surfaces ?? {}, compiledMessages: messages.map((m, i) => compilePattern(m, `${where}: surfaces.messages[${i}]`)) };
}

function validateCause(e: Entry, where: string): KnowledgeBase['causes'] extends Map<string, infer V> ? V : never {
  stringList(e['explains'], where, 'explains');
  stringList(e['signals'], where, 'signals');
  need(Array.isArray(e['match']), where, "field 'match' must be a list of rules");
  const rules = (e['match'] as CauseRule[]).map((r, i): CompiledCauseRule => {
    const w = `${where}: match[${i}]`;
    need(typeof r === 'object' && r !== null, w, 'a rule must be a mapping');
    need(typeof r.confidence === 'number' && r.confidence >= 0 && r.confidence <= 1, w, "field 'confidence' must be a number from 0 to 1");
    need(r.regex !== undefined || r.exitCodes !== undefined || r.terminatedReasons !== undefined || r.eventReasons !== undefined, w, 'a rule needs at least one of regex, exitCodes, terminatedReasons, eventReasons');
    if (r.exitCodes !== undefined) need(Array.isArray(r.exitCodes) && r.exitCodes.every((x) => Number.isInteger(x)), w, "field 'exitCodes' must be a list of integers");
    return {
      pattern: r.regex !== undefined ? compilePattern(r as TextPattern, w) : null,
      exitCodes: r.exitCodes ? new Set(r.exitCodes) : null,
      terminatedReasons: r.terminatedReasons ? new Set(stringList(r.terminatedReasons, w, 'terminatedReasons')) : null,
      eventReasons: r.eventReasons ? new Set(stringList(r.eventReasons, w, 'eventReasons')) : null,
      confidence: r.confidence,
    };
  });
  checkTexts(e, where, ['summary', 'why'], true);
  return { ...(e as unknown as CauseEntry), compiledRules: rules };
}

function validateSignal(e: Entry, where: string): KnowledgeBase['signals'] extends Map<string, infer V> ? V : never {
  need(SEVERITIES.includes(e['severity'] as never), where, `field 'severity' must be one of ${SEVERITIES.join(', ')}`);
  const patterns = (e['patterns'] ?? []) as TextPattern[];
  need(Array.isArray(patterns), where, "field 'patterns' must be a list");
  checkTexts(e, where, ['title', 'summary'], false);
  return { ...(e as unknown as SignalEntry), compiledPatterns: patterns.map((p, i) => compilePattern(p, `${where}: patterns[${i}]`)) };
}

const FOLDERS = ['reasons', 'causes', 'signals'] as const;

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f)).sort().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

function loadInto(kb: KnowledgeBase, root: string): void {
  for (const folder of FOLDERS) {
    for (const file of yamlFiles(join(root, folder))) {
      let doc: unknown;
      try {
        doc = readYamlFile(file);
      } catch (e) {
        throw new RulesError(`${file}: not valid YAML (${(e as Error).message.split('\n')[0]})`);
      }
      const entries = Array.isArray(doc) ? doc : [doc];
      entries.forEach((raw, i) => {
        const e = raw as Entry;
        const label = `${file}${entries.length > 1 ? ` [${i}]` : ''}`;
        need(typeof e === 'object' && e !== null, label, 'an entry must be a mapping');
        need(typeof e['id'] === 'string' && (e['id'] as string).length > 0, label, "field 'id' is missing");
        const where = `${label}: entry '${e['id'] as string}'`;
        if (folder === 'reasons') kb.reasons.set(e['id'] as string, { ...validateReason(e, where), source: file });
        else if (folder === 'causes') kb.causes.set(e['id'] as string, { ...validateCause(e, where), source: file });
        else kb.signals.set(e['id'] as string, { ...validateSignal(e, where), source: file });
      });
    }
  }
}

/** The built-in knowledge base, then each rule pack in order; later entries replace earlier ones of the same id. */
export function loadKnowledgeBase(rulePacks: string[] = [], builtinDir = BUILTIN_DIR): KnowledgeBase {
  const kb: KnowledgeBase = { reasons: new Map(), causes: new Map(), signals: new Map() };
  loadInto(kb, builtinDir);
  for (const dir of rulePacks) {
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      throw new RulesError(`--rules ${dir}: no such directory`);
    }
    if (!isDir) throw new RulesError(`--rules ${dir}: not a directory`);
    if (FOLDERS.every((f) => yamlFiles(join(dir, f)).length === 0)) throw new RulesError(`--rules ${dir}: no reasons/, causes/ or signals/ YAML files in it`);
    loadInto(kb, dir);
  }
  return kb;
}
