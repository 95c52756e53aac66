/** One completed learning item, as the web app and the API exchange it. */
export interface ProgressItem {
  kind: 'scenario' | 'quiz' | 'lesson';
  id: string;
  outcome?: 'safe' | 'unsafe' | undefined;
  score?: number | undefined;
  total?: number | undefined;
  completedAt: string;
}

const key = (item: ProgressItem) => `${item.kind}:${item.id}`;

function better(a: ProgressItem, b: ProgressItem): ProgressItem {
  const ratio = (i: ProgressItem) => (i.score !== undefined && i.total ? i.score / i.total : -1);
  const best = ratio(b) > ratio(a) || (a.outcome === 'unsafe' && b.outcome === 'safe') ? b : a;
  // The best attempt counts, dated from when the item was first completed.
  return { ...best, completedAt: a.completedAt < b.completedAt ? a.completedAt : b.completedAt };
}

/**
 * Merges two progress lists (the device's and the account's): one entry per item, the
 * best result (safe ending over unsafe, higher score ratio), the earliest completion.
 */
export function mergeProgress(a: readonly ProgressItem[], b: readonly ProgressItem[]): ProgressItem[] {
  const merged = new Map<string, ProgressItem>();
  for (const item of [...a, ...b]) {
    const existing = merged.get(key(item));
    merged.set(key(item), existing ? better(existing, item) : item);
  }
  return [...merged.values()].sort((x, y) => key(x).localeCompare(key(y)));
}
