/**
 * A load-time check that a pattern cannot backtrack catastrophically: JavaScript's engine has no
 * time bound, and patterns run over hostile log lines. It refuses the shapes that cause
 * exponential or heavy polynomial backtracking: a quantified group that itself holds a quantifier
 * (`(a+)+`, `(\w*\s?)*`), and a back-reference.
 */
export function checkPatternSafety(source: string): string | null {
  if (source.length > 2000) return 'is longer than 2000 characters';
  if (/\\[1-9]/.test(source)) return 'uses a back-reference, which may backtrack without bound';
  // Walk the groups: remember whether each open group contains a quantifier.
  const stack: boolean[] = [];
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
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const hadQuantifier = stack.pop() ?? false;
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || (next === '{' && /^\{\d*,\d*\}/.test(source.slice(i + 1)) && !/^\{\d+\}/.test(source.slice(i + 1)));
      if (hadQuantifier && quantified) return 'has a quantified group containing a quantifier (nested repetition backtracks catastrophically)';
      if (stack.length > 0 && (hadQuantifier || quantified)) stack[stack.length - 1] = true;
    } else if (c === '*' || c === '+' || c === '{') {
      if (stack.length > 0) stack[stack.length - 1] = true;
    }
  }
  return null;
}
