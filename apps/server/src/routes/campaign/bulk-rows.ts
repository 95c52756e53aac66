import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A column of rows written in bulk: its name and SQL type. */
export interface BulkColumn {
  name: string;
  type: 'text' | 'bigint';
}

/**
 * `select <columns> from <rows>`, the rows bound as one JSON array per column on PostgreSQL
 * (`json_array_elements_text`, zipped by `rows from`) and as one JSON array of rows on SQLite
 * (`json_each`). A statement then carries any number of rows: the bind-parameter limits
 * (65,535 on PostgreSQL, 32,766 on SQLite) never apply, and the statement text, so its
 * parsing, does not grow with the rows. On PostgreSQL JSON also costs half of what `unnest`
 * of typed arrays does, on both sides of the connection. Each row lists its values in the
 * order of `columns`.
 */
export function selectRows(db: Kysely<Database>, columns: readonly BulkColumn[], rows: readonly (readonly unknown[])[]): RawBuilder<unknown> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    const values = columns.map((_, i) => sql`json_array_elements_text(${JSON.stringify(rows.map((r) => r[i]))}::json)`);
    const fields = columns.map((c) => sql`${sql.id(c.name)}::${sql.raw(c.type)} as ${sql.id(c.name)}`);
    return sql`select ${sql.join(fields)} from rows from (${sql.join(values)}) as bulk_rows(${sql.join(columns.map((c) => sql.id(c.name)))})`;
  }
  const fields = columns.map((c, i) => sql`value ->> ${sql.lit(i)} as ${sql.id(c.name)}`);
  return sql`select ${sql.join(fields)} from json_each(${JSON.stringify(rows)})`;
}

/** What {@link upsertRows} writes: a table with an `id` primary key and a unique natural key. */
export interface BulkUpsert {
  table: keyof Database & string;
  /** The unique column rows are matched on. */
  key: string;
  /** Every column written; the first is `id`. */
  columns: readonly BulkColumn[];
  /** The columns an existing row takes from the new one (never `id`, nor what records creation). */
  update: readonly string[];
}

/**
 * Inserts rows, or updates the existing row with the same key, in one statement. Each row
 * proposes a new id (first value); the row whose stored id differs already existed. Keys
 * must be unique among `rows` (see `lastByKey`): PostgreSQL refuses to update a row twice.
 * Returns the stored id of every key and the ids of the rows that already existed.
 */
export async function upsertRows(
  db: Kysely<Database>,
  target: BulkUpsert,
  rows: readonly (readonly unknown[])[],
): Promise<{ idByKey: Map<string, string>; existingIds: string[] }> {
  const idByKey = new Map<string, string>();
  const existingIds: string[] = [];
  if (rows.length === 0) return { idByKey, existingIds };
  const proposed = new Set(rows.map((r) => r[0]));
  // `where true`: without it SQLite reads `on conflict` as the `on` of a join.
  const { rows: stored } = await sql<{ id: string; key: string }>`
    insert into ${sql.table(target.table)} (${sql.join(target.columns.map((c) => sql.id(c.name)))})
    ${selectRows(db, target.columns, rows)} where true
    on conflict (${sql.id(target.key)}) do update set ${sql.join(target.update.map((c) => sql`${sql.id(c)} = excluded.${sql.id(c)}`))}
    returning id, ${sql.id(target.key)} as key`.execute(db);
  for (const row of stored) {
    idByKey.set(row.key, row.id);
    if (!proposed.has(row.id)) existingIds.push(row.id);
  }
  return { idByKey, existingIds };
}
