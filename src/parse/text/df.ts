/**
 * `df` output (layouts.md §6.10): `df -h`, `df -Ph` (`Capacity` for `Use%`), `df -al` (1K-blocks,
 * sos), `df -i` / `df -ih` (inodes), `df -T` (a Type column). Without `-P` a long device name sits
 * alone on its line and the numbers follow, indented, on the next one. Several outputs in one file
 * (`df -h` then `df -i`) are merged per filesystem and mount point.
 */

import type { SourceRef } from '../../model/types.js';
import { clip, expandTabs, isBlank, splitLines, tokenize, type TextProblem, type Token } from './common.js';

export interface DfInodes {
  total: string;
  used: string;
  free: string;
  usePercent: number | null;
}

export interface DfMount {
  filesystem: string;
  /** `df -T` only. */
  type?: string;
  /** As printed: `100G` (`-h`) or a block count (`132013036` with 1K-blocks; see blockSize). */
  size?: string;
  used?: string;
  avail?: string;
  /** Use% / Capacity; null for `-` (pseudo filesystems) or when only inodes were listed. */
  usePercent: number | null;
  inodes?: DfInodes;
  mountedOn: string;
  /** Bytes per block when sizes are block counts (`1K-blocks` → 1024); absent for `-h` sizes. */
  blockSize?: number;
  ref: SourceRef;
}

export interface DfResult {
  mounts: DfMount[];
  problems: TextProblem[];
}

type ColKind = 'type' | 'size' | 'used' | 'avail' | 'pct' | 'itotal' | 'iused' | 'ifree' | 'ipct' | 'skip';

const HEADER = /^Filesystem\s+(.*?)\s*Mounted\s+on\s*$/;
const NUM = /^(?:-|\d+(?:[.,]\d+)?[BKMGTPEZYbkmgtpezy]?i?)$/;
const PCT = /^(?:-|\d+%)$/;

/** Parses df text. Never throws. */
export function parseDf(text: string, file: string): DfResult {
  const lines = splitLines(text);
  const out: DfResult = { mounts: [], problems: [] };
  const byKey = new Map<string, DfMount>();
  let cols: ColKind[] | null = null;
  let blockSize: number | undefined;
  let pending: { fs: string; line: number } | null = null;
  let sawHeader = false;

  const flushPending = (): void => {
    if (pending) out.problems.push({ line: pending.line, message: `df: device "${clip(pending.fs)}" without its numbers` });
    pending = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const line = expandTabs(raw);
    if (isBlank(line)) {
      flushPending();
      continue;
    }
    const h = HEADER.exec(line);
    if (h) {
      flushPending();
      sawHeader = true;
      const labels = h[1]!.split(/\s+/).filter(Boolean);
      cols = labels.map(kindOf);
      blockSize = undefined;
      for (const l of labels) {
        const b = /^(\d+)([KMGT]?)-blocks$/i.exec(l);
        if (b) blockSize = Number(b[1]) * unit(b[2] ?? '');
      }
      continue;
    }
    if (/^df: /.test(line)) continue; // df's own complaints (permission denied, stale mounts)
    if (!cols) {
      if (!/^(?:\$ |# |```)/.test(line.trim())) out.problems.push({ line: i + 1, message: `line before any df header: ${clip(line.trim())}` });
      continue;
    }
    const toks = tokenize(line);
    const indented = /^\s/.test(line);
    let row: ParsedRow | null = null;
    let refLine = i + 1;
    if (pending && indented) {
      row = readRow(line, toks, cols, pending.fs);
      refLine = pending.line;
      pending = null;
    } else {
      flushPending();
      if (toks.length === 1 && !indented) {
        // A long device name: its numbers wrap onto the next line (df without -P).
        pending = { fs: toks[0]!.text, line: i + 1 };
        continue;
      }
      row = readRow(line, toks, cols, null);
    }
    if (!row) {
      out.problems.push({ line: i + 1, message: `unreadable df row: ${clip(line.trim())}` });
      continue;
    }
    if (row.filesystem === 'total' && row.mountedOn === '-') continue; // `--total`
    merge(out.mounts, byKey, row, blockSize, { file, line: refLine });
  }
  flushPending();
  if (!sawHeader && lines.some((l) => !isBlank(l))) {
    return { mounts: [], problems: [{ line: 1, message: 'no "Filesystem … Mounted on" header: not df output' }] };
  }
  return out;
}

function unit(u: string): number {
  switch (u.toUpperCase()) {
    case 'K':
      return 1024;
    case 'M':
      return 1024 ** 2;
    case 'G':
      return 1024 ** 3;
    case 'T':
      return 1024 ** 4;
    default:
      return 1;
  }
}

function kindOf(label: string): ColKind {
  const l = label.toLowerCase();
  if (l === 'type') return 'type';
  if (l === 'size' || /^\d+[kmgt]?-blocks$/.test(l)) return 'size';
  if (l === 'used') return 'used';
  if (l === 'avail' || l === 'available') return 'avail';
  if (l === 'use%' || l === 'capacity') return 'pct';
  if (l === 'inodes') return 'itotal';
  if (l === 'iused') return 'iused';
  if (l === 'ifree') return 'ifree';
  if (l === 'iuse%' || l === '%iused') return 'ipct';
  return 'skip';
}

interface ParsedRow {
  filesystem: string;
  mountedOn: string;
  values: Partial<Record<ColKind, string>>;
}

/**
 * Finds the run of value tokens (one per header column) after the device name; the device is what
 * comes before it, the mount point (which may hold spaces) what comes after.
 */
function readRow(line: string, toks: Token[], cols: ColKind[], wrappedFs: string | null): ParsedRow | null {
  const n = cols.length;
  const firstK = wrappedFs !== null ? 0 : 1;
  const lastK = wrappedFs !== null ? 0 : toks.length - n - 1;
  for (let k = firstK; k <= lastK; k++) {
    if (k + n >= toks.length) break;
    let ok = true;
    for (let c = 0; c < n && ok; c++) {
      const t = toks[k + c]!.text;
      const kind = cols[c]!;
      if (kind === 'type' || kind === 'skip') continue;
      ok = kind === 'pct' || kind === 'ipct' ? PCT.test(t) : NUM.test(t);
    }
    if (!ok) continue;
    const values: Partial<Record<ColKind, string>> = {};
    cols.forEach((kind, c) => {
      values[kind] = toks[k + c]!.text;
    });
    const filesystem = wrappedFs ?? line.slice(toks[0]!.start, toks[k - 1]!.end);
    const mountedOn = line.slice(toks[k + n]!.start).trimEnd();
    return { filesystem, mountedOn, values };
  }
  return null;
}

function pct(v: string | undefined): number | null {
  if (v === undefined) return null;
  const m = /^(\d+)%$/.exec(v);
  return m ? Number(m[1]) : null;
}

function merge(mounts: DfMount[], byKey: Map<string, DfMount>, row: ParsedRow, blockSize: number | undefined, ref: SourceRef): void {
  const v = row.values;
  const key = `${row.filesystem}\u0000${row.mountedOn}`;
  let m = byKey.get(key);
  const hasBlocks = v.size !== undefined || v.used !== undefined || v.avail !== undefined || v.pct !== undefined;
  const hasInodes = v.itotal !== undefined || v.iused !== undefined || v.ifree !== undefined || v.ipct !== undefined;
  if (m && ((hasBlocks && m.size === undefined && m.usePercent === null) || (hasInodes && !m.inodes)) ) {
    // The same mount from a second df listing (`df -h` then `df -i`): complete it.
  } else {
    m = { filesystem: row.filesystem, usePercent: null, mountedOn: row.mountedOn, ref };
    mounts.push(m);
    byKey.set(key, m);
  }
  if (v.type !== undefined) m.type = v.type;
  if (hasBlocks) {
    if (v.size !== undefined) m.size = v.size;
    if (v.used !== undefined) m.used = v.used;
    if (v.avail !== undefined) m.avail = v.avail;
    m.usePercent = pct(v.pct);
    if (blockSize !== undefined) m.blockSize = blockSize;
  }
  if (hasInodes) {
    m.inodes = { total: v.itotal ?? '', used: v.iused ?? '', free: v.ifree ?? '', usePercent: pct(v.ipct) };
  }
}
