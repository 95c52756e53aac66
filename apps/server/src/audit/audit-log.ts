import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { timeOrderedId } from '../db/time-ordered-id.js';

/** What can be written to the audit log. */
export type AuditAction =
  | 'report.create'
  | 'report.read'
  | 'report.message'
  | 'report.pin_failed'
  | 'report.locked'
  | 'case.list'
  | 'case.read'
  | 'case.read_denied'
  | 'case.screenshot_read'
  | 'case.claim'
  | 'case.assign'
  | 'case.status'
  | 'case.note'
  | 'case.reply'
  | 'case.referral'
  | 'case.purge'
  | 'indicator.propose'
  | 'indicator.confirm'
  | 'indicator.reject'
  | 'audit.read';

/** One audit entry to append. */
export interface AuditEntry {
  /** The signed-in user; null for an anonymous reporter or the system. */
  userId: string | null;
  action: AuditAction;
  caseId?: string | null;
  /** Ids, statuses and encrypted values only: never case contents in clear. */
  detail?: Record<string, unknown>;
}

/** An audit entry as read back. */
export interface AuditRecord {
  id: string;
  at: string;
  userId: string | null;
  action: string;
  caseId: string | null;
  detail: Record<string, unknown> | null;
}

/** Appends to the audit log; the only way rows enter it (nothing updates or deletes them). */
export async function appendAudit(db: Kysely<Database>, entry: AuditEntry, now: Date = new Date()): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: timeOrderedId(now.getTime()),
      at: now.toISOString(),
      user_id: entry.userId,
      action: entry.action,
      case_id: entry.caseId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}

/** Audit entries in the order they were written, of one case or of everything. */
export async function listAudit(db: Kysely<Database>, filter: { caseId?: string | undefined; limit: number }): Promise<AuditRecord[]> {
  let query = db.selectFrom('audit_log').selectAll();
  if (filter.caseId) query = query.where('case_id', '=', filter.caseId);
  // The newest `limit` entries, returned oldest first.
  const rows = await query.orderBy('id', 'desc').limit(filter.limit).execute();
  return rows.reverse().map((r) => ({
    id: r.id,
    at: r.at,
    userId: r.user_id,
    action: r.action,
    caseId: r.case_id,
    detail: r.detail === null ? null : (JSON.parse(r.detail) as Record<string, unknown>),
  }));
}
