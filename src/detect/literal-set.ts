import type { Automaton } from './lane-scan.js';

/**
 * Many literals searched at once (Aho–Corasick as a full automaton, ASCII letters folded to lower
 * case): one pass over the text whatever the number of literals. A V8 regular expression
 * alternation of some 200 literals scans about 50 MB/s; this is several times faster, and it is
 * the first thing every node log byte meets.
 *
 * Characters are first mapped to classes: one per character some literal uses, and class 0 for
 * all the others (from every state they lead back to the root; a character outside ASCII counts
 * as NUL, on text and on bytes alike). The table is states x classes, small enough to stay in
 * cache; rows are premultiplied so a step is two loads, and accepting states are numbered last so
 * acceptance is one comparison. The same table serves decoded text and raw bytes.
 */
export class LiteralSet {
  readonly size: number;
  /** The distinct literals, lower case: `forEachFound` reports indices into this list. */
  readonly literals: string[];
  /** Class of each byte, and of each character below 128. */
  private readonly classOf: Uint8Array;
  /** Class of NUL, which every character of 128 and above counts as. */
  private readonly wideClass: number;
  private readonly table: Int32Array;
  /** Premultiplied states at or above this are accepting. */
  private readonly accept: number;
  private readonly shift: number;
  /** Per accepting state (by row), the literals that end there, own and by failure links. */
  private readonly outputs: (number[] | null)[];

  constructor(literals: string[]) {
    const lits = [...new Set(literals.map((l) => l.toLowerCase()).filter((l) => l.length > 0))];
    this.size = lits.length;
    this.literals = lits;

    // classes of the characters the literals use
    const classOfCode = new Uint8Array(128);
    let classes = 1;
    for (const lit of lits) {
      for (let i = 0; i < lit.length; i++) {
        const c = fold(lit.charCodeAt(i));
        if (classOfCode[c] === 0) classOfCode[c] = classes++;
      }
    }
    const shift = Math.max(1, Math.ceil(Math.log2(classes)));
    const width = 1 << shift;
    const classOf = new Uint8Array(256);
    for (let b = 0; b < 256; b++) classOf[b] = classOfCode[fold(b)]!;

    // the trie, over classes, as a flat table (typed arrays throughout: this runs once per set,
    // cold, and a trie of Maps took ~170 ms for the knowledge base's gate)
    const maxStates = 1 + lits.reduce((sum, l) => sum + l.length, 0);
    const delta = new Int32Array(maxStates * width).fill(-1);
    const ends: (number[] | null)[] = [null];
    let n = 1;
    lits.forEach((lit, index) => {
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const at = s * width + classOfCode[fold(lit.charCodeAt(i))]!;
        if (delta[at] === -1) {
          delta[at] = n++;
          ends.push(null);
        }
        s = delta[at]!;
      }
      (ends[s] ??= []).push(index);
    });

    // breadth first: a missing transition is its failure state's; a failure state is nearer the
    // root, so its transitions and outputs are complete when a state inherits them
    const fail = new Int32Array(n);
    const queue = new Int32Array(n);
    let tail = 0;
    // (columns from `classes` to `width` are never read)
    for (let k = 0; k < classes; k++) {
      const t = delta[k]!;
      if (t > 0) queue[tail++] = t;
      else delta[k] = 0;
    }
    for (let head = 0; head < tail; head++) {
      const s = queue[head]!;
      const f = fail[s]!;
      const inherited = ends[f];
      if (inherited) ends[s] = [...(ends[s] ?? []), ...inherited];
      for (let k = 0; k < classes; k++) {
        const at = s * width + k;
        const t = delta[at]!;
        if (t !== -1) {
          fail[t] = delta[f * width + k]!;
          queue[tail++] = t;
        } else {
          delta[at] = delta[f * width + k]!;
        }
      }
    }

    // accepting states last, rows premultiplied
    const order: number[] = [];
    for (let s = 0; s < n; s++) if (!ends[s]) order.push(s);
    const firstAccepting = order.length;
    for (let s = 0; s < n; s++) if (ends[s]) order.push(s);
    const renumbered = new Int32Array(n);
    order.forEach((s, i) => (renumbered[s] = i));
    const table = new Int32Array(n * width);
    for (let s = 0; s < n; s++) {
      const row = renumbered[s]! * width;
      for (let k = 1; k < classes; k++) table[row + k] = renumbered[delta[s * width + k]!]! * width;
    }
    this.classOf = classOf;
    this.wideClass = classOfCode[0]!;
    this.table = table;
    this.accept = firstAccepting * width;
    this.shift = shift;
    this.outputs = order.map((s) => ends[s] ?? null);
    this.scan = byteScanner(table, classOf, this.accept);
  }

  /** The automaton itself, for a scanner that runs it elsewhere (lane-scan.ts). */
  automaton(): Automaton {
    return { table: this.table, classOf: this.classOf, accept: this.accept, maxLength: this.literals.reduce((max, l) => Math.max(max, l.length), 0) };
  }

  /** The index just past the first literal found in `buf[from, to)`, or -1 (raw bytes: no decoding). */
  readonly scan: (buf: Uint8Array, from: number, to: number) => number;

  /** `forEachFound` on raw bytes, in `buf[from, to)`. */
  forEachFoundIn(buf: Uint8Array, from: number, to: number, found: (literal: number) => void): void {
    const table = this.table;
    const cls = this.classOf;
    const accept = this.accept;
    const shift = this.shift;
    const outputs = this.outputs;
    let s = 0;
    for (let i = from; i < to; i++) {
      s = table[s + cls[buf[i]!]!]!;
      if (s >= accept) for (const l of outputs[s >> shift]!) found(l);
    }
  }

  /** The index just past the first literal found at or after `from`, or -1. */
  firstHit(text: string, from = 0): number {
    const table = this.table;
    const cls = this.classOf;
    const wide = this.wideClass;
    const accept = this.accept;
    let s = 0;
    for (let i = from, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      s = table[s + (c < 128 ? cls[c]! : wide)]!;
      if (s >= accept) return i + 1;
    }
    return -1;
  }

  /** Calls `found` with the index of every literal in `text` (once per occurrence). */
  forEachFound(text: string, found: (literal: number) => void): void {
    const table = this.table;
    const cls = this.classOf;
    const wide = this.wideClass;
    const accept = this.accept;
    const shift = this.shift;
    const outputs = this.outputs;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      s = table[s + (c < 128 ? cls[c]! : wide)]!;
      if (s >= accept) for (const l of outputs[s >> shift]!) found(l);
    }
  }

  test(text: string): boolean {
    return this.firstHit(text, 0) !== -1;
  }
}

/**
 * The hottest loop of a run, as a closure over its tables rather than a method reading them from
 * `this`: V8 then treats the tables as constants, and the loop runs about 40% faster (measured on
 * the bench's journals: 250 -> 340 MB/s).
 */
function byteScanner(table: Int32Array, classOf: Uint8Array, accept: number): (buf: Uint8Array, from: number, to: number) => number {
  return (buf, from, to) => {
    let s = 0;
    for (let i = from; i < to; i++) {
      s = table[s + classOf[buf[i]!]!]!;
      if (s >= accept) return i + 1;
    }
    return -1;
  };
}

/** ASCII upper case to lower case; anything from 128 up counts as NUL. */
function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c >= 128 ? 0 : c;
}
