/**
 * JSON files are read whole when they are one document and line by line when they are a stream;
 * both ways give the same objects with the lines they start on.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBundle } from '../../src/analyze/read-bundle.js';

function file(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'podmortem-json-'));
  writeFileSync(join(dir, name), text);
  return join(dir, name);
}

const pod = (i: number) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `web-${i}`, namespace: 'shop', uid: `u${i}`, annotations: { note: 'x'.repeat(200) } }, spec: { nodeName: 'node-1', containers: [{ name: 'web', image: 'registry.example.com/shop/web:1.4.2' }] }, status: { phase: 'Running' } });
/** Lines (1-based) that are exactly `{` at this indentation: where the items of a pretty-printed list open. */
const openingLines = (text: string, indent: number) => text.split('\n').flatMap((l, i) => (l === ' '.repeat(indent) + '{' ? [i + 1] : []));
const list = (n: number) => ({ apiVersion: 'v1', kind: 'PodList', metadata: {}, items: Array.from({ length: n }, (_, i) => pod(i)) });

describe('JSON files', () => {
  it('a pretty-printed list: every pod, each at the line its item opens', async () => {
    const text = JSON.stringify(list(3), null, 2);
    const model = await readBundle([file('pods.json', text)]);
    expect(openingLines(text, 4)).toHaveLength(3);
    expect(model.pods.map((p) => p.ref.line)).toEqual(openingLines(text, 4));
    expect(model.pods.map((p) => p.name)).toEqual(['web-0', 'web-1', 'web-2']);
  });

  it('a compact list on one line longer than any log line is still read', async () => {
    const text = JSON.stringify(list(400));
    expect(text.length).toBeGreaterThan(100_000);
    const model = await readBundle([file('pods.json', text)]);
    expect(model.pods).toHaveLength(400);
    expect(model.gaps).toEqual([]);
  });

  it('documents one after another (kubectl cluster-info dump) are read one by one', async () => {
    const text = [JSON.stringify(list(2), null, 4), JSON.stringify({ kind: 'EventList', apiVersion: 'v1', metadata: {}, items: [] }, null, 4)].join('\n');
    const model = await readBundle([file('dump.json', text)]);
    expect(model.pods.map((p) => p.ref.line)).toEqual(openingLines(text, 8));
    expect(model.pods.map((p) => p.name)).toEqual(['web-0', 'web-1']);
    expect(model.inputs[0]!.layouts).toContain('cluster-info-dump');
  });

  it('a damaged document is a gap naming the file, and nothing is invented', async () => {
    const text = JSON.stringify(list(2), null, 2).slice(0, -40);
    const model = await readBundle([file('pods.json', text)]);
    expect(model.pods).toEqual([]);
    expect(model.gaps.map((g) => g.missing).join('\n')).toMatch(/pods\.json/);
  });
});
