import { appendAudit } from '../../audit/audit-log.js';
import { AppError } from '../../errors/app-error.js';
import type { CaseContext } from './case-context.js';
import { loadVisibleCase } from './case-context.js';
import { caseScope } from './case-scope.js';
import { schemesOf, toSummary, type CaseSummary } from './case-summary.js';
import type { CaseStatus } from './case-vocabulary.js';
import type { CaseMessageKind } from './cases-tables.js';

/** Queue filters; without `status`, closed cases are left out. */
export interface QueueFilters {
  status?: CaseStatus | undefined;
  scheme?: string | undefined;
  provinceId?: string | undefined;
  limit: number;
}

/**
 * The counsellor's queue: the cases they may see, emergencies first, then by the detector's
 * risk, then the youngest children, then the longest waiting.
 */
export async function listCases(ctx: CaseContext, filters: QueueFilters): Promise<CaseSummary[]> {
  let query = ctx.db.selectFrom('cases').selectAll().where(caseScope(ctx.user));
  query = filters.status ? query.where('status', '=', filters.status) : query.where('status', '!=', 'closed');
  if (filters.provinceId) query = query.where('province_id', '=', filters.provinceId);
  if (filters.scheme) {
    const scheme = filters.scheme;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('case_schemes').select('case_id').whereRef('case_schemes.case_id', '=', 'cases.id').where('scheme', '=', scheme)),
    );
  }
  const rows = await query
    .orderBy('urgency_rank')
    .orderBy('risk_rank')
    .orderBy('age_rank')
    .orderBy('created_at')
    .orderBy('id')
    .limit(filters.limit)
    .execute();
  await appendAudit(ctx.db, { userId: ctx.user.id, action: 'case.list', detail: { ...filters, count: rows.length } }, ctx.now);
  const schemes = await schemesOf(ctx.db, rows.map((r) => r.id));
  return rows.map((r) => toSummary(r, schemes.get(r.id) ?? [], ctx.now));
}

/** One entry of a case's timeline. */
export interface TimelineEntry {
  id: string;
  at: string;
  kind: CaseMessageKind | 'created' | 'claimed' | 'assigned' | 'status' | 'referral';
  userId: string | null;
  /** The message text (messages, replies, notes); null once erased by retention. */
  text?: string | null;
  /** What changed (events). */
  detail?: Record<string, unknown>;
}

/** Everything about a case, decrypted, for a counsellor who may see it. */
export interface CaseDetail extends CaseSummary {
  nickname: string | null;
  contact: string | null;
  contactConsent: boolean;
  referralConsent: boolean;
  narrative: string | null;
  conversation: string | null;
  links: string[];
  phones: string[];
  pdqHashes: string[];
  detector: { risk: string; schemes: { id: string; score: number }[] } | null;
  screenshots: { id: string; mime: string; bytes: number }[];
  closedAt: string | null;
  purgedAt: string | null;
  timeline: TimelineEntry[];
}

/** Opens a case: its contents decrypted and its timeline; the read is audited. */
export async function readCase(ctx: CaseContext, id: string): Promise<CaseDetail> {
  const row = await loadVisibleCase(ctx, id);
  await appendAudit(ctx.db, { userId: ctx.user.id, action: 'case.read', caseId: id }, ctx.now);
  const [schemes, messages, events, screenshots] = await Promise.all([
    schemesOf(ctx.db, [id]),
    ctx.db.selectFrom('case_messages').selectAll().where('case_id', '=', id).execute(),
    ctx.db.selectFrom('case_events').selectAll().where('case_id', '=', id).execute(),
    ctx.db.selectFrom('case_screenshots').select(['id', 'mime', 'bytes']).where('case_id', '=', id).orderBy('id').execute(),
  ]);
  const { cipher } = ctx;
  const evidence = row.evidence_enc === null ? null : (JSON.parse(cipher.decrypt(row.evidence_enc)) as { links: string[]; phones: string[] });
  const timeline: TimelineEntry[] = [
    ...messages.map((m) => ({ id: m.id, at: m.at, kind: m.kind, userId: m.user_id, text: cipher.decryptOptional(m.body_enc) })),
    ...events.map((e) => ({ id: e.id, at: e.at, kind: e.kind, userId: e.user_id, detail: JSON.parse(e.detail) as Record<string, unknown> })),
  ].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    ...toSummary(row, schemes.get(id) ?? [], ctx.now),
    nickname: cipher.decryptOptional(row.nickname_enc),
    contact: cipher.decryptOptional(row.contact_enc),
    contactConsent: row.contact_consent === 1,
    referralConsent: row.referral_consent === 1,
    narrative: cipher.decryptOptional(row.narrative_enc),
    conversation: cipher.decryptOptional(row.conversation_enc),
    links: evidence?.links ?? [],
    phones: evidence?.phones ?? [],
    pdqHashes: JSON.parse(row.pdq_hashes) as string[],
    detector: row.detector === null ? null : (JSON.parse(row.detector) as CaseDetail['detector']),
    screenshots,
    closedAt: row.closed_at,
    purgedAt: row.purged_at,
    timeline,
  };
}

/** One screenshot's bytes (metadata already stripped at intake); the read is audited. */
export async function readScreenshot(ctx: CaseContext, id: string, screenshotId: string): Promise<{ mime: string; data: Buffer }> {
  await loadVisibleCase(ctx, id);
  const shot = await ctx.db
    .selectFrom('case_screenshots')
    .select(['mime', 'data_enc'])
    .where('case_id', '=', id)
    .where('id', '=', screenshotId)
    .executeTakeFirst();
  if (!shot) throw new AppError(404, 'not_found');
  await appendAudit(ctx.db, { userId: ctx.user.id, action: 'case.screenshot_read', caseId: id, detail: { screenshotId } }, ctx.now);
  return { mime: shot.mime, data: ctx.cipher.decryptBytes(shot.data_enc) };
}
