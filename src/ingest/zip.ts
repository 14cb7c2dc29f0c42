import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { Body, EMPTY_SOURCE, type ByteSource } from './body.js';
import { LimitError } from './context.js';
import { RATIO_CHECK_AFTER } from './gzip.js';
import type { Member } from './member.js';
import type { EntryType } from './types.js';

/**
 * decodeStrings is off because yauzl then rejects the whole archive on a name with '..' or a leading
 * '/': names are only labels here, so they are decoded below and kept as they are.
 */
const OPTIONS: yauzl.Options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: true };

/** A zip read at random offsets of an open file descriptor (closed with the zip). */
export function openZipFd(fd: number): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromFd(fd, OPTIONS, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

/** A zip held in memory (a zip nested in another archive cannot be read at random offsets). */
export function openZipBuffer(buffer: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, OPTIONS, (err, zip) => (err ? reject(err) : resolve(zip)));
  });
}

/** A symlink's target is its content; anything longer than this is not a path. */
const MAX_LINK_TARGET = 4096;

const S_IFMT = 0o170000;
const MODE_TYPES: Record<number, EntryType> = {
  0o040000: 'directory',
  0o120000: 'symlink',
  0o100000: 'file',
  0: 'file', // no type bits: a plain file from a tool that only sets permissions
};

/**
 * The members of `zip`, in central directory order. Damage to the directory itself is thrown by
 * `next()`; a member that cannot be read (encrypted, unknown method, bad data, a bomb) only fails its
 * own body. `onOffset` gets how far into the file each member starts, for progress.
 */
export async function* zipMembers(
  zip: ZipFile,
  maxRatio: number,
  onOffset?: (offset: number) => void,
): AsyncGenerator<Member> {
  const next = entryReader(zip);
  try {
    for (;;) {
      const entry = await next();
      if (entry === null) return;
      onOffset?.(entry.relativeOffsetOfLocalHeader + entry.compressedSize);
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false,
      );
      // Unix modes are only meaningful when the archive says it was made on Unix (host 3).
      const mode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
      let type: EntryType = MODE_TYPES[mode & S_IFMT] ?? 'other';
      if (name.endsWith('/')) type = 'directory';
      const member: Member = {
        name,
        type,
        size: type === 'file' ? entry.uncompressedSize : null,
        mtime: entry.getLastModDate(),
        body: new Body(type === 'file' ? memberSource(zip, entry, maxRatio) : EMPTY_SOURCE),
        independent: true,
      };
      if (type === 'symlink') member.linkTarget = await readLinkTarget(zip, entry);
      yield member;
    }
  } finally {
    if (zip.isOpen) zip.close();
  }
}

/** Reads the next central directory entry, or null at the end; yauzl's 'error' becomes a rejection. */
function entryReader(zip: ZipFile): () => Promise<Entry | null> {
  let pending: { resolve: (e: Entry | null) => void; reject: (err: unknown) => void } | null = null;
  let failure: unknown = null;
  // One permanent listener each: yauzl may report an error between two reads, and an 'error'
  // without a listener would crash the process.
  zip.on('entry', (entry: Entry) => { const p = pending; pending = null; p?.resolve(entry); });
  zip.on('end', () => { const p = pending; pending = null; p?.resolve(null); });
  zip.on('error', (err: unknown) => {
    failure ??= err;
    const p = pending;
    pending = null;
    p?.reject(err);
  });
  return () => new Promise((resolve, reject) => {
    if (failure) return reject(failure);
    pending = { resolve, reject };
    zip.readEntry();
  });
}

function openStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => (err ? reject(err) : resolve(stream)));
  });
}

/**
 * The content of one member, opened on first read (an unread member costs nothing) and checked
 * against the ratio limit as it inflates. yauzl already checks the size against the declared one.
 */
function memberSource(zip: ZipFile, entry: Entry, maxRatio: number): ByteSource {
  let stream: Readable | null = null;
  let iterator: AsyncIterator<Buffer> | null = null;
  let produced = 0;
  let skipped = false;
  return {
    async next() {
      if (!iterator) {
        stream = await openStream(zip, entry);
        if (skipped) {
          // skipped while it was being opened: close it now, or it would hold the file open
          stream.destroy();
          return { done: true, value: undefined };
        }
        iterator = stream[Symbol.asyncIterator]();
      }
      const r = await iterator.next();
      if (!r.done) {
        produced += r.value.length;
        if (produced > RATIO_CHECK_AFTER && produced / Math.max(entry.compressedSize, 1) > maxRatio) {
          stream?.destroy();
          throw new LimitError(
            `zip data expands more than ${maxRatio} times its compressed size (a possible decompression bomb)`,
          );
        }
      }
      return r;
    },
    skip() {
      skipped = true;
      stream?.destroy();
    },
  };
}

/** The target of a symlink member, which zip stores as the member's content. */
async function readLinkTarget(zip: ZipFile, entry: Entry): Promise<string> {
  if (entry.uncompressedSize > MAX_LINK_TARGET) return '';
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of await openStream(zip, entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch {
    return ''; // an unreadable target is still a link: it is recorded, never followed
  }
}
