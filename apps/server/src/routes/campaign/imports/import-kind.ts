import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { UpsertCounts } from '../upsert-counts.js';
import type { CellResult } from './cell-parsers.js';

/** One column an import understands. */
export interface ImportColumn<K extends string> {
  key: K;
  /** The Vietnamese header of the template, used in messages when the file lacks the column. */
  label: string;
  /** Headers accepted for it, folded (lower-case, no diacritics). */
  aliases: readonly string[];
  required: boolean;
}

/** What one kind of import (schools, experts, posts) knows: its columns, how to read a row and how to store a batch. */
export interface ImportKind<K extends string, T> {
  columns: readonly ImportColumn<K>[];
  /** Reads one row's cells by column key; each failing column gives one message. */
  parse(cells: Record<K, string>): { value: T | undefined; errors: { column: K; message: string }[] };
  /** The natural key (upserts by it). */
  key(value: T): string;
  /** The province a row belongs to and the column it comes from, for provincial scope; absent for national data. */
  scope?: { column: K; provinceOf(value: T): string };
  /** Keys of rows that already exist in another province than `provinceId` (a provincial import may not move them). */
  existingElsewhere?(db: Kysely<Database>, values: T[], provinceId: string): Promise<Set<string>>;
  /** Stores a batch of good rows (in a transaction), as upserts on the natural key. */
  write(db: Kysely<Database>, values: T[]): Promise<UpsertCounts>;
  /**
   * Rows per batch: one call of `write`, one transaction and one progress record. Larger
   * batches commit less often; a `write` that binds each value must stay under the bind
   * limits (32,766 parameters on SQLite, 65,535 on PostgreSQL).
   */
  batchRows: number;
}

/** Collects cell results into a value or per-column messages. */
export function collect<K extends string, T>(
  results: { [P in keyof T]: [K, CellResult<T[P]>] },
): { value: T | undefined; errors: { column: K; message: string }[] } {
  const errors: { column: K; message: string }[] = [];
  const value = {} as T;
  for (const field of Object.keys(results) as (keyof T)[]) {
    const [column, result] = results[field];
    if (result.ok) value[field] = result.value;
    else errors.push({ column, message: result.message });
  }
  return { value: errors.length ? undefined : value, errors };
}
