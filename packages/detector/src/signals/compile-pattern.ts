import { FRAGMENTS } from './signal-rules.js';

/** Every word ends at a space or the end of the folded text, so a word skip cannot backtrack far. */
const GAP = (n: string): string => `(?: [a-z0-9]+){0,${n}} `;

/**
 * Compiles rule patterns (see `SignalRule.patterns`) into one sticky regex over folded text,
 * tried at the word starts where a pattern may begin. Groups become non-capturing and words
 * are bounded on both sides; the only repetitions are word skips with a fixed upper bound, so
 * one attempt reads a bounded number of words and matching stays linear.
 */
export function compilePattern(sources: readonly string[]): RegExp {
  const parts = sources.map((source) =>
    expandFragments(source)
      .replace(/ ~(\d) /g, '~$1~')
      .replace(/\((?!\?)/g, '(?:')
      .replace(/ (?!\?)/g, ' ?')
      .replace(/~(\d)~/g, (_, n: string) => GAP(n)),
  );
  // A word skip must stand between spaces ("a ~2 b"); one that does not would be matched literally.
  const stray = parts.find((part) => part.includes('~'));
  if (stray !== undefined) throw new Error(`compile-pattern: "~N" must stand between spaces: ${stray}`);
  return new RegExp(`\\b(?:${parts.join('|')})\\b`, 'y');
}

/** A pattern with its `{NAME}` fragments inserted. */
export function expandFragments(source: string): string {
  return source.replace(/\{([A-Z_]+)\}/g, (_, name: string) => FRAGMENTS[name] ?? name);
}
