/**
 * A load-time check that a pattern cannot backtrack catastrophically: JavaScript's engine has no
 * time bound, and patterns run over hostile log lines. It refuses the shapes that cause
 * exponential or heavy polynomial backtracking: a quantified group that itself holds a quantifier
 * (`(a+)+`, `(\w*\s?)*`), a group repeated a fixed number of times that holds an unbounded one
 * (`(.*a){12}`), a quantified group whose alternatives can start on the same character
 * (`(a|aa)+`, `(\w|\d)*`: the engine tries every way of splitting the text between them), and a
 * back-reference.
 */
export function checkPatternSafety(source: string): string | null {
  if (source.length > 2000) return 'is longer than 2000 characters';
  if (/\\[1-9]/.test(source) || /\\k</.test(source)) return 'uses a back-reference, which may backtrack without bound';
  // Walk the groups: remember whether each open group contains a quantifier, and where it starts.
  const stack: { quantifier: boolean; unbounded: boolean; start: number }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push({ quantifier: false, unbounded: false, start: i });
    else if (c === ')') {
      const group = stack.pop() ?? { quantifier: false, unbounded: false, start: -1 };
      const next = source[i + 1];
      const after = source.slice(i + 1);
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(after) && !/^\{\d+\}/.test(after));
      // An exact count is a repetition too once it is 2 or more: `(.*a){12}` tries every split of the text in 12.
      const counted = /^\{(\d+)\}/.exec(after);
      const repeated = counted !== null && Number(counted[1]) >= 2;
      if (group.quantifier && quantified) return 'has a quantified group containing a quantifier (nested repetition backtracks catastrophically)';
      if (group.unbounded && repeated) return 'has a repeated group containing an unbounded quantifier (nested repetition backtracks catastrophically)';
      if (quantified && group.start >= 0 && alternativesOverlap(groupBody(source.slice(group.start + 1, i)))) {
        return 'has a quantified group whose alternatives can match the same text (overlapping alternation backtracks catastrophically)';
      }
      const top = stack[stack.length - 1];
      if (top && (group.quantifier || quantified || repeated)) top.quantifier = true;
      if (top && (group.unbounded || next === '*' || next === '+' || /^\{\d+,\}/.test(after))) top.unbounded = true;
    } else if (c === '*' || c === '+' || c === '{') {
      const top = stack[stack.length - 1];
      if (top) {
        top.quantifier = true;
        if (c !== '{' || /^\{\d+,\}/.test(source.slice(i))) top.unbounded = true;
      }
    }
  }
  return null;
}

/** The inside of a group without its `?:`, `?=`, `?!`, `?<=`, `?<!` or `?<name>` opener. */
function groupBody(inner: string): string {
  const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(inner);
  return m ? inner.slice(m[0].length) : inner;
}

/** The top-level alternatives of a group body (split on `|` outside nested groups and classes). */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
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
      out.push(body.slice(start, i));
      start = i + 1;
    }
  }
  out.push(body.slice(start));
  return out;
}

/**
 * The characters a text matched by `alt` can start with, over ASCII (bits 0-127) plus one bit for
 * anything beyond. Coarse on purpose: what it cannot tell (a group, an optional first atom, an
 * empty alternative) counts as "any character", so doubt refuses the pattern.
 */
type CharSet = boolean[];

const ANY = (): CharSet => new Array<boolean>(129).fill(true);
const NONE = (): CharSet => new Array<boolean>(129).fill(false);

function setOf(test: (code: number) => boolean, nonAscii: boolean): CharSet {
  const s = NONE();
  for (let c = 0; c < 128; c++) s[c] = test(c);
  s[128] = nonAscii;
  return s;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/** Case-insensitive, as the knowledge base compiles its patterns. */
function literal(ch: string): CharSet {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return setOf((c) => c === lower.charCodeAt(0) || c === upper.charCodeAt(0), ch.charCodeAt(0) > 127);
}

function escapeSet(e: string): CharSet {
  switch (e) {
    case 'd': return setOf(isDigit, false);
    case 'w': return setOf(isWord, false);
    case 's': return setOf(isSpace, true);
    case 'D': return setOf((c) => !isDigit(c), true);
    case 'W': return setOf((c) => !isWord(c), true);
    case 'S': return setOf((c) => !isSpace(c), true);
    case 't': return literal('\t');
    case 'n': return literal('\n');
    case 'r': return literal('\r');
    default:
      return /[A-Za-z0-9]/.test(e) ? ANY() : literal(e); // \x41, \u..., \p{...}: not worth decoding
  }
}

/** A character class `[...]` starting at `alt[0]`; returns its set and its length, or null when unclosed. */
function classSet(alt: string): { set: CharSet; length: number } | null {
  let i = 1;
  const negated = alt[i] === '^';
  if (negated) i++;
  const set = NONE();
  let first = true;
  for (; i < alt.length; i++) {
    let c = alt[i]!;
    if (c === ']' && !first) {
      if (negated) for (let k = 0; k < set.length; k++) set[k] = !set[k];
      return { set, length: i + 1 };
    }
    first = false;
    let piece: CharSet;
    if (c === '\\') {
      i++;
      c = alt[i] ?? '';
      piece = escapeSet(c);
    } else if (alt[i + 1] === '-' && alt[i + 2] !== undefined && alt[i + 2] !== ']' && alt[i + 2] !== '\\') {
      const lo = c.charCodeAt(0);
      const hi = alt.charCodeAt(i + 2);
      i += 2;
      piece = setOf((code) => (code >= lo && code <= hi)
        || (code >= 65 && code <= 90 && code + 32 >= lo && code + 32 <= hi)
        || (code >= 97 && code <= 122 && code - 32 >= lo && code - 32 <= hi), hi > 127);
    } else {
      piece = literal(c);
    }
    for (let k = 0; k < set.length; k++) set[k] = set[k]! || piece[k]!;
  }
  return null;
}

function firstChars(alt: string): CharSet {
  let rest = alt;
  // Anchors and word boundaries match no character: look past them.
  for (;;) {
    const m = /^(?:\^|\$|\\b|\\B)/.exec(rest);
    if (!m) break;
    rest = rest.slice(m[0].length);
  }
  if (rest.length === 0) return ANY();
  let set: CharSet;
  let length: number;
  const c = rest[0]!;
  if (c === '\\') {
    set = escapeSet(rest[1] ?? '');
    length = 2;
  } else if (c === '[') {
    const cls = classSet(rest);
    if (!cls) return ANY();
    ({ set, length } = cls);
  } else if (c === '.' || c === '(' || c === ')' || c === '|') {
    return ANY();
  } else {
    set = literal(c);
    length = 1;
  }
  // An optional first atom (`a?`, `a*`, `a{0,}`) lets the next one start the text: doubt, so any.
  if (/^(?:\?|\*|\{0,?\d*\})/.test(rest.slice(length))) return ANY();
  return set;
}

function alternativesOverlap(body: string): boolean {
  const alts = alternatives(body);
  if (alts.length < 2) return false;
  const sets = alts.map(firstChars);
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      if (sets[a]!.some((bit, k) => bit && sets[b]![k])) return true;
    }
  }
  return false;
}
