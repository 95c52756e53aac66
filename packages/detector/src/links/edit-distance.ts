/** Rows of the distance table, reused between calls (host labels are at most 63 characters). */
let rows = new Int32Array(3 * 64);

/**
 * Letters one string has more of than the other, counted both ways; the larger count is a
 * lower bound of the edit distance (a swap moves no letter, every other edit changes one
 * letter count on each side at most), found without filling the table.
 */
const letterCounts = new Int32Array(0x10000);
function letterBound(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) letterCounts[a.charCodeAt(i)] = (letterCounts[a.charCodeAt(i)] ?? 0) + 1;
  for (let i = 0; i < b.length; i++) letterCounts[b.charCodeAt(i)] = (letterCounts[b.charCodeAt(i)] ?? 0) - 1;
  let extraA = 0;
  let extraB = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    const n = letterCounts[c] ?? 0;
    if (n > 0) extraA += n;
    letterCounts[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    const n = letterCounts[c] ?? 0;
    if (n < 0) extraB -= n;
    letterCounts[c] = 0;
  }
  return Math.max(extraA, extraB);
}

/**
 * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute,
 * swap two neighbours), giving up early: returns `max + 1` as soon as the distance is
 * known to exceed `max` — before any table work when the lengths or the letters used
 * already differ by more than `max`.
 *
 * @example editDistance('shoppe', 'shopee', 2) // 1
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || letterBound(a, b) > max) return max + 1;
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Int32Array(3 * width);
  // Three rows in one array: the row before the previous one, the previous one and this one.
  let prevPrev = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[prev + j] ?? 0) + 1, (rows[cur + j - 1] ?? 0) + 1, (rows[prev + j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (rows[prevPrev + j - 2] ?? 0) + 1);
      }
      rows[cur + j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, cur] = [prev, cur, prevPrev];
  }
  const result = rows[prev + b.length] ?? max + 1;
  return result > max ? max + 1 : result;
}
