import { constants, type ReadStream } from 'node:fs';
import { lstat, open, readdir, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Body, EMPTY_SOURCE, iteratorSource, type ByteSource } from './body.js';
import { FEED_READ_BYTES } from './gzip.js';
import type { Member } from './member.js';

/**
 * Opening with O_NOFOLLOW makes the open fail if the file was swapped for a symlink after it was
 * looked at: a link is never followed, not even in a race.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * The members of the directory `root`, depth first, names sorted by code unit so the order is the
 * same on every machine. Nothing is followed: symlinks (to files or directories) are reported as
 * links, sockets, FIFOs and devices as 'other', and none of them is opened. A subdirectory that
 * cannot be listed is reported through `onUnreadable` and passed over.
 */
export async function* directoryMembers(
  root: string,
  onUnreadable: (relativePath: string, err: unknown) => void,
): AsyncGenerator<Member> {
  yield* walk(root, '', onUnreadable);
}

async function* walk(
  dir: string,
  prefix: string,
  onUnreadable: (relativePath: string, err: unknown) => void,
): AsyncGenerator<Member> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort(byCodeUnit);
  } catch (err) {
    if (prefix === '') throw err; // the input itself: the caller turns that into an InputError
    onUnreadable(prefix.slice(0, -1), err);
    return;
  }
  for (const name of names) {
    const full = join(dir, name);
    const rel = prefix + name;
    let st;
    try {
      st = await lstat(full);
    } catch (err) {
      onUnreadable(rel, err);
      continue;
    }
    const base = { name: rel, mtime: st.mtime, independent: true, body: new Body(EMPTY_SOURCE) };
    if (st.isSymbolicLink()) {
      let target = '';
      try {
        target = await readlink(full);
      } catch {
        // still a link, still not followed
      }
      yield { ...base, type: 'symlink', size: null, linkTarget: target };
    } else if (st.isDirectory()) {
      yield { ...base, type: 'directory', size: null };
      yield* walk(full, `${rel}/`, onUnreadable);
    } else if (st.isFile()) {
      yield { ...base, type: 'file', size: st.size, body: new Body(fileSource(full, st.size)) };
    } else {
      yield { ...base, type: 'other', size: null };
    }
  }
}

/**
 * A file's content, opened on first read so that files nobody reads are never opened. Large files
 * are read FEED_READ_BYTES at a time (a .gz among them keeps the inflater busy); small ones 64 KiB,
 * since a read stream allocates its whole read size whatever the file's.
 */
function fileSource(path: string, size: number): ByteSource {
  let stream: ReadStream | null = null;
  let source: ByteSource | null = null;
  let skipped = false;
  return {
    async next() {
      if (!source) {
        const handle = await open(path, OPEN_FLAGS);
        if (skipped) {
          await handle.close();
          return { done: true, value: undefined };
        }
        stream = handle.createReadStream({ highWaterMark: size > FEED_READ_BYTES ? FEED_READ_BYTES : 64 * 1024 });
        source = iteratorSource(stream);
      }
      return source.next();
    },
    skip() {
      skipped = true;
      stream?.destroy();
    },
  };
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
