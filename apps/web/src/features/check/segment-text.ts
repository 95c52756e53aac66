/** A stretch of text a finding rests on, with what to call it (a signal id, for instance). */
export interface LabelledSpan {
  start: number;
  end: number;
  label: string;
}

/** Overlapping or touching spans joined into one, with every label they carried. */
export interface MergedSpan {
  start: number;
  end: number;
  /** Distinct labels, in the order they were first met. */
  labels: string[];
}

/** A piece of text; `labels` is empty for plain text and lists the findings for a highlight. */
export interface TextSegment {
  text: string;
  start: number;
  end: number;
  labels: string[];
}

/**
 * Clamps spans to `[0, length]`, drops empty ones, sorts them and joins those that overlap
 * or touch, so one highlight never sits inside another.
 *
 * @example
 * mergeSpans([{ start: 4, end: 9, label: 'a' }, { start: 0, end: 5, label: 'b' }], 20)
 * // [{ start: 0, end: 9, labels: ['b', 'a'] }]
 */
export function mergeSpans(spans: readonly LabelledSpan[], length: number): MergedSpan[] {
  const valid = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, length)), end: Math.max(0, Math.min(s.end, length)), label: s.label }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: MergedSpan[] = [];
  for (const span of valid) {
    const last = merged.at(-1);
    if (last !== undefined && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.labels.includes(span.label)) last.labels.push(span.label);
    } else {
      merged.push({ start: span.start, end: span.end, labels: [span.label] });
    }
  }
  return merged;
}

/**
 * Cuts `text` into plain and highlighted segments that, joined, give back `text` exactly.
 *
 * @example
 * segmentText('giữ bí mật nhé', [{ start: 0, end: 10, label: 'secrecy' }]).map((s) => s.text)
 * // ['giữ bí mật', ' nhé']
 */
export function segmentText(text: string, spans: readonly LabelledSpan[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of mergeSpans(spans, text.length)) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), start: at, end: span.start, labels: [] });
    segments.push({ text: text.slice(span.start, span.end), start: span.start, end: span.end, labels: span.labels });
    at = span.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), start: at, end: text.length, labels: [] });
  return segments;
}
