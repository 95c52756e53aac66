/**
 * Tells whether a string is made only of words from a list and digit runs, e.g.
 * `xacminhtaikhoan2024` from `xacminh`, `taikhoan`. Linear in the text times the number of
 * words; host labels are at most 63 characters.
 */
export function isMadeOfWords(text: string, words: readonly string[]): boolean {
  const reachable = new Uint8Array(text.length + 1);
  reachable[0] = 1;
  for (let i = 0; i < text.length; i++) {
    if (!reachable[i]) continue;
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) reachable[i + 1] = 1;
    for (const word of words) {
      if (text.startsWith(word, i)) reachable[i + word.length] = 1;
    }
  }
  return reachable[text.length] === 1;
}
