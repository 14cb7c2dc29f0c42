/**
 * The fixed text a regular expression cannot match without (from its skeleton, regex-skeleton.ts):
 * a line that holds none of a pattern's literals cannot match it, so most log lines are dismissed by
 * one combined search instead of hundreds of regexes.
 */
import { waysOf } from './regex-skeleton.js';

/** Shortest literal worth searching for: shorter ones match nearly every line. */
const MIN_LITERAL = 4;

/**
 * The literals one of which every match contains (the longest piece of each way to match), or null
 * when some way has no piece of useful length (then the pattern must always be tried).
 */
export function requiredLiterals(source: string, declared?: string | null): string[] | null {
  const ways = waysOf(source);
  const lits = ways?.map((w) => w.reduce((best, piece) => (piece.length > best.length ? piece : best), ''));
  const derived = lits && lits.every((l) => l.length >= MIN_LITERAL) ? [...new Set(lits)] : null;
  // A declared literal is often short ('network', 'available'); a longer derived set is more selective.
  if (declared && (!derived || Math.min(...derived.map((l) => l.length)) <= declared.length)) return [declared.toLowerCase()];
  return derived;
}

/**
 * For each way a pattern can match, every piece of text such a match holds (and the declared
 * literal, which every match holds too): a line holding all the pieces of no way cannot match.
 * Null when some way has no piece of useful length (the pattern must always be tried). Pieces
 * shorter than `minRun` are left out: they would say little and cost a search.
 */
export function requiredRuns(source: string, declared?: string | null, minRun = 3): string[][] | null {
  const ways = waysOf(source);
  if (!ways) return declared ? [[declared.toLowerCase()]] : null;
  const runs = ways.map((w) => {
    const pieces = w.filter((r) => r.length >= minRun);
    if (declared) pieces.push(declared.toLowerCase());
    return [...new Set(pieces)];
  });
  return runs.every((pieces) => pieces.some((r) => r.length >= MIN_LITERAL)) ? runs : null;
}
