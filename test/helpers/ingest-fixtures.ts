import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tar from 'tar-stream';
import { readInput } from '../../src/ingest/read-input.js';
import { DEFAULT_LIMITS, type IngestEntry, type IngestLimits, type IngestSummary } from '../../src/ingest/types.js';

/** One member of a tar built for a test. */
export interface TarMember {
  name: string;
  data?: Buffer | string;
  type?: 'file' | 'directory' | 'symlink' | 'link';
  linkname?: string;
}

/** A tar in memory, written by tar-stream (ustar, with pax headers for long names). */
export async function tarBuffer(members: TarMember[]): Promise<Buffer> {
  const pack = tar.pack();
  for (const m of members) {
    const data = m.data === undefined ? undefined : Buffer.from(m.data);
    const header = {
      name: m.name,
      type: m.type ?? 'file',
      ...(m.linkname !== undefined ? { linkname: m.linkname } : {}),
      mtime: new Date('2025-09-01T00:00:00Z'),
    };
    if (data) pack.entry(header, data);
    else pack.entry(header);
  }
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack as unknown as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** A scratch directory for one test file; remove() deletes it. */
export function scratch(): { dir: string; file(name: string, data: Buffer | string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'podmortem-ingest-'));
  return {
    dir,
    file(name, data) {
      const path = join(dir, name);
      writeFileSync(path, data);
      return path;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function newSummary(path: string): IngestSummary {
  return { path, files: 0, bytes: 0, links: [], gaps: [] };
}

/** What a test sees of one entry. */
export interface Seen {
  path: string;
  type: IngestEntry['type'];
  text?: string;
  linkTarget?: string;
  gunzipped?: boolean;
  incomplete?: boolean;
}

/** How the test consumer treats an entry's content. */
export type ReadMode = 'all' | 'none' | 'first-chunk-then-destroy';

export interface CollectOptions {
  limits?: Partial<IngestLimits>;
  read?: ReadMode | ((entry: IngestEntry) => ReadMode);
  onProgress?: (consumed: number, total: number, path: string) => void;
}

/** Reads an input the way a consumer would and records what came out. */
export async function collect(path: string, options: CollectOptions = {}): Promise<{ entries: Seen[]; summary: IngestSummary }> {
  const summary = newSummary(path);
  const entries: Seen[] = [];
  const opts = {
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  };
  for await (const entry of readInput(path, opts, summary)) {
    const seen: Seen = { path: entry.path, type: entry.type };
    if (entry.linkTarget !== undefined) seen.linkTarget = entry.linkTarget;
    if (entry.gunzipped) seen.gunzipped = true;
    const mode = typeof options.read === 'function' ? options.read(entry) : options.read ?? 'all';
    if (entry.type === 'file' && mode !== 'none') {
      const stream = entry.open();
      if (mode === 'all') {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        seen.text = Buffer.concat(chunks).toString('utf8');
      } else {
        await new Promise<void>((resolve) => {
          stream.once('data', () => {
            stream.destroy();
            resolve();
          });
          stream.once('end', resolve);
        });
      }
    }
    if (entry.incomplete) seen.incomplete = true;
    entries.push(seen);
  }
  return { entries, summary };
}
