import type { SignalHit } from '@kmm/detector';
import type { LabelledSpan } from './segment-text.js';

/**
 * The evidence of every red flag as labelled spans, for one turn of a conversation
 * (`message` = its index) or for a single text (`message` undefined).
 */
export function evidenceSpans(signals: readonly SignalHit[], message?: number): LabelledSpan[] {
  return signals.flatMap((signal) =>
    signal.evidence.filter((span) => span.message === message).map((span) => ({ start: span.start, end: span.end, label: signal.id })),
  );
}
