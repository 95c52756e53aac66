import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { CampaignWindow } from './campaign-window.js';

/**
 * A province's schools with what they held in the window, most active first: the step
 * between the province table and one school's trainings.
 */
export async function provinceSchools(
  db: Kysely<Database>,
  window: CampaignWindow,
  provinceId: string,
  page: { limit: number; offset: number },
) {
  const [rows, total] = await Promise.all([
    db
      .selectFrom('schools as s')
      .leftJoin('trainings as t', (join) =>
        join
          .onRef('t.school_id', '=', 's.id')
          .on('t.status', '=', 'held')
          .on('t.start_at', '>=', window.from)
          .on('t.start_at', '<', window.until),
      )
      .select((eb) => [
        's.id',
        's.code',
        's.name',
        's.level',
        eb.fn.count('t.id').as('trainingsHeld'),
        eb.fn.sum(eb(eb(eb.ref('t.students'), '+', eb.ref('t.teachers')), '+', eb.ref('t.parents'))).as('participants'),
        eb.fn.max('t.start_at').as('lastTrainingAt'),
      ])
      .where('s.province_id', '=', provinceId)
      .groupBy(['s.id', 's.code', 's.name', 's.level'])
      .orderBy('trainingsHeld', 'desc')
      .orderBy('s.name')
      .orderBy('s.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    db.selectFrom('schools').select((eb) => eb.fn.countAll().as('n')).where('province_id', '=', provinceId).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      level: r.level,
      trainingsHeld: Number(r.trainingsHeld),
      participants: Number(r.participants ?? 0),
      lastTrainingAt: r.lastTrainingAt ?? null,
    })),
    total: Number(total.n),
  };
}
