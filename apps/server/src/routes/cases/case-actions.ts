import { appendAudit } from '../../audit/audit-log.js';
import { timeOrderedId } from '../../db/time-ordered-id.js';
import { AppError } from '../../errors/app-error.js';
import { proposeIndicator, type IndicatorView } from '../indicators/indicators-service.js';
import { loadVisibleCase, type CaseContext, type CaseRow } from './case-context.js';
import { schemesOf, toSummary, type CaseSummary } from './case-summary.js';
import type { CaseStatus, ReferralTarget } from './case-vocabulary.js';
import { canTransition } from './case-workflow.js';
import { cannotTakeCases } from './counsellors.js';
import type { CaseEventsTable } from './cases-tables.js';

/**
 * Counsellor actions on a case. Each one checks that the actor may see the case, counts as
 * the first response when none came before (for the response-time target), adds to the
 * timeline and appends to the audit log.
 */

async function recordEvent(ctx: CaseContext, row: CaseRow, kind: CaseEventsTable['kind'], detail: Record<string, unknown>): Promise<void> {
  const at = ctx.now.toISOString();
  await ctx.db
    .insertInto('case_events')
    .values({ id: timeOrderedId(ctx.now.getTime()), case_id: row.id, at, user_id: ctx.user.id, kind, detail: JSON.stringify(detail) })
    .execute();
  await ctx.db
    .updateTable('cases')
    .set({ updated_at: at, first_response_at: row.first_response_at ?? at })
    .where('id', '=', row.id)
    .execute();
}

async function summaryOf(ctx: CaseContext, id: string): Promise<CaseSummary> {
  const row = await ctx.db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return toSummary(row, (await schemesOf(ctx.db, [id])).get(id) ?? [], ctx.now);
}

/** Takes an unassigned case; taking one's own case again changes nothing. */
export async function claimCase(ctx: CaseContext, id: string): Promise<CaseSummary> {
  const row = await loadVisibleCase(ctx, id);
  if (row.assigned_to !== ctx.user.id) {
    // Conditional on still being unassigned, so two counsellors claiming at once cannot both win.
    const result = await ctx.db
      .updateTable('cases')
      .set({ assigned_to: ctx.user.id })
      .where('id', '=', id)
      .where('assigned_to', 'is', null)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) throw new AppError(409, 'case_already_assigned');
    await recordEvent(ctx, row, 'claimed', {});
    await appendAudit(ctx.db, { userId: ctx.user.id, action: 'case.claim', caseId: id }, ctx.now);
  }
  return summaryOf(ctx, id);
}

/**
 * Hands a case to a counsellor who can take it now (who then sees it whatever their
 * province). Admins may hand any case; a counsellor the cases they may see, that is their
 * own and the unassigned ones of their scope, so a colleague's case cannot be taken away.
 */
export async function assignCase(ctx: CaseContext, id: string, expertId: string): Promise<CaseSummary> {
  const row = await loadVisibleCase(ctx, id);
  const refusal = await cannotTakeCases(ctx.db, expertId, ctx.now);
  if (refusal === 'not_expert') throw new AppError(400, 'unknown_expert');
  if (refusal === 'unavailable') throw new AppError(422, 'expert_unavailable');
  // Conditional on the holder read above, so a claim or hand-over made meanwhile is not overwritten.
  const result = await ctx.db
    .updateTable('cases')
    .set({ assigned_to: expertId })
    .where('id', '=', id)
    .where((eb) => (row.assigned_to === null ? eb('assigned_to', 'is', null) : eb('assigned_to', '=', row.assigned_to)))
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError(409, 'case_already_assigned');
  await recordEvent(ctx, row, 'assigned', { from: row.assigned_to, to: expertId });
  await appendAudit(ctx.db, { userId: ctx.user.id, action: 'case.assign', caseId: id, detail: { from: row.assigned_to, to: expertId } }, ctx.now);
  return summaryOf(ctx, id);
}

/** Moves a case along its workflow; a move the workflow does not allow answers 409. */
export async function changeStatus(ctx: CaseContext, id: string, to: CaseStatus): Promise<CaseSummary> {
  const row = await loadVisibleCase(ctx, id);
  const from = row.status;
  if (!canTransition(from, to)) throw new AppError(409, 'invalid_transition', { from, to });
  const result = await ctx.db
    .updateTable('cases')
    .set({ status: to, closed_at: to === 'closed' ? ctx.now.toISOString() : null })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError(409, 'invalid_transition', { from, to });
  await recordEvent(ctx, row, 'status', { from, to });
  await appendAudit(ctx.db, { userId: ctx.user.id, action: 'case.status', caseId: id, detail: { from, to } }, ctx.now);
  return summaryOf(ctx, id);
}

/** Writes an internal note (colleagues only) or a reply (shown to the reporter), encrypted. */
export async function addCounsellorMessage(ctx: CaseContext, id: string, kind: 'note' | 'reply', text: string): Promise<{ id: string; at: string }> {
  const row = await loadVisibleCase(ctx, id);
  const message = { id: timeOrderedId(ctx.now.getTime()), at: ctx.now.toISOString() };
  await ctx.db
    .insertInto('case_messages')
    .values({ ...message, case_id: id, kind, user_id: ctx.user.id, body_enc: ctx.cipher.encrypt(text) })
    .execute();
  await ctx.db
    .updateTable('cases')
    .set({ updated_at: message.at, first_response_at: row.first_response_at ?? message.at })
    .where('id', '=', id)
    .execute();
  await appendAudit(ctx.db, { userId: ctx.user.id, action: kind === 'note' ? 'case.note' : 'case.reply', caseId: id, detail: { messageId: message.id } }, ctx.now);
  return message;
}

/** A referral request as the counsellor sends it. */
export interface ReferralRequest {
  to: ReferralTarget;
  /** The reporter agreed to this referral (recorded on the case). */
  consent: boolean;
  /** Referring without consent because someone is in danger now; the reason is audited. */
  emergencyOverride?: { reason: string } | undefined;
}

/**
 * Refers a case to 113, 111, the school, health services or a platform. It needs the
 * reporter's consent (given with their contact details, or recorded now) or an emergency
 * override whose reason goes, encrypted, into the audit log.
 */
export async function referCase(ctx: CaseContext, id: string, request: ReferralRequest): Promise<{ to: ReferralTarget; basis: 'consent' | 'emergency_override'; at: string }> {
  const row = await loadVisibleCase(ctx, id);
  const consented = request.consent || row.contact_consent === 1 || row.referral_consent === 1;
  if (!consented && !request.emergencyOverride) throw new AppError(409, 'referral_needs_consent');
  if (request.consent && row.referral_consent === 0) {
    await ctx.db.updateTable('cases').set({ referral_consent: 1 }).where('id', '=', id).execute();
  }
  const basis = consented ? 'consent' : 'emergency_override';
  await recordEvent(ctx, row, 'referral', { to: request.to, basis });
  await appendAudit(
    ctx.db,
    {
      userId: ctx.user.id,
      action: 'case.referral',
      caseId: id,
      detail: { to: request.to, basis, ...(basis === 'emergency_override' ? { reason: ctx.cipher.encrypt(request.emergencyOverride!.reason) } : {}) },
    },
    ctx.now,
  );
  return { to: request.to, basis, at: ctx.now.toISOString() };
}

/** Proposes an indicator (phone, domain, phrase, image hash) found in a case the counsellor may see. */
export async function proposeFromCase(ctx: CaseContext, id: string, input: Parameters<typeof proposeIndicator>[3]): Promise<IndicatorView> {
  await loadVisibleCase(ctx, id);
  return proposeIndicator(ctx.db, ctx.user, id, input, ctx.now);
}
