import type { IngestLimits, IngestOptions, IngestSummary } from './types.js';

/** A limit was reached inside a decompressor (the ratio guard): ends that stream, not the input. */
export class LimitError extends Error {}

/**
 * Thrown through the nested readers when a limit that covers the whole input (entries, total bytes)
 * is reached: every reader's cleanup runs on the way out, and readInput ends normally.
 */
export class StopInput extends Error {}

/**
 * The ratio of all decompressed bytes to the input file's size is judged once this much has come
 * out: each stream's own ratio is checked as it inflates, but a zip whose entries share their data
 * (an "overlapping" bomb) stays within the ratio entry by entry.
 */
const WHOLE_RATIO_AFTER = 64 * 1024 * 1024;

/** How often onProgress may be called. */
const PROGRESS_INTERVAL_MS = 200;

/**
 * The state of one readInput call, shared by every nested reader: the limits, the counters they
 * apply to, the summary, and where reading currently is (for progress and for gap messages).
 */
export class IngestContext {
  readonly limits: IngestLimits;
  entries = 0;
  /** Set once a whole-input limit has been reached; the readers then stop at their next step. */
  stopped = false;
  /** The last entry started, anywhere in the nesting: archives are read in order, so damage is after it. */
  lastPath: string | null = null;
  /** Whether the last entry started was read to its end. */
  lastComplete = true;
  /** Size of the input file, for progress (0 when unknown, e.g. a directory). */
  inputSize = 0;
  /** A directory has no one file to measure: progress then counts the bytes read from its files. */
  progressByBytes = false;

  private lastProgress = 0;

  constructor(
    readonly inputName: string,
    private readonly opts: IngestOptions,
    readonly summary: IngestSummary,
  ) {
    this.limits = opts.limits;
  }

  gap(missing: string, impact: string): void {
    this.summary.gaps.push({ node: null, missing: oneLine(missing), impact: oneLine(impact) });
  }

  /** Counts one entry against maxEntries; throws StopInput past it. */
  enter(path: string): void {
    this.entries += 1;
    if (this.entries > this.limits.maxEntries) {
      this.stop(
        `${this.inputName}: more than ${this.limits.maxEntries} entries; reading stopped at '${path}'`,
        'entries from that point on were not analysed',
      );
      throw new StopInput();
    }
    this.lastPath = path;
    this.lastComplete = false;
  }

  /**
   * Meters decompressed bytes handed out of file entries, against maxTotalBytes. Returns false (and
   * records the gap once) when the limit would be passed: the body then ends there.
   */
  readonly meter = (n: number): boolean => {
    if (this.stopped) return false;
    if (this.summary.bytes + n > this.limits.maxTotalBytes) {
      this.stop(
        `${this.inputName}: more than ${this.limits.maxTotalBytes} bytes of decompressed data; ` +
          `reading stopped in '${this.lastPath ?? this.inputName}'`,
        'that file was cut short and the entries after it were not analysed',
      );
      return false;
    }
    const total = this.summary.bytes + n;
    if (this.inputSize > 0 && total > WHOLE_RATIO_AFTER && total / this.inputSize > this.limits.maxRatio) {
      this.stop(
        `${this.inputName}: its files expand to more than ${this.limits.maxRatio} times its size (a possible decompression bomb); ` +
          `reading stopped in '${this.lastPath ?? this.inputName}'`,
        'that file was cut short and the entries after it were not analysed',
      );
      return false;
    }
    this.summary.bytes = total;
    if (this.progressByBytes) this.progress(total);
    return true;
  };

  stop(missing: string, impact: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.gap(missing, impact);
  }

  /** Reports how far through the input file reading is, at most a few times per second. */
  progress(consumed: number, force = false): void {
    const report = this.opts.onProgress;
    if (!report) return;
    const now = Date.now();
    if (!force && now - this.lastProgress < PROGRESS_INTERVAL_MS) return;
    this.lastProgress = now;
    report(consumed, this.inputSize, this.lastPath ?? '');
  }

  /**
   * Records that an archive could not be read past some point. `label` names the archive (the input
   * name, or the nested archive's path), `err` is why.
   */
  damage(label: string, prefix: string, err: unknown): void {
    const where = this.lastPath === null || !this.lastPath.startsWith(prefix)
      ? 'before its first entry'
      : this.lastComplete ? `after '${this.lastPath}'` : `inside '${this.lastPath}'`;
    const impact = `the files after that point in ${label} were not analysed`;
    switch (classify(err)) {
      case 'limit':
        this.gap(`${label}: reading stopped ${where}: ${reason(err)}`, impact);
        return;
      case 'truncated':
        this.gap(`${label}: archive is truncated ${where}; the rest could not be read`, impact);
        return;
      case 'io':
        this.gap(`${label}: read error ${where} (${reason(err)}); the rest could not be read`, impact);
        return;
      default:
        this.gap(`${label}: archive is damaged ${where} (${reason(err)}); the rest could not be read`, impact);
    }
  }

  /** Records that an archive could not be opened at all (a zip whose directory cannot be read). */
  unreadableArchive(label: string, err: unknown): void {
    this.gap(
      `${label}: not a readable zip archive (${reason(err)}); it may be truncated or damaged, and nothing in it could be read`,
      `the files inside ${label} were not analysed`,
    );
  }

  /** Records that a zip's central directory could not be read, so its members are read from their local headers. */
  salvagedArchive(label: string, err: unknown): void {
    this.gap(
      `${label}: the zip's central directory could not be read (${reason(err)}); its members were read in file order as far as they go`,
      `the list of files in ${label} is not known, so members past any damage are missing without a name`,
    );
  }

  /** Records that one file could not be read (fully), when the files around it are fine. */
  fileDamage(path: string, err: unknown, bytesRead: number): void {
    const read = bytesRead > 0 ? `only the first ${bytesRead} bytes were read` : 'nothing could be read';
    const impact = bytesRead > 0 ? 'the end of this file was not analysed' : 'this file was not analysed';
    switch (classify(err)) {
      case 'limit':
        this.gap(`${path}: ${reason(err)}; ${read}`, impact);
        return;
      case 'truncated':
        this.gap(`${path}: compressed data is truncated; ${read}`, impact);
        return;
      default:
        this.gap(`${path}: could not be read (${reason(err)}); ${read}`, impact);
    }
  }
}

type DamageKind = 'limit' | 'truncated' | 'io' | 'corrupt';

/** Tells the kinds of failure apart by what zlib, tar-stream, yauzl and fs say. */
export function classify(err: unknown): DamageKind {
  if (err instanceof LimitError) return 'limit';
  const code = (err as { code?: unknown } | null)?.code;
  const message = err instanceof Error ? err.message : String(err);
  if (code === 'Z_BUF_ERROR' || /unexpected end|premature close|unexpected eof|truncated/i.test(message)) {
    return 'truncated';
  }
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code) && code !== 'ERR_STREAM_PREMATURE_CLOSE') return 'io';
  return 'corrupt';
}

/** A short, one-line reason: the system error text without the syscall and path Node appends. */
export function reason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const errno = /^E[A-Z]+: ([^,]+)/.exec(message);
  const text = errno ? errno[1]! : message;
  return oneLine(text);
}

/** Keeps a message on one line whatever the input put in it (names come from untrusted archives). */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
