import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/audit-log.js';
import type { Database } from '../../db/schema.js';

/**
 * Retention: erases what reporters wrote (narrative, conversation, links and phones,
 * nickname, contact, image hashes, every message body, the screenshots) from cases closed more than
 * `retentionDays` before `now`, keeping the anonymous row that the statistics count
 * (schemes, province, week, urgency, status). A case reopened and closed again is erased
 * again. Each erased case is audited. Returns how many cases were erased.
 */
export async function purgeClosedCases(db: Kysely<Database>, now: Date, retentionDays: number): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * 86_400_000).toISOString();
  const due = await db
    .selectFrom('cases')
    .select('id')
    .where('status', '=', 'closed')
    .where('closed_at', '<', cutoff)
    .where((eb) => eb.or([eb('purged_at', 'is', null), eb('purged_at', '<', eb.ref('closed_at'))]))
    .execute();
  const at = now.toISOString();
  for (const { id } of due) {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('cases')
        .set({ narrative_enc: null, conversation_enc: null, evidence_enc: null, nickname_enc: null, contact_enc: null, pdq_hashes: '[]', purged_at: at, updated_at: at })
        .where('id', '=', id)
        .execute();
      await trx.updateTable('case_messages').set({ body_enc: null }).where('case_id', '=', id).execute();
      await trx.deleteFrom('case_screenshots').where('case_id', '=', id).execute();
      await appendAudit(trx, { userId: null, action: 'case.purge', caseId: id, detail: { retentionDays } }, now);
    });
  }
  return due.length;
}
