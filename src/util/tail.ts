/**
 * The last lines of a byte stream, and how many lines it has, without decoding the rest: the chunks
 * that may hold the last `n` lines are kept, older ones let go, and only the kept tail is decoded.
 * Memory stays at about n lines (each bounded by `maxLineLength`) whatever the size of the log.
 */
import { DEFAULT_MAX_LINE, type ByteStream, type Line } from './lines.js';

export interface Tail {
  lines: Line[];
  /** Lines in the whole stream. */
  total: number;
}

const NL = 10;

export async function readTail(stream: ByteStream, n: number, maxLineLength = DEFAULT_MAX_LINE): Promise<Tail> {
  // kept chunks, oldest first, with the newlines each holds
  const kept: { buf: Buffer; newlines: number }[] = [];
  let keptNewlines = 0;
  let keptBytes = 0;
  let newlines = 0;
  let bytes = 0;
  let lastByte = -1;
  // whether the last chunk let go ended a line: then the first kept line is whole
  let droppedEndsLine = true;
  // more than this and the oldest chunk goes even if the lines it ends are still wanted: those are cut
  const budget = (n + 1) * maxLineLength;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    if (buf.length === 0) continue;
    let count = 0;
    for (let i = buf.indexOf(NL); i !== -1; i = buf.indexOf(NL, i + 1)) count++;
    kept.push({ buf, newlines: count });
    keptNewlines += count;
    keptBytes += buf.length;
    newlines += count;
    bytes += buf.length;
    lastByte = buf[buf.length - 1]!;
    // the oldest chunk can go once the newer ones hold n + 1 newlines (the last n lines start after one)
    while (kept.length > 1 && (keptNewlines - kept[0]!.newlines >= n + 1 || keptBytes - kept[0]!.buf.length >= budget)) {
      const old = kept.shift()!;
      droppedEndsLine = old.buf[old.buf.length - 1] === NL;
      keptNewlines -= old.newlines;
      keptBytes -= old.buf.length;
    }
  }
  const total = bytes === 0 ? 0 : newlines + (lastByte === NL ? 0 : 1);
  if (total === 0) return { lines: [], total: 0 };
  const text = Buffer.concat(kept.map((k) => k.buf));
  // the bytes before the kept ones were let go: the first kept line may lack its start
  const dropped = bytes > text.length && !droppedEndsLine;
  const end = lastByte === NL ? text.length - 1 : text.length;
  // the last n lines, from the end backwards; the last one is line `total`
  const lines: Line[] = [];
  let stop = end;
  for (let no = total; no > 0 && lines.length < n; no--) {
    const nl = stop > 0 ? text.lastIndexOf(NL, stop - 1) : -1;
    lines.push(lineOf(text, nl + 1, stop, no, maxLineLength, nl === -1 && dropped));
    if (nl === -1) break;
    stop = nl;
  }
  return { lines: lines.reverse(), total };
}

function lineOf(buf: Buffer, from: number, to: number, no: number, max: number, headCut: boolean): Line {
  let end = to;
  if (end > from && buf[end - 1] === 13) end--;
  let truncated = headCut;
  if (end - from > max) {
    end = from + max;
    truncated = true;
    while (end > from && (buf[end]! & 0xc0) === 0x80) end--; // not inside a character
  }
  let text = buf.toString('utf8', from, end);
  if (no === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { no, text, truncated };
}
