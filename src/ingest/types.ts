import type { Readable } from 'node:stream';
import type { Gap } from '../model/types.js';

export type EntryType = 'file' | 'symlink' | 'hardlink' | 'directory' | 'other';

/**
 * One entry streamed out of an input (archive, directory or single file).
 *
 * `path` is the path as a person finds it inside the input: '/'-separated, relative to the input,
 * and for entries of nested archives the outer path and the inner path joined with '!/'
 * (`nodes/node-1.tar.gz!/var/log/kubelet.log`). It is a label only: nothing is ever written there.
 */
export interface IngestEntry {
  path: string;
  type: EntryType;
  /** Declared size in bytes (before gzip decompression of `.gz` members), when known. */
  size: number | null;
  linkTarget?: string;
  mtime?: Date;
  /** True when the body is the decompressed content of a `.gz` file (the path keeps its `.gz`). */
  gunzipped?: boolean;
  /**
   * Set to true, before the stream ends, when the content handed out stops short of the entry's real
   * end: the archive is damaged inside this entry or a limit was reached. A gap says which.
   */
  incomplete?: boolean;
  /**
   * Opens the entry's content. Call it at most once, and read the stream to its end (or destroy it)
   * before pulling the next entry: archives are read strictly in order, nothing is buffered.
   * Only `file` entries have content; others throw.
   */
  open(): Readable;
  /**
   * The same content as `open()`, as plain chunks without a stream around them: for consumers that
   * only iterate (most parsers). A bundle of 50,000 small files pays for each Readable it builds.
   * Either `open()` or `chunks()`, once.
   */
  chunks(): AsyncIterable<Buffer>;
  /**
   * The first `n` bytes (fewer if the content is shorter), read ahead without consuming them:
   * `open()` still starts at byte 0. Only before `open()`, and only for `file` entries.
   */
  peek(n: number): Promise<Buffer>;
}

export interface IngestLimits {
  /** Total decompressed bytes read from one input, all entries together. */
  maxTotalBytes: number;
  /** Entries (files, links, directories) in one input, nested archives included. */
  maxEntries: number;
  /** How deep archives may nest inside archives (the input itself is depth 0). */
  maxDepth: number;
  /** Largest decompressed/compressed ratio accepted for a gzip stream before it is treated as a bomb. */
  maxRatio: number;
  /** A zip nested inside another archive must be held in memory to be read: at most this many bytes. */
  maxBufferedZipBytes: number;
}

export const DEFAULT_LIMITS: IngestLimits = {
  maxTotalBytes: 64 * 1024 ** 3,
  maxEntries: 1_000_000,
  maxDepth: 4,
  maxRatio: 1000,
  maxBufferedZipBytes: 512 * 1024 ** 2,
};

/** What ingest says about one input once it is read: the `inputs` row of the report, plus what it passed over. */
export interface IngestSummary {
  path: string;
  files: number;
  bytes: number;
  links: { path: string; target: string; type: 'symlink' | 'hardlink' }[];
  gaps: Gap[];
}

export interface IngestOptions {
  limits: IngestLimits;
  /** Called as bytes of the input file itself are consumed (for a progress indicator). */
  onProgress?: (consumedInputBytes: number, totalInputBytes: number, currentPath: string) => void;
}
