/**
 * What a file is, from its first bytes and, when the bytes say nothing, its name. Magic bytes come
 * first because bundles are renamed, re-zipped and hand-made: `.tgz` files that are plain tars and
 * `.log` files that are gzip both happen.
 */

export type ContainerKind = 'gzip' | 'tar' | 'zip';

/** How many bytes to peek: one tar header block covers every magic looked at here. */
export const SNIFF_BYTES = 512;

/** Container kind from magic bytes alone, or null. */
export function sniffMagic(head: Buffer): ContainerKind | null {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (isZipMagic(head)) return 'zip';
  if (isTarHeader(head)) return 'tar';
  return null;
}

/**
 * Container kind of a file named `name` starting with `head`. The name only decides when the magic
 * says nothing: an empty tar is all zeros, and a damaged archive should be reported as damaged, not
 * silently read as text.
 */
export function containerKind(name: string, head: Buffer): ContainerKind | null {
  const magic = sniffMagic(head);
  if (magic) return magic;
  const lower = name.toLowerCase();
  if (head.length > 0 && lower.endsWith('.tar')) return 'tar';
  if (head.length > 0 && lower.endsWith('.zip')) return 'zip';
  // A `.gz`/`.tgz` without gzip magic is not gzip: it is read as what it is.
  return null;
}

/** Whether decompressed gzip content starting with `head` is a tar (making the file a tar.gz). */
export function isTarAfterGunzip(name: string, head: Buffer): boolean {
  if (isTarHeader(head)) return true;
  // An empty tar.gz holds only zero blocks.
  return /\.(tar\.gz|tgz)$/i.test(name) && head.length >= 512 && head.every((b) => b === 0);
}

function isZipMagic(head: Buffer): boolean {
  if (head.length < 4 || head[0] !== 0x50 || head[1] !== 0x4b) return false;
  // Local file header, empty archive (end of central directory only), spanned archive marker.
  return (head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6) || (head[2] === 7 && head[3] === 8);
}

/**
 * A tar header: "ustar" at offset 257 (POSIX and GNU), or, for old v7 tars that have no magic, a
 * valid header checksum on a block with a name.
 */
export function isTarHeader(head: Buffer): boolean {
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return true;
  if (head.length < 512 || head[0] === 0) return false;
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : head[i]!;
  const field = head.toString('latin1', 148, 156).replace(/[\0 ]+$/g, '').trim();
  return /^[0-7]+$/.test(field) && parseInt(field, 8) === sum;
}
