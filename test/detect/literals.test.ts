import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LiteralSet } from '../../src/detect/literal-set.js';
import { requiredLiterals, requiredRuns } from '../../src/detect/literals.js';
import { waysOf } from '../../src/detect/regex-skeleton.js';
import { loadKnowledgeBase, patternMatches } from '../../src/explain/knowledge-base.js';

describe('required literals of a pattern', () => {
  it.each([
    ['no space left on device', ['no space left on device']],
    ['PLEG is not healthy', ['pleg is not healthy']],
    ['Memory cgroup out of memory|Out of memory: Killed process', ['memory cgroup out of memory', 'out of memory: killed process']],
    ['failed to allocate for range \\d+: no IP addresses available', ['failed to allocate for range ']],
    ['back-off (?:\\d[0-9hms.]{0,12} )?restarting failed container', ['restarting failed container']],
    ['EXT4-fs error', ['ext4-fs error']],
    ['x509: certificate', ['x509: certificate']],
    ['colou?r changed', ['r changed']],
    ['(?:foo|bar)baz', ['foobaz', 'barbaz']],
  ])('%s', (source, expected) => expect(requiredLiterals(source)).toEqual(expected));

  it.each([
    ['\\d+/\\d+ ab', null],
    ['a|[bc]d', null],
  ])('%s has no literal of useful length', (source, expected) => expect(requiredLiterals(source)).toEqual(expected));

  it('a declared literal wins unless the derived ones are all longer', () => {
    expect(requiredLiterals('whatever', 'Given literal')).toEqual(['given literal']);
    expect(requiredLiterals('NetworkPluginNotReady|NetworkReady=false', 'network')).toEqual(['networkpluginnotready', 'networkready=false']);
  });
  it('counted quantifiers are not text', () => {
    expect(requiredLiterals('context deadline exceeded.{0,400}runtime')).toEqual(['context deadline exceeded']);
  });

  // Every derived literal must be in every text its regex matches: check on every pattern of the
  // knowledge base, against texts fast-check generates from the regex itself.
  it('every text a knowledge-base pattern matches holds one of its literals and all pieces of one of its ways', () => {
    const kb = loadKnowledgeBase();
    const patterns = [
      ...[...kb.signals.values()].flatMap((s) => s.compiledPatterns),
      ...[...kb.reasons.values()].flatMap((r) => r.compiledMessages),
      ...[...kb.causes.values()].flatMap((c) => c.compiledRules.flatMap((r) => (r.pattern ? [r.pattern] : []))),
    ];
    let checked = 0;
    for (const p of patterns) {
      let texts: string[];
      try {
        texts = fc.sample(fc.stringMatching(new RegExp(p.regex.source)), { numRuns: 25, seed: 7 });
      } catch {
        continue; // a construct fast-check cannot generate from
      }
      const lits = requiredLiterals(p.regex.source, p.literal);
      const runs = requiredRuns(p.regex.source, p.literal);
      for (const text of texts) {
        const lower = text.toLowerCase();
        if (!patternMatches(p, text, lower, [...(p.in ?? ['kubelet'])][0]!)) continue;
        checked++;
        if (lits) expect(lits.some((l) => lower.includes(l)), `${p.regex.source} on ${text}`).toBe(true);
        if (runs) expect(runs.some((way) => way.every((r) => lower.includes(r))), `${p.regex.source} on ${text}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('the skeleton of a pattern', () => {
  it.each([
    ['digest (?:mismatch|did not match)', [['digest mismatch'], ['digest did not match']]],
    ['failed to (?:authorize|fetch (?:oauth|anonymous) token)', [['failed to authorize'], ['failed to fetch oauth token'], ['failed to fetch anonymous token']]],
    ['RunPodSandbox for [^\\n]{1,600}? failed, error', [['runpodsandbox for ', ' failed, error']]],
    ['(?:ab)+cd', [['ab', 'cd']]],
    ['ab(?=cd)ef', [['ab', 'ef']]],
    ['\\x41bc', [['bc']]],
    ['pod\\.x{2,}y', [['pod.x', 'y']]],
    ['a[)|(]b|c', [['a', 'b'], ['c']]],
  ])('%s', (source, ways) => expect(waysOf(source)).toEqual(ways));
  it('does not expand past a handful of ways', () => {
    const ways = waysOf('(?:a|b|c|d)(?:e|f|g|h)(?:i|j|k|l)x')!;
    expect(ways.length).toBeLessThanOrEqual(16);
    for (const w of ways) expect(w[w.length - 1]!.endsWith('x')).toBe(true);
  });
  it('gives up on what it cannot read', () => {
    expect(waysOf('a)b')).toBeNull();
    expect(waysOf('(?<x>ab')).toBeNull();
  });
});

describe('LiteralSet (many literals at once)', () => {
  it('finds each literal, case-insensitively, and the first one first', () => {
    const set = new LiteralSet(['no space left', 'PLEG is not healthy', 'oom', 'space']);
    expect(set.test('write: No Space Left on device')).toBe(true);
    expect(set.test('pleg IS NOT healthy')).toBe(true);
    expect(set.test('all good here')).toBe(false);
    expect(set.firstHit('xx room yy', 0)).toBe(7);
    expect(set.firstHit('xx room yy space', 7)).toBe(16);
    expect(set.firstHit('nothing', 0)).toBe(-1);
  });
  it('finds a literal that starts inside a failed partial match (failure links)', () => {
    const set = new LiteralSet(['abcd', 'bce']);
    expect(set.firstHit('abce', 0)).toBe(4);
    expect(new LiteralSet(['aab']).test('aaab')).toBe(true);
  });
  it('agrees with indexOf on random text', () => {
    const lits = ['ab', 'bca', 'cab', 'aaa'];
    const set = new LiteralSet(lits);
    for (let k = 0; k < 500; k++) {
      let t = '';
      for (let i = 0; i < 12; i++) t += 'abcAB'[Math.floor(((k * 7 + i * 13) * 2654435761 % 2 ** 32) / 2 ** 32 * 5)]!;
      expect(set.test(t)).toBe(lits.some((l) => t.toLowerCase().includes(l)));
    }
  });
});

describe('LiteralSet.scan (on raw bytes)', () => {
  it('finds what firstHit finds in the same text, at the same place for ASCII', async () => {
    const set = new LiteralSet(['no space left', 'OOM', 'pleg is not', 'x"y']);
    const piece = fc.oneof(fc.constantFrom('No Space Left', 'oom', 'PLEG is not', 'x"y', 'o', ' ', 'é'), fc.string({ maxLength: 8 }));
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
      const text = pieces.join('');
      const bytes = Buffer.from(text, 'latin1');
      const onBytes = set.scan(bytes, 0, bytes.length);
      expect(onBytes).toBe(set.firstHit(text, 0));
    }), { numRuns: 500 });
  });
  it('stops at `to` and starts at `from`', () => {
    const set = new LiteralSet(['oom']);
    const b = Buffer.from('a oom b oom');
    expect(set.scan(b, 0, 4)).toBe(-1);
    expect(set.scan(b, 0, 5)).toBe(5);
    expect(set.scan(b, 5, b.length)).toBe(11);
  });
});

describe('LiteralSet.forEachFound', () => {
  it('reports every literal present, overlapping and nested ones included', () => {
    const set = new LiteralSet(['she', 'he', 'hers', 'x']);
    const found: string[] = [];
    set.forEachFound('USHERS', (l) => found.push(set.literals[l]!));
    expect(found.sort()).toEqual(['he', 'hers', 'she']);
  });
  it('reports nothing for a text without any', () => {
    const set = new LiteralSet(['oom']);
    let calls = 0;
    set.forEachFound('all is well', () => calls++);
    expect(calls).toBe(0);
  });
});
