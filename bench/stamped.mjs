// Fast writer for big log files with increasing timestamps.
//
// Why: building 1 GB of log text line by line in JavaScript (template strings, concatenation) would
// make the generator slower than the tool it benchmarks. Instead a small pool of "chunks" is
// rendered once (a few thousand lines of realistic text each, with every timestamp a fixed-width
// field) and the file is written as a sequence of copies of those chunks, patching only the
// timestamp bytes in place so that time still moves forward line after line. Chunks are large
// (tens of KiB, more than gzip's 32 KiB window) and picked at random, so the compressed size stays
// close to that of a real log instead of collapsing on exact repeats.

/** Fixed-width timestamp fields a line may hold. `width` is in bytes (all ASCII). */
export const STAMP = {
  journal: { id: 1, width: 15 }, // journalctl short:  'Mar 14 08:12:01'
  klog: { id: 2, width: 20 }, // klog header after the level letter:  '0314 08:12:01.123456'
  nano: { id: 3, width: 30 }, // logrus / containerd:  '2026-03-14T08:12:01.123456789Z'
  milli: { id: 4, width: 24 }, // application logs:  '2026-03-14T08:12:01.123Z'
  clf: { id: 5, width: 26 }, // nginx access log:  '14/Mar/2026:08:12:01 +0000'
};

const MONTHS = 'JanFebMarAprMayJunJulAugSepOctNovDec';
const DIG2 = new Uint8Array(200);
for (let i = 0; i < 100; i++) {
  DIG2[i * 2] = 48 + Math.floor(i / 10);
  DIG2[i * 2 + 1] = 48 + (i % 10);
}

// Calendar fields of the last second formatted: consecutive lines mostly share it or the next one.
let cachedSec = NaN;
let cY = 0, cMo = 0, cD = 0, ch = 0, cm = 0, cs = 0;
function calendar(sec) {
  if (sec === cachedSec) return;
  cachedSec = sec;
  const d = new Date(sec * 1000);
  cY = d.getUTCFullYear();
  cMo = d.getUTCMonth();
  cD = d.getUTCDate();
  ch = d.getUTCHours();
  cm = d.getUTCMinutes();
  cs = d.getUTCSeconds();
}

function put2(buf, o, n) {
  buf[o] = DIG2[n * 2];
  buf[o + 1] = DIG2[n * 2 + 1];
}
function putN(buf, o, n, width) {
  for (let i = width - 1; i >= 0; i--) {
    buf[o + i] = 48 + (n % 10);
    n = Math.floor(n / 10);
  }
}
function putMonth(buf, o) {
  buf[o] = MONTHS.charCodeAt(cMo * 3);
  buf[o + 1] = MONTHS.charCodeAt(cMo * 3 + 1);
  buf[o + 2] = MONTHS.charCodeAt(cMo * 3 + 2);
}
function putTime(buf, o) {
  put2(buf, o, ch);
  buf[o + 2] = 58;
  put2(buf, o + 3, cm);
  buf[o + 5] = 58;
  put2(buf, o + 6, cs);
}
function putDate(buf, o) {
  putN(buf, o, cY, 4);
  buf[o + 4] = 45;
  put2(buf, o + 5, cMo + 1);
  buf[o + 7] = 45;
  put2(buf, o + 8, cD);
}

/** Writes timestamp `kind` for time `us` (microseconds since the epoch, UTC) at buf[o]. */
export function patchStamp(buf, o, kind, us) {
  const sec = Math.floor(us / 1e6);
  const micros = us - sec * 1e6;
  calendar(sec);
  switch (kind) {
    case 1: // Mar 14 08:12:01
      putMonth(buf, o);
      buf[o + 3] = 32;
      put2(buf, o + 4, cD);
      buf[o + 6] = 32;
      putTime(buf, o + 7);
      return;
    case 2: // 0314 08:12:01.123456
      put2(buf, o, cMo + 1);
      put2(buf, o + 2, cD);
      buf[o + 4] = 32;
      putTime(buf, o + 5);
      buf[o + 13] = 46;
      putN(buf, o + 14, micros, 6);
      return;
    case 3: // 2026-03-14T08:12:01.123456789Z (the last three digits vary with the micros, as real ones do)
      putDate(buf, o);
      buf[o + 10] = 84;
      putTime(buf, o + 11);
      buf[o + 19] = 46;
      putN(buf, o + 20, micros, 6);
      putN(buf, o + 26, (micros * 7919) % 1000, 3);
      buf[o + 29] = 90;
      return;
    case 4: // 2026-03-14T08:12:01.123Z
      putDate(buf, o);
      buf[o + 10] = 84;
      putTime(buf, o + 11);
      buf[o + 19] = 46;
      putN(buf, o + 20, Math.floor(micros / 1000), 3);
      buf[o + 23] = 90;
      return;
    case 5: // 14/Mar/2026:08:12:01 +0000
      put2(buf, o, cD);
      buf[o + 2] = 47;
      putMonth(buf, o + 3);
      buf[o + 6] = 47;
      putN(buf, o + 7, cY, 4);
      buf[o + 11] = 58;
      putTime(buf, o + 12);
      buf.write(' +0000', o + 20, 'latin1');
      return;
    default:
      throw new Error(`unknown stamp kind ${kind}`);
  }
}

/** One timestamp as text, for the few lines and JSON fields rendered one by one. */
export function formatStamp(stamp, us) {
  const buf = Buffer.alloc(stamp.width);
  patchStamp(buf, 0, stamp.id, us);
  return buf.toString('latin1');
}

/**
 * Renders lines into one chunk. A line is an array of parts: strings, and STAMP entries that stand
 * for a timestamp filled in at write time. Returns the bytes plus where each line and stamp starts.
 */
export function buildChunk(lines) {
  const texts = [];
  const lineStarts = [];
  const stampOff = [];
  const stampKind = [];
  const stampLine = [];
  let off = 0;
  for (let i = 0; i < lines.length; i++) {
    lineStarts.push(off);
    for (const part of lines[i]) {
      if (typeof part === 'string') {
        texts.push(part);
        off += Buffer.byteLength(part);
      } else {
        stampOff.push(off);
        stampKind.push(part.id);
        stampLine.push(i);
        texts.push('0'.repeat(part.width));
        off += part.width;
      }
    }
    texts.push('\n');
    off += 1;
  }
  lineStarts.push(off);
  return {
    buf: Buffer.from(texts.join('')),
    lines: lines.length,
    lineStarts: Int32Array.from(lineStarts),
    stampOff: Int32Array.from(stampOff),
    stampKind: Uint8Array.from(stampKind),
    stampLine: Int32Array.from(stampLine),
  };
}

/** Renders a single line (planted evidence) at time `us`. */
export function renderLine(parts, us) {
  const chunk = buildChunk([parts]);
  for (let s = 0; s < chunk.stampOff.length; s++) patchStamp(chunk.buf, chunk.stampOff[s], chunk.stampKind[s], us);
  return chunk.buf;
}

/** Byte length of a line once rendered (stamps are fixed-width, so the time does not matter). */
export function lineBytes(parts) {
  let n = 1;
  for (const part of parts) n += typeof part === 'string' ? Buffer.byteLength(part) : part.width;
  return n;
}

/**
 * A pool of chunks built from `nextLine()` (which returns the parts of one random routine line):
 * about `poolBytes` in all, in chunks of about `chunkBytes`.
 */
export function buildPool(nextLine, { poolBytes, chunkBytes }) {
  const chunks = [];
  let total = 0;
  while (total < poolBytes) {
    const lines = [];
    let bytes = 0;
    while (bytes < chunkBytes) {
      const parts = nextLine();
      lines.push(parts);
      bytes += lineBytes(parts);
    }
    const chunk = buildChunk(lines);
    chunks.push(chunk);
    total += chunk.buf.length;
  }
  return chunks;
}

/**
 * Decides which chunks (and, for the last one, how many of its lines) make up a file of about
 * `targetBytes`. Cheap, and done before writing: a tar header needs the exact size up front.
 */
export function planFile(pool, targetBytes, rng) {
  const plan = [];
  let bytes = 0;
  let lines = 0;
  while (bytes < targetBytes) {
    const c = rng.int(pool.length);
    const chunk = pool[c];
    let n = chunk.lines;
    if (bytes + chunk.buf.length > targetBytes) {
      // Partial chunk: the first lines that reach the target (at least one line).
      n = 1;
      while (n < chunk.lines && bytes + chunk.lineStarts[n] < targetBytes) n++;
    }
    plan.push(c, n);
    bytes += chunk.lineStarts[n];
    lines += n;
  }
  return { plan, bytes, lines };
}

/**
 * Writes a planned file: `head` (a Buffer, e.g. the journal's "-- Journal begins" line), then the
 * planned chunks with their timestamps spread evenly (with jitter) between startUs and endUs, and the
 * `planted` lines ({us, buf}, sorted by time) inserted at their exact place in time.
 * `write(buf)` may return a promise (backpressure). Returns the number of bytes written.
 */
export async function writePlanned(write, pool, planned, { startUs, endUs, head = null, planted = [] }) {
  let written = 0;
  const emit = async (buf) => {
    written += buf.length;
    const p = write(buf);
    if (p) await p;
  };
  if (head) await emit(head);
  const step = (endUs - startUs) / (planned.lines + 1);
  let k = 0;
  let j = 0; // index of the line among all routine lines of the file
  const { plan } = planned;
  for (let p = 0; p < plan.length; p += 2) {
    const chunk = pool[plan[p]];
    const n = plan[p + 1];
    const end = chunk.lineStarts[n];
    const buf = Buffer.allocUnsafe(end); // fresh: the stream may still hold the previous one
    chunk.buf.copy(buf, 0, 0, end);
    let from = 0;
    let sp = 0;
    for (let i = 0; i < n; i++, j++) {
      // Deterministic jitter inside the line's slot keeps times increasing without a PRNG call.
      const jitter = (((j * 2654435761) >>> 0) / 4294967296) * 0.9 + 0.05;
      const us = Math.floor(startUs + (j + jitter) * step);
      while (k < planted.length && planted[k].us <= us) {
        const at = chunk.lineStarts[i];
        if (at > from) await emit(buf.subarray(from, at));
        from = at;
        await emit(planted[k].buf);
        k++;
      }
      while (sp < chunk.stampOff.length && chunk.stampLine[sp] === i) {
        patchStamp(buf, chunk.stampOff[sp], chunk.stampKind[sp], us);
        sp++;
      }
    }
    if (end > from) await emit(buf.subarray(from, end));
  }
  while (k < planted.length) await emit(planted[k++].buf);
  return written;
}

/** Total size of a planned file, for the tar header. */
export function plannedSize(planned, head, planted) {
  let n = planned.bytes + (head ? head.length : 0);
  for (const p of planted) n += p.buf.length;
  return n;
}
