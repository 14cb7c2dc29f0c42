/**
 * ingest -> locate -> parse -> model for all inputs: streams every entry once, decides what it is,
 * hands it to its parser and collects the records into one BundleModel.
 */
import { Readable } from 'node:stream';
import { readInput } from '../ingest/read-input.js';
import { DEFAULT_LIMITS, type IngestEntry, type IngestLimits, type IngestSummary } from '../ingest/types.js';
import { classifyByContent, classifyByPath, innerPath, type SourceKind } from '../locate/classify.js';
import { LayoutDetector } from '../locate/layouts.js';
import { hostnameRootOf } from '../locate/node-sources.js';
import { containerLog, logBlockMarker, TAIL_LINE_MAX, TAIL_LINES, TailKeeper } from '../parse/container-log.js';
import { readJsonStream } from '../parse/k8s/json-stream.js';
import { readJsonObjects, readYamlObjects, type RawObject } from '../parse/k8s/read-objects.js';
import { secretValuesOf } from '../redact/redact.js';
import { ModelBuilder } from '../model/builder.js';
import type { BundleModel } from '../model/types.js';
import { peek } from '../util/peek.js';
import { LineMatcher } from '../detect/line-matcher.js';
import type { KnowledgeBase } from '../explain/knowledge-base.js';
import { ALWAYS_PARSE_FIRST, readNodeLog, SAMPLE_EVERY } from '../parse/node-log.js';
import { sieveLines } from '../util/sieve.js';
import { readTail } from '../util/tail.js';
import { podFromTableRow } from '../parse/table-pod.js';
import { parseDescribeNodes, parseDescribePods, parseGetEvents, parseGetPods } from '../parse/text/index.js';
import { DEFAULT_MAX_LINE, readBoundedText, readLines, readText, type ByteStream } from '../util/lines.js';
import { sniffUtf16, utf16ToUtf8 } from '../util/text-encoding.js';

export interface ReadOptions {
  limits?: Partial<IngestLimits>;
  /** Largest JSON document or YAML file parsed as a whole. */
  maxStructuredBytes?: number;
  onProgress?: (consumed: number, total: number, path: string) => void;
  /** With a knowledge base, node logs are matched as they stream and their telling lines kept. */
  kb?: KnowledgeBase;
}

const SNIFF_BYTES = 4096;
/** JSON files up to this size are read whole and parsed at once (larger ones stream line by line). */
const WHOLE_JSON_MAX = 64 * 1024 ** 2;
const DEFAULT_MAX_STRUCTURED = 512 * 1024 ** 2;

export async function readBundle(inputPaths: string[], options: ReadOptions = {}): Promise<BundleModel> {
  const builder = new ModelBuilder();
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const maxStructured = options.maxStructuredBytes ?? DEFAULT_MAX_STRUCTURED;
  const matcher = options.kb ? new LineMatcher(options.kb) : null;
  const secrets = new Set<string>();
  const ctx: ReadContext = { builder, maxStructured, matcher, secrets };
  for (const inputPath of inputPaths) await readOneInput(inputPath, options, limits, ctx);
  const model = builder.build();
  if (secrets.size > 0) model.secretValues = [...secrets];
  return model;
}

/** What every entry of every input is read into and with. */
interface ReadContext {
  builder: ModelBuilder;
  maxStructured: number;
  matcher: LineMatcher | null;
  /** Values of Secret objects seen, for redaction. */
  secrets: Set<string>;
}

async function readOneInput(inputPath: string, options: ReadOptions, limits: IngestLimits, ctx: ReadContext): Promise<void> {
  const { builder } = ctx;
  const summary: IngestSummary = { path: inputPath, files: 0, bytes: 0, links: [], gaps: [] };
  const layouts = new LayoutDetector();
  const ingestOptions = options.onProgress ? { limits, onProgress: options.onProgress } : { limits };
  for await (const entry of readInput(inputPath, ingestOptions, summary)) {
    layouts.seePath(entry.path);
    if (entry.type !== 'file') continue;
    try {
      await readEntry(entry, layouts, ctx);
    } catch (err) {
      // A parser must not stop the run: what this file holds is a gap, the other files are read.
      builder.addGap({ node: null, missing: `${entry.path}: could not be parsed (${errorText(err)})`, impact: 'what this file holds was not analysed' });
    }
  }
  for (const gap of summary.gaps) builder.addGap(gap);
  for (const link of summary.links) {
    builder.addUnrecognised(`${link.path} (${link.type} to ${link.target}, not followed)`);
  }
  if (layouts.collectedAt) builder.setCollectedAtHint(layouts.collectedAt);
  builder.inputs.push({ path: inputPath, layouts: layouts.layouts(), files: summary.files, bytes: summary.bytes });
}

async function readEntry(entry: IngestEntry, layouts: LayoutDetector, ctx: ReadContext): Promise<void> {
  const { builder, maxStructured, matcher, secrets } = ctx;
  let head = await entry.peek(SNIFF_BYTES);
  let stream: ByteStream = entry.chunks();
  const path = innerPath(entry.path, entry.gunzipped === true);
  // the nested-archive part of the path, so that roots of two nested archives stay apart
  const prefix = entry.path.includes('!/') ? entry.path.slice(0, entry.path.lastIndexOf('!/') + 2) : '';
  const file = entry.path;
  try {
    // UTF-16 text (Windows tools write it) has NULs in every other byte: decode it, do not call it binary.
    const utf16 = sniffUtf16(head);
    if (utf16) {
      const decoded = await peek(utf16ToUtf8(Readable.from(stream, { objectMode: false }), utf16), SNIFF_BYTES);
      head = decoded.head;
      stream = decoded.stream;
    }
    let source: SourceKind;
    if (!looksBinary(head)) {
      source = classifyByContent(path, head.toString('utf8'));
    } else {
      // A container log padded with NULs (a crash, a full disk) is still a log; other binary files are not read.
      const byPath = classifyByPath(path);
      source = byPath?.kind === 'container-log' ? byPath : { kind: 'skip', why: 'binary content, not read' };
    }
    switch (source.kind) {
      case 'k8s-json': {
        // Most JSON files are one document (a list file, `kubectl get -o json`): read whole, they
        // are parsed in one go. Streams of documents and log blocks (cluster-info dump), damaged
        // files and very large ones are read line by line, one document at a time.
        const whole = await peek(stream, Math.min(maxStructured, WHOLE_JSON_MAX) + 1);
        if (whole.complete) {
          let text = whole.head.toString('utf8');
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          const result = readJsonObjects(text);
          if (!result.error) {
            seeSecrets(result.objects, secrets);
            builder.addObjects(file, result.objects, podListHint(path), result.listKinds);
            if (result.objects.length > 0) layouts.seePlainObjects();
            return;
          }
        }
        // not one document, or too large for one: from the start again, line by line
        stream = whole.stream;
        let objects = 0;
        let logBlocks = 0;
        const tails = new Map<string, TailKeeper>();
        const { documents } = await readJsonStream(readLines(stream, maxStructured), {
          objects: (objs, listKinds) => {
            objects += objs.length;
            seeSecrets(objs, secrets);
            builder.addObjects(file, objs, podListHint(path), listKinds);
          },
          logLine: (block, line) => {
            const k = `${block.namespace}/${block.pod}/${block.container}`;
            let t = tails.get(k);
            if (!t) tails.set(k, (t = new TailKeeper()));
            t.push(line.no, line.text);
          },
          logBlockEnd: (block) => {
            logBlocks++;
            const k = `${block.namespace}/${block.pod}/${block.container}`;
            const t = tails.get(k) ?? new TailKeeper();
            builder.addContainerLog(t.toLog({ namespace: block.namespace, pod: block.pod, container: block.container, previous: false, file }));
            tails.delete(k);
          },
          problem: (line, message) => builder.addGap({ node: null, missing: `${file}:${line}: ${message}`, impact: 'objects in this part of the file were not read' }),
        }, { maxDocumentBytes: maxStructured });
        if (documents > 1 || logBlocks > 0) layouts.seeClusterInfoStream();
        if (objects > 0) layouts.seePlainObjects();
        return;
      }
      case 'k8s-yaml': {
        const read = await readText(stream, maxStructured);
        if (!read) {
          builder.addGap({ node: null, missing: `${file}: larger than ${maxStructured} bytes, not parsed`, impact: 'objects in this file were not read' });
          return;
        }
        const result = readYamlObjects(read.text);
        if (result.error) builder.addGap({ node: null, missing: `${file}: ${result.error}`, impact: 'objects in the damaged part of this file were not read' });
        if (result.objects.length > 0) {
          seeSecrets(result.objects, secrets);
          builder.addObjects(file, result.objects, podListHint(path), result.listKinds);
          layouts.seePlainObjects();
        } else if (!result.error) {
          builder.addUnrecognised(file);
        }
        return;
      }
      case 'container-log': {
        // only the last lines matter, and only they are decoded
        const { lines, total } = await readTail(stream, TAIL_LINES, TAIL_LINE_MAX);
        const meta = { namespace: source.namespace, pod: source.pod, container: source.container, previous: source.previous, file };
        builder.addContainerLog(containerLog(meta, lines.map((l) => ({ line: l.no, text: l.text })), total));
        return;
      }
      case 'log-blocks': {
        let block: { namespace: string; pod: string; container: string } | null = null;
        let tail = new TailKeeper();
        for await (const line of readLines(stream)) {
          const m = logBlockMarker(line.text);
          if (m?.type === 'start') {
            block = m;
            tail = new TailKeeper();
          } else if (m?.type === 'end' || (m === null && block === null)) {
            if (block) builder.addContainerLog(tail.toLog({ ...block, previous: false, file }));
            block = null;
          } else if (block) {
            tail.push(line.no, line.text);
          }
        }
        if (block) builder.addContainerLog(tail.toLog({ ...block, previous: false, file }));
        return;
      }
      case 'text-dump': {
        // Pasted kubectl text is read line by line: a giant line is cut, not held whole.
        const read = await readBoundedText(stream, maxStructured);
        if (!read) {
          builder.addGap({ node: null, missing: `${file}: larger than ${maxStructured} bytes, not parsed`, impact: 'what it shows was not read' });
          return;
        }
        if (read.cutLines > 0) builder.addGap({ node: null, missing: `${file}: ${read.cutLines} line(s) longer than ${DEFAULT_MAX_LINE} characters were cut there`, impact: 'the ends of those lines were not read' });
        const problems = readTextDump(source.text, read.text, file, builder);
        if (problems > 0) builder.addGap({ node: null, missing: `${file}: ${problems} part(s) of this ${source.text} text could not be read`, impact: 'the objects in those parts were not read' });
        layouts.seePlainObjects();
        return;
      }
      case 'node-log': {
        if (!matcher) {
          builder.addUnrecognised(file);
          await drain(stream);
          return;
        }
        const root = source.node ? null : hostnameRootOf(path);
        // node logs are sieved: only lines a pattern could use (plus a sample) become strings
        const lines = sieveLines(stream, { gate: matcher.rawGate(), head: ALWAYS_PARSE_FIRST, every: SAMPLE_EVERY });
        await readNodeLog(lines, { file, pathNode: source.node, pathKind: source.pathKind, ...(root !== null ? { root: prefix + root } : {}) }, matcher, builder.nodeEvidence);
        return;
      }
      case 'hostname': {
        const read = await readText(stream, 4096);
        const host = read?.text.split('\n')[0]?.trim();
        if (host && /^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$/.test(host)) builder.nodeEvidence.setHostname(prefix + source.root, host);
        return;
      }
      case 'timestamp': {
        const read = await readText(stream, 4096);
        const t = read ? /(\d{4}-\d\d-\d\d)[ T](\d\d:\d\d:\d\d)(?:\.\d+)? \+0000/.exec(read.text) : null;
        if (t) builder.setCollectedAtHint(`${t[1]}T${t[2]}Z`);
        return;
      }
      case 'uptime': {
        const read = await readText(stream, 4096);
        const boot = read ? parseUptime(read.text) : null;
        if (boot) builder.nodeEvidence.setBoot(source.node, source.root !== null ? prefix + source.root : null, boot);
        return;
      }
      case 'skip':
        builder.addUnrecognised(`${file} (${source.why})`);
        return;
      case 'unknown':
        // read to the end all the same: its bytes count against the limits, and damage or a
        // decompression bomb inside it is reported (a zip member would otherwise be skipped unread)
        builder.addUnrecognised(file);
        await drain(stream);
        return;
    }
  } finally {
    // a reader stopped half-way (a wrapper stream of peek or of the UTF-16 decoder) is let go
    if (stream instanceof Readable && !stream.destroyed) stream.destroy();
  }
}

/**
 * When a node booted, from `uptime -s` (the time), `uptime` (`up 12 days,  5:31`) or /proc/uptime
 * (seconds): a time, or a duration to count back from the collection time.
 */
export function parseUptime(text: string): { at: string } | { seconds: number } | null {
  const t = text.trim();
  const s = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)$/.exec(t);
  if (s) return { at: `${s[1]}T${s[2]}Z` };
  const proc = /^(\d+(?:\.\d+)?) \d+(?:\.\d+)?$/.exec(t);
  if (proc) return { seconds: Number(proc[1]) };
  const up = /\bup\s+(?:(\d+) days?,\s+)?(?:(\d+):(\d\d)|(\d+) min)/.exec(t);
  if (up) return { seconds: (Number(up[1] ?? 0) * 86400) + (Number(up[2] ?? 0) * 3600) + (Number(up[3] ?? 0) * 60) + (Number(up[4] ?? 0) * 60) };
  return null;
}

/** Reads a stream to its end, keeping nothing. */
async function drain(stream: ByteStream): Promise<void> {
  for await (const _chunk of stream) {
    // nothing to keep
  }
}

/** Pasted kubectl text into the model; returns how many problems the parser reported. */
function readTextDump(kind: string, text: string, file: string, builder: ModelBuilder): number {
  switch (kind) {
    case 'describe-pod': {
      const r = parseDescribePods(text, file);
      r.pods.forEach((p) => builder.addPod(p));
      r.events.forEach((e) => builder.addEvent(e));
      return r.problems.length;
    }
    case 'describe-node': {
      const r = parseDescribeNodes(text, file);
      r.nodes.forEach((n) => builder.addNode(n));
      r.events.forEach((e) => builder.addEvent(e));
      return r.problems.length;
    }
    case 'get-pods': {
      const r = parseGetPods(text, file);
      r.pods.forEach((row) => builder.addPod(podFromTableRow(row)));
      return r.problems.length;
    }
    case 'get-events': {
      const r = parseGetEvents(text, file);
      r.events.forEach((e) => builder.addEvent(e));
      return r.problems.length;
    }
    default:
      return 0;
  }
}

/**
 * Bare-array list files carry no kind; their path says what they hold (troubleshoot
 * `cluster-resources/pods/<ns>.json`, cluster-info `<ns>/pods.json`).
 */
function podListHint(path: string): string | null {
  if (/(?:^|\/)pods(?:\/[^/]+)?\.(?:json|ya?ml)$/.test(path) && !path.includes('/logs/')) return 'Pod';
  if (/(?:^|\/)events(?:\/[^/]+)?\.(?:json|ya?ml)$/.test(path)) return 'Event';
  if (/(?:^|\/)nodes\.(?:json|ya?ml)$/.test(path)) return 'Node';
  return null;
}

/** Remembers the values of Secret objects, so that redaction finds them wherever they are quoted. */
function seeSecrets(objects: RawObject[], into: Set<string>): void {
  for (const raw of objects) for (const v of secretValuesOf(raw.obj, raw.listKind)) into.add(v);
}

/** One line, for a gap: why a parser gave up on a file. */
function errorText(err: unknown): string {
  const text = err instanceof RangeError && /call stack/i.test(err.message) ? 'nested too deeply'
    : err instanceof Error ? err.message : String(err);
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 200);
}

/** NUL bytes in the first KiB: not text, whatever the name says. */
function looksBinary(head: Buffer): boolean {
  return head.subarray(0, 1024).includes(0);
}
