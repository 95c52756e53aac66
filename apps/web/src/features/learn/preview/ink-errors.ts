/** A compiler message located on a line of the author's text. */
export interface InkIssue {
  severity: 'error' | 'warning';
  /** 1-based line, when the compiler gave one. */
  line?: number;
  message: string;
}

const PATTERN = /^(RUNTIME ERROR|ERROR|WARNING|TODO):\s*(?:'[^']*'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/** Parses inkjs compiler messages ("ERROR: line 5: …") into located issues, sorted by line. */
export function parseInkIssues(errors: readonly string[], warnings: readonly string[] = []): InkIssue[] {
  const issues = [...errors, ...warnings].map((raw): InkIssue => {
    const m = PATTERN.exec(raw.trim());
    if (!m) return { severity: errors.includes(raw) ? 'error' : 'warning', message: raw.trim() };
    const severity = m[1] === 'WARNING' || m[1] === 'TODO' ? 'warning' : 'error';
    return m[2] ? { severity, line: Number(m[2]), message: m[3]!.trim() } : { severity, message: m[3]!.trim() };
  });
  return issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}
