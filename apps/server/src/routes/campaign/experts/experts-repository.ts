import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ExpertProfilesTable } from '../campaign-tables.js';
import { likePattern } from '../list-query.js';
import { lastByKey, type UpsertCounts } from '../upsert-counts.js';
import { expertKey } from './expert-key.js';
import type { Expert, ExpertInput } from './experts-schemas.js';

/** An expert row as the API shows it. */
export function toExpert(row: Selectable<ExpertProfilesTable>): Expert {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    provinces: JSON.parse(row.provinces) as string[],
    topics: JSON.parse(row.topics) as string[],
    availability: row.availability,
    userId: row.user_id,
  };
}

/** A page of experts; `provinceId` keeps those who work in that province. */
export async function listExperts(
  db: Kysely<Database>,
  filter: { provinceId?: string | undefined; q?: string | undefined },
  page: { limit: number; offset: number },
): Promise<{ items: Expert[]; total: number }> {
  const base = db
    .selectFrom('expert_profiles')
    // Provinces are a short JSON array of ids; a quoted LIKE match is exact on ids.
    .$if(filter.provinceId !== undefined, (q) => q.where('provinces', 'like', likePattern(`"${filter.provinceId!}"`)))
    .$if(Boolean(filter.q), (q) => q.where('name', 'like', likePattern(filter.q!)));
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toExpert), total: Number(total.n) };
}

/** Inserts or updates experts by their natural key (e-mail, or name + home province). */
export async function upsertExperts(db: Kysely<Database>, input: readonly ExpertInput[]): Promise<UpsertCounts> {
  const rows = lastByKey(input, expertKey);
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const keys = rows.map(expertKey);
  const existing = await db.selectFrom('expert_profiles').select('natural_key').where('natural_key', 'in', keys).execute();
  const now = new Date().toISOString();
  await db
    .insertInto('expert_profiles')
    .values(
      rows.map((e, i) => ({
        id: randomUUID(),
        natural_key: keys[i]!,
        user_id: e.userId ?? null,
        name: e.name,
        email: e.email ? e.email.toLowerCase() : null,
        province_id: e.provinces[0]!,
        provinces: JSON.stringify(e.provinces),
        topics: JSON.stringify(e.topics ?? []),
        availability: e.availability ?? null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.column('natural_key').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        province_id: eb.ref('excluded.province_id'),
        provinces: eb.ref('excluded.provinces'),
        topics: eb.ref('excluded.topics'),
        availability: eb.ref('excluded.availability'),
        user_id: eb.fn.coalesce('excluded.user_id', 'expert_profiles.user_id'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  const inserted = rows.length - existing.length;
  return { inserted, updated: input.length - inserted };
}

/** The expert profile linked to an account, if any. */
export async function expertIdOfUser(db: Kysely<Database>, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('expert_profiles').select('id').where('user_id', '=', userId).executeTakeFirst();
  return row?.id;
}
