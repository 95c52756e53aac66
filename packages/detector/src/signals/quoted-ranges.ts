/** Marks that open a quotation, and those that close it (a newline ends an unclosed one). */
const OPENING = /["\u201c\u00ab\u201e]/g;
const CLOSING = /["\u201d\u00bb\u201c\n]/g;

/**
 * Ranges of a text inside quotation marks ("…", “…”, «…»). Warnings quote what scammers say
 * ("Đọc mã OTP cho anh"); a quoted line in a warning is an example, not a request.
 * Returns `[start, end, start, end, …]`; an unclosed quote runs to the end of its line.
 */
export function quotedRanges(text: string): number[] {
  const ranges: number[] = [];
  // Searching for the marks (rather than looking at every character) keeps a long paste cheap.
  for (OPENING.lastIndex = 0; OPENING.test(text); ) {
    const open = OPENING.lastIndex - 1;
    CLOSING.lastIndex = open + 1;
    if (!CLOSING.test(text)) {
      ranges.push(open, text.length);
      break;
    }
    ranges.push(open, CLOSING.lastIndex);
    OPENING.lastIndex = CLOSING.lastIndex;
  }
  return ranges;
}

/** True when `[start, end)` lies inside one of `ranges`. */
export function isInside(ranges: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k + 1 < ranges.length; k += 2) {
    if (start >= (ranges[k] ?? 0) && end <= (ranges[k + 1] ?? 0)) return true;
  }
  return false;
}
