/**
 * The fixed text a regular expression cannot match without: for each top-level alternative, its
 * longest run of plain characters. A line that holds none of a pattern's literals cannot match
 * it, so most log lines are dismissed by one combined search instead of hundreds of regexes.
 */

const SPECIAL = new Set(['(', ')', '[', ']', '{', '}', '*', '+', '?', '^', '$', '|', '.', '\\']);
const MIN_LITERAL = 4;

/** Splits a pattern at its top-level `|` (not inside groups or classes). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** The longest run of characters an alternative matches literally, lower-cased; '' when none. */
function longestRun(alt: string): string {
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  let depth = 0;
  for (let i = 0; i < alt.length; i++) {
    const c = alt[i]!;
    let lit: string | null = null;
    if (c === '\\') {
      const n = alt[i + 1];
      i++;
      // escaped punctuation is itself; \d \s \w \b and friends are not literal text
      if (n !== undefined && !/[A-Za-z0-9]/.test(n)) lit = n;
    } else if (c === '{' && /^\{\d*,?\d*\}/.test(alt.slice(i))) {
      // a counted quantifier: its digits are not text
      i = alt.indexOf('}', i);
    } else if (c === '[') {
      // skip a character class
      for (i++; i < alt.length && alt[i] !== ']'; i++) if (alt[i] === '\\') i++;
    } else if (c === '(') {
      depth++;
      if (alt[i + 1] === '?') i += alt[i + 2] === '<' ? 3 : 2;
    } else if (c === ')') {
      depth--;
    } else if (!SPECIAL.has(c) && depth === 0) {
      lit = c;
    }
    // a character made optional or repeatable by a quantifier cannot be required
    const q = alt[i + 1];
    if (lit !== null && (q === '?' || q === '*' || (q === '{' && /^\{0/.test(alt.slice(i + 1))))) lit = null;
    if (lit === null) end();
    else run += lit.toLowerCase();
    // a quantified group or class also ends the run after it
    if (q === '?' || q === '*' || q === '+' || q === '{') end();
  }
  end();
  return best;
}

/**
 * The literals one of which every match contains, or null when some alternative has no literal of
 * useful length (then the pattern must always be tried).
 */
export function requiredLiterals(source: string, declared?: string | null): string[] | null {
  const lits = topLevelAlternatives(source).map(longestRun);
  const derived = lits.every((l) => l.length >= MIN_LITERAL) ? [...new Set(lits)] : null;
  // A declared literal is often short ('network', 'available'); a longer derived set is more selective.
  if (declared && (!derived || Math.min(...derived.map((l) => l.length)) <= declared.length)) return [declared.toLowerCase()];
  return derived;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-insensitive search for any of the literals. */
export function anyOf(literals: string[]): RegExp | null {
  const unique = [...new Set(literals)].filter((l) => l.length > 0);
  return unique.length > 0 ? new RegExp(unique.map(escape).join('|'), 'i') : null;
}

/**
 * Many literals searched at once (Aho–Corasick, as a full ASCII automaton, ASCII letters folded
 * to lower case): one pass over the text whatever the number of literals. A V8 regular expression
 * alternation of some 200 literals scans about 50 MB/s; this is several times faster, and it is
 * the first thing every node log byte meets.
 */
export class LiteralSet {
  private readonly delta: Int32Array;
  private readonly accept: Uint8Array;
  readonly size: number;

  constructor(literals: string[]) {
    const lits = [...new Set(literals.map((l) => l.toLowerCase()).filter((l) => l.length > 0))];
    this.size = lits.length;
    // the trie; a character outside ASCII is class 0, which no literal byte uses except its own
    const next: Map<number, number>[] = [new Map()];
    const accept: number[] = [0];
    for (const lit of lits) {
      let s = 0;
      for (let i = 0; i < lit.length; i++) {
        const c = fold(lit.charCodeAt(i));
        let t = next[s]!.get(c);
        if (t === undefined) {
          t = next.length;
          next.push(new Map());
          accept.push(0);
          next[s]!.set(c, t);
        }
        s = t;
      }
      accept[s] = 1;
    }
    const n = next.length;
    const delta = new Int32Array(n * 128);
    const fail = new Int32Array(n);
    const acc = Uint8Array.from(accept);
    // breadth first: each state's transitions are its own, else its failure state's
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const t = next[0]!.get(c);
      delta[c] = t ?? 0;
      if (t !== undefined) {
        fail[t] = 0;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      if (acc[fail[s]!]) acc[s] = 1;
      for (let c = 0; c < 128; c++) {
        const t = next[s]!.get(c);
        if (t !== undefined) {
          fail[t] = delta[fail[s]! * 128 + c]!;
          delta[s * 128 + c] = t;
          queue.push(t);
        } else {
          delta[s * 128 + c] = delta[fail[s]! * 128 + c]!;
        }
      }
    }
    this.delta = delta;
    this.accept = acc;
  }

  /** The index just past the first literal found at or after `from`, or -1. */
  firstHit(text: string, from = 0): number {
    const delta = this.delta;
    const accept = this.accept;
    let s = 0;
    for (let i = from, n = text.length; i < n; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      else if (c >= 128) c = 0;
      s = delta[(s << 7) | c]!;
      if (accept[s] === 1) return i + 1;
    }
    return -1;
  }

  test(text: string): boolean {
    return this.firstHit(text, 0) !== -1;
  }
}

function fold(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  return c >= 128 ? 0 : c;
}
