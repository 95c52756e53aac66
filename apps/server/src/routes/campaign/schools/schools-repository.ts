import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { SchoolLevel, SchoolsTable } from '../campaign-tables.js';
import { likePattern } from '../list-query.js';
import { lastByKey, type UpsertCounts } from '../upsert-counts.js';
import type { School, SchoolInput } from './schools-schemas.js';

/** A school row as the API shows it. */
export function toSchool(row: Selectable<SchoolsTable>): School {
  return { id: row.id, code: row.code, name: row.name, level: row.level, provinceId: row.province_id, address: row.address };
}

/** Filters for {@link listSchools}; `provinceId` is also how a provincial scope applies. */
export interface SchoolFilter {
  provinceId?: string | undefined;
  level?: SchoolLevel | undefined;
  q?: string | undefined;
}

/** A page of schools by province and name. */
export async function listSchools(
  db: Kysely<Database>,
  filter: SchoolFilter,
  page: { limit: number; offset: number },
): Promise<{ items: School[]; total: number }> {
  const base = db
    .selectFrom('schools')
    .$if(filter.provinceId !== undefined, (q) => q.where('province_id', '=', filter.provinceId!))
    .$if(filter.level !== undefined, (q) => q.where('level', '=', filter.level!))
    .$if(Boolean(filter.q), (q) =>
      q.where((eb) => eb.or([eb('name', 'like', likePattern(filter.q!)), eb('code', '=', filter.q!)])),
    );
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('province_id').orderBy('name').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toSchool), total: Number(total.n) };
}

/** One school by id. */
export async function findSchool(db: Kysely<Database>, id: string): Promise<School | undefined> {
  const row = await db.selectFrom('schools').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSchool(row);
}

/** Inserts or updates schools by code (their natural key), in one statement per call. */
export async function upsertSchools(db: Kysely<Database>, input: readonly SchoolInput[]): Promise<UpsertCounts> {
  const rows = lastByKey(input, (s) => s.code);
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const existing = await db.selectFrom('schools').select('code').where('code', 'in', rows.map((r) => r.code)).execute();
  const now = new Date().toISOString();
  await db
    .insertInto('schools')
    .values(
      rows.map((s) => ({
        id: randomUUID(),
        code: s.code,
        name: s.name,
        level: s.level,
        province_id: s.provinceId,
        address: s.address ?? null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        level: eb.ref('excluded.level'),
        province_id: eb.ref('excluded.province_id'),
        address: eb.ref('excluded.address'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  const inserted = rows.length - existing.length;
  return { inserted, updated: input.length - inserted };
}
