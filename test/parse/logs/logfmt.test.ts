import { describe, expect, it } from 'vitest';
import { scanLogfmt, unquoteGo } from '../../../src/parse/logs/index.js';

describe('unquoteGo', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['a \\"b\\" c', 'a "b" c'],
    ['back\\\\slash', 'back\\slash'],
    ['line\\nbreak\\ttab', 'line\nbreak\ttab'],
    ['\\u00e9t\\u00e9', 'été'],
    ['\\x41', 'A'],
    ['unknown \\q escape', 'unknown \\q escape'],
    ['bad \\u12', 'bad \\u12'],
    ['trailing \\', 'trailing \\'],
    // messages.md §1 ErrImagePull: one level unquoted leaves the inner escapes
    ['image \\\\\\"us.gcr.io/x\\\\\\"', 'image \\"us.gcr.io/x\\"'],
  ];
  it.each(cases)('%s', (raw, want) => {
    expect(unquoteGo(raw)).toBe(want);
  });
});

describe('scanLogfmt', () => {
  it('reads quoted and bare values with offsets', () => {
    const s = 'level=error msg="a \\"b\\"" n=3';
    const { pairs, clean } = scanLogfmt(s);
    expect(clean).toBe(true);
    expect(pairs.map((p) => [p.key, p.value, s.slice(p.start, p.end)])).toEqual([
      ['level', 'error', 'level=error'],
      ['msg', 'a "b"', 'msg="a \\"b\\""'],
      ['n', '3', 'n=3'],
    ]);
  });

  it('takes an unescaped quote inside a value as part of it (messages.md §1 KillPodSandboxError, pasted)', () => {
    const { pairs } = scanLogfmt('msg="StopPodSandbox for "cae5" failed" error="x "y": z"');
    expect(pairs.map((p) => p.value)).toEqual(['StopPodSandbox for "cae5" failed', 'x "y": z']);
  });

  it('skips tokens that are not key=value and says so', () => {
    const { pairs, clean } = scanLogfmt('a=1 junk "quoted junk" b=2');
    expect(clean).toBe(false);
    expect(pairs.map((p) => p.key)).toEqual(['a', 'b']);
  });

  it('empty value and keys with dots, dashes and slashes', () => {
    const { pairs } = scanLogfmt('secret="" k8s.io/name=x a-b=');
    expect(pairs.map((p) => [p.key, p.value])).toEqual([['secret', ''], ['k8s.io/name', 'x'], ['a-b', '']]);
  });

  it('does not let a __proto__ key through to the fields object', async () => {
    const { parseContainerd } = await import('../../../src/parse/logs/index.js');
    const r = parseContainerd('level=error msg="x" __proto__=polluted constructor=c');
    expect(r?.fields).toEqual({ level: 'error', msg: 'x', constructor: 'c' });
    expect(Object.getPrototypeOf(r?.fields)).toBe(Object.prototype);
  });
});
