/**
 * Reads a byte stream and yields only the lines worth a closer look: those in which `gate` finds a
 * match, the first `head` lines, and one in `every` after that. The gate runs over the raw bytes,
 * and lines are found with Buffer.indexOf, so the lines passed over (nearly all of a large log)
 * are never decoded: no string, no object, no per-line regular expression. Line numbers stay exact.
 */
import { DEFAULT_MAX_LINE, type ByteStream, type Line } from './lines.js';

/**
 * Finds the first match in `buf[from, to)`: the index just past its last byte, or -1. (Only the
 * line matters: any index just past a byte of the match will do.)
 */
export interface Gate {
  scan(buf: Uint8Array, from: number, to: number): number;
  /**
   * Called before the scans of each new stretch. Between two resets the sieve asks about one buffer
   * and one end, from further on each time, so a gate may search ahead and keep what it found.
   */
  reset?(): void;
}

/** A regular expression as a gate, over the bytes read as Latin-1 (tests: slow on long texts). */
export function regexGate(re: RegExp): Gate {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return {
    scan(buf, from, to) {
      const text = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString('latin1', from, to);
      g.lastIndex = 0;
      const m = g.exec(text);
      return m ? from + m.index + Math.max(1, m[0].length) : -1;
    },
  };
}

export interface SieveOptions {
  /** The search a line must pass; null lets every line through. */
  gate: Gate | null;
  head: number;
  every: number;
  /** Longest line kept, in bytes: a longer one is cut there (at a character boundary) and flagged. */
  maxLineLength?: number;
}

export interface SieveResult {
  /** Lines in the file, counting those passed over. */
  lines: number;
}

/** A line the sieve lets through; `hit` says the gate matched it (not only sampled). */
export type SievedLine = Line & { hit: boolean };

const NL = 10;
const EMPTY = Buffer.alloc(0);

/**
 * The sieve as a state machine: give it chunks as they come (`push`), then `end`; each returns the
 * lines let through so far. Holds nothing but the start of an unfinished line (at most `max` bytes).
 */
export class LineSieve {
  /** Lines seen so far, counting those passed over. */
  lines = 0;
  private readonly max: number;
  // the start of a line that does not end in the chunks pushed so far (at most `max` bytes of it)
  private carry: Buffer = EMPTY;
  private carryCut = false;
  private out: SievedLine[] = [];

  constructor(private readonly opts: SieveOptions) {
    this.max = opts.maxLineLength ?? DEFAULT_MAX_LINE;
  }

  push(chunk: Uint8Array | string): SievedLine[] {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8')
      : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const max = this.max;
    const firstNl = buf.indexOf(NL);
    if (firstNl === -1) {
      // no line ends in this chunk: it all belongs to the carried line
      if (!this.carryCut) [this.carry, this.carryCut] = keep(Buffer.concat([this.carry, buf]), max);
      return this.take();
    }
    // the carried line ends in this chunk
    if (this.carry.length > 0 || this.carryCut) {
      const [line, cut] = this.carryCut ? [this.carry, true] : keep(Buffer.concat([this.carry, buf.subarray(0, firstNl)]), max);
      this.sieve(line, 0, line.length, cut);
    } else {
      this.sieve(buf, 0, firstNl, false);
    }
    // the complete lines after it, up to the last newline, in place
    const lastNl = buf.lastIndexOf(NL);
    if (lastNl > firstNl) this.sieve(buf, firstNl + 1, lastNl, false);
    // the line that does not end in this chunk is carried (copied: the chunk itself is let go)
    [this.carry, this.carryCut] = keep(Buffer.from(buf.subarray(lastNl + 1)), max);
    return this.take();
  }

  end(): SievedLine[] {
    if (this.carry.length > 0 || this.carryCut) this.sieve(this.carry, 0, this.carry.length, this.carryCut);
    this.carry = EMPTY;
    this.carryCut = false;
    return this.take();
  }

  private take(): SievedLine[] {
    const out = this.out;
    if (out.length > 0) this.out = [];
    return out;
  }

  /** The lines from `from` to `to`, the end of the last one (its newline, or the end of the text). */
  private sieve(buf: Buffer, from: number, to: number, cut: boolean): void {
    const { gate, head, every } = this.opts;
    const max = this.max;
    let no = this.lines;
    let pos = from;
    gate?.reset?.();
    while (pos <= to) {
      // where the next hit is; the lines before it are only counted (and sampled)
      const hitAt = gate === null ? pos : gate.scan(buf, pos, to);
      for (;;) {
        let nl = buf.indexOf(NL, pos);
        if (nl === -1 || nl > to) nl = to;
        no++;
        const hitHere = hitAt !== -1 && hitAt <= nl;
        // only the kept part of a line counts: a literal past `max` bytes is cut off with the rest
        const hit = hitHere && hitAt - pos <= max;
        if (hit || no <= head || no % every === 0) this.out.push(lineOf(buf, pos, nl, no, hit, cut, max));
        pos = nl + 1;
        if (hitHere || pos > to) break;
      }
      if (hitAt === -1) break;
    }
    this.lines = no;
  }
}

/** The sieve over a stream, in this thread. */
export async function* sieveLines(stream: ByteStream, opts: SieveOptions, result: SieveResult = { lines: 0 }): AsyncGenerator<SievedLine> {
  const sieve = new LineSieve(opts);
  for await (const chunk of stream) yield* sieve.push(chunk as Buffer | string);
  yield* sieve.end();
  result.lines = sieve.lines;
}

/** A line's bytes kept to `max`: longer ones are cut (the flag says so). */
function keep(buf: Buffer, max: number): [Buffer, boolean] {
  return buf.length > max ? [buf.subarray(0, max), true] : [buf, false];
}

function lineOf(buf: Buffer, from: number, to: number, no: number, hit: boolean, cut: boolean, max: number): SievedLine {
  let end = to;
  let truncated = cut;
  if (end - from > max) {
    end = from + max;
    truncated = true;
  }
  // a cut never leaves half a character behind
  if (truncated) end = charBoundary(buf, from, end);
  else if (end > from && buf[end - 1] === 13) end--;
  const text = buf.toString('utf8', from, end);
  // a byte order mark opens the file, it is not part of its first line
  return { no, text: no === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, truncated, hit };
}

/** The largest index <= `end` that does not split a UTF-8 sequence. */
function charBoundary(buf: Buffer, from: number, end: number): number {
  let i = end;
  // back over continuation bytes to the lead byte of the last sequence
  while (i > from && (buf[i - 1]! & 0xc0) === 0x80) i--;
  if (i === from) return end;
  const lead = buf[i - 1]!;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return end - (i - 1) >= need ? end : i - 1;
}
