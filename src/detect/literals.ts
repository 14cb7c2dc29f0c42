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
