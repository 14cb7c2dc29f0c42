/**
 * The literal automaton of a LiteralSet run over raw bytes in WebAssembly, several stretches of the
 * text at once ("lanes"). One automaton step is a chain of dependent loads (byte -> class -> next
 * state), so a single scan waits on memory at every byte, in JavaScript and WebAssembly alike
 * (~420 MB/s on the bench's journals); lanes interleave independent chains and the processor
 * overlaps them (2 lanes ~780 MB/s, measured on the same text).
 *
 * The text is cut into LANES stretches; each lane starts `maxLength - 1` bytes before its stretch
 * (in the start state) so that a literal crossing a boundary is seen whole, and records only the
 * hits that end inside its own stretch: the hits come out in order, lane after lane. After a hit a
 * lane skips to the end of the line: the caller looks at lines, so one hit per line is enough, and
 * the number of hits is bounded by the number of lines.
 *
 * The module is assembled here, at run time, from a few dozen instructions (there is no compiler
 * in the build, and the table's offsets are baked in as constants).
 */

export const LANES = 4;
/** Bytes scanned per call by default: the input and the hit list live in the module's memory. */
export const WINDOW = 256 * 1024;

// Memory layout: per-lane parameters, the class table, the transition table, input, hits.
const HEADER = 0; // per lane, 16 bytes: read from, record from, end (relative to input), hit pointer
const CLASSES = HEADER + 16 * LANES;
const TABLE = CLASSES + 256;

export interface Automaton {
  /** Premultiplied transitions: state row + class -> next state row. */
  table: Int32Array;
  /** Class of each byte. */
  classOf: Uint8Array;
  /** Rows at or above this are accepting. */
  accept: number;
  /** Longest literal, in bytes. */
  maxLength: number;
}

export class LaneScanner {
  /** Hits of the last `scan`, absolute positions just past the literal's last byte, in order. */
  readonly hits: Int32Array;
  count = 0;
  private readonly input: number;
  private readonly output: number;
  private readonly bytes: Uint8Array;
  private readonly words: Int32Array;
  private readonly run: () => void;

  /** Null when WebAssembly is not available (node --jitless): callers then scan in JavaScript. */
  static of(a: Automaton, window = WINDOW): LaneScanner | null {
    if (typeof WebAssembly !== 'object') return null;
    try {
      return new LaneScanner(a, window);
    } catch {
      return null;
    }
  }

  /** Most bytes one `scan` reads. */
  readonly window: number;
  /** Bytes a lane reads before its stretch, so that a literal crossing into it is seen whole. */
  readonly overlap: number;

  private constructor(a: Automaton, window: number) {
    this.window = window;
    this.overlap = Math.max(0, a.maxLength - 1);
    if (window <= 2 * this.overlap) throw new RangeError(`a window of ${window} bytes is too small for literals of ${a.maxLength}`);
    this.input = align(TABLE + a.table.length * 4, 16);
    // a lane records at most one hit per byte of its own stretch (plus one)
    this.output = align(this.input + window + 16, 16);
    const size = this.output + 4 * (window + LANES + 1);
    const memory = new WebAssembly.Memory({ initial: Math.ceil(size / 65536) });
    const module = new WebAssembly.Module(assemble(this.input, a.accept * 4));
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    this.run = instance.exports['scan'] as () => void;
    this.bytes = new Uint8Array(memory.buffer);
    this.words = new Int32Array(memory.buffer);
    this.hits = new Int32Array(window + LANES + 1);
    for (let b = 0; b < 256; b++) this.bytes[CLASSES + b] = a.classOf[b]!;
    // transitions as byte offsets into the table
    const table = this.words.subarray(TABLE / 4, TABLE / 4 + a.table.length);
    for (let i = 0; i < a.table.length; i++) table[i] = a.table[i]! * 4;
  }

  /**
   * Scans `buf[readFrom, to)` (at most `window` bytes) and keeps the hits that end at or after
   * `recordFrom` (`readFrom <= recordFrom`: the bytes before it are only context for a literal that
   * crosses into the stretch). At most one hit per line per lane; `hits[0, count)` are in order.
   */
  scan(buf: Uint8Array, readFrom: number, recordFrom: number, to: number): void {
    const n = to - readFrom;
    if (n > this.window) throw new RangeError(`lane scan of ${n} bytes, more than ${this.window}`);
    this.bytes.set(buf.subarray(readFrom, to), this.input);
    const first = recordFrom - readFrom;
    const stretch = Math.ceil((n - first) / LANES);
    const words = this.words;
    // lane k's hits go to output words from `begin + k` on (at most one per byte of its stretch, plus one)
    const firstHit = (k: number) => (this.output >> 2) + Math.min(n, first + k * stretch) + k;
    for (let k = 0; k < LANES; k++) {
      const begin = Math.min(n, first + k * stretch);
      const h = (HEADER >> 2) + 4 * k;
      words[h] = k === 0 ? 0 : Math.max(0, begin - this.overlap);
      // a hit is recorded as the index just past its last byte: past `begin` means inside
      words[h + 1] = begin + 1;
      words[h + 2] = Math.min(n, begin + stretch);
      words[h + 3] = 4 * firstHit(k);
    }
    this.run();
    let count = 0;
    const hits = this.hits;
    for (let k = 0; k < LANES; k++) {
      // the module leaves each lane's hit pointer just past its last hit
      const until = words[(HEADER >> 2) + 4 * k + 3]! >> 2;
      for (let i = firstHit(k); i < until; i++) hits[count++] = words[i]! + readFrom;
    }
    this.count = count;
  }
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

// --- the module -------------------------------------------------------------------------------

const OP = {
  block: 0x02, loop: 0x03, if: 0x04, end: 0x0b, br: 0x0c, brIf: 0x0d,
  get: 0x20, set: 0x21, tee: 0x22,
  load: 0x28, load8: 0x2d, store: 0x36, const: 0x41,
  select: 0x1b, eqz: 0x45, eq: 0x46, ltU: 0x49, geU: 0x4f, add: 0x6a, sub: 0x6b, shl: 0x74,
  void: 0x40, i32: 0x7f,
} as const;

/**
 * The scan function, as bytecode. Only the state and position of each lane live in locals (so
 * that all lanes stay in registers); the rest is read from the header when a lane hits. In words:
 *
 *   load each lane's start; state = 0
 *   rounds: n = the fewest bytes any lane has left; if n == 0, go to the tails
 *     n times: step each lane; after a recorded hit, start a new round (its lane moved on)
 *   tails: each lane on its own, stepping while it is before its end
 *   (the hit pointers are kept up to date in the header)
 *
 * where a step of a lane is
 *
 *   state = table[state + class[input[pos]] * 4]; pos++
 *   if state >= accept && pos >= recordFrom { *hits++ = pos; state = 0; skip past the next newline }
 */
function assemble(input: number, accept: number): Uint8Array<ArrayBuffer> {
  const state = (k: number) => 2 * k;
  const pos = (k: number) => 2 * k + 1;
  const N = 2 * LANES;
  const T = N + 1;
  const field = (k: number, f: 'start' | 'record' | 'end' | 'hits') => HEADER + 16 * k + 4 * ['start', 'record', 'end', 'hits'].indexOf(f);

  const code: number[] = [];
  const emit = (...bytes: number[]) => code.push(...bytes);
  const get = (l: number) => emit(OP.get, l);
  const set = (l: number) => emit(OP.set, l);
  const i32 = (n: number) => emit(OP.const, ...sleb(n));
  const mem = (op: number, alignLog2: number, offset: number) => emit(op, alignLog2, ...uleb(offset));
  const header = (k: number, f: Parameters<typeof field>[1]) => { i32(0); mem(OP.load, 2, field(k, f)); };
  // structured control flow, with branches by label name rather than by depth
  const labels: string[] = [];
  const open = (op: number, label: string) => { emit(op, OP.void); labels.push(label); };
  const close = () => { emit(OP.end); labels.pop(); };
  const depth = (label: string) => labels.length - 1 - labels.lastIndexOf(label);
  const br = (label: string) => emit(OP.br, depth(label));
  const brIf = (label: string) => emit(OP.brIf, depth(label));

  /** One step of lane k; `after` runs after a recorded hit (its position has moved on). */
  const step = (k: number, after: () => void) => {
    get(state(k));
    get(pos(k)); mem(OP.load8, 0, input); mem(OP.load8, 0, CLASSES); i32(2); emit(OP.shl);
    emit(OP.add); mem(OP.load, 2, TABLE); emit(OP.tee, state(k));
    get(pos(k)); i32(1); emit(OP.add); set(pos(k));
    i32(accept); emit(OP.geU); open(OP.if, 'accepting');
    get(pos(k)); header(k, 'record'); emit(OP.geU); open(OP.if, 'recorded');
    // *hits++ = pos
    header(k, 'hits'); get(pos(k)); mem(OP.store, 2, 0);
    i32(0); header(k, 'hits'); i32(4); emit(OP.add); mem(OP.store, 2, field(k, 'hits'));
    i32(0); set(state(k));
    open(OP.block, 'skipped'); open(OP.loop, 'skip');
    get(pos(k)); header(k, 'end'); emit(OP.geU); brIf('skipped');
    get(pos(k)); mem(OP.load8, 0, input);
    get(pos(k)); i32(1); emit(OP.add); set(pos(k));
    i32(10); emit(OP.eq); brIf('skipped');
    br('skip'); close(); close();
    after();
    close(); close();
  };

  for (let k = 0; k < LANES; k++) {
    header(k, 'start');
    set(pos(k));
  }
  open(OP.block, 'tails'); open(OP.loop, 'round');
  // n = min over lanes of end - pos
  for (let k = 0; k < LANES; k++) {
    header(k, 'end'); get(pos(k)); emit(OP.sub);
    if (k === 0) {
      set(N);
    } else {
      emit(OP.tee, T); get(N); get(T); get(N); emit(OP.ltU, OP.select); set(N);
    }
  }
  get(N); emit(OP.eqz); brIf('tails');
  open(OP.loop, 'steps');
  for (let k = 0; k < LANES; k++) step(k, () => br('round'));
  get(N); i32(1); emit(OP.sub); emit(OP.tee, N); brIf('steps');
  close();
  br('round');
  close(); close();
  for (let k = 0; k < LANES; k++) {
    open(OP.block, 'done'); open(OP.loop, 'tail');
    get(pos(k)); header(k, 'end'); emit(OP.geU); brIf('done');
    step(k, () => undefined);
    br('tail'); close(); close();
  }
  emit(OP.end);

  const body = [...uleb(1), ...uleb(2 * LANES + 2), OP.i32, ...code];
  const name = (s: string) => [...uleb(s.length), ...Buffer.from(s, 'ascii')];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // \0asm, version 1
    ...section(1, vector([[0x60, 0, 0]])), // type 0: () -> ()
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])), // memory, min 1 page
    ...section(3, vector([[0]])), // function 0 has type 0
    ...section(7, vector([[...name('scan'), 0x00, 0]])), // export function 0
    ...section(10, vector([[...uleb(body.length), ...body]])),
  ]);
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function vector(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}
