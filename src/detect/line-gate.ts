/**
 * The search every node log byte meets first: does this line hold all the required text of at
 * least one alternative of at least one pattern? One literal per alternative (its anchor) is looked
 * for across the whole log; only the lines where an anchor turns up are searched for the rest of
 * their alternative's runs. A routine line that shares one word with a pattern ("RunPodSandbox for
 * ... returns sandbox id") is so dropped before it costs a string, a parse or a regex.
 */
import type { Gate } from '../util/sieve.js';
import { LaneScanner, WINDOW } from './lane-scan.js';
import { LiteralSet } from './literal-set.js';

/** How the anchors are searched: by default in WebAssembly lanes, short stretches in JavaScript. */
export interface ScanOptions {
  lanes?: boolean;
  /** Bytes per lane scan (lane-scan.ts). */
  window?: number;
  /** Stretches shorter than this are scanned in JavaScript: copying them out would cost more. */
  laneMin?: number;
}

/** The stretch being scanned by lanes: its hits are used up as the caller moves through it. */
interface Region {
  buf: Uint8Array | null;
  start: number;
  to: number;
  /** Where the caller last asked from: asking from further back starts the region over. */
  pos: number;
  /** End of the bytes scanned so far; the hits of the last window are `lanes.hits[cursor, count)`. */
  scanned: number;
  cursor: number;
}

/** Shortest piece of a run that is searched for: shorter ones would match nearly every line. */
const MIN_PIECE = 3;

/**
 * The pieces of a run that appear verbatim in a raw log line: a quote or backslash may be escaped
 * there (containerd's msg="... \"id\" ..."), and a character outside ASCII may be written as an
 * escape, so the run is cut at them.
 */
export function rawPieces(run: string): string[] {
  return run.split(/["\\]|[^\x00-\x7f]/).filter((p) => p.length >= MIN_PIECE);
}

/**
 * Words that routine lines rarely hold and failing ones nearly always do. A pattern's pieces often
 * name a routine operation ("RunPodSandbox for", "apparmor=") that logs print all day, and say how
 * it went in a shorter piece ("failed, error", "DENIED"): that one is the better anchor.
 */
const TROUBLE = /fail|error|denied|refused|unable|invalid|cannot|can't|not found|no such|timeout|timed out|exceeded|killed|out of|forbidden|unauthorized|exhausted|unknown|full/;

/** The piece an alternative is searched by: a piece that says trouble, else the longest. */
export function anchorOf(pieces: string[]): string {
  const score = (p: string) => p.length + (TROUBLE.test(p) ? 16 : 0);
  return pieces.reduce((a, b) => (score(b) > score(a) ? b : a));
}

export class LineGate implements Gate {
  private readonly anchors: LiteralSet;
  private readonly all: LiteralSet;
  /** For each literal of `all`: the alternatives that need it, and its bit in their masks. */
  private readonly needs: { alt: number; bit: number }[][];
  private readonly full: Int32Array;
  private readonly masks: Int32Array;
  private readonly touched: number[] = [];
  private readonly lanes: LaneScanner | null;
  private readonly laneMin: number;
  private readonly region: Region = { buf: null, start: 0, to: 0, pos: 0, scanned: 0, cursor: 0 };

  /**
   * `alternatives`: for each, the runs a line must all hold. Null when some alternative has no
   * piece long enough to search for: then no line can be ruled out.
   */
  static of(alternatives: string[][], options: ScanOptions = {}): LineGate | null {
    const pieces = alternatives.map((runs) => [...new Set(runs.flatMap(rawPieces))].slice(0, 31));
    if (pieces.length === 0 || pieces.some((p) => p.length === 0)) return null;
    return new LineGate(pieces, options);
  }

  private constructor(alternatives: string[][], options: ScanOptions) {
    // Each alternative is looked for by one piece, its anchor: the one most likely to be rare.
    this.anchors = new LiteralSet(alternatives.map(anchorOf));
    this.lanes = options.lanes === false ? null : LaneScanner.of(this.anchors.automaton(), options.window ?? WINDOW);
    this.laneMin = options.laneMin ?? 4096;
    this.all = new LiteralSet(alternatives.flat());
    this.needs = this.all.literals.map(() => []);
    this.full = new Int32Array(alternatives.length);
    this.masks = new Int32Array(alternatives.length);
    alternatives.forEach((pieces, alt) => {
      pieces.forEach((piece, bit) => this.needs[this.all.literals.indexOf(piece.toLowerCase())]!.push({ alt, bit: 1 << bit }));
      this.full[alt] = (1 << pieces.length) - 1;
    });
  }

  /** Whether the anchors are searched by the WebAssembly lanes (else in JavaScript). */
  get usesLanes(): boolean {
    return this.lanes !== null;
  }

  /** The next call of `scan` starts afresh even on the same buffer (its bytes may have changed). */
  reset(): void {
    this.region.buf = null;
  }

  scan(buf: Uint8Array, from: number, to: number): number {
    const lanes = this.lanes;
    if (lanes === null || to - from < this.laneMin) return this.scanHere(buf, from, to);
    // The caller walks through one stretch, asking again from just after each hit: the lanes
    // find the stretch's anchors a window at a time, and each call takes the next ones.
    const r = this.region;
    if (r.buf !== buf || r.to !== to || from < r.pos) {
      Object.assign(r, { buf, start: from, to, pos: from, scanned: from, cursor: 0 });
      lanes.count = 0;
    }
    r.pos = from;
    let pos = from;
    for (;;) {
      const hits = lanes.hits;
      while (r.cursor < lanes.count) {
        const hit = hits[r.cursor]!;
        if (hit > pos) {
          const start = Math.max(pos, buf.lastIndexOf(10, hit - 1) + 1);
          let end = buf.indexOf(10, hit);
          if (end === -1 || end > to) end = to;
          if (this.holdsAll(buf, start, end)) return hit;
          // the line's other anchors need not be looked at
          pos = end + 1;
        }
        r.cursor++;
      }
      if (r.scanned >= to) return -1;
      const readFrom = Math.max(r.start, r.scanned - lanes.overlap);
      const until = Math.min(to, readFrom + lanes.window);
      lanes.scan(buf, readFrom, r.scanned, until);
      r.scanned = until;
      r.cursor = 0;
    }
  }

  /** `scan` in JavaScript, one anchor at a time. */
  private scanHere(buf: Uint8Array, from: number, to: number): number {
    let pos = from;
    while (pos < to) {
      const hit = this.anchors.scan(buf, pos, to);
      if (hit === -1) return -1;
      // the anchor's line: does it hold the rest of some alternative?
      const start = Math.max(pos, buf.lastIndexOf(10, hit - 1) + 1);
      let end = buf.indexOf(10, hit);
      if (end === -1 || end > to) end = to;
      if (this.holdsAll(buf, start, end)) return hit;
      pos = end + 1;
    }
    return -1;
  }

  /** Whether `text` could match: the same test as `scan`, on a decoded line. */
  test(text: string): boolean {
    const buf = Buffer.from(text, 'utf8');
    return this.scan(buf, 0, buf.length) !== -1;
  }

  private holdsAll(buf: Uint8Array, from: number, to: number): boolean {
    const { masks, full, needs, touched } = this;
    let done = false;
    this.all.forEachFoundIn(buf, from, to, (literal) => {
      for (const { alt, bit } of needs[literal]!) {
        if (masks[alt] === 0) touched.push(alt);
        masks[alt]! |= bit;
        if (masks[alt] === full[alt]) done = true;
      }
    });
    for (const alt of touched) masks[alt] = 0;
    touched.length = 0;
    return done;
  }
}
