import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { hashPassword, verifyPassword } from '../../accounts/password-hasher.js';
import { appendAudit } from '../../audit/audit-log.js';
import type { DataCipher } from '../../crypto/data-cipher.js';
import type { Database } from '../../db/schema.js';
import { timeOrderedId } from '../../db/time-ordered-id.js';
import { AppError } from '../../errors/app-error.js';
import { normalizeReportCode } from './report-code.js';

/** How wrong PINs lock a code. */
export interface PinPolicy {
  /** Wrong PINs within the window that lock the code (the last one is answered 429). Default 6. */
  lockAfter: number;
  /** The window in which wrong PINs count, and how long a lock lasts, in minutes. Default 15. */
  windowMinutes: number;
}

export const DEFAULT_PIN_POLICY: PinPolicy = { lockAfter: 6, windowMinutes: 15 };

/** The reporter's view of their case. */
export interface ReportThread {
  status: string;
  messages: { from: 'reporter' | 'counsellor'; text: string; at: string }[];
}

// An unknown code costs the same argon2 work as a wrong PIN, so timing does not tell them apart.
let decoyHash: Promise<string> | undefined;

function lockedError(until: Date, now: Date): AppError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  return new AppError(429, 'report_locked', { minutes: Math.ceil(seconds / 60) }, { 'retry-after': String(seconds) });
}

/**
 * Opens a report by its code and PIN. An unknown code and a wrong PIN get the same 403;
 * wrong PINs are kept in the database (so the count holds across instances), and the
 * `lockAfter`-th within the window locks the code for the window, even against the right
 * PIN. The right PIN clears the count. Returns the case id.
 */
export async function openReport(db: Kysely<Database>, code: string, pin: string, now: Date = new Date(), policy: PinPolicy = DEFAULT_PIN_POLICY): Promise<string> {
  const row = await db.selectFrom('cases').select(['id', 'pin_hash', 'pin_locked_until']).where('code', '=', normalizeReportCode(code)).executeTakeFirst();
  if (!row) {
    decoyHash ??= hashPassword('000000');
    await verifyPassword(await decoyHash, pin);
    throw new AppError(403, 'report_access_denied');
  }
  if (row.pin_locked_until && new Date(row.pin_locked_until) > now) throw lockedError(new Date(row.pin_locked_until), now);

  if (await verifyPassword(row.pin_hash, pin)) {
    await db.deleteFrom('report_pin_failures').where('case_id', '=', row.id).execute();
    return row.id;
  }
  await db.insertInto('report_pin_failures').values({ id: randomUUID(), case_id: row.id, at: now.toISOString() }).execute();
  await appendAudit(db, { userId: null, action: 'report.pin_failed', caseId: row.id }, now);
  const windowStart = new Date(now.getTime() - policy.windowMinutes * 60_000).toISOString();
  const { failures } = await db
    .selectFrom('report_pin_failures')
    .select((eb) => eb.fn.countAll<number>().as('failures'))
    .where('case_id', '=', row.id)
    .where('at', '>', windowStart)
    .executeTakeFirstOrThrow();
  if (Number(failures) >= policy.lockAfter) {
    const until = new Date(now.getTime() + policy.windowMinutes * 60_000);
    await db.updateTable('cases').set({ pin_locked_until: until.toISOString() }).where('id', '=', row.id).execute();
    // A lock starts a fresh count for when it runs out.
    await db.deleteFrom('report_pin_failures').where('case_id', '=', row.id).execute();
    await appendAudit(db, { userId: null, action: 'report.locked', caseId: row.id }, now);
    throw lockedError(until, now);
  }
  throw new AppError(403, 'report_access_denied');
}

/** The status and the messages between reporter and counsellors (never internal notes); audited. */
export async function reportThread(db: Kysely<Database>, cipher: DataCipher, caseId: string, now: Date = new Date()): Promise<ReportThread> {
  const row = await db.selectFrom('cases').select('status').where('id', '=', caseId).executeTakeFirstOrThrow();
  const messages = await db
    .selectFrom('case_messages')
    .select(['kind', 'body_enc', 'at'])
    .where('case_id', '=', caseId)
    .where('kind', 'in', ['reporter', 'reply'])
    .orderBy('id')
    .execute();
  await appendAudit(db, { userId: null, action: 'report.read', caseId }, now);
  return {
    status: row.status,
    messages: messages.flatMap((m) =>
      m.body_enc === null ? [] : [{ from: m.kind === 'reporter' ? ('reporter' as const) : ('counsellor' as const), text: cipher.decrypt(m.body_enc), at: m.at }],
    ),
  };
}

/**
 * Adds the reporter's message. Writing again on a closed case reopens it: a child coming
 * back is a reason to look again, not something to file away.
 */
export async function addReporterMessage(db: Kysely<Database>, cipher: DataCipher, caseId: string, text: string, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('case_messages')
      .values({ id: timeOrderedId(now.getTime()), case_id: caseId, at, kind: 'reporter', user_id: null, body_enc: cipher.encrypt(text) })
      .execute();
    const reopened = await trx
      .updateTable('cases')
      .set({ status: 'in_progress', closed_at: null, updated_at: at })
      .where('id', '=', caseId)
      .where('status', '=', 'closed')
      .executeTakeFirst();
    if (Number(reopened.numUpdatedRows) > 0) {
      await trx
        .insertInto('case_events')
        .values({ id: timeOrderedId(now.getTime()), case_id: caseId, at, user_id: null, kind: 'status', detail: JSON.stringify({ from: 'closed', to: 'in_progress', by: 'reporter' }) })
        .execute();
    } else {
      await trx.updateTable('cases').set({ updated_at: at }).where('id', '=', caseId).execute();
    }
    await appendAudit(trx, { userId: null, action: 'report.message', caseId }, now);
  });
}
