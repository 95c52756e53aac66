import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

/** A counsellor a case can be handed to: no email, no contact, just who they are. */
export interface Counsellor {
  id: string;
  displayName: string;
  /** Their scope; null when national. */
  provinceId: string | null;
}

/**
 * Counsellors who can take a case now: accounts with the `expert` role that are not locked.
 * Accounts have no other "disabled" state, and a locked one cannot sign in to see the case.
 */
function activeExperts(db: Kysely<Database>, now: Date) {
  return db
    .selectFrom('users')
    .select(['id', 'display_name', 'province_id'])
    .where('role', '=', 'expert')
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now.toISOString())]));
}

/** Every counsellor who can take a case, by name. */
export async function listCounsellors(db: Kysely<Database>, now: Date): Promise<Counsellor[]> {
  const rows = await activeExperts(db, now).orderBy('display_name').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, displayName: r.display_name, provinceId: r.province_id }));
}

/** Why a user cannot take a case, or null when they can. */
export async function cannotTakeCases(db: Kysely<Database>, userId: string, now: Date): Promise<'not_expert' | 'unavailable' | null> {
  const user = await db.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirst();
  if (user?.role !== 'expert') return 'not_expert';
  return (await activeExperts(db, now).where('id', '=', userId).executeTakeFirst()) ? null : 'unavailable';
}
