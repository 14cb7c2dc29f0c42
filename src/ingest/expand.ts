import type { Readable } from 'node:stream';
import { Body, iteratorSource } from './body.js';
import { StopInput, type IngestContext } from './context.js';
import { gunzip } from './gzip.js';
import type { Member } from './member.js';
import { nestedPrefix, normalizeEntryName } from './paths.js';
import { containerKind, isTarAfterGunzip, SNIFF_BYTES } from './sniff.js';
import { tarMembers } from './tar.js';
import type { IngestEntry } from './types.js';
import { openZipBuffer, zipMembers } from './zip.js';
import { bufferAccess, salvageZipMembers, startsWithLocalHeader } from './zip-salvage.js';

/** One archive (or directory) being read, and where it sits in the input. */
export interface Container {
  /** How gaps name it: the input's name at the top, the archive's path when nested. */
  label: string;
  /** Prepended to its members' names: '' at the top, `outer/path.tgz!/` when nested. */
  prefix: string;
  /** How many archives enclose its members (the '!/' in their paths). */
  depth: number;
  /**
   * The body of the outer member this archive is read from. When it fails, the outer archive is
   * damaged and the outer reader reports it, once; this one stays quiet.
   */
  parent: Body | null;
  /** The bodies between `parent` and this reader (the input file, a gunzip): their failures are ours. */
  feed: Body[];
}

/** A file about to be expanded: its label, declared size, time and content. */
interface FileRef {
  path: string;
  size: number | null;
  mtime?: Date;
  body: Body;
}

/**
 * Yields the entries of a container's members, expanding nested archives and `.gz` files, and
 * brings every member to its end before the next one. Damage ends the container with one gap.
 * Only StopInput (a whole-input limit) escapes.
 */
export async function* expandMembers(
  ctx: IngestContext,
  container: Container,
  members: AsyncGenerator<Member>,
): AsyncGenerator<IngestEntry> {
  let failure: unknown = null;
  try {
    for (;;) {
      let r: IteratorResult<Member>;
      try {
        r = await members.next();
      } catch (err) {
        failure = err;
        break;
      }
      if (r.done) break;
      const member = r.value;
      const name = normalizeEntryName(member.name);
      if (name !== '') {
        const path = container.prefix + name;
        ctx.enter(path);
        // Most members are plain files: they go straight to leaf rather than through expandMember
        // and expandFile, two more generators that would relay every entry with promises of their
        // own (~0.6 s on a bundle of 50,000 files).
        const plain = member.type === 'file' ? await plainFile(member, path) : null;
        if (plain) yield* leaf(ctx, plain, member.body, false);
        else yield* expandMember(ctx, container, member, path);
      }
      await member.body.finish();
      if (ctx.stopped) throw new StopInput();
      if (member.body.error) {
        if (!member.independent) {
          failure = member.body.error;
          break;
        }
        ctx.fileDamage(container.prefix + name, member.body.error, member.body.bytes);
      }
      ctx.lastComplete = true;
    }
  } finally {
    await members.return(undefined);
  }
  if (container.parent?.error) return; // the outer archive is damaged: its reader says so
  const err = container.feed.find((body) => body.error)?.error ?? failure;
  if (err) ctx.damage(container.label, container.prefix, err);
}

/** The member as a file to hand out as it is, or null when it is empty and damaged, or an archive. */
async function plainFile(member: Member, path: string): Promise<FileRef | null> {
  const head = await member.body.peek(SNIFF_BYTES);
  if (member.body.error && head.length === 0) return null;
  if (containerKind(path, head) !== null) return null;
  return { path, size: member.size, ...(member.mtime ? { mtime: member.mtime } : {}), body: member.body };
}

async function* expandMember(
  ctx: IngestContext,
  container: Container,
  member: Member,
  path: string,
): AsyncGenerator<IngestEntry> {
  const base = { path, size: member.size, ...(member.mtime ? { mtime: member.mtime } : {}) };
  switch (member.type) {
    case 'file':
      yield* expandFile(ctx, container, { ...base, body: member.body }, false);
      return;
    case 'symlink':
    case 'hardlink': {
      const target = member.linkTarget ?? '';
      ctx.summary.links.push({ path, target, type: member.type });
      yield { ...base, type: member.type, linkTarget: target, ...noContent(path, member.type) };
      return;
    }
    default:
      yield { ...base, type: member.type, ...noContent(path, member.type) };
  }
}

/**
 * Yields one file: itself when it is plain, its decompressed content when it is a `.gz`, or the
 * entries inside it when it is an archive. `root` is true for the input file itself, whose archive
 * members are not prefixed and not nested.
 */
export async function* expandFile(
  ctx: IngestContext,
  container: Container,
  file: FileRef,
  root: boolean,
): AsyncGenerator<IngestEntry> {
  const { body } = file;
  const head = await body.peek(SNIFF_BYTES);
  if (body.error && head.length === 0) return; // nothing readable: reported by whoever owns the body
  const kind = containerKind(file.path, head);
  // A nested archive is a file of the archive it is in; the input itself is not counted.
  if (!root && (kind === 'tar' || kind === 'zip')) ctx.summary.files += 1;
  if (kind === null) {
    yield* leaf(ctx, file, body, false);
    if (root && body.error) ctx.fileDamage(file.path, body.error, body.bytes);
    return;
  }

  const inner: Container = root
    ? { label: file.path, prefix: '', depth: container.depth, parent: null, feed: [body] }
    : { label: file.path, prefix: nestedPrefix(file.path), depth: container.depth + 1, parent: body, feed: [] };

  if (kind === 'gzip') {
    const unzipped = gunzip(body.open(), ctx.limits.maxRatio);
    // Skipping the gunzip (destroying it) is fine: the container drains the compressed body itself.
    const gz = new Body(iteratorSource(unzipped, () => unzipped.destroy()));
    try {
      const gzHead = await gz.peek(SNIFF_BYTES);
      if (gz.error && gzHead.length === 0) {
        // Not one byte came out: nothing to hand out, only a gap to write (unless the container
        // around it is the one that is damaged).
        if (!root && body.error) return;
        if (/\.(tar\.gz|tgz)$/i.test(file.path)) ctx.damage(file.path, inner.prefix, body.error ?? gz.error);
        else ctx.fileDamage(file.path, body.error ?? gz.error, 0);
        return;
      }
      if (isTarAfterGunzip(file.path, gzHead)) {
        if (!root) ctx.summary.files += 1;
        if (!depthAllowed(ctx, inner, file.path)) return;
        yield* expandMembers(ctx, { ...inner, feed: [...inner.feed, gz] }, tarMembers(gz.open()));
        return;
      }
      yield* leaf(ctx, file, gz, true);
      if (!root && body.error) return; // the container is damaged, not this file
      const err = body.error ?? gz.error;
      if (err) ctx.fileDamage(file.path, err, gz.bytes);
    } finally {
      gz.detach();
      unzipped.destroy();
    }
    return;
  }

  if (!depthAllowed(ctx, inner, file.path)) return;
  if (kind === 'tar') {
    yield* expandMembers(ctx, inner, tarMembers(body.open()));
    return;
  }
  yield* expandBufferedZip(ctx, inner, file);
}

/**
 * A zip inside another archive: its directory is at its end, so it is read into memory first,
 * within maxBufferedZipBytes.
 */
async function* expandBufferedZip(
  ctx: IngestContext,
  inner: Container,
  file: FileRef,
): AsyncGenerator<IngestEntry> {
  const max = ctx.limits.maxBufferedZipBytes;
  const tooBig = (size: number): void => ctx.gap(
    `${file.path}: zip archive of ${size} bytes inside another archive is larger than the ${max}-byte limit; not opened`,
    'the files inside it were not analysed',
  );
  if (file.size !== null && file.size > max) {
    tooBig(file.size);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for (let chunk = await file.body.pull(); chunk !== null; chunk = await file.body.pull()) {
    size += chunk.length;
    if (size > max) {
      tooBig(size);
      return;
    }
    chunks.push(chunk);
  }
  if (file.body.error) return; // the container is damaged: its reader reports it
  const buffer = Buffer.concat(chunks);
  let zip;
  try {
    zip = await openZipBuffer(buffer);
  } catch (err) {
    if (!startsWithLocalHeader(buffer)) {
      ctx.unreadableArchive(file.path, err);
      return;
    }
    // The central directory (at the end) is lost, the members before the damage are not.
    ctx.salvagedArchive(file.path, err);
    yield* expandMembers(ctx, inner, salvageZipMembers(bufferAccess(buffer), ctx.limits.maxRatio));
    return;
  }
  yield* expandMembers(ctx, inner, zipMembers(zip, ctx.limits.maxRatio));
}

function depthAllowed(ctx: IngestContext, inner: Container, path: string): boolean {
  if (inner.depth <= ctx.limits.maxDepth) return true;
  ctx.gap(
    `${path}: nested archive not opened: it is ${inner.depth} archives deep and the limit is ${ctx.limits.maxDepth}`,
    'the files inside it were not analysed',
  );
  return false;
}

/**
 * Yields one readable file entry and, once the consumer moves on, finishes its body (drains or
 * skips it). Bytes are metered against maxTotalBytes as they are handed out or drained.
 */
async function* leaf(ctx: IngestContext, file: FileRef, body: Body, gunzipped: boolean): AsyncGenerator<IngestEntry> {
  ctx.summary.files += 1;
  body.meter = ctx.meter;
  let opened = false;
  let gone = false;
  /** The one reader of the body: open() or chunks(), once, and only while the entry is current. */
  const claim = (): void => {
    if (gone) throw new Error(`${file.path}: entry is no longer readable; read each entry before pulling the next`);
    if (opened) throw new Error(`${file.path}: open() or chunks() may be called only once`);
    opened = true;
  };
  const entry: IngestEntry = {
    path: file.path,
    type: 'file',
    size: file.size,
    ...(file.mtime ? { mtime: file.mtime } : {}),
    ...(gunzipped ? { gunzipped: true } : {}),
    open(): Readable {
      claim();
      return body.open(() => {
        if (body.error || body.cut) entry.incomplete = true;
      });
    },
    chunks(): AsyncIterable<Buffer> {
      claim();
      const end = (): IteratorResult<Buffer, undefined> => ({ done: true, value: undefined });
      const next = async (): Promise<IteratorResult<Buffer, undefined>> => {
        if (gone) return end();
        const chunk = await body.pull();
        if (chunk !== null) return { done: false, value: chunk };
        if (body.error || body.cut) entry.incomplete = true;
        return end();
      };
      // breaking off early needs nothing: the rest is drained (or skipped) when the consumer moves on
      return { [Symbol.asyncIterator]: () => ({ next, return: async () => end() }) };
    },
    // the body's own read-ahead: no stream is built around it just to look at the first bytes
    peek(n: number): Promise<Buffer> {
      if (gone || opened) throw new Error(`${file.path}: peek() only before open() and before the next entry`);
      return body.peek(n);
    },
  };
  let finished = false;
  try {
    yield entry;
    gone = true;
    await body.finish();
    finished = true;
  } finally {
    gone = true;
    if (!finished) body.abandon(); // the whole read is being given up (consumer stopped, or a limit)
  }
  if (ctx.stopped) throw new StopInput();
}

/** The readers of an entry without content (a link, a directory): each throws. */
function noContent(path: string, type: string): Pick<IngestEntry, 'open' | 'chunks' | 'peek'> {
  const none = (): never => {
    throw new Error(`${path}: a ${type} entry has no content to open`);
  };
  return { open: none, chunks: none, peek: none };
}
