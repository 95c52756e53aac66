import type { LabelledSpan } from './highlight-segments.js';

/** The part of a detector result this module reads (signals with their evidence). */
export interface EvidenceSource {
  signals: readonly { id: string; evidence: readonly { start: number; end: number; message?: number }[] }[];
}

/**
 * The detector's evidence per transcript line: `lineOf[i]` maps message `i` of the analysed
 * conversation back to its line in the chat (narration lines were left out of the analysis).
 */
export function evidenceByLine(result: EvidenceSource, lineOf: readonly number[]): Map<number, LabelledSpan[]> {
  const byLine = new Map<number, LabelledSpan[]>();
  for (const signal of result.signals) {
    for (const span of signal.evidence) {
      if (span.message === undefined) continue;
      const line = lineOf[span.message];
      if (line === undefined) continue;
      const list = byLine.get(line) ?? [];
      list.push({ start: span.start, end: span.end, label: signal.id });
      byLine.set(line, list);
    }
  }
  return byLine;
}
