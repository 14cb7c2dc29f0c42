/**
 * Pattern safety. Every knowledge-base pattern (and redaction, the log line parsers and the output
 * escapers, which run over the same lines) over adversarial 64 KiB lines: long runs of one
 * character, of separators, and near-misses of each pattern's own literals. Each must complete;
 * the slowest is printed. Then: a rule pack whose patterns backtrack catastrophically is refused.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase, RulesError, type CompiledPattern } from '../../src/explain/knowledge-base.js';
import { checkPatternSafety } from '../../src/explain/pattern-safety.js';
import { podOfLine } from '../../src/detect/line-matcher.js';
import { LOG_FORMATS, parseLine } from '../../src/parse/logs/index.js';
import { redact } from '../../src/redact/redact.js';
import { mdFence, mdInline, mdStep } from '../../src/render/markdown.js';
import { terminalSafe } from '../../src/render/terminal-safe.js';
import { runCli } from './helpers.js';

const N = 64 * 1024;
const fill = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);

/** Lines that make backtracking engines work hardest: no match, and many almost-matches. */
const GENERIC: Record<string, string> = {
  'a': fill('a'),
  'spaces': fill(' '),
  'tabs': fill('\t'),
  'quotes': fill('"'),
  'backslashes': fill('\\'),
  'escaped quotes': fill('\\"'),
  'equals': fill('='),
  'a=': fill('a='),
  'a=" ': fill('a=" '),
  'key=value ': fill('key=value '),
  'a ': fill('a '),
  'a.': fill('a.'),
  'a-': fill('a-'),
  'digits': fill('0'),
  'digits.': fill('1.'),
  'colons': fill(':'),
  'slashes': fill('/'),
  'braces': fill('{'),
  'brackets': fill('['),
  '"a":': fill('"a":'),
  'non-ASCII': fill('é'),
  'a then !': fill('a').slice(0, N - 1) + '!',
  'word soup': fill('error failed pod container image node network sandbox volume mount '),
};

/** Near-misses of one literal: the literal then junk, junk then the literal, and repeated almost-literals. */
function nearMisses(literal: string): Record<string, string> {
  const cut = literal.slice(0, -1);
  return {
    [`${literal}+a`]: (literal + fill('a')).slice(0, N),
    [`a+${literal}`]: fill('a').slice(0, N - literal.length) + literal,
    [`(${literal} )*`]: fill(`${literal} `),
    [`(${cut})*`]: fill(cut || 'a'),
    [`(${literal}=")*`]: fill(`${literal}="`),
    [`(${cut} x)*`]: fill(`${cut} x`),
  };
}

/** Words a pattern's source spells out: what its near-misses are made of. */
function literalsOf(p: CompiledPattern): string[] {
  const words = new Set<string>();
  if (p.literal) words.add(p.literal);
  for (const w of p.regex.source.replace(/\\./g, ' ').match(/[A-Za-z0-9_.-]{3,}/g) ?? []) words.add(w);
  return [...words].slice(0, 6);
}

interface Timed { what: string; line: string; ms: number }

function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

describe('every knowledge-base pattern over adversarial 64 KiB lines', () => {
  const kb = loadKnowledgeBase();
  const patterns: { id: string; p: CompiledPattern }[] = [];
  for (const r of kb.reasons.values()) r.compiledMessages.forEach((p, i) => patterns.push({ id: `reason ${r.id} messages[${i}]`, p }));
  for (const c of kb.causes.values()) c.compiledRules.forEach((rule, i) => { if (rule.pattern) patterns.push({ id: `cause ${c.id} match[${i}]`, p: rule.pattern }); });
  for (const s of kb.signals.values()) s.compiledPatterns.forEach((p, i) => patterns.push({ id: `signal ${s.id} patterns[${i}]`, p }));

  it('the knowledge base has patterns, and each passes the load-time safety check', () => {
    expect(patterns.length).toBeGreaterThan(50);
    for (const { id, p } of patterns) expect(checkPatternSafety(p.regex.source), id).toBeNull();
  });

  it('each completes on every line; the slowest is reported', () => {
    const results: Timed[] = [];
    const soup = fill(patterns.flatMap(({ p }) => literalsOf(p)).join(' ') + ' ');
    for (const { id, p } of patterns) {
      const lines: Record<string, string> = { ...GENERIC, 'all literals': soup };
      for (const lit of literalsOf(p)) Object.assign(lines, nearMisses(lit));
      for (const [name, line] of Object.entries(lines)) {
        const ms = time(() => {
          p.regex.test(line);
          p.unless?.test(line);
        });
        results.push({ what: id, line: name, ms });
      }
    }
    results.sort((a, b) => b.ms - a.ms);
    const total = results.reduce((s, r) => s + r.ms, 0);
    console.log(`knowledge base: ${patterns.length} patterns x ${results.length / patterns.length | 0} lines, ${results.length} runs in ${total.toFixed(0)} ms; slowest:\n`
      + results.slice(0, 5).map((r) => `  ${r.ms.toFixed(2)} ms  ${r.what}  on '${r.line.slice(0, 40)}'`).join('\n'));
    for (const r of results) expect(r.ms, `${r.what} on '${r.line}'`).toBeLessThan(2000);
  });

  it('redaction, the log line parsers, the pod-name matcher and the output escapers complete on the same lines', () => {
    const results: Timed[] = [];
    const lines: Record<string, string> = { ...GENERIC };
    for (const lit of ['Bearer ', 'eyJ', 'password=', 'token: ', '"name":"DB_PASSWORD","value":"', '--password ', '://u:', '-----BEGIN PRIVATE KEY-----', 'AKIA', '`', 'pod="', '\u001b[', '\u001b]']) Object.assign(lines, nearMisses(lit));
    lines['newlines'] = fill('\n');
    lines['key lines'] = fill('\n  token: ');
    const fns: Record<string, (s: string) => unknown> = {
      redact, terminalSafe, mdInline, mdStep, podOfLine,
      mdFence: (s) => mdFence([s, s]),
      ...Object.fromEntries(LOG_FORMATS.map((f) => [`parseLine(${f})`, (s: string) => parseLine(s, f)])),
    };
    for (const [fname, fn] of Object.entries(fns)) {
      for (const [name, line] of Object.entries(lines)) results.push({ what: fname, line: name, ms: time(() => fn(line)) });
    }
    results.sort((a, b) => b.ms - a.ms);
    console.log('redaction, parsers, escapers; slowest:\n' + results.slice(0, 5).map((r) => `  ${r.ms.toFixed(2)} ms  ${r.what}  on '${r.line.slice(0, 40)}'`).join('\n'));
    for (const r of results) expect(r.ms, `${r.what} on '${r.line}'`).toBeLessThan(2000);
  });
});

describe('a rule pack with a catastrophic pattern is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'podmortem-rules-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function pack(name: string, regex: string): string {
    const root = join(dir, name);
    mkdirSync(join(root, 'signals'), { recursive: true });
    writeFileSync(join(root, 'signals', 'evil.yaml'), [
      'id: custom.evil',
      'severity: warning',
      'patterns:',
      `  - regex: '${regex.replace(/'/g, "''")}'`,
      'text:',
      '  en: {title: Evil, summary: An evil pattern.}',
      '  zh: {title: 恶意, summary: 恶意的模式。}',
      '',
    ].join('\n'));
    return root;
  }

  it.each([
    ['(a+)+$', /nested repetition/],
    ['(\\w*\\s?)*$', /nested repetition/],
    ['^(a|aa)+$', /overlapping alternation/],
    ['(?:x|xy)*z', /overlapping alternation/],
    ['(\\d|\\w)+!', /overlapping alternation/],
    ['(.*a){12}', /nested repetition/],
    ['(a)\\1+', /back-reference/],
  ])('%s', (regex, why) => {
    const root = pack(`pack-${Buffer.from(regex).toString('hex')}`, regex);
    expect(() => loadKnowledgeBase([root])).toThrow(RulesError);
    expect(() => loadKnowledgeBase([root])).toThrow(why);
  });

  it('safe alternations and quantifiers are accepted', () => {
    for (const ok of ['(?:foo|bar)+', '(?:\\s|,)+', 'no space left on device', '(?:ab){2,}', 'x(?:a|b)y', '(?:[a-z]|[0-9])+', 'exit code (\\d+)', '(a|aa){3}']) {
      expect(checkPatternSafety(ok), ok).toBeNull();
    }
    expect(() => loadKnowledgeBase([pack('ok', 'disk (?:full|quota) on [a-z]+')])).not.toThrow();
  });

  it('the CLI says so in one line and exits 2', () => {
    const r = runCli(['analyze', '--rules', pack('cli', '^(a|aa)+$'), join(__dirname, 'helpers.ts'), '-o', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^podmortem: .*evil\.yaml: entry 'custom\.evil': patterns\[0\]: field 'regex' has a quantified group whose alternatives can match the same text/);
  });
});
