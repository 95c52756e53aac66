import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';

/** A counted table; its version is bumped by a trigger on every change (migration 0005). */
export type DataSource =
  | 'provinces'
  | 'schools'
  | 'trainings'
  | 'training_experts'
  | 'campaign_events'
  | 'pledges'
  | 'social_posts'
  | 'social_post_hashtags'
  | 'influencers';

/** Each counted table's current version, read in one small query. */
export type DataVersions = ReadonlyMap<string, number>;

export async function readDataVersions(db: Kysely<Database>): Promise<DataVersions> {
  // The versions table is bookkeeping for the cache, not part of the app's typed schema.
  const { rows } = await sql<{ source: string; version: number | string }>`select source, version from campaign_data_versions`.execute(db);
  return new Map(rows.map((r) => [r.source, Number(r.version)]));
}

interface Entry {
  stamp: string;
  value: Promise<unknown>;
}

/** Enough for every part of every scope of a few campaigns; past it the oldest entries go. */
const MAX_ENTRIES = 500;

// Per database handle: tests and the benchmark open several in one process.
const caches = new WeakMap<Kysely<Database>, Map<string, Entry>>();

/**
 * `compute()`'s result, reused while none of `sources` has changed since it was computed.
 * The versions must be read before computing, so a result is never older than its stamp;
 * a change committed during the computation moves the stamp and the next call recomputes.
 * Concurrent callers with the same stamp share one computation.
 */
export function reuseWhileUnchanged<T>(
  db: Kysely<Database>,
  versions: DataVersions,
  key: string,
  sources: readonly DataSource[],
  compute: () => Promise<T>,
): Promise<T> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const stamp = sources.map((s) => versions.get(s) ?? -1).join('.');
  const hit = cache.get(key);
  if (hit?.stamp === stamp) return hit.value as Promise<T>;

  const entry: Entry = { stamp, value: compute() };
  cache.delete(key);
  cache.set(key, entry);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  entry.value.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return entry.value as Promise<T>;
}
