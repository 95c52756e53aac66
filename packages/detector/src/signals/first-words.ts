/**
 * The words a pattern (fragments expanded) can start with, each possibly only the beginning
 * of a text word ("pills?" → "pill"). Returns `undefined` when the start is not a plain word
 * or word group (a digit class, an optional group…). See `leadingPhrases`, which adds the
 * second word where it can.
 */
export function firstWords(pattern: string): string[] | undefined {
  if (pattern.startsWith('(')) {
    let depth = 0;
    let end = -1;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        end = i;
        break;
      }
    }
    if (end < 0 || pattern[end + 1] === '?' || pattern[end + 1] === '*') return undefined;
    const alternatives: string[] = [];
    let start = 1;
    depth = 0;
    for (let i = 1; i < end; i++) {
      const c = pattern[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) {
        alternatives.push(pattern.slice(start, i));
        start = i + 1;
      }
    }
    alternatives.push(pattern.slice(start, end));
    const words: string[] = [];
    for (const alternative of alternatives) {
      const inner = firstWords(alternative);
      if (inner === undefined) return undefined;
      words.push(...inner);
    }
    return words;
  }
  const word = /^[a-z0-9]+/.exec(pattern)?.[0];
  if (word === undefined) return undefined;
  // "pills?" may end early: keep only the letters that must be there.
  const optionalLast = pattern[word.length] === '?' || pattern[word.length] === '*';
  const required = optionalLast ? word.slice(0, -1) : word;
  return required === '' ? undefined : [required];
}
