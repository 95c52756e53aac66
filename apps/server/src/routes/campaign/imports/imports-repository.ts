import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ImportProgress } from './import-runner.js';
import type { RowError } from './row-error.js';

/** Row errors kept with an import record for later reading. */
const STORED_ERRORS = 100;

/** Starts an import record; false when this id is already taken. */
export async function startImportRecord(db: Kysely<Database>, id: string, kind: string, userId: string): Promise<boolean> {
  const result = await db
    .insertInto('campaign_imports')
    .values({ id, kind, status: 'running', user_id: userId, error_sample: '[]', started_at: new Date().toISOString(), finished_at: null })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Records progress, or the end of the run when `status` is given. */
export async function updateImportRecord(
  db: Kysely<Database>,
  id: string,
  progress: ImportProgress,
  end?: { status: 'done'; rowErrors: readonly RowError[] },
): Promise<void> {
  await db
    .updateTable('campaign_imports')
    .set({
      rows_read: progress.rowsRead,
      inserted: progress.inserted,
      updated: progress.updated,
      errors: progress.errors,
      ...(end ? { status: end.status, finished_at: new Date().toISOString(), error_sample: JSON.stringify(end.rowErrors.slice(0, STORED_ERRORS)) } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/** Ends a run that failed; the record keeps the counts of the batches stored before. */
export async function markImportFailed(db: Kysely<Database>, id: string): Promise<void> {
  await db.updateTable('campaign_imports').set({ status: 'failed', finished_at: new Date().toISOString() }).where('id', '=', id).execute();
}

/** An import record, if `userId` started it (or any when `userId` is null, for admins). */
export async function findImportRecord(db: Kysely<Database>, id: string, userId: string | null) {
  const row = await db
    .selectFrom('campaign_imports')
    .selectAll()
    .where('id', '=', id)
    .$if(userId !== null, (q) => q.where('user_id', '=', userId!))
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      kind: row.kind,
      status: row.status,
      rowsRead: Number(row.rows_read),
      inserted: Number(row.inserted),
      updated: Number(row.updated),
      errors: Number(row.errors),
      rowErrors: JSON.parse(row.error_sample) as RowError[],
      startedAt: row.started_at,
      finishedAt: row.finished_at,
    }
  );
}
