/**
 * Reads a file of one or more JSON documents, line by line: a single `kubectl get -o json` file, a
 * troubleshoot list file, or the stdout stream of `kubectl cluster-info dump` (pretty-printed
 * documents one after another, with `==== START logs ... ====` blocks between them). Only one
 * document is held in memory at a time, and log blocks flow through without being kept.
 */
import { depthChange, type Line } from '../../util/index.js';
import { logBlockMarker, type LogBlockMarker } from '../container-log.js';
import { readJsonObjects, type RawObject } from './read-objects.js';

export interface JsonStreamHandlers {
  objects(objects: RawObject[], listKinds: string[]): void;
  /** A line inside a log block; `block` names the container. */
  logLine(block: LogBlockMarker, line: Line): void;
  logBlockEnd(block: LogBlockMarker): void;
  problem(line: number, message: string): void;
}

export interface JsonStreamLimits {
  /** Largest single JSON document held in memory. */
  maxDocumentBytes: number;
}

/** Failed parses at closing lines of one document before its braces are counted instead. */
const MAX_EARLY_ENDS = 4;

export async function readJsonStream(lines: AsyncIterable<Line>, handlers: JsonStreamHandlers, limits: JsonStreamLimits): Promise<{ documents: number }> {
  let doc: string[] = [];
  let docBytes = 0;
  let docStart = 0;
  let depth = 0;
  let oversized = false;
  let block: LogBlockMarker | null = null;
  let documents = 0;
  let strayLines = 0;
  let firstStray = 0;
  /** Closing lines of this document at which a parse failed for want of more input. */
  let earlyEnds = 0;
  /** Past MAX_EARLY_ENDS, this document's braces are counted instead: no more parses until it closes. */
  let counting = false;

  /**
   * A document ends on a line that closes it. Rather than count braces on every line (a loop over
   * every character in JavaScript), a parse is tried only where a document can end: a line whose
   * last character closes an object or array at column 0 (kubectl and troubleshoot pretty-print),
   * or a one-line document. A parse that fails for want of more input keeps reading.
   */
  const finish = (force: boolean): boolean => {
    if (oversized) {
      if (!force) return false;
      handlers.problem(docStart, `JSON document starting here is larger than ${limits.maxDocumentBytes} bytes and was not read`);
    } else {
      const result = readJsonObjects(doc.join('\n'), docStart);
      if (result.error && !force && /end of (JSON )?input|Unterminated|Expected .* after/i.test(result.error)) return false;
      if (result.error) handlers.problem(docStart, result.error);
      else handlers.objects(result.objects, result.listKinds);
    }
    documents++;
    doc = [];
    depth = 0;
    earlyEnds = 0;
    counting = false;
    return true;
  };

  for await (const line of lines) {
    if (depth > 0) {
      if (!oversized) {
        docBytes += line.text.length + 1;
        if (docBytes > limits.maxDocumentBytes || line.truncated) {
          oversized = true;
          doc = [];
        } else {
          doc.push(line.text);
        }
      }
      if (counting) {
        depth += depthChange(line.text);
        if (depth <= 0) finish(true);
        continue;
      }
      const c = line.text.charCodeAt(0);
      if ((c === 125 || c === 93) && line.text.trimEnd().length === 1) {
        // '}' or ']' alone at column 0: the end of a pretty-printed document, if it parses
        if (oversized) {
          depth = 0;
          finish(true);
        } else if (!finish(false) && ++earlyEnds >= MAX_EARLY_ENDS) {
          // A document that keeps not ending where it could (hostile, or an odd printer) would be
          // parsed again at every such line, quadratically: its braces are counted from here on.
          counting = true;
          depth = doc.reduce((d, l) => d + depthChange(l), 0);
          if (depth <= 0) finish(true);
        }
      }
      continue;
    }
    const marker = logBlockMarker(line.text);
    if (marker) {
      if (marker.type === 'start') {
        block = marker;
      } else if (block) {
        handlers.logBlockEnd(block);
        block = null;
      }
      continue;
    }
    if (block) {
      handlers.logLine(block, line);
      continue;
    }
    const t = line.text.trimStart();
    if (t.startsWith('{') || t.startsWith('[')) {
      depth = depthChange(line.text);
      earlyEnds = 0;
      counting = false;
      docStart = line.no;
      docBytes = line.text.length + 1;
      oversized = line.truncated;
      doc = oversized ? [] : [line.text];
      if (depth <= 0) {
        depth = 0;
        documents++;
        const result = readJsonObjects(line.text, line.no);
        if (result.error) handlers.problem(line.no, result.error);
        else handlers.objects(result.objects, result.listKinds);
        doc = [];
      }
      continue;
    }
    if (t === 'null' && documents === 0) {
      documents++;
      continue;
    }
    // The old kubectl trailer is expected; anything else outside a document is reported once.
    if (t.length > 0 && !t.startsWith('Cluster info dumped to')) {
      if (strayLines === 0) firstStray = line.no;
      strayLines++;
    }
  }
  if (block) handlers.logBlockEnd(block);
  if (depth > 0) {
    // The file ended inside a document: it may still be whole (a format that closes it elsewhere
    // than at column 0); if it does not parse, it was cut.
    const result = oversized ? null : readJsonObjects(doc.join('\n'), docStart);
    if (result && !result.error) {
      documents++;
      handlers.objects(result.objects, result.listKinds);
    } else {
      handlers.problem(docStart, oversized ? `JSON document starting here is larger than ${limits.maxDocumentBytes} bytes and was not read` : 'JSON document starting here ends before it is complete (file truncated?)');
    }
  }
  if (strayLines > 0) handlers.problem(firstStray, `${strayLines} line(s) outside any JSON document were not read`);
  return { documents };
}
