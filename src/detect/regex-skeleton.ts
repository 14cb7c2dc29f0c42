/**
 * The literal skeleton of a regular expression: the ways it can match, each as the pieces of plain
 * text that such a match holds, in order. `digest (?:mismatch|did not match)` has two ways,
 * ["digest mismatch"] and ["digest did not match"]; `RunPodSandbox for .{1,600}? failed, error`
 * one, ["runpodsandbox for ", " failed, error"]. Every match of the pattern holds all the pieces of
 * at least one way (compared case-insensitively), so a line that holds no complete way cannot match.
 *
 * Only what is certainly required becomes a piece: anything optional, repeated, a class, a dot, an
 * escape that is not plain punctuation, or a lookaround just ends the piece before it. Groups are
 * expanded into their alternatives while the number of ways stays small; past that a group, too,
 * just ends the piece.
 */

/** One way to match: the pieces, in order; '' where a piece is empty. */
export type Way = string[];

/** Above this many ways a group is not expanded. */
const MAX_WAYS = 16;

/** The ways `source` can match, or null if it cannot be read (the caller then gates nothing). */
export function waysOf(source: string): Way[] | null {
  try {
    const p = new Parser(source);
    const ways = p.alternation();
    if (p.pos !== source.length) return null;
    return ways.map((w) => w.filter((piece) => piece.length > 0));
  } catch {
    return null;
  }
}

class Parser {
  pos = 0;
  constructor(private readonly src: string) {}

  /** Alternatives up to a `)` or the end. */
  alternation(): Way[] {
    const ways: Way[] = [...this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      ways.push(...this.sequence());
    }
    return ways;
  }

  /** One alternative: atoms up to `|`, `)` or the end. */
  private sequence(): Way[] {
    let ways: Way[] = [['']];
    const src = this.src;
    while (this.pos < src.length && src[this.pos] !== '|' && src[this.pos] !== ')') {
      const c = src[this.pos]!;
      if (c === '(') {
        const inner = this.group();
        const min = this.quantifier();
        if (inner === null || min === 0) {
          ways = breakAll(ways);
        } else {
          const product = ways.length * inner.length;
          ways = product > MAX_WAYS ? breakAll(ways) : ways.flatMap((w) => inner.map((v) => join(w, v)));
          if (min !== null) ways = breakAll(ways); // repeated: what follows need not touch it
        }
        continue;
      }
      const literal = this.atom();
      const min = this.quantifier();
      if (literal === null || min === 0) {
        ways = breakAll(ways);
      } else {
        ways = ways.map((w) => [...w.slice(0, -1), w[w.length - 1] + literal]);
        if (min !== null) ways = breakAll(ways);
      }
    }
    return ways;
  }

  /** A group: its ways, or null for a lookaround (it holds no text of the match). */
  private group(): Way[] | null {
    const src = this.src;
    this.pos++; // (
    let look = false;
    if (src[this.pos] === '?') {
      const kind = src.slice(this.pos, this.pos + 3);
      if (kind.startsWith('?:')) this.pos += 2;
      else if (kind.startsWith('?=') || kind.startsWith('?!')) (this.pos += 2), (look = true);
      else if (kind === '?<=' || kind === '?<!') (this.pos += 3), (look = true);
      else if (kind.startsWith('?<')) this.pos = src.indexOf('>', this.pos) + 1;
      else throw new Error('unknown group');
    }
    const ways = this.alternation();
    if (src[this.pos] !== ')') throw new Error('unclosed group');
    this.pos++;
    return look ? null : ways;
  }

  /** A single-character atom: its text (lower case), or null when it is not one fixed character. */
  private atom(): string | null {
    const src = this.src;
    const c = src[this.pos]!;
    this.pos++;
    if (c === '\\') {
      const n = src[this.pos];
      if (n === undefined) throw new Error('trailing backslash');
      this.pos++;
      if (!/[A-Za-z0-9]/.test(n)) return n.toLowerCase(); // escaped punctuation is itself
      // \xHH, \uHHHH, \u{...}, \cX, \p{...}, \k<name>, \12: skip what belongs to the escape
      if (n === 'x') this.pos += 2;
      else if (n === 'u') this.pos = src[this.pos] === '{' ? src.indexOf('}', this.pos) + 1 : this.pos + 4;
      else if (n === 'c') this.pos += 1;
      else if ((n === 'p' || n === 'P') && src[this.pos] === '{') this.pos = src.indexOf('}', this.pos) + 1;
      else if (n === 'k' && src[this.pos] === '<') this.pos = src.indexOf('>', this.pos) + 1;
      else if (/[0-9]/.test(n)) while (/[0-9]/.test(src[this.pos] ?? '')) this.pos++;
      return null;
    }
    if (c === '[') {
      // a class: skip it (a ']' right after '[' or '[^' is a member, not the end)
      if (src[this.pos] === '^') this.pos++;
      if (src[this.pos] === ']') this.pos++;
      while (this.pos < src.length && src[this.pos] !== ']') this.pos += src[this.pos] === '\\' ? 2 : 1;
      if (this.pos >= src.length) throw new Error('unclosed class');
      this.pos++;
      return null;
    }
    // '.', anchors, and braces that are not a quantifier are no fixed text here
    if ('.^$*+?{}]'.includes(c)) return null;
    return c.toLowerCase();
  }

  /** The quantifier after an atom, consumed: its minimum count, or null when there is none. */
  private quantifier(): number | null {
    const src = this.src;
    const c = src[this.pos];
    let min: number | null = null;
    if (c === '?' || c === '*') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(this.pos, this.pos + 24));
      if (!m) return null;
      this.pos += m[0].length - 1;
      min = Number(m[1]);
    }
    if (min === null) return null;
    this.pos++;
    if (src[this.pos] === '?') this.pos++; // lazy
    return min;
  }
}

/**
 * Ends the open piece of each way. A way that is only [''] (nothing yet) becomes ['', '']: inside a
 * group, its first piece joins the text before the group, and a break at its start must keep them apart.
 */
function breakAll(ways: Way[]): Way[] {
  return ways.map((w) => (w.length > 1 && w[w.length - 1] === '' ? w : [...w, '']));
}

/** `w` followed by `v`: the last piece of `w` and the first of `v` are one piece. */
function join(w: Way, v: Way): Way {
  return [...w.slice(0, -1), w[w.length - 1]! + v[0]!, ...v.slice(1)];
}
