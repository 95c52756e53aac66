import type { Kysely, Selectable } from 'kysely';
import { appendAudit } from '../../audit/audit-log.js';
import type { DataCipher } from '../../crypto/data-cipher.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors/app-error.js';
import type { CurrentUser } from '../../plugins/app/access-control.js';
import { canSeeCase } from './case-scope.js';
import type { CasesTable } from './cases-tables.js';

/** What every case operation works with: the database, the cipher, who is acting, and when. */
export interface CaseContext {
  db: Kysely<Database>;
  cipher: DataCipher;
  user: CurrentUser;
  now: Date;
}

export type CaseRow = Selectable<CasesTable>;

/**
 * Loads a case the user may see. A case they may not see answers 404, as if it did not
 * exist, and the attempt is audited.
 */
export async function loadVisibleCase(ctx: CaseContext, id: string): Promise<CaseRow> {
  const row = await ctx.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row || !canSeeCase(ctx.user, row)) {
    if (row) await appendAudit(ctx.db, { userId: ctx.user.id, action: 'case.read_denied', caseId: id }, ctx.now);
    throw new AppError(404, 'case_not_found');
  }
  return row;
}
