import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CurrentUser } from '../../plugins/app/access-control.js';

/** Counts of cases, never their contents. */
export interface CaseStats {
  total: number;
  byScheme: { scheme: string; count: number }[];
  byProvince: { provinceId: string | null; count: number }[];
  byWeek: { week: string; count: number }[];
  byUrgency: { urgency: string; count: number }[];
}

/**
 * Aggregate counts for the campaign: by scheme (a case may count under several), province,
 * ISO week and urgency. An organiser scoped to a province sees that province only.
 * Purged cases still count: retention keeps exactly these columns.
 */
export async function caseStats(db: Kysely<Database>, user: CurrentUser): Promise<CaseStats> {
  const province = user.role === 'organizer' ? user.provinceId : null;
  const cases = () => {
    const query = db.selectFrom('cases');
    return province ? query.where('province_id', '=', province) : query;
  };
  const [total, byScheme, byProvince, byWeek, byUrgency] = await Promise.all([
    cases().select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    cases()
      .innerJoin('case_schemes', 'case_schemes.case_id', 'cases.id')
      .select(['case_schemes.scheme', (eb) => eb.fn.countAll<number>().as('count')])
      .groupBy('case_schemes.scheme')
      .orderBy('count', 'desc')
      .orderBy('case_schemes.scheme')
      .execute(),
    cases().select(['province_id', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('province_id').orderBy('count', 'desc').orderBy('province_id').execute(),
    cases().select(['week', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('week').orderBy('week').execute(),
    cases().select(['urgency', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('urgency').orderBy('urgency').execute(),
  ]);
  return {
    total: Number(total.count),
    byScheme: byScheme.map((r) => ({ scheme: r.scheme, count: Number(r.count) })),
    byProvince: byProvince.map((r) => ({ provinceId: r.province_id, count: Number(r.count) })),
    byWeek: byWeek.map((r) => ({ week: r.week, count: Number(r.count) })),
    byUrgency: byUrgency.map((r) => ({ urgency: r.urgency, count: Number(r.count) })),
  };
}
