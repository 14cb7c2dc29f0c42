import { describe, expect, it } from 'vitest';
import { readJsonObjects, readObjects, readYamlObjects } from '../../../src/parse/k8s/read-objects.js';
import { camelKey, normalizeObject } from '../../../src/parse/k8s/normalize.js';
import { findListItemOffsets, offsetsToLines } from '../../../src/util/json-scan.js';

const pod = (name: string) => ({ metadata: { name, namespace: 'shop' }, spec: { containers: [{ name: 'web', image: 'nginx' }] }, status: { phase: 'Running' } });

describe('list shapes (layouts.md §1: bare arrays of 2021 bundles, typed lists later, null)', () => {
  const cases: { name: string; text: string; count: number; listKind: string | null; lines: number[] }[] = [
    { name: 'typed PodList, 2-space (troubleshoot)', text: JSON.stringify({ kind: 'PodList', apiVersion: 'v1', metadata: {}, items: [pod('a'), pod('b')] }, null, 2), count: 2, listKind: 'Pod', lines: [6, 23] },
    { name: 'bare array (troubleshoot v0.10)', text: JSON.stringify([pod('a'), pod('b'), pod('c')], null, 2), count: 3, listKind: null, lines: [2, 19, 36] },
    { name: 'empty bare array', text: '[]\n\n', count: 0, listKind: null, lines: [] },
    { name: 'null', text: 'null', count: 0, listKind: null, lines: [] },
    { name: 'single object', text: JSON.stringify({ kind: 'Pod', ...pod('x') }, null, 4), count: 1, listKind: null, lines: [1] },
    { name: 'old internal shape with Items (kind from selfLink)', text: JSON.stringify({ selfLink: '/api/v1/pods', Items: [{ name: 'p', namespace: 'kube-system', Spec: {}, Status: { Phase: 'Running' } }] }, null, 4), count: 1, listKind: 'Pod', lines: [4] },
  ];
  it.each(cases)('$name', ({ text, count, listKind, lines }) => {
    const r = readObjects(text);
    expect(r.error).toBeUndefined();
    expect(r.objects).toHaveLength(count);
    expect(r.objects.map((o) => o.line)).toEqual(lines);
    // each line is where the object opens, and its own name follows
    const all = text.split('\n');
    for (const o of r.objects) {
      expect(all[o.line - 1]!.trim()).toBe('{');
      const name = (o.obj['metadata'] as { name?: string } | undefined)?.name;
      if (name) expect(all.slice(o.line - 1, o.line + 3).join(' ')).toContain(`"${name}"`);
    }
    for (const o of r.objects) expect(o.listKind).toBe(listKind);
  });

  it('reports invalid JSON as an error, not a throw', () => {
    const r = readJsonObjects('{"items": [ {"a": 1}, ');
    expect(r.objects).toEqual([]);
    expect(r.error).toMatch(/^invalid JSON/);
  });
});

describe('item offsets', () => {
  it('ignores braces and "items" inside strings', () => {
    const text = '{"note": "items: [ {", "items": [ {"a": "}]"}, {"b": 2} ]}';
    const offs = findListItemOffsets(text);
    expect(offs.map((o) => text[o])).toEqual(['{', '{']);
    expect(offsetsToLines('a\nb\nc', [0, 2, 4])).toEqual([1, 2, 3]);
  });
  it('is not fooled by escaped quotes and backslashes inside strings', () => {
    const text = '{"note": "say \\"items\\": [ {\\\\", "path": "C:\\\\", "items": [\n {"a": 1},\n {"b": "\\"}"}\n]}';
    expect(() => JSON.parse(text)).not.toThrow();
    const offs = findListItemOffsets(text);
    expect(offs.map((o) => text.slice(o, o + 4))).toEqual(['{"a"', '{"b"']);
    expect(readJsonObjects(text).objects.map((o) => o.line)).toEqual([2, 3]);
  });
  it('does not take a nested items key for the list', () => {
    const text = '{"kind": "Pod", "spec": {"items": [1, 2]}}';
    expect(findListItemOffsets(text)).toEqual([]);
  });
});

describe('YAML documents', () => {
  it('reads multi-document YAML with mixed kinds and lines of each', () => {
    const text = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: a', '---', 'apiVersion: v1', 'kind: List', 'items:', '- kind: Node', '  metadata:', '    name: n1', '- kind: Event', '  reason: BackOff'].join('\n');
    const r = readYamlObjects(text);
    expect(r.objects.map((o) => [o.obj['kind'], o.line])).toEqual([['Pod', 1], ['Node', 9], ['Event', 12]]);
  });
  it('refuses an alias bomb without running out of memory', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', 'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]', 'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]', 'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]', 'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]', 'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]', 'kind: Pod'].join('\n');
    const r = readYamlObjects(bomb);
    expect(r.objects).toEqual([]);
    expect(r.error).toMatch(/alias/i);
  });
});

describe('normalisation of the old internal serialization (kubectl 1.13 cluster-info dump)', () => {
  it.each([
    ['APIVersion', 'apiVersion'], ['UID', 'uid'], ['PodIP', 'podIP'], ['ContainerStatuses', 'containerStatuses'],
    ['LastTerminationState', 'lastState'], ['name', 'name'], ['ImageID', 'imageID'],
  ])('%s -> %s', (from, to) => expect(camelKey(from)).toBe(to));

  it('moves metadata fields under metadata and keeps label keys as they are', () => {
    const o = normalizeObject({ name: 'p', namespace: 'ns', labels: { 'App.Kubernetes.io/Name': 'x' }, Status: { Phase: 'Pending' } })!;
    expect(o['metadata']).toMatchObject({ name: 'p', namespace: 'ns', labels: { 'App.Kubernetes.io/Name': 'x' } });
    expect(o['status']).toEqual({ phase: 'Pending' });
  });
  it('keeps __proto__ keys as plain data', () => {
    const o = normalizeObject(JSON.parse('{"metadata": {"name": "p"}, "__proto__": {"polluted": true}}'))!;
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(o)).toContain('__proto__');
  });
});
