import type { NormalizedText } from '../normalize/normalize.js';
import { toOriginalSpan } from '../normalize/to-original-span.js';
import type { SignalId, Span } from '../types.js';
import { compilePattern, expandFragments } from './compile-pattern.js';
import { firstWords } from './first-words.js';
import { WordTrie } from './word-trie.js';
import { CUE_IDS, CUE_RULES } from './cue-rules.js';
import type { CueId } from './cue-rules.js';
import { hasNegator, isDescribed, isNegated } from './signal-context.js';
import { SIGNAL_RULES } from './signal-rules.js';
import { isInside, quotedRanges } from './quoted-ranges.js';

/** A phrase signal found in one text, with its span in the original text. */
export interface SignalMatch {
  id: SignalId;
  span: Span;
  /** Inside quotation marks: an example in a warning, or words reported from someone else. */
  quoted: boolean;
}

/** What one text says: its phrase signals and its topic cues. */
export interface TextFindings {
  matches: SignalMatch[];
  cues: Set<CueId>;
}

interface Compiled {
  re: RegExp;
  /** False when some pattern may start with something other than a word: always run it. */
  gated: boolean;
}

const TRIE = new WordTrie();

function compile(patterns: readonly string[], tag: number): Compiled {
  const starts = patterns.map((p) => firstWords(expandFragments(p)));
  const gated = starts.every((words) => words !== undefined);
  if (gated) for (const words of starts) for (const word of words ?? []) TRIE.add(word, tag);
  return { re: compilePattern(patterns), gated };
}

const COMPILED = SIGNAL_RULES.map((rule, i) => ({ rule, ...compile(rule.patterns, i) }));
const CUES = CUE_IDS.map((id, i) => ({ id, ...compile(CUE_RULES[id], SIGNAL_RULES.length + i) }));
/** Which patterns can start with a word of the current text (reused between calls). */
const active = new Uint8Array(SIGNAL_RULES.length + CUE_IDS.length);

/** Guards against pathological inputs: no text yields more matches than this per rule. */
const MAX_MATCHES_PER_RULE = 64;

/**
 * Finds phrase signals and topic cues in a normalised text. Requests that a warning forbids
 * and roles that a warning describes are left out (see `signal-context.ts`).
 */
export function findSignals(n: NormalizedText): TextFindings {
  const matches: SignalMatch[] = [];
  const text = n.folded;
  let quotes: number[] | undefined;
  active.fill(0);
  TRIE.mark(text, active);
  for (let r = 0; r < COMPILED.length; r++) {
    const compiled = COMPILED[r];
    if (compiled === undefined || (compiled.gated && active[r] === 0)) continue;
    const { rule, re } = compiled;
    re.lastIndex = 0;
    let count = 0;
    for (let m = re.exec(text); m !== null && count < MAX_MATCHES_PER_RULE; m = re.exec(text)) {
      const from = m.index;
      let to = from + m[0].length;
      // A pattern ending in an optional word may have matched the space before it.
      while (to > from && text.charCodeAt(to - 1) === 32) to--;
      if (to === from) {
        re.lastIndex++;
        continue;
      }
      if (rule.negatable === true && (isNegated(n, from) || hasNegator(n, from, to))) continue;
      if (rule.described === true && isDescribed(n, from)) continue;
      const span = toOriginalSpan(n, from, to);
      quotes ??= quotedRanges(n.original);
      matches.push({ id: rule.id, span, quoted: isInside(quotes, span.start, span.end) });
      count++;
    }
  }
  const cues = new Set<CueId>();
  for (let c = 0; c < CUES.length; c++) {
    const cue = CUES[c];
    if (cue === undefined || (cue.gated && active[COMPILED.length + c] === 0)) continue;
    cue.re.lastIndex = 0;
    if (cue.re.test(text)) cues.add(cue.id);
  }
  return { matches, cues };
}
