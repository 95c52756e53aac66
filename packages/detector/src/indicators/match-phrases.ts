import type { NormalizedText } from '../normalize/normalize.js';
import { normalize } from '../normalize/normalize.js';
import { toOriginalSpan } from '../normalize/to-original-span.js';
import type { Indicator, Span } from '../types.js';

/** A reported phrase found in a text. */
export interface PhraseHit {
  indicator: Indicator;
  span: Span;
}

const folds = new Map<string, string>();

function foldedPhrase(value: string): string {
  let folded = folds.get(value);
  if (folded === undefined) {
    folded = normalize(value).folded;
    // Indicator sets are small and stable; the bound only protects against misuse.
    if (folds.size < 10_000) folds.set(value, folded);
  }
  return folded;
}

/**
 * Finds reported script phrases in a text, whole words only, with the same folding as the
 * signals: a phrase reported as "chuyển tiền vào tài khoản an toàn" also matches
 * "ck vao tk an toan".
 */
export function matchPhrases(n: NormalizedText, phrases: readonly Indicator[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const text = n.folded;
  for (const indicator of phrases) {
    const phrase = foldedPhrase(indicator.value);
    if (phrase === '') continue;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      const bounded = (at === 0 || text.charCodeAt(at - 1) === 32) && (end === text.length || text.charCodeAt(end) === 32);
      if (bounded) {
        hits.push({ indicator, span: toOriginalSpan(n, at, end) });
        break;
      }
    }
  }
  return hits;
}
