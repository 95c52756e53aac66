/** An Ink tag split into its name and value: `# flag: urgency` → `{name: 'flag', value: 'urgency'}`. */
export interface InkTag {
  name: string;
  /** Text after the first colon, trimmed; empty for a bare tag such as `# debrief`. */
  value: string;
}

/** Splits the text of one Ink tag (as inkjs gives it, without the `#`) at its first colon. */
export function parseTag(raw: string): InkTag {
  const colon = raw.indexOf(':');
  if (colon < 0) return { name: raw.trim(), value: '' };
  return { name: raw.slice(0, colon).trim(), value: raw.slice(colon + 1).trim() };
}
