import type { Kysely } from 'kysely';
import type { DataCipher } from '../../crypto/data-cipher.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors/app-error.js';
import { IdempotencyKey } from './idempotency-key.js';
import { createReport, type ReportCreated } from './report-intake.js';
import type { ReportBody } from './reports-schemas.js';

/** How long a key answers with the case it created; a retry comes within minutes or hours. */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;

/** Thrown inside the intake transaction when the key was recorded meanwhile, to undo the case. */
class KeyTaken extends Error {}

/** What an earlier request with this key created, or null; a different body answers 422. */
async function earlierAnswer(db: Kysely<Database>, key: IdempotencyKey, mac: string, now: Date): Promise<ReportCreated | null> {
  const row = await db
    .selectFrom('report_idempotency')
    .innerJoin('cases', 'cases.id', 'report_idempotency.case_id')
    .select(['cases.code', 'report_idempotency.body_mac', 'report_idempotency.pin_sealed'])
    .where('report_idempotency.key_hash', '=', key.hash)
    .where('report_idempotency.created_at', '>', new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS).toISOString())
    .executeTakeFirst();
  if (!row) return null;
  if (!key.sameBody(row.body_mac, mac)) throw new AppError(422, 'idempotency_key_reused');
  return { code: row.code, pin: key.openPin(row.pin_sealed) };
}

/**
 * {@link createReport} at most once per key: a retry whose first answer was lost gets the same
 * code and PIN again (`replayed`), even when it races the first request; the same key with
 * another body answers 422. Keys older than {@link IDEMPOTENCY_WINDOW_MS} are forgotten.
 */
export async function createReportOnce(
  db: Kysely<Database>,
  cipher: DataCipher,
  body: ReportBody,
  rawKey: string,
  now: Date = new Date(),
): Promise<{ created: ReportCreated; replayed: boolean }> {
  const key = new IdempotencyKey(rawKey);
  const mac = key.macOf(body);
  // Forgetting expired keys here keeps the table to one day of reports without another timer.
  await db.deleteFrom('report_idempotency').where('created_at', '<=', new Date(now.getTime() - IDEMPOTENCY_WINDOW_MS).toISOString()).execute();
  const earlier = await earlierAnswer(db, key, mac, now);
  if (earlier) return { created: earlier, replayed: true };
  try {
    const created = await createReport(db, cipher, body, now, async (trx, { caseId, pin }) => {
      const inserted = await trx
        .insertInto('report_idempotency')
        .values({ key_hash: key.hash, case_id: caseId, body_mac: mac, pin_sealed: key.sealPin(pin), created_at: now.toISOString() })
        .onConflict((oc) => oc.column('key_hash').doNothing())
        .returning('key_hash')
        .executeTakeFirst();
      if (!inserted) throw new KeyTaken();
    });
    return { created, replayed: false };
  } catch (error) {
    if (!(error instanceof KeyTaken)) throw error;
  }
  // The same key committed a case while this request was being checked: answer with that one.
  const raced = await earlierAnswer(db, key, mac, now);
  if (!raced) throw new Error('An idempotency key was taken but its case cannot be read');
  return { created: raced, replayed: true };
}
