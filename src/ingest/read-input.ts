import { close, createReadStream, open, read, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Body, type ByteSource } from './body.js';
import { FEED_READ_BYTES } from './gzip.js';
import { IngestContext, oneLine, reason, StopInput } from './context.js';
import { directoryMembers } from './directory.js';
import { expandFile, expandMembers, type Container } from './expand.js';
import { sniffMagic, SNIFF_BYTES } from './sniff.js';
import type { IngestEntry, IngestOptions, IngestSummary } from './types.js';
import { openZipFd, zipMembers } from './zip.js';
import { fdAccess, salvageZipMembers, startsWithLocalHeader } from './zip-salvage.js';

/**
 * The input as a whole cannot be read (missing, no permission, a socket...). The message is one
 * line, meant for the user as it is: `cannot read 'x.tgz': no such file or directory`.
 */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * Streams the entries of one input: a directory, a tar / tar.gz / zip archive, a `.gz` file or any
 * single file. Nested archives are expanded in place (`outer.tgz!/inner/path`), `.gz` members are
 * handed out decompressed. Nothing is written to disk and nothing is followed.
 *
 * Contract: call each entry's open() at most once, and read the stream to its end or destroy it
 * before pulling the next entry; whatever is left is drained or skipped here. Damage and limits do
 * not throw: what was read is yielded, and what was not is added to `summary.gaps`. Only an input
 * that cannot be read at all throws, with an InputError (on the first pull).
 */
export async function* readInput(
  inputPath: string,
  opts: IngestOptions,
  summary: IngestSummary,
): AsyncGenerator<IngestEntry> {
  const name = basename(inputPath) || inputPath;
  const ctx = new IngestContext(name, opts, summary);
  let st: Stats;
  try {
    // stat, not lstat: the user named this path, so a symlink given on the command line is meant.
    st = await stat(inputPath);
  } catch (err) {
    throw inputError(inputPath, reason(err));
  }
  try {
    if (st.isDirectory()) {
      yield* readDirectory(ctx, inputPath);
    } else if (st.isFile()) {
      yield* readFile(ctx, inputPath, st);
    } else {
      throw inputError(inputPath, 'not a regular file or directory');
    }
  } catch (err) {
    if (err instanceof StopInput) return; // a whole-input limit: the gap is already recorded
    throw err;
  }
}

function inputError(path: string, why: string): InputError {
  return new InputError(oneLine(`cannot read '${path}': ${why}`));
}

function topContainer(ctx: IngestContext): Container {
  return { label: ctx.inputName, prefix: '', depth: 0, parent: null, feed: [] };
}

async function* readDirectory(ctx: IngestContext, root: string): AsyncGenerator<IngestEntry> {
  try {
    await readdir(root); // listed once up front: an unlistable input is an InputError, not a gap
  } catch (err) {
    throw inputError(root, reason(err));
  }
  ctx.progressByBytes = true;
  const members = directoryMembers(root, (rel, err) => ctx.gap(
    `${rel}: could not be read (${reason(err)})`,
    'it and anything in it were not analysed',
  ));
  yield* expandMembers(ctx, topContainer(ctx), members);
}

async function* readFile(ctx: IngestContext, path: string, st: Stats): AsyncGenerator<IngestEntry> {
  let fd: number;
  try {
    fd = await openFd(path);
  } catch (err) {
    throw inputError(path, reason(err));
  }
  ctx.inputSize = st.size;
  let owned = true; // until the fd is handed to yauzl or a read stream, which close it themselves
  try {
    let head: Buffer;
    try {
      head = await readHead(fd);
    } catch (err) {
      throw inputError(path, reason(err));
    }
    if (sniffMagic(head) === 'zip') {
      let zip;
      try {
        zip = await openZipFd(fd);
        owned = false;
      } catch (err) {
        if (!startsWithLocalHeader(head)) {
          ctx.unreadableArchive(ctx.inputName, err);
          return;
        }
        // The central directory (at the end) is lost, the members before the damage are not.
        ctx.salvagedArchive(ctx.inputName, err);
        yield* expandMembers(ctx, topContainer(ctx), salvageZipMembers(fdAccess(fd), ctx.limits.maxRatio));
        return;
      }
      // A zip is read at random offsets: progress is how far into the file the current member is.
      yield* expandMembers(ctx, topContainer(ctx), zipMembers(zip, ctx.limits.maxRatio, (at) => ctx.progress(at)));
    } else {
      const stream = createReadStream(path, { fd, start: 0, highWaterMark: FEED_READ_BYTES });
      owned = false;
      const body = new Body(countingSource(ctx, stream));
      try {
        yield* expandFile(ctx, topContainer(ctx), { path: ctx.inputName, size: st.size, mtime: st.mtime, body }, true);
      } finally {
        body.abandon();
        stream.destroy();
      }
    }
    ctx.progress(st.size, true);
  } finally {
    if (owned) close(fd, () => undefined);
  }
}

/** The input file's bytes, reporting progress as they are consumed. */
function countingSource(ctx: IngestContext, stream: NodeJS.ReadableStream & { destroy(): void }): ByteSource {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let consumed = 0;
  return {
    async next() {
      const r = await it.next();
      if (!r.done) {
        consumed += r.value.length;
        ctx.progress(consumed);
      }
      return r;
    },
    skip: () => stream.destroy(),
  };
}

function openFd(path: string): Promise<number> {
  return new Promise((resolve, reject) => open(path, 'r', (err, fd) => (err ? reject(err) : resolve(fd))));
}

/** The first bytes of the file, read at offset 0 without moving anything: enough to sniff its kind. */
function readHead(fd: number): Promise<Buffer> {
  const buffer = Buffer.alloc(SNIFF_BYTES);
  return new Promise((resolve, reject) =>
    read(fd, buffer, 0, SNIFF_BYTES, 0, (err, n) => (err ? reject(err) : resolve(buffer.subarray(0, n)))));
}
