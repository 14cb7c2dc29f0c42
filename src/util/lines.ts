/**
 * Splits a byte stream into text lines without holding more than one line (bounded) in memory.
 * Decodes UTF-8 (invalid bytes become U+FFFD), drops a leading BOM and the CR of CRLF endings.
 * A line longer than `maxLineLength` is cut there and flagged, and the rest of it is skipped, so a
 * single 100 MB line costs no more memory than a short one.
 */
import { StringDecoder } from 'node:string_decoder';

export interface Line {
  /** 1-based line number in the file. */
  no: number;
  text: string;
  truncated: boolean;
  /** Set by a sieve that already searched the line: whether its gate matched. */
  hit?: boolean;
}

export const DEFAULT_MAX_LINE = 64 * 1024;

/**
 * Bytes as they come, from a Readable or from an entry's `chunks()`. Readers only iterate; to stop
 * early they leave the loop, which ends (for a Readable: destroys) the source.
 */
export type ByteStream = AsyncIterable<Buffer | string>;

export async function* readLines(stream: ByteStream, maxLineLength = DEFAULT_MAX_LINE): AsyncGenerator<Line> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let skipping = false; // inside the remainder of a line already cut
  let truncated = false;
  let no = 0;
  let first = true;
  const emit = (text: string): Line => {
    no++;
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    const line = { no, text: t, truncated };
    truncated = false;
    return line;
  };
  for await (const chunk of stream) {
    let s = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl === -1) break;
      if (skipping) {
        skipping = false;
        yield emit(pending);
      } else {
        const piece = s.slice(start, nl);
        if (pending.length + piece.length > maxLineLength) {
          truncated = true;
          yield emit((pending + piece.slice(0, Math.max(0, maxLineLength - pending.length))));
        } else {
          yield emit(pending + piece);
        }
      }
      pending = '';
      start = nl + 1;
    }
    if (!skipping) {
      const rest = s.slice(start);
      if (pending.length + rest.length > maxLineLength) {
        pending = (pending + rest).slice(0, maxLineLength);
        truncated = true;
        skipping = true;
      } else {
        pending += rest;
      }
    }
  }
  pending += skipping ? '' : decoder.end();
  if (pending.length > 0 || skipping) yield emit(pending);
}

/** Reads a whole stream as text, up to `maxBytes`; returns null past that (the caller reports a gap). */
export async function readText(stream: ByteStream, maxBytes: number): Promise<{ text: string; bytes: number } | null> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    bytes += b.length;
    if (bytes > maxBytes) return null;
    chunks.push(b);
  }
  let text = Buffer.concat(chunks).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, bytes };
}

/**
 * Reads a whole stream as text made of lines no longer than `maxLineLength` (longer ones are cut
 * there, and counted in `cutLines`), up to `maxBytes` of text; null past that. For line-oriented
 * text (pasted kubectl output) where a giant line carries nothing worth its memory.
 */
export async function readBoundedText(
  stream: ByteStream,
  maxBytes: number,
  maxLineLength = DEFAULT_MAX_LINE,
): Promise<{ text: string; bytes: number; cutLines: number } | null> {
  const lines: string[] = [];
  let bytes = 0;
  let cutLines = 0;
  for await (const line of readLines(stream, maxLineLength)) {
    bytes += line.text.length + 1;
    if (bytes > maxBytes) return null;
    if (line.truncated) cutLines++;
    lines.push(line.text);
  }
  return { text: lines.join('\n'), bytes, cutLines };
}
