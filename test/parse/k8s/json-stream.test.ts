import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonStream } from '../../../src/parse/k8s/json-stream.js';
import type { RawObject } from '../../../src/parse/k8s/read-objects.js';
import { readLines } from '../../../src/util/lines.js';

async function run(text: string, maxDocumentBytes = 1 << 20) {
  const objects: RawObject[] = [];
  const logs: string[] = [];
  const ends: string[] = [];
  const problems: string[] = [];
  const r = await readJsonStream(readLines(Readable.from([Buffer.from(text)])), {
    objects: (o) => objects.push(...o),
    logLine: (b, l) => logs.push(`${b.namespace}/${b.pod}/${b.container}:${l.no}:${l.text}`),
    logBlockEnd: (b) => ends.push(b.container),
    problem: (line, m) => problems.push(`${line}: ${m}`),
  }, { maxDocumentBytes });
  return { ...r, objects, logs, ends, problems };
}

// layouts.md §1.3: documents one after another, 4-space indent, log blocks after each PodList
const STREAM = [
  '{', '    "kind": "NodeList",', '    "items": [', '        {', '            "metadata": {"name": "n1"},', '            "status": {"nodeInfo": {}}', '        }', '    ]', '}',
  '{', '    "kind": "PodList",', '    "items": [', '        {"metadata": {"name": "p1", "namespace": "kube-system"}, "spec": {"containers": [{"name": "c"}]}}', '    ]', '}',
  '==== START logs for container c of pod kube-system/p1 ====',
  '{"level":"info","msg":"a json log line { with braces"}',
  'plain line',
  '==== END logs for container c of pod kube-system/p1 ====',
  'Cluster info dumped to standard output',
].join('\n');

describe('cluster-info dump stdout stream', () => {
  it('reads every document and every log block, with lines', async () => {
    const r = await run(STREAM);
    expect(r.documents).toBe(2);
    expect(r.objects.map((o) => [o.listKind, o.line])).toEqual([['Node', 4], ['Pod', 13]]);
    expect(r.logs).toEqual(['kube-system/p1/c:17:{"level":"info","msg":"a json log line { with braces"}', 'kube-system/p1/c:18:plain line']);
    expect(r.ends).toEqual(['c']);
    expect(r.problems).toEqual([]);
  });
  it('a truncated stream keeps the documents before the cut and says where it broke', async () => {
    const cut = STREAM.slice(0, STREAM.indexOf('"kind": "PodList"') + 5);
    const r = await run(cut);
    expect(r.objects).toHaveLength(1);
    expect(r.problems[0]).toMatch(/^10: .*ends before it is complete/);
  });
  it('a document over the size limit is skipped and reported', async () => {
    const r = await run(STREAM, 100);
    expect(r.objects).toEqual([]);
    expect(r.problems.some((p) => /larger than 100 bytes/.test(p))).toBe(true);
  });
  it('a document that closes elsewhere than at column 0 is still read whole at the end', async () => {
    const r = await run('{"kind": "PodList",\n "items": [{"metadata": {"name": "p"}, "spec": {"containers": []}}]}  ');
    expect(r.documents).toBe(1);
    expect(r.objects).toHaveLength(1);
    expect(r.problems).toEqual([]);
  });
  it('a brace alone at column 0 inside a string-free nested value does not end the document early', async () => {
    const r = await run('{\n"kind": "PodList",\n"items": [\n{"metadata": {"name": "a"}, "x": {\n}\n},\n{"metadata": {"name": "b"}}\n]\n}\n');
    expect(r.objects.map((o) => (o.obj['metadata'] as { name: string }).name)).toEqual(['a', 'b']);
    expect(r.problems).toEqual([]);
  });
  it('a plain single JSON file is one document', async () => {
    const r = await run(JSON.stringify({ kind: 'EventList', items: [{ involvedObject: { name: 'p' }, reason: 'BackOff' }] }, null, 2));
    expect(r.documents).toBe(1);
    expect(r.objects).toHaveLength(1);
  });
});
