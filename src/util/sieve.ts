/**
 * Reads a text stream and yields only the lines worth a closer look: those in which `gate` finds a
 * match, the first `head` lines, and one in `every` after that. The gate runs once over each
 * decoded chunk and lines are found with indexOf, so the lines passed over (nearly all of a large
 * log) cost no string, no object and no per-line regular expression. Line numbers stay exact.
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { DEFAULT_MAX_LINE, type Line } from './lines.js';

/** Finds the first match at or after `from` (any index inside the match's line will do), or -1. */
export interface Gate {
  firstHit(text: string, from: number): number;
}

/** A regular expression as a gate. */
export function regexGate(re: RegExp): Gate {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return {
    firstHit(text, from) {
      g.lastIndex = from;
      const m = g.exec(text);
      return m ? m.index : -1;
    },
  };
}

export interface SieveOptions {
  /** The search a line must pass; null lets every line through. */
  gate: Gate | null;
  head: number;
  every: number;
  maxLineLength?: number;
}

export interface SieveResult {
  /** Lines in the file, counting those passed over. */
  lines: number;
}

export async function* sieveLines(stream: Readable, opts: SieveOptions, result: SieveResult = { lines: 0 }): AsyncGenerator<Line> {
  const max = opts.maxLineLength ?? DEFAULT_MAX_LINE;
  const gate = opts.gate;
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let carryCut = false; // the carried line is already longer than max: the rest of it is dropped
  let no = 0;
  let first = true;

  const make = (text: string, cut: boolean): Line => {
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    return t.length > max ? { no, text: t.slice(0, max), truncated: true } : { no, text: t, truncated: cut };
  };
  const wanted = (hit: boolean) => hit || no <= opts.head || no % opts.every === 0;

  for await (const chunk of stream) {
    let s = typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1);
      first = false;
    }
    const lastNl = s.lastIndexOf('\n');
    if (lastNl === -1) {
      // no line ends in this chunk: it all belongs to the carried line
      if (!carryCut) {
        carry += s;
        if (carry.length > max) {
          carry = carry.slice(0, max);
          carryCut = true;
        }
      }
      continue;
    }
    // the carried line ends in this chunk
    const firstNl = s.indexOf('\n');
    const headPart = carryCut ? carry : carry + s.slice(0, Math.min(firstNl, max));
    no++;
    if (wanted(gate !== null ? testOnce(gate, headPart) : true)) yield make(headPart, carryCut || carry.length + firstNl > max);
    carry = '';
    carryCut = false;

    // the complete lines after it, up to the last newline
    const body = s.slice(firstNl + 1, lastNl + 1);
    let hitAt = gate ? nextHit(gate, body, 0) : 0;
    let start = 0;
    while (start < body.length) {
      const end = body.indexOf('\n', start);
      no++;
      let hit = gate === null;
      if (gate !== null && hitAt !== -1 && hitAt < end) {
        hit = true;
        hitAt = nextHit(gate, body, end + 1);
      }
      if (wanted(hit)) yield make(body.slice(start, end), false);
      start = end + 1;
    }
    // the line that does not end in this chunk is carried
    carry = s.slice(lastNl + 1);
    if (carry.length > max) {
      carry = carry.slice(0, max);
      carryCut = true;
    }
  }
  const tail = carryCut ? carry : carry + decoder.end();
  if (tail.length > 0 || carryCut) {
    no++;
    if (wanted(gate !== null ? testOnce(gate, tail) : true)) yield make(tail, carryCut);
  }
  result.lines = no;
}

function nextHit(gate: Gate, text: string, from: number): number {
  return gate.firstHit(text, from);
}

function testOnce(gate: Gate, text: string): boolean {
  return gate.firstHit(text, 0) !== -1;
}
