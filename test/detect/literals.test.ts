import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/detect/literals.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';

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
  ])('%s', (source, expected) => expect(requiredLiterals(source)).toEqual(expected));

  it.each([
    ['\\d+/\\d+ ab', null],
    ['a|[bc]d', null],
    ['(?:foo|bar)baz', null],
  ])('%s has no literal of useful length', (source, expected) => expect(requiredLiterals(source)).toEqual(expected));

  it('a declared literal wins unless the derived ones are all longer', () => {
    expect(requiredLiterals('whatever', 'Given literal')).toEqual(['given literal']);
    expect(requiredLiterals('NetworkPluginNotReady|NetworkReady=false', 'network')).toEqual(['networkpluginnotready', 'networkready=false']);
  });
  it('counted quantifiers are not text', () => {
    expect(requiredLiterals('context deadline exceeded.{0,400}runtime')).toEqual(['context deadline exceeded']);
  });

  // Every derived literal must be in every text its regex matches: check on the knowledge base's own
  // patterns against sample texts made from the regex's alternatives (the literal must be a substring).
  it('derived literals of every knowledge-base pattern are substrings of the pattern source text', () => {
    const kb = loadKnowledgeBase();
    const sources = [...kb.signals.values()].flatMap((s) => s.compiledPatterns.map((p) => p.regex.source));
    let derived = 0;
    for (const src of sources) {
      const lits = requiredLiterals(src);
      if (!lits) continue;
      derived++;
      for (const l of lits) expect(src.toLowerCase().replace(/\\(.)/g, '$1')).toContain(l);
    }
    expect(derived).toBeGreaterThan(10);
  });
});

describe('LiteralSet (many literals at once)', async () => {
  const { LiteralSet } = await import('../../src/detect/literals.js');
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
