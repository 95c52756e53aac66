import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { ExpertProfilesTable } from '../campaign-tables.js';
import { foldedContains, jsonArrayHas, lowerContains } from '../folded-search.js';
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

/** Filters for {@link searchExperts}; `provinceId` is also how a provincial scope applies. */
export interface ExpertFilter {
  provinceId?: string | undefined;
  /** One topic, exactly as listed by {@link expertTopics}. */
  topic?: string | undefined;
  /** Part of the name (without case or diacritics) or of the e-mail. */
  q?: string | undefined;
}

/** A page of experts for the organisers' list, by name. */
export async function searchExperts(
  db: Kysely<Database>,
  filter: ExpertFilter,
  page: { limit: number; offset: number },
): Promise<{ items: Expert[]; total: number }> {
  const base = db
    .selectFrom('expert_profiles')
    .$if(filter.provinceId !== undefined, (q) => q.where(jsonArrayHas('provinces', filter.provinceId!)))
    .$if(Boolean(filter.topic), (q) => q.where(jsonArrayHas('topics', filter.topic!)))
    .$if(Boolean(filter.q), (q) => q.where((eb) => eb.or([foldedContains('name', filter.q!), lowerContains('email', filter.q!)])));
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toExpert), total: Number(total.n) };
}

/**
 * Every topic the experts (of a province, when given) cover, with how many experts cover it,
 * most covered first: the choices of the topic filter. Experts number in the hundreds, so the
 * JSON arrays are read and counted here rather than with each engine's JSON functions.
 */
export async function expertTopics(db: Kysely<Database>, provinceId: string | undefined): Promise<{ topic: string; experts: number }[]> {
  const rows = await db
    .selectFrom('expert_profiles')
    .select('topics')
    .$if(provinceId !== undefined, (q) => q.where(jsonArrayHas('provinces', provinceId!)))
    .execute();
  const counts = new Map<string, number>();
  for (const row of rows) for (const topic of new Set(JSON.parse(row.topics) as string[])) counts.set(topic, (counts.get(topic) ?? 0) + 1);
  return [...counts]
    .map(([topic, experts]) => ({ topic, experts }))
    .sort((a, b) => b.experts - a.experts || a.topic.localeCompare(b.topic, 'vi'));
}
