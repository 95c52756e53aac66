/**
 * Ranges of a text inside quotation marks ("…", “…”, «…»). Warnings quote what scammers say
 * ("Đọc mã OTP cho anh"); a quoted line in a warning is an example, not a request.
 * Returns `[start, end, start, end, …]`; an unclosed quote runs to the end of its line.
 */
export function quotedRanges(text: string): number[] {
  const ranges: number[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open < 0) {
      if (c === 0x22 || c === 0x201c || c === 0xab || c === 0x201e) open = i;
    } else if (c === 0x22 || c === 0x201d || c === 0xbb || c === 0x201c || c === 10) {
      ranges.push(open, i + 1);
      open = -1;
    }
  }
  if (open >= 0) ranges.push(open, text.length);
  return ranges;
}

/** True when `[start, end)` lies inside one of `ranges`. */
export function isInside(ranges: readonly number[], start: number, end: number): boolean {
  for (let k = 0; k + 1 < ranges.length; k += 2) {
    if (start >= (ranges[k] ?? 0) && end <= (ranges[k + 1] ?? 0)) return true;
  }
  return false;
}
