import type { Kysely } from 'kysely';
import { appendAudit, listAudit, type AuditRecord } from '../../audit/audit-log.js';
import type { DataCipher } from '../../crypto/data-cipher.js';
import type { Database } from '../../db/schema.js';

/**
 * Reads the audit log for an admin, recording the read first. Emergency-override reasons,
 * stored encrypted, are shown in clear to the admin.
 */
export async function readAuditLog(
  db: Kysely<Database>,
  cipher: DataCipher,
  adminId: string,
  filter: { caseId?: string | undefined; limit: number },
): Promise<AuditRecord[]> {
  await appendAudit(db, { userId: adminId, action: 'audit.read', caseId: filter.caseId ?? null });
  const entries = await listAudit(db, filter);
  return entries.map((e) => (typeof e.detail?.reason === 'string' ? { ...e, detail: { ...e.detail, reason: cipher.decrypt(e.detail.reason) } } : e));
}
