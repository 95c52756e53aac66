import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { TrainingStatus } from '../campaign-tables.js';
import type { Training } from './trainings-schemas.js';

/** Filters for {@link listTrainings}; the role-based ones narrow what a user may see. */
export interface TrainingFilter {
  provinceId?: string | null | undefined;
  schoolId?: string | undefined;
  status?: TrainingStatus | undefined;
  /** Only trainings this user requested (teachers). */
  requestedBy?: string | undefined;
  /** Only trainings this expert profile is assigned to (experts). */
  expertId?: string | undefined;
}

function filtered(db: Kysely<Database>, filter: TrainingFilter) {
  return db
    .selectFrom('trainings as t')
    .innerJoin('schools as s', 's.id', 't.school_id')
    .$if(Boolean(filter.provinceId), (q) => q.where('s.province_id', '=', filter.provinceId!))
    .$if(filter.schoolId !== undefined, (q) => q.where('t.school_id', '=', filter.schoolId!))
    .$if(filter.status !== undefined, (q) => q.where('t.status', '=', filter.status!))
    .$if(filter.requestedBy !== undefined, (q) => q.where('t.requested_by', '=', filter.requestedBy!))
    .$if(filter.expertId !== undefined, (q) =>
      q.where('t.id', 'in', (eb) => eb.selectFrom('training_experts').select('training_id').where('expert_id', '=', filter.expertId!)),
    );
}

async function withExperts(db: Kysely<Database>, rows: Omit<Training, 'expertIds'>[]): Promise<Training[]> {
  if (rows.length === 0) return [];
  const links = await db
    .selectFrom('training_experts')
    .select(['training_id', 'expert_id'])
    .where('training_id', 'in', rows.map((r) => r.id))
    .orderBy('expert_id')
    .execute();
  return rows.map((r) => ({ ...r, expertIds: links.filter((l) => l.training_id === r.id).map((l) => l.expert_id) }));
}

const COLUMNS = [
  't.id',
  't.school_id as schoolId',
  's.name as schoolName',
  's.province_id as provinceId',
  't.format',
  't.start_at as startAt',
  't.end_at as endAt',
  't.status',
  't.students',
  't.teachers',
  't.parents',
  't.feedback_score as feedbackScore',
  't.note',
] as const;

/** A page of trainings, the latest first, with their experts. */
export async function listTrainings(
  db: Kysely<Database>,
  filter: TrainingFilter,
  page: { limit: number; offset: number },
): Promise<{ items: Training[]; total: number }> {
  const [rows, total] = await Promise.all([
    filtered(db, filter).select(COLUMNS).orderBy('t.start_at', 'desc').orderBy('t.id').limit(page.limit).offset(page.offset).execute(),
    filtered(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await withExperts(db, rows), total: Number(total.n) };
}

/** One training with its school's province and its experts. */
export async function findTraining(db: Kysely<Database>, id: string): Promise<Training | undefined> {
  const row = await filtered(db, {}).select(COLUMNS).where('t.id', '=', id).executeTakeFirst();
  return row && (await withExperts(db, [row]))[0];
}
