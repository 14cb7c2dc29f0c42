/**
 * A zip whose central directory cannot be read (a truncated download, a copy cut short: the
 * directory is at the end, so it is the first thing lost) is still a row of local file headers,
 * each followed by its data. This reads them in order from the start, the way `unzip` salvage
 * tools do, so that everything before the damage is analysed and only the rest is a gap.
 */
import { read } from 'node:fs';
import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import { Body, EMPTY_SOURCE, type ByteSource } from './body.js';
import { LimitError } from './context.js';
import { RATIO_CHECK_AFTER } from './gzip.js';
import type { Member } from './member.js';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END = 0x06064b50;
const DATA_DESCRIPTOR = 0x08074b50;
const CHUNK = 64 * 1024;

/** Reads at any offset of a file or a buffer; fewer bytes than asked at the end. */
export interface RandomAccess {
  read(position: number, length: number): Promise<Buffer>;
}

export function bufferAccess(buffer: Buffer): RandomAccess {
  return { read: async (position, length) => buffer.subarray(position, position + length) };
}

export function fdAccess(fd: number): RandomAccess {
  return {
    read: (position, length) => new Promise((resolve, reject) => {
      const buffer = Buffer.alloc(length);
      read(fd, buffer, 0, length, position, (err, n) => (err ? reject(err) : resolve(buffer.subarray(0, n))));
    }),
  };
}

/** Whether `head` starts with a local file header: only then is there anything to salvage. */
export function startsWithLocalHeader(head: Buffer): boolean {
  return head.length >= 4 && head.readUInt32LE(0) === LOCAL_HEADER;
}

/** The damage that ends salvage: its message says "unexpected end" so that it is reported as truncation. */
function truncated(what: string): Error {
  return new Error(`unexpected end of file in ${what}`);
}

/** Bytes [start, end) of `access`, read a chunk at a time, as a stream. */
function rangeStream(access: RandomAccess, start: number, end: number): Readable {
  let pos = start;
  return new Readable({
    read() {
      if (pos >= end) {
        this.push(null);
        return;
      }
      access.read(pos, Math.min(CHUNK, end - pos)).then((chunk) => {
        if (chunk.length === 0) {
          this.destroy(truncated('member data'));
          return;
        }
        pos += chunk.length;
        this.push(chunk);
      }, (err: unknown) => this.destroy(err as Error));
    },
  });
}

/** What the reader learns once a member's body has been read: where its compressed data ended. */
interface MemberState {
  /** Compressed bytes the inflater consumed (known once it ended). */
  consumed: number | null;
  failed: boolean;
}

function failing(err: Error, state: MemberState): ByteSource {
  return {
    next: async () => {
      state.failed = true;
      throw err;
    },
  };
}

/**
 * The content of one member: stored bytes, or inflated ones checked against the ratio limit. With a
 * known size the source can be skipped; without one (a data descriptor follows the data) it must be
 * inflated to its end to find where the next member starts.
 */
function memberSource(access: RandomAccess, start: number, compressedSize: number | null, method: number, maxRatio: number, state: MemberState): ByteSource {
  const end = compressedSize === null ? Number.MAX_SAFE_INTEGER : start + compressedSize;
  const raw = rangeStream(access, start, end);
  const out: Readable = method === 0 ? raw : raw.pipe(createInflateRaw());
  if (out !== raw) raw.on('error', (err) => out.destroy(err));
  const it = out[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let produced = 0;
  const source: ByteSource = {
    async next() {
      let r: IteratorResult<Buffer>;
      try {
        r = await it.next();
      } catch (err) {
        state.failed = true;
        raw.destroy();
        throw err;
      }
      if (r.done) {
        state.consumed = out === raw ? compressedSize : (out as ReturnType<typeof createInflateRaw>).bytesWritten;
        raw.destroy();
        return r;
      }
      produced += r.value.length;
      const consumed = out === raw ? produced : Math.max((out as ReturnType<typeof createInflateRaw>).bytesWritten, 1);
      if (produced > RATIO_CHECK_AFTER && produced / consumed > maxRatio) {
        state.failed = true;
        raw.destroy();
        out.destroy();
        throw new LimitError(`zip data expands more than ${maxRatio} times its compressed size (a possible decompression bomb)`);
      }
      return r;
    },
  };
  if (compressedSize !== null) {
    source.skip = () => {
      raw.destroy();
      out.destroy();
    };
  }
  return source;
}

/** DOS date and time of a local header, as a Date (local time, as zip stores it). */
function dosDate(date: number, time: number): Date | undefined {
  const d = new Date((date >> 9) + 1980, ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Sizes from the zip64 extra field (id 1), for the fields the header set to 0xFFFFFFFF. */
function zip64Sizes(extra: Buffer, usize: number, csize: number): { usize: number; csize: number } {
  for (let i = 0; i + 4 <= extra.length;) {
    const id = extra.readUInt16LE(i);
    const len = extra.readUInt16LE(i + 2);
    if (id === 1) {
      let at = i + 4;
      const field = (): number => {
        if (at + 8 > i + 4 + len || at + 8 > extra.length) return -1;
        const v = Number(extra.readBigUInt64LE(at));
        at += 8;
        return v;
      };
      const u = usize === 0xffffffff ? field() : usize;
      const c = csize === 0xffffffff ? field() : csize;
      return { usize: u, csize: c };
    }
    i += 4 + len;
  }
  return { usize, csize };
}

/**
 * The members of a zip read from its local headers, in file order. Ends normally at the central
 * directory; throws (as damage) where the file ends early or stops looking like a zip, and where
 * the end of a member cannot be found.
 */
export async function* salvageZipMembers(access: RandomAccess, maxRatio: number): AsyncGenerator<Member> {
  let pos = 0;
  let last = 'the first member';
  for (;;) {
    const head = await access.read(pos, 30);
    if (head.length < 4) throw truncated(`the header after ${last}`);
    const sig = head.readUInt32LE(0);
    if (sig === CENTRAL_HEADER || sig === END_OF_DIRECTORY || sig === ZIP64_END) return;
    if (sig !== LOCAL_HEADER) throw new Error(`no zip member header at offset ${pos}`);
    if (head.length < 30) throw truncated(`the header after ${last}`);
    const flags = head.readUInt16LE(6);
    const method = head.readUInt16LE(8);
    let csize = head.readUInt32LE(18);
    let usize = head.readUInt32LE(22);
    const nameLength = head.readUInt16LE(26);
    const extraLength = head.readUInt16LE(28);
    const names = await access.read(pos + 30, nameLength + extraLength);
    if (names.length < nameLength + extraLength) throw truncated(`the header after ${last}`);
    const nameBytes = names.subarray(0, nameLength);
    const name = flags & 0x800 ? nameBytes.toString('utf8') : nameBytes.toString('latin1');
    ({ usize, csize } = zip64Sizes(names.subarray(nameLength), usize, csize));
    const zip64 = csize > 0xffffffff - 1 || usize > 0xffffffff - 1;
    const descriptor = (flags & 8) !== 0;
    const dataStart = pos + 30 + nameLength + extraLength;
    const state: MemberState = { consumed: null, failed: false };
    const isDirectory = name.endsWith('/');
    let source: ByteSource;
    if (isDirectory) source = EMPTY_SOURCE;
    else if (flags & 1) source = failing(new Error('encrypted member, not read'), state);
    else if (method !== 0 && method !== 8) source = failing(new Error(`compression method ${method} is not supported`), state);
    else if (descriptor && method === 0) source = failing(new Error('stored member of unknown size'), state);
    else if (csize < 0) source = failing(new Error('damaged zip64 sizes'), state);
    else source = memberSource(access, dataStart, descriptor ? null : csize, method, maxRatio, state);
    const date = dosDate(head.readUInt16LE(12), head.readUInt16LE(10));
    yield {
      name,
      type: isDirectory ? 'directory' : 'file',
      size: isDirectory ? null : descriptor ? null : usize,
      ...(date ? { mtime: date } : {}),
      body: new Body(source),
      // With a known size the next member is reachable whatever happened in this one.
      independent: !descriptor,
    };
    last = `'${name}'`;
    if (!descriptor) {
      if (csize < 0) throw new Error(`damaged zip64 sizes in ${last}`);
      pos = dataStart + csize;
      continue;
    }
    if (isDirectory) {
      pos = dataStart;
    } else {
      if (state.failed || state.consumed === null) throw new Error(`the end of ${last} cannot be found`);
      pos = dataStart + state.consumed;
    }
    // The data descriptor: an optional signature, then CRC and two sizes (4 or 8 bytes each).
    const dd = await access.read(pos, 4);
    if (dd.length === 4 && dd.readUInt32LE(0) === DATA_DESCRIPTOR) pos += 4;
    pos += zip64 ? 20 : 12;
  }
}
