import type { NormalizedText } from '../normalize/normalize.js';
import { toOriginalSpan } from '../normalize/to-original-span.js';
import type { SignalId, Span } from '../types.js';
import { compilePattern, expandFragments } from './compile-pattern.js';
import { leadingPhrases } from './leading-phrases.js';
import { WordTrie } from './word-trie.js';
import { CUE_IDS, CUE_RULES } from './cue-rules.js';
import type { CueId } from './cue-rules.js';
import { hasNegator, isDescribed, isDone, isNegated } from './signal-context.js';
import { SIGNAL_RULES } from './signal-rules.js';
import { isInside, quotedRanges } from './quoted-ranges.js';

/** A phrase signal found in one text, with its span in the original text. */
export interface SignalMatch {
  id: SignalId;
  span: Span;
  /** Inside quotation marks: an example in a warning, or words reported from someone else. */
  quoted: boolean;
}


const TRIE = new WordTrie();

/**
 * Compiles each of a rule's patterns on its own and tags the phrases it can start with as
 * pattern `k` of rule `tag`, so that at a word start only the patterns beginning there run.
 * Trying them in order and keeping the first that matches is what one alternation of all
 * of them would match.
 */
function compile(patterns: readonly string[], tag: number): RegExp[] {
  return patterns.map((pattern, k) => {
    const phrases = leadingPhrases(expandFragments(pattern));
    // Every rule pattern starts with a word; one that does not could never be tried.
    if (phrases === undefined) throw new Error(`find-signals: pattern must start with a word: ${pattern}`);
    for (const phrase of phrases) {
      TRIE.add(phrase, tag, k);
      // A space of a pattern may be missing in the text ("cong an" finds "congan").
      if (phrase.includes(' ')) TRIE.add(phrase.replace(' ', ''), tag, k);
    }
    return compilePattern([pattern]);
  });
}

const COMPILED = SIGNAL_RULES.map((rule, i) => ({ rule, patterns: compile(rule.patterns, i) }));
const CUES = CUE_IDS.map((id, i) => ({ id, patterns: compile(CUE_RULES[id], SIGNAL_RULES.length + i) }));

/**
 * The end of the first of the `mask` patterns that matches at `from`, or -1 when none does.
 */
function matchAt(patterns: readonly RegExp[], mask: number, text: string, from: number): number {
  for (let k = 0, rest = mask; rest !== 0; k++, rest >>>= 1) {
    if ((rest & 1) === 0) continue;
    const re = patterns[k];
    if (re === undefined) continue;
    re.lastIndex = from;
    if (re.test(text)) return re.lastIndex;
  }
  return -1;
}

/** Guards against pathological inputs: no text yields more matches than this per rule. */
const MAX_MATCHES_PER_RULE = 64;

/**
 * Finds phrase signals in a normalised text, and adds its topic cues to `cues` (the cues of
 * all texts of one input are merged anyway). Requests that a warning forbids and roles that a
 * warning describes are left out (see `signal-context.ts`). With `only`, just those signals
 * are looked for (cues always are): the reader's own turns of a conversation count only for
 * a few.
 */
export function findSignals(n: NormalizedText, cues: Set<CueId>, only?: ReadonlySet<SignalId>): SignalMatch[] {
  const matches: SignalMatch[] = [];
  const text = n.folded;
  let quotes: number[] | undefined;
  TRIE.candidates(text);
  for (let r = 0; r < COMPILED.length; r++) {
    const compiled = COMPILED[r];
    if (compiled === undefined) continue;
    // Most rules have no candidate in a text: that is checked first, being the cheapest.
    const candidates = TRIE.count(r);
    if (candidates === 0) continue;
    const { rule, patterns } = compiled;
    if (only !== undefined && !only.has(rule.id)) continue;
    // Matches do not overlap: the next one may start only where the last one ended.
    let resume = 0;
    let count = 0;
    for (let k = 0; k < candidates && count < MAX_MATCHES_PER_RULE; k++) {
      const from = TRIE.at(r, k);
      if (from < resume) continue;
      const end = matchAt(patterns, TRIE.patterns(r, k), text, from);
      if (end < 0) continue;
      resume = end;
      let to = end;
      // A pattern ending in an optional word may have matched the space before it (never the
      // first character: every pattern starts with a word).
      while (text.charCodeAt(to - 1) === 32) to--;
      if (rule.negatable === true && (isNegated(n, from) || hasNegator(n, from, to))) continue;
      if (rule.described === true && isDescribed(n, from)) continue;
      if (rule.done === true && isDone(n, from, to)) continue;
      const span = toOriginalSpan(n, from, to);
      quotes ??= quotedRanges(n.original);
      matches.push({ id: rule.id, span, quoted: isInside(quotes, span.start, span.end) });
      count++;
    }
  }
  for (let c = 0; c < CUES.length; c++) {
    const tag = COMPILED.length + c;
    const candidates = TRIE.count(tag);
    const cue = CUES[c];
    if (candidates === 0 || cue === undefined || cues.has(cue.id)) continue;
    for (let k = 0; k < candidates; k++) {
      if (matchAt(cue.patterns, TRIE.patterns(tag, k), text, TRIE.at(tag, k)) >= 0) {
        cues.add(cue.id);
        break;
      }
    }
  }
  return matches;
}
