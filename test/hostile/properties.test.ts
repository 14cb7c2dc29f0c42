/**
 * Property-based tests (fast-check): random bytes, and random mutations of real samples (truncate,
 * flip bytes, insert NUL, duplicate ranges), through ingest, the parsers and the whole analyze():
 * nothing throws, everything completes, and the report is valid JSON of the contract's shape that
 * every renderer can format. A fixed seed keeps CI reproducible; PODMORTEM_FC_SEED and
 * PODMORTEM_FC_RUNS explore further.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze/analyze.js';
import { loadKnowledgeBase } from '../../src/explain/knowledge-base.js';
import { readInput } from '../../src/ingest/read-input.js';
import { DEFAULT_LIMITS } from '../../src/ingest/types.js';
import { classifyByContent } from '../../src/locate/classify.js';
import { readJsonObjects, readYamlObjects } from '../../src/parse/k8s/read-objects.js';
import { inferKind, toEvent, toNode, toPod } from '../../src/parse/k8s/to-model.js';
import { normalizeObject } from '../../src/parse/k8s/normalize.js';
import { detectFormat, LOG_FORMATS, parseLine } from '../../src/parse/logs/index.js';
import { parseDescribeNodes, parseDescribePods, parseGetEvents, parseGetPods, parseDf } from '../../src/parse/text/index.js';
import { redact } from '../../src/redact/redact.js';
import { render } from '../../src/render/index.js';
import { mdFence, mdInline } from '../../src/render/markdown.js';
import { terminalSafe } from '../../src/render/terminal-safe.js';
import { BASELINE, contractProblems, POD_FILES } from './helpers.js';

const SEED = Number(process.env['PODMORTEM_FC_SEED'] ?? 20250901);
const RUNS = Number(process.env['PODMORTEM_FC_RUNS'] ?? 0);
const runs = (n: number) => ({ seed: SEED, numRuns: RUNS > 0 ? RUNS : n });

const kb = loadKnowledgeBase();
const tmp = mkdtempSync(join(tmpdir(), 'podmortem-props-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let fileNo = 0;
const scratchFile = (name: string, data: Buffer | string) => {
  const p = join(tmp, `${fileNo++}-${name}`);
  writeFileSync(p, data);
  return p;
};

/** A mutation of real bytes: what transfers, disks and hand edits do to bundles. */
type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; mask: number }
  | { op: 'nul'; at: number; count: number }
  | { op: 'duplicate'; at: number; length: number; to: number }
  | { op: 'delete'; at: number; length: number };

/** Where in the input: biased towards the end, so that much is read before the damage more often. */
const position = fc.double({ min: 0, max: 1, noNaN: true }).map(Math.sqrt);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({ op: fc.constant('flip' as const), at: position, mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ op: fc.constant('nul' as const), at: position, count: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, length: fc.integer({ min: 1, max: 4096 }), to: position }),
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 4096 }) }),
) as fc.Arbitrary<Mutation>;

function mutate(input: Buffer, mutations: Mutation[]): Buffer {
  let b = input;
  for (const m of mutations) {
    const at = Math.min(b.length, Math.floor(m.at * b.length));
    switch (m.op) {
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'flip':
        if (at < b.length) {
          b = Buffer.from(b);
          b[at] = b[at]! ^ m.mask;
        }
        break;
      case 'nul':
        b = Buffer.concat([b.subarray(0, at), Buffer.alloc(m.count), b.subarray(at)]);
        break;
      case 'duplicate': {
        const range = b.subarray(at, at + m.length);
        const to = Math.min(b.length, Math.floor(m.to * b.length));
        b = Buffer.concat([b.subarray(0, to), range, b.subarray(to)]);
        break;
      }
      case 'delete':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.length)]);
        break;
    }
  }
  return b;
}

/** The whole run, as the CLI does it, then every renderer; returns how many pods were read. */
async function fullRun(inputs: string[]): Promise<number> {
  const { report, context } = await analyze(inputs, { kb, lang: 'en', redact: true, version: 'test', limits: { maxTotalBytes: 64 * 1024 * 1024 } });
  const json = JSON.parse(render('json', report, context, { color: false }));
  const problems = contractProblems(json);
  if (problems.length > 0) throw new Error(`report does not fit the contract: ${problems.slice(0, 5).join('; ')}`);
  for (const format of ['text', 'md', 'html'] as const) render(format, report, context, { color: format === 'text' });
  return report.cluster.pods;
}

/** Reads every entry of an input to its end, as a consumer would. */
async function drain(path: string): Promise<number> {
  const summary = { path, files: 0, bytes: 0, links: [], gaps: [] };
  let n = 0;
  for await (const entry of readInput(path, { limits: { ...DEFAULT_LIMITS, maxTotalBytes: 64 * 1024 * 1024 } }, summary)) {
    n++;
    if (entry.type === 'file') for await (const _ of entry.open()) { /* reading */ }
  }
  return n + summary.gaps.length;
}

const baseline = readFileSync(BASELINE);
const podFiles = readdirSync(join(POD_FILES, 'pods')).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(POD_FILES, 'pods', f)));
const eventFiles = readdirSync(join(POD_FILES, 'events')).filter((f) => f.endsWith('.json')).map((f) => readFileSync(join(POD_FILES, 'events', f)));

describe('random bytes', () => {
  it('through ingest, whatever the file is named', async () => {
    await fc.assert(fc.asyncProperty(
      fc.uint8Array({ maxLength: 4096 }),
      fc.constantFrom('x.tgz', 'x.tar.gz', 'x.tar', 'x.zip', 'x.gz', 'x.json', 'x.log', 'x'),
      fc.boolean(),
      async (bytes, name, withMagic) => {
        // half the time behind a real magic number, so the archive readers get past their first check
        const magic = name.endsWith('.zip') ? Buffer.from('PK\u0003\u0004', 'latin1') : name.endsWith('gz') ? Buffer.from([0x1f, 0x8b, 8, 0]) : Buffer.alloc(0);
        const path = scratchFile(name, withMagic ? Buffer.concat([magic, bytes]) : Buffer.from(bytes));
        await drain(path);
      },
    ), runs(150));
  }, 120_000);

  it('through analyze(), as a file of every kind', async () => {
    await fc.assert(fc.asyncProperty(
      fc.uint8Array({ maxLength: 2048 }),
      fc.constantFrom('pods.json', 'events.yaml', 'describe.txt', 'kubelet.log', 'x.tgz', 'x.zip', 'dmesg'),
      async (bytes, name) => {
        await fullRun([scratchFile(name, Buffer.from(bytes))]);
      },
    ), runs(60));
  }, 120_000);
});

describe('mutations of real samples', () => {
  it('the troubleshoot baseline tar.gz, mutated, through ingest and the whole analyze()', async () => {
    const pods: number[] = [];
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
      const path = scratchFile('baseline.tar.gz', mutate(baseline, ms));
      await drain(path);
      pods.push(await fullRun([path]));
    }), runs(40));
    // some mutations land after the pod lists, and those are read (the runs are not all early failures)
    expect(pods.some((n) => n > 0)).toBe(true);
  }, 300_000);

  it('the same tar, decompressed then mutated (so the damage is inside the tar, not the gzip)', async () => {
    const { gunzipSync } = await import('node:zlib');
    const tar = gunzipSync(baseline);
    const pods: number[] = [];
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (ms) => {
      pods.push(await fullRun([scratchFile('baseline.tar', mutate(tar, ms))]));
    }), runs(40));
    expect(pods.some((n) => n > 0)).toBe(true);
  }, 300_000);

  it('pod and event JSON files, mutated, through the JSON reader and the whole analyze()', async () => {
    await fc.assert(fc.asyncProperty(
      fc.constantFrom(...podFiles, ...eventFiles), fc.array(mutation, { minLength: 1, maxLength: 6 }), fc.boolean(),
      async (file, ms, asYaml) => {
        const bytes = mutate(file, ms);
        readJsonObjects(bytes.toString('utf8'));
        readYamlObjects(bytes.toString('utf8'));
        await fullRun([scratchFile(asYaml ? 'pods.yaml' : 'pods.json', bytes)]);
      },
    ), runs(80));
  }, 300_000);
});

describe('objects of any shape', () => {
  const any = fc.jsonValue({ maxDepth: 4 });
  const podLike = fc.record({
    kind: fc.oneof(fc.constantFrom('Pod', 'Event', 'Node', 'ReplicaSet', 'Deployment'), any),
    metadata: fc.oneof(fc.record({ name: fc.oneof(fc.string(), any), namespace: fc.oneof(fc.string(), any), ownerReferences: any }, { requiredKeys: [] }), any),
    spec: fc.oneof(fc.record({ containers: fc.oneof(fc.array(fc.record({ name: any, image: any }, { requiredKeys: [] })), any), nodeName: any }, { requiredKeys: [] }), any),
    status: fc.oneof(fc.record({
      phase: any, conditions: any, reason: any, message: any,
      containerStatuses: fc.oneof(fc.array(fc.record({ name: fc.oneof(fc.string(), any), restartCount: any, ready: any, state: any, lastState: any }, { requiredKeys: [] })), any),
    }, { requiredKeys: [] }), any),
    involvedObject: any, reason: any, count: any, firstTimestamp: any,
  }, { requiredKeys: [] });

  it('the model conversions take any JSON without throwing', () => {
    fc.assert(fc.property(fc.oneof(podLike, any), (value) => {
      const obj = normalizeObject(value);
      if (!obj) return;
      const ref = { file: 'f', line: 1 };
      inferKind(obj, null, null);
      toPod(obj, ref);
      toEvent(obj, ref);
      toNode(obj, ref);
    }), runs(1000));
  });

  it('lists of such objects through the whole analyze()', async () => {
    await fc.assert(fc.asyncProperty(fc.array(podLike, { maxLength: 8 }), async (items) => {
      await fullRun([scratchFile('pods.json', JSON.stringify({ kind: 'PodList', items }))]);
    }), runs(40));
  }, 120_000);
});

describe('text of any shape', () => {
  const line = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(
    'Name:         p', 'Namespace:    default', 'Containers:', '  c:', '    State:  Waiting', '      Reason: CrashLoopBackOff', 'Events:',
    '  Type     Reason   Age   From     Message', '  ----     ------   ----  ----     -------', 'NAME   READY   STATUS   RESTARTS   AGE',
    'LAST SEEN   TYPE      REASON   OBJECT    MESSAGE', 'Filesystem 1K-blocks Used Available Use% Mounted on', '\t', '',
  ));
  const text = fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n'));

  it('text parsers, format detection, log line parsers and classification never throw', () => {
    fc.assert(fc.property(text, (t) => {
      parseDescribePods(t, 'f');
      parseDescribeNodes(t, 'f');
      parseGetPods(t, 'f');
      parseGetEvents(t, 'f');
      parseDf(t);
      const lines = t.split('\n');
      detectFormat(lines);
      for (const f of LOG_FORMATS) for (const l of lines) parseLine(l, f);
      classifyByContent('x.txt', t);
    }), runs(500));
  });

  it('terminal text never carries a control character; Markdown inline text never carries live markup; a fence is never closed early', () => {
    const s = fc.string({ unit: 'binary', maxLength: 300 });
    fc.assert(fc.property(s, (x) => {
      expect(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(terminalSafe(x))).toBe(false);
      const inline = mdInline(x);
      expect(/[\n\r]/.test(inline)).toBe(false);
      // every markup character is preceded by a backslash that is not itself escaped
      expect(/(^|[^\\])(\\\\)*[`*_{}[\]()#+!|<>~]/.test(inline.replace(/\\[\\`*_{}[\]()#+!|<>~]/g, ''))).toBe(false);
      const fenced = mdFence([x, x]).split('\n');
      const fence = fenced[0]!.replace('text', '');
      expect(fenced.slice(1, -1).some((l) => l.trimStart().startsWith(fence))).toBe(false);
      expect(fenced[fenced.length - 1]).toBe(fence);
      redact(x);
    }), runs(2000));
  });
});
