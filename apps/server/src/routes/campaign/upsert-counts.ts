/** What an upsert did: rows created and rows that already existed and were updated. */
export interface UpsertCounts {
  inserted: number;
  updated: number;
}

/**
 * Keeps the last row for each key. A batch must not touch one row twice (PostgreSQL refuses
 * `ON CONFLICT DO UPDATE` on a row it already changed), and the last line of a file wins.
 */
export function lastByKey<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    byKey.delete(k);
    byKey.set(k, row);
  }
  return [...byKey.values()];
}
