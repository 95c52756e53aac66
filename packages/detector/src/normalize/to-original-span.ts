import type { Span } from '../types.js';
import type { NormalizedText } from './normalize.js';

/**
 * Maps a range `[from, to)` of `n.folded` back to the original text. The result always lies
 * within the original and its `text` is exactly the original slice.
 */
export function toOriginalSpan(n: NormalizedText, from: number, to: number): Span {
  const last = n.folded.length - 1;
  const a = Math.max(0, Math.min(from, last));
  const b = Math.max(a, Math.min(to - 1, last));
  const start = n.starts[a] ?? 0;
  const end = Math.max(start, n.ends[b] ?? start);
  return { start, end, text: n.original.slice(start, end) };
}
