/**
 * Reads Kubernetes objects out of JSON or YAML text, whatever the shape: a List or typed list,
 * a bare array (2021 troubleshoot bundles), `null`, a single object, several YAML documents.
 * Each object comes back normalised, with the line it starts on and the kind its list implies.
 */
import type { Node as YamlNode } from 'yaml';
import { yaml } from '../../util/lazy.js';
import { offsetsToLines, scanList } from '../../util/json-scan.js';
import { listElements, MAX_OBJECT_DEPTH, normalizeObject } from './normalize.js';

export interface RawObject {
  obj: Record<string, unknown>;
  line: number;
  /** The kind an item's list implies (`PodList` -> `Pod`), for typed lists whose items carry no kind. */
  listKind: string | null;
}

export interface ReadResult {
  objects: RawObject[];
  /** Item kinds of the lists read, empty ones included: an empty PodList still says pods were collected. */
  listKinds: string[];
  /** Why the text could not be read as Kubernetes objects, when it could not. */
  error?: string;
}

const YAML_ALIAS_LIMIT = 100;

const SELF_LINK_KINDS: Record<string, string> = { pods: 'Pod', events: 'Event', nodes: 'Node', replicasets: 'ReplicaSet', deployments: 'Deployment', daemonsets: 'DaemonSet', statefulsets: 'StatefulSet', jobs: 'Job', replicationcontrollers: 'ReplicationController' };

/** The kind of a list's items: from `kind: PodList`, or from an old dump's `selfLink: /api/v1/.../pods`. */
function itemKind(doc: unknown): string | null {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return null;
  const d = doc as Record<string, unknown>;
  const kind = d['kind'];
  if (typeof kind === 'string' && kind.endsWith('List') && kind !== 'List') return kind.slice(0, -4);
  const selfLink = d['selfLink'] ?? (d['metadata'] as Record<string, unknown> | undefined)?.['selfLink'];
  if (typeof selfLink === 'string') return SELF_LINK_KINDS[selfLink.slice(selfLink.lastIndexOf('/') + 1)] ?? null;
  return null;
}

/** Collects the objects of one parsed document (list or single object) with their start lines. */
function fromDocument(doc: unknown, docLine: number, itemLines: number[] | null, listKinds: string[], shallow = false): RawObject[] {
  const elements = listElements(doc);
  if (elements === null) {
    const obj = normalizeObject(doc, shallow);
    return obj ? [{ obj, line: docLine, listKind: null }] : [];
  }
  const listKind = itemKind(doc);
  if (listKind) listKinds.push(listKind);
  const out: RawObject[] = [];
  elements.forEach((el, i) => {
    const obj = normalizeObject(el, shallow);
    if (obj) out.push({ obj, line: itemLines?.[i] ?? docLine, listKind });
  });
  return out;
}

/**
 * The first line of a parser's error, without the excerpt of the input V8 quotes (`"…" is not valid
 * JSON`): bundle text in a gap message could carry a secret past redaction, cut where it was cut.
 */
function parseErrorText(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/maximum call stack/i.test(message)) return 'nested too deeply to be read';
  return (message.split('\n')[0] ?? '').replace(/, ".*" is not valid JSON$/, '').replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().replace(/:$/, '');
}

export function readJsonObjects(text: string, firstLine = 1): ReadResult {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { objects: [], listKinds: [], error: `invalid JSON: ${parseErrorText(e)}` };
  }
  const start = text.search(/\S/);
  const docLine = offsetsToLines(text, [Math.max(0, start)], firstLine)[0] ?? firstLine;
  const { itemLines, maxDepth } = scanList(text, firstLine);
  const lines = itemLines.length > 0 ? itemLines : null;
  const listKinds: string[] = [];
  // a document shallow enough is used as parsed; a deeper one is copied, its depths cut
  return { objects: fromDocument(doc, docLine, lines, listKinds, maxDepth <= MAX_OBJECT_DEPTH), listKinds };
}

/** Flow collections (`[`, `{`) nested deeper than this are refused before parsing: no Kubernetes object needs it. */
const MAX_FLOW_DEPTH = 512;

/** How deep `[` and `{` nest in YAML text, outside quoted scalars and comments (a fast over-estimate). */
function flowDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let quote = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
      else if (c === 92 /* \ */ && quote === 34) i++;
      else if (c === 10 && quote === 39) quote = 0; // a stray apostrophe in a plain scalar ends at the line
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 35 /* # */) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return max;
}

export function readYamlObjects(text: string): ReadResult {
  if (flowDepth(text) > MAX_FLOW_DEPTH) return { objects: [], listKinds: [], error: 'invalid YAML: nested too deeply to be read' };
  const { LineCounter, parseAllDocuments, isMap, isSeq } = yaml();
  const lineCounter = new LineCounter();
  let docs;
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: false });
  } catch (e) {
    return { objects: [], listKinds: [], error: `invalid YAML: ${parseErrorText(e)}` };
  }
  if (!Array.isArray(docs)) docs = [docs];
  const objects: RawObject[] = [];
  const listKinds: string[] = [];
  const errors: string[] = [];
  for (const d of docs) {
    if (d.errors.length > 0) {
      errors.push(parseErrorText(d.errors[0]));
      continue;
    }
    let value: unknown;
    try {
      value = d.toJS({ maxAliasCount: YAML_ALIAS_LIMIT });
    } catch (e) {
      errors.push(parseErrorText(e));
      continue;
    }
    if (value === undefined || value === null) continue;
    const contents = d.contents as YamlNode | null;
    const docLine = contents?.range ? lineCounter.linePos(contents.range[0]).line : 1;
    let itemLines: number[] | null = null;
    if (contents && isMap(contents)) {
      const items = contents.get('items', true) ?? contents.get('Items', true);
      if (items && isSeq(items)) {
        itemLines = items.items.map((it) => {
          const r = (it as YamlNode | null)?.range;
          return r ? lineCounter.linePos(r[0]).line : docLine;
        });
      }
    } else if (contents && isSeq(contents)) {
      itemLines = contents.items.map((it) => {
        const r = (it as YamlNode | null)?.range;
        return r ? lineCounter.linePos(r[0]).line : docLine;
      });
    }
    for (const x of fromDocument(value, docLine, itemLines, listKinds)) objects.push(x);
  }
  const result: ReadResult = { objects, listKinds };
  if (errors.length > 0) result.error = `invalid YAML: ${errors[0]}`;
  return result;
}

/** JSON when the first non-blank character says so, YAML otherwise. */
export function readObjects(text: string): ReadResult {
  const first = text.match(/\S/)?.[0];
  if (first === '{' || first === '[') return readJsonObjects(text);
  return readYamlObjects(text);
}
