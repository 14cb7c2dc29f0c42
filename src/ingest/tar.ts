import type { Readable } from 'node:stream';
import tar from 'tar-stream';
import { Body, iteratorSource } from './body.js';
import type { Member } from './member.js';
import type { EntryType } from './types.js';

const TYPES: Record<string, EntryType> = {
  file: 'file',
  'contiguous-file': 'file',
  directory: 'directory',
  symlink: 'symlink',
  link: 'hardlink',
};

/**
 * The members of the tar stream `input`, in order. The caller must finish each member's body before
 * asking for the next (tar is one stream). Damage (bad header, early end) is thrown by `next()`;
 * damage inside a member's content shows as that body's `error`.
 */
export async function* tarMembers(input: Readable): AsyncGenerator<Member> {
  // Old v7 tars have no "ustar" magic; tar-stream still checks each header's checksum.
  // (tar-stream's own typings omit this option and the async iterator of member streams.)
  const extract = tar.extract({ allowUnknownFormat: true } as Parameters<typeof tar.extract>[0]);
  const members = extract[Symbol.asyncIterator](); // before piping: it also listens for 'error'
  input.on('error', (err) => extract.destroy(err));
  input.pipe(extract);
  try {
    for (;;) {
      const r = await members.next();
      if (r.done) return;
      const entry = r.value;
      const h = entry.header;
      const type = TYPES[h.type ?? 'file'] ?? 'other';
      const member: Member = {
        name: h.name,
        type,
        size: typeof h.size === 'number' ? h.size : null,
        ...(h.mtime ? { mtime: h.mtime } : {}),
        ...(type === 'symlink' || type === 'hardlink' ? { linkTarget: h.linkname ?? '' } : {}),
        // No skip: a tar member can only be passed by reading it. Destroying the member stream
        // would destroy the whole extract, so nobody but this body ever reads it.
        body: new Body(iteratorSource(entry as unknown as AsyncIterable<Uint8Array>)),
        independent: false,
      };
      yield member;
    }
  } finally {
    input.unpipe(extract);
    extract.destroy();
    input.destroy();
  }
}
