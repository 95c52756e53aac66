/** What kind of learning item was completed. */
export type ProgressKind = 'scenario' | 'quiz' | 'lesson';

/** One completed item, kept on the device and, when signed in, on the account. */
export interface ProgressItem {
  kind: ProgressKind;
  id: string;
  /** Scenarios: how the play-through ended. */
  outcome?: 'safe' | 'unsafe';
  /** Quizzes: correct answers… */
  score?: number;
  /** …out of this many questions. */
  total?: number;
  /** ISO-8601 time of completion. */
  completedAt: string;
}

/** The share of a quiz's questions to answer correctly to pass it. */
export const PASS_RATIO = 0.6;

/** The key one item is stored under: one entry per kind and id. */
export function itemKey(item: Pick<ProgressItem, 'kind' | 'id'>): string {
  return `${item.kind}:${item.id}`;
}

/** Whether a quiz result reaches the pass mark. */
export function passed(item: ProgressItem | undefined): boolean {
  if (!item || item.kind !== 'quiz') return false;
  if (!item.total || item.score === undefined) return false;
  return item.score / item.total >= PASS_RATIO - 1e-9;
}

function rank(item: ProgressItem): number {
  if (item.kind === 'scenario') return item.outcome === 'safe' ? 1 : 0;
  if (item.kind === 'quiz') return item.total ? (item.score ?? 0) / item.total : 0;
  return 0;
}

/**
 * Which of two results for the same item to keep: the better one (a safe ending, a higher
 * quiz score), then the earlier; a total order, so merging is commutative and idempotent.
 */
export function better(a: ProgressItem, b: ProgressItem): ProgressItem {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra > rb ? a : b;
  if (a.completedAt !== b.completedAt) return a.completedAt < b.completedAt ? a : b;
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

/** Merges progress from two places (device, account): one item per kind and id, the better kept. */
export function mergeProgress(...lists: readonly (readonly ProgressItem[])[]): ProgressItem[] {
  const byKey = new Map<string, ProgressItem>();
  for (const list of lists) {
    for (const item of list) {
      const key = itemKey(item);
      const existing = byKey.get(key);
      byKey.set(key, existing ? better(existing, item) : item);
    }
  }
  return [...byKey.values()].sort((a, b) => (itemKey(a) < itemKey(b) ? -1 : itemKey(a) > itemKey(b) ? 1 : 0));
}

const KINDS: ReadonlySet<string> = new Set(['scenario', 'quiz', 'lesson']);

/** Keeps only well-formed items (storage and servers may hold anything). */
export function sanitizeProgress(value: unknown): ProgressItem[] {
  if (!Array.isArray(value)) return [];
  const items: ProgressItem[] = [];
  for (const raw of value as unknown[]) {
    const v = raw as Partial<ProgressItem> | null;
    if (!v || typeof v.id !== 'string' || !KINDS.has(v.kind as string) || typeof v.completedAt !== 'string') continue;
    const item: ProgressItem = { kind: v.kind!, id: v.id, completedAt: v.completedAt };
    if (v.outcome === 'safe' || v.outcome === 'unsafe') item.outcome = v.outcome;
    if (typeof v.score === 'number' && Number.isFinite(v.score)) item.score = v.score;
    if (typeof v.total === 'number' && Number.isFinite(v.total)) item.total = v.total;
    items.push(item);
  }
  return items;
}
