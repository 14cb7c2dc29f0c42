/**
 * Finds where things start in JSON text without building a second parser: the start offsets of
 * the elements of a list document (`[...]`, `{"items": [...]}` or kubectl's old `{"Items": [...]}`),
 * so that every object read from a list can cite the line it starts on. JSON.parse does the parsing;
 * this only walks the characters once, aware of strings and escapes.
 */

const ITEMS_KEYS = new Set(['items', 'Items']);

/** Offsets (UTF-16 code units) where each element of the list document at the start of `text` begins. */
export function findListItemOffsets(text: string): number[] {
  return scanList(text).items;
}

/**
 * The list's element offsets and 1-based lines (counted from `firstLine`), and how deep the document
 * nests (to know whether a walk over it is safe).
 */
export function scanList(text: string, firstLine = 1): { items: number[]; itemLines: number[]; maxDepth: number } {
  let maxDepth = 0;
  const items: number[] = [];
  const itemLines: number[] = [];
  // raw newlines only occur between tokens in JSON, never inside strings: counting them there is enough
  let line = firstLine;
  let depth = 0;
  let inString = false;
  let stringStart = -1;
  let lastKeyAtDepth1: string | null = null;
  let pendingKeyAtDepth1: string | null = null;
  // The depth at which list elements live, once the list has been found (1 for a bare array, 2 for items).
  let elementDepth = -1;
  let expectElement = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      // most of a document is string content: jump to the next quote natively, then see whether
      // an odd run of backslashes escapes it
      const q = text.indexOf('"', i);
      if (q === -1) break;
      let b = q - 1;
      while (b > stringStart && text.charCodeAt(b) === 92 /* \ */) b--;
      i = q;
      if ((q - 1 - b) % 2 === 1) continue;
      inString = false;
      if (depth === 1 && stringStart >= 0) pendingKeyAtDepth1 = text.slice(stringStart + 1, i);
      continue;
    }
    if (c === 10) {
      line++;
      continue;
    }
    if (c === 32 || c === 13 || c === 9) continue;
    if (expectElement && c !== 93 /* ] */) {
      items.push(i);
      itemLines.push(line);
      expectElement = false;
    }
    switch (c) {
      case 34: // "
        inString = true;
        stringStart = i;
        break;
      case 58: // :
        if (depth === 1) lastKeyAtDepth1 = pendingKeyAtDepth1;
        break;
      case 123: // {
      case 91: // [
        depth++;
        if (depth > maxDepth) maxDepth = depth;
        if (c === 91 && depth === 1) {
          elementDepth = 1;
          expectElement = true;
        } else if (c === 91 && depth === 2 && lastKeyAtDepth1 !== null && ITEMS_KEYS.has(lastKeyAtDepth1)) {
          elementDepth = 2;
          expectElement = true;
        }
        break;
      case 125: // }
      case 93: // ]
        depth--;
        if (depth === 0) return { items, itemLines, maxDepth };
        break;
      case 44: // ,
        if (depth === elementDepth) expectElement = true;
        if (depth === 1) pendingKeyAtDepth1 = null;
        break;
      default:
        break;
    }
  }
  return { items, itemLines, maxDepth };
}

/** Maps offsets to 1-based line numbers; offsets must be ascending. */
export function offsetsToLines(text: string, offsets: number[], firstLine = 1): number[] {
  const lines: number[] = [];
  let line = firstLine;
  let pos = 0;
  for (const off of offsets) {
    for (; pos < off && pos < text.length; pos++) {
      if (text.charCodeAt(pos) === 10) line++;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Tracks the nesting depth of JSON fed one line at a time (for streams of concatenated documents,
 * as `kubectl cluster-info dump` prints them). Strings never span lines in JSON, so state is only
 * the depth.
 */
export function depthChange(line: string): number {
  let d = 0;
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) d++;
    else if (c === 125 || c === 93) d--;
  }
  return d;
}
