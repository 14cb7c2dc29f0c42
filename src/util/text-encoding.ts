/**
 * Text that is not UTF-8: UTF-16 files (Windows tools and PowerShell redirections write them, with
 * a byte order mark) are decoded as UTF-16 instead of being taken for binary because of their NULs.
 */
import { Readable } from 'node:stream';

export type Utf16 = 'utf-16le' | 'utf-16be';

/** Bytes that plain text is made of: tab, LF, CR and printable ASCII. */
function isTextByte(b: number): boolean {
  return b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f);
}

/**
 * UTF-16 by its byte order mark, or, without one, by the look of its first bytes: ASCII text in
 * which every other byte is NUL. UTF-32 (a BOM followed by two NULs) is not UTF-16.
 */
export function sniffUtf16(head: Uint8Array): Utf16 | null {
  if (head.length >= 2) {
    if (head[0] === 0xff && head[1] === 0xfe) return head.length >= 4 && head[2] === 0 && head[3] === 0 ? null : 'utf-16le';
    if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  }
  const n = Math.min(head.length, 512) & ~1;
  if (n < 16) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < n; i += 2) {
    const a = head[i]!;
    const b = head[i + 1]!;
    if (b === 0 && a !== 0 && isTextByte(a)) le++;
    else if (a === 0 && b !== 0 && isTextByte(b)) be++;
  }
  const pairs = n / 2;
  if (le >= pairs * 0.9) return 'utf-16le';
  if (be >= pairs * 0.9) return 'utf-16be';
  return null;
}

/** Swaps the bytes of each pair (UTF-16BE to LE); an odd last byte is carried to the next chunk. */
function swapper(): (chunk: Buffer) => Buffer {
  let carry: number | null = null;
  return (chunk) => {
    const bytes = carry === null ? chunk : Buffer.concat([Buffer.of(carry), chunk]);
    const even = bytes.length & ~1;
    carry = even < bytes.length ? bytes[even]! : null;
    const out = Buffer.allocUnsafe(even);
    for (let i = 0; i < even; i += 2) {
      out[i] = bytes[i + 1]!;
      out[i + 1] = bytes[i]!;
    }
    return out;
  };
}

/**
 * The content of a UTF-16 stream as UTF-8 bytes, without its byte order mark. Unpaired surrogates
 * and a dangling last byte become U+FFFD. Destroying the result destroys the source.
 */
export function utf16ToUtf8(source: Readable, encoding: Utf16): Readable {
  // Only UTF-16LE is sure to be there in every ICU build: big-endian input is swapped first.
  const decoder = new TextDecoder('utf-16le', { fatal: false, ignoreBOM: false });
  const swap = encoding === 'utf-16be' ? swapper() : null;
  async function* transcode(): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : (chunk as Buffer);
      const text = decoder.decode(swap ? swap(bytes) : bytes, { stream: true });
      if (text.length > 0) yield Buffer.from(text, 'utf8');
    }
    const rest = decoder.decode();
    if (rest.length > 0) yield Buffer.from(rest, 'utf8');
  }
  return Readable.from(transcode(), { objectMode: false });
}
