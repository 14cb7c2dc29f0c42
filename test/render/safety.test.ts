import { describe, expect, it } from 'vitest';
import { mdFence, mdInline } from '../../src/render/markdown.js';
import { terminalSafe } from '../../src/render/terminal-safe.js';

describe('terminal output neutralises escape sequences from the bundle', () => {
  it.each([
    ['colour', 'a\u001b[31mred\u001b[0m b', 'ared b'],
    ['window title (OSC)', 'x\u001b]0;pwned\u0007y', 'xy'],
    ['cursor movement', 'ok\u001b[2J\u001b[Hdone', 'okdone'],
    ['C1 CSI', 'a\u009b31mb', 'a31mb'],
    ['bell and backspace', 'a\u0007\u0008b', 'a\uFFFD\uFFFDb'],
    ['plain text stays', 'Back-off pulling image "nginx:1.25"', 'Back-off pulling image "nginx:1.25"'],
  ])('%s', (_, input, out) => expect(terminalSafe(input)).toBe(out));
});

describe('markdown', () => {
  it('a fence is longer than any backtick run inside, so content cannot close it', () => {
    const fenced = mdFence(['```', 'evil ```` here']);
    const fence = fenced.split('\n')[0]!.replace('text', '');
    expect(fence).toBe('`````');
    expect(fenced.endsWith('\n`````')).toBe(true);
  });
  it('inline text cannot open markup', () => {
    expect(mdInline('<img src=x onerror=alert(1)> | [a](b)')).toBe('\\<img src=x onerror=alert\\(1\\)\\> \\| \\[a\\]\\(b\\)');
  });
});
