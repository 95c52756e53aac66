/** Up to two initials for a chat avatar: "Chú Công An" → "CC", "BeNa_TangQua2015" → "BT". */
export function contactInitials(name: string): string {
  const words = name
    .split(/[\s_.-]+/u)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter((w) => w && /\p{L}/u.test(w));
  const letters = words.slice(0, 2).map((w) => [...w][0]!.toLocaleUpperCase('vi'));
  return letters.join('') || '?';
}
