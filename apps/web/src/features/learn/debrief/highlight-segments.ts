/** A span of a text and what it is evidence of (a signal id). */
export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

/** A piece of the text with the labels of every span covering it (none = plain text). */
export interface Segment {
  start: number;
  text: string;
  labels: string[];
}

/**
 * Cuts a text at every span boundary, so overlapping evidence becomes one highlighted piece
 * naming all its labels. Spans outside the text are clipped; empty ones ignored.
 */
export function segmentText(text: string, spans: readonly LabelledSpan[]): Segment[] {
  const valid = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), label: s.label }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    const labels = [...new Set(valid.filter((s) => s.start <= start && s.end >= end).map((s) => s.label))];
    const last = segments.at(-1);
    if (last && last.labels.join() === labels.join()) last.text += text.slice(start, end);
    else segments.push({ start, text: text.slice(start, end), labels });
  }
  return segments;
}
