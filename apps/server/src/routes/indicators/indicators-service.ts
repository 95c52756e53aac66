import { createHash, randomUUID } from 'node:crypto';
import type { Indicator, IndicatorSet, SchemeId } from '@kmm/detector';
import type { Kysely } from 'kysely';
import { appendAudit } from '../../audit/audit-log.js';
import type { Database } from '../../db/schema.js';
import { AppError } from '../../errors/app-error.js';
import type { CurrentUser } from '../../plugins/app/access-control.js';
import type { IndicatorKind } from './indicators-tables.js';
import { normalizeIndicator } from './normalize-indicator.js';

/** An indicator as counsellors see it. */
export interface IndicatorView {
  id: string;
  kind: IndicatorKind;
  value: string;
  scheme: SchemeId;
  status: 'proposed' | 'confirmed' | 'rejected';
  proposedBy: string;
  proposedAt: string;
}

/**
 * Confirmed indicators in the shape of the detector's {@link IndicatorSet} (pass it as
 * `analyze(input, {indicators})`), plus image hashes and a version for caching.
 */
export interface PublishedIndicators {
  version: string;
  phones: Indicator[];
  domains: Indicator[];
  phrases: Indicator[];
  pdq: Indicator[];
}

/** Proposes an indicator found in a case; it stays out of the detector until another counsellor confirms it. */
export async function proposeIndicator(
  db: Kysely<Database>,
  user: CurrentUser,
  caseId: string,
  input: { kind: IndicatorKind; value: string; scheme: SchemeId },
  now: Date = new Date(),
): Promise<IndicatorView> {
  const value = normalizeIndicator(input.kind, input.value);
  if (value === null) throw new AppError(400, 'indicator_invalid', { kind: input.kind });
  const existing = await db
    .selectFrom('indicators')
    .select('id')
    .where('kind', '=', input.kind)
    .where('value', '=', value)
    .where('scheme', '=', input.scheme)
    .executeTakeFirst();
  if (existing) throw new AppError(409, 'indicator_exists');
  const row = {
    id: randomUUID(),
    kind: input.kind,
    value,
    scheme: input.scheme,
    status: 'proposed' as const,
    case_id: caseId,
    proposed_by: user.id,
    proposed_at: now.toISOString(),
    decided_by: null,
    decided_at: null,
  };
  await db.insertInto('indicators').values(row).execute();
  await appendAudit(db, { userId: user.id, action: 'indicator.propose', caseId, detail: { indicatorId: row.id, kind: row.kind } }, now);
  return { id: row.id, kind: row.kind, value, scheme: row.scheme, status: row.status, proposedBy: user.id, proposedAt: row.proposed_at };
}

/** Confirms or rejects a proposal: the two-person rule, so the proposer cannot decide their own. */
export async function decideIndicator(
  db: Kysely<Database>,
  user: CurrentUser,
  id: string,
  decision: 'confirmed' | 'rejected',
  now: Date = new Date(),
): Promise<IndicatorView> {
  const row = await db.selectFrom('indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError(404, 'indicator_not_found');
  if (row.proposed_by === user.id) throw new AppError(409, 'indicator_same_counsellor');
  const result = await db
    .updateTable('indicators')
    .set({ status: decision, decided_by: user.id, decided_at: now.toISOString() })
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError(409, 'indicator_already_decided');
  await appendAudit(
    db,
    { userId: user.id, action: decision === 'confirmed' ? 'indicator.confirm' : 'indicator.reject', caseId: row.case_id, detail: { indicatorId: id } },
    now,
  );
  return { id, kind: row.kind, value: row.value, scheme: row.scheme, status: decision, proposedBy: row.proposed_by, proposedAt: row.proposed_at };
}

/** Proposals waiting for a second counsellor, oldest first. */
export async function listProposed(db: Kysely<Database>): Promise<IndicatorView[]> {
  const rows = await db.selectFrom('indicators').selectAll().where('status', '=', 'proposed').orderBy('proposed_at').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, value: r.value, scheme: r.scheme, status: r.status, proposedBy: r.proposed_by, proposedAt: r.proposed_at }));
}

/**
 * The confirmed indicators, ready for `analyze(input, {indicators})`. The version is a hash
 * of the content, so every instance gives the same ETag for the same list.
 */
export async function publishedIndicators(db: Kysely<Database>): Promise<PublishedIndicators> {
  const rows = await db
    .selectFrom('indicators')
    .select(['kind', 'value', 'scheme'])
    .where('status', '=', 'confirmed')
    .orderBy('kind')
    .orderBy('value')
    .orderBy('scheme')
    .execute();
  const of = (kind: IndicatorKind): Indicator[] => rows.filter((r) => r.kind === kind).map((r) => ({ value: r.value, scheme: r.scheme }));
  const set = { phones: of('phone'), domains: of('domain'), phrases: of('phrase') } satisfies IndicatorSet;
  const pdq = of('pdq');
  const version = createHash('sha256').update(JSON.stringify({ ...set, pdq })).digest('base64url').slice(0, 22);
  return { version, ...set, pdq };
}
