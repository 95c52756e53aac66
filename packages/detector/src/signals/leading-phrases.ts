import { firstWords } from './first-words.js';

const PLAIN_PHRASE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** The first element of a pattern (a group or a word) and what follows it. */
function splitHead(pattern: string): { head: string[]; rest: string } | undefined {
  if (!pattern.startsWith('(')) return undefined;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      if (pattern[i + 1] === '?' || pattern[i + 1] === '*') return undefined;
      const alternatives: string[] = [];
      let start = 1;
      let inner = 0;
      for (let k = 1; k < i; k++) {
        const d = pattern[k];
        if (d === '\\') k++;
        else if (d === '(') inner++;
        else if (d === ')') inner--;
        else if (d === '|' && inner === 0) {
          alternatives.push(pattern.slice(start, k));
          start = k + 1;
        }
      }
      alternatives.push(pattern.slice(start, i));
      return { head: alternatives, rest: pattern.slice(i + 1) };
    }
  }
  return undefined;
}

/**
 * The phrases of up to two words a pattern (fragments expanded) can start with — its first
 * word and, when the pattern requires one right after it, the beginning of the second
 * ("em bao", "em may" for `(em|ban) (bao nhieu|may) tuoi`) — or `undefined` when the
 * start is not made of words. The last word may be only the beginning of a text word, and
 * a space may be missing in the text, as the pattern allows. Falls back to
 * {@link firstWords} where a second word cannot be known.
 */
export function leadingPhrases(pattern: string): string[] | undefined {
  const split = splitHead(pattern);
  if (split === undefined) {
    const plain = /^([a-z0-9]+) ([a-z0-9]+)(?=[ )|]|$)/.exec(pattern);
    return plain === null ? firstWords(pattern) : [`${plain[1]} ${plain[2]}`];
  }
  const next = split.rest.startsWith(' ') ? firstWords(split.rest.slice(1)) : undefined;
  const phrases: string[] = [];
  for (const alternative of split.head) {
    if (PLAIN_PHRASE.test(alternative)) {
      const words = alternative.split(' ');
      if (words.length >= 2) phrases.push(`${words[0]} ${words[1]}`);
      else if (next !== undefined) for (const word of next) phrases.push(`${alternative} ${word}`);
      else phrases.push(alternative);
      continue;
    }
    const inner = leadingPhrases(alternative);
    if (inner === undefined) return undefined;
    phrases.push(...inner);
  }
  return phrases;
}
