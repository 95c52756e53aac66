/**
 * The words a pattern (fragments expanded) can start with, each possibly only the beginning
 * of a text word ("pills?" → "pill"). An optional group at the start adds its words to those
 * of what follows it ("(dang )?o …" → "dang", "o"). Returns `undefined` when the start is not
 * a plain word or word group (a digit class, a word skip, nothing after an optional group…).
 * See `leadingPhrases`, which adds the second word where it can.
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
    if (end < 0) return undefined;
    const optional = pattern[end + 1] === '?' || pattern[end + 1] === '*';
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
    if (!optional) return words;
    // The group may be left out: the pattern may also start with what follows it.
    const after = firstWords(pattern.slice(end + 2).trimStart());
    return after === undefined ? undefined : [...words, ...after];
  }
  const word = /^[a-z0-9]+/.exec(pattern)?.[0];
  if (word === undefined) return undefined;
  // "pills?" may end early: keep only the letters that must be there.
  const optionalLast = pattern[word.length] === '?' || pattern[word.length] === '*';
  const required = optionalLast ? word.slice(0, -1) : word;
  return required === '' ? undefined : [required];
}
