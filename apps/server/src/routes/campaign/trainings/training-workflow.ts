import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DialectName } from '../../../db/database.js';
import type { Database } from '../../../db/schema.js';
import { AppError } from '../../../errors/app-error.js';
import type { TrainingFormat, TrainingStatus } from '../campaign-tables.js';

/** Statuses in which a training holds its experts' time. */
const BOOKED: readonly TrainingStatus[] = ['planned', 'held'];

const STATUS_NAMES: Record<TrainingStatus, string> = {
  requested: 'đã đề nghị',
  planned: 'đã lên lịch',
  held: 'đã tổ chức',
  cancelled: 'đã hủy',
};

/** "14/03/2026 08:00", Vietnam time, for messages people read. */
function localTime(iso: string): string {
  return new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

function wrongStatus(status: TrainingStatus): AppError {
  return new AppError(409, 'training_status', { status: STATUS_NAMES[status] });
}

/** A school's request for a session: status `requested`, no experts yet. */
export async function requestTraining(
  db: Kysely<Database>,
  input: { schoolId: string; format: TrainingFormat; startAt: string; endAt: string; note?: string | null | undefined; requestedBy: string },
): Promise<string> {
  const id = randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('trainings')
    .values({
      id,
      school_id: input.schoolId,
      format: input.format,
      start_at: input.startAt,
      end_at: input.endAt,
      status: 'requested',
      note: input.note ?? null,
      requested_by: input.requestedBy,
      feedback_score: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/**
 * Plans a requested (or re-plans a planned) training with its experts. No expert may hold two
 * overlapping sessions: the check and the write happen in one transaction, and on PostgreSQL
 * the experts' rows are locked first so two organisers cannot book the same hour at once
 * (SQLite already runs write transactions one at a time).
 */
export async function approveTraining(
  db: Kysely<Database>,
  dialect: DialectName,
  id: string,
  plan: { expertIds: string[]; startAt: string; endAt: string },
): Promise<void> {
  const expertIds = [...new Set(plan.expertIds)].sort();
  await db.transaction().execute(async (trx) => {
    const experts = await trx
      .selectFrom('expert_profiles')
      .select(['id', 'name'])
      .where('id', 'in', expertIds)
      .orderBy('id')
      .$if(dialect === 'postgres', (q) => q.forUpdate())
      .execute();
    if (experts.length !== expertIds.length) throw new AppError(404, 'expert_not_found');
    const current = await trx.selectFrom('trainings').select('status').where('id', '=', id).executeTakeFirst();
    if (!current) throw new AppError(404, 'training_not_found');
    if (current.status !== 'requested' && current.status !== 'planned') throw wrongStatus(current.status);

    const clash = await trx
      .selectFrom('training_experts as te')
      .innerJoin('trainings as t', 't.id', 'te.training_id')
      .innerJoin('expert_profiles as e', 'e.id', 'te.expert_id')
      .select(['e.name', 't.start_at', 't.end_at'])
      .where('te.expert_id', 'in', expertIds)
      .where('t.id', '!=', id)
      .where('t.status', 'in', BOOKED)
      .where('t.start_at', '<', plan.endAt)
      .where('t.end_at', '>', plan.startAt)
      .orderBy('t.start_at')
      .executeTakeFirst();
    if (clash) {
      throw new AppError(409, 'expert_double_booked', { name: clash.name, start: localTime(clash.start_at), end: localTime(clash.end_at) });
    }

    await trx
      .updateTable('trainings')
      .set({ status: 'planned', start_at: plan.startAt, end_at: plan.endAt, updated_at: new Date().toISOString() })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('training_experts').where('training_id', '=', id).execute();
    await trx
      .insertInto('training_experts')
      .values(expertIds.map((expertId) => ({ training_id: id, expert_id: expertId })))
      .execute();
  });
}

/**
 * Records attendance and feedback after the session (status `held`). `byExpertId` set, the
 * caller must be one of the training's experts; staff pass undefined. Corrections of a held
 * training are allowed.
 */
export async function reportTraining(
  db: Kysely<Database>,
  id: string,
  report: { students: number; teachers: number; parents: number; feedbackScore: number },
  byExpertId: string | null | undefined,
): Promise<void> {
  const current = await db.selectFrom('trainings').select(['status']).where('id', '=', id).executeTakeFirst();
  if (!current) throw new AppError(404, 'training_not_found');
  if (byExpertId !== undefined) {
    const assigned =
      byExpertId !== null &&
      (await db.selectFrom('training_experts').select('expert_id').where('training_id', '=', id).where('expert_id', '=', byExpertId).executeTakeFirst());
    if (!assigned) throw new AppError(403, 'training_not_assigned');
  }
  if (current.status !== 'planned' && current.status !== 'held') throw wrongStatus(current.status);
  await db
    .updateTable('trainings')
    .set({
      status: 'held',
      students: report.students,
      teachers: report.teachers,
      parents: report.parents,
      feedback_score: report.feedbackScore,
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Cancels a training that has not been held; its experts' time is freed. */
export async function cancelTraining(db: Kysely<Database>, id: string): Promise<void> {
  const current = await db.selectFrom('trainings').select('status').where('id', '=', id).executeTakeFirst();
  if (!current) throw new AppError(404, 'training_not_found');
  if (current.status === 'held' || current.status === 'cancelled') throw wrongStatus(current.status);
  await db.updateTable('trainings').set({ status: 'cancelled', updated_at: new Date().toISOString() }).where('id', '=', id).execute();
}
