import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { upsertRows, type BulkColumn } from '../bulk-rows.js';
import type { SchoolLevel, SchoolsTable } from '../campaign-tables.js';
import { foldedContains, lowerContains } from '../folded-search.js';
import { lastByKey, type UpsertCounts } from '../upsert-counts.js';
import type { School, SchoolInput, SchoolRow } from './schools-schemas.js';

/** A school row as the API shows it. */
export function toSchool(row: Selectable<SchoolsTable>): School {
  return { id: row.id, code: row.code, name: row.name, level: row.level, provinceId: row.province_id, address: row.address };
}

/** Filters for {@link searchSchools}; `provinceId` is also how a provincial scope applies. */
export interface SchoolFilter {
  provinceId?: string | undefined;
  level?: SchoolLevel | undefined;
  q?: string | undefined;
}

/** One school by id. */
export async function findSchool(db: Kysely<Database>, id: string): Promise<School | undefined> {
  const row = await db.selectFrom('schools').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSchool(row);
}

const SCHOOL_COLUMNS: readonly BulkColumn[] = [
  { name: 'id', type: 'text' },
  { name: 'code', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'level', type: 'text' },
  { name: 'province_id', type: 'text' },
  { name: 'address', type: 'text' },
  { name: 'created_at', type: 'text' },
  { name: 'updated_at', type: 'text' },
];

/** Inserts or updates schools by code (their natural key), in one statement per call. */
export async function upsertSchools(db: Kysely<Database>, input: readonly SchoolInput[]): Promise<UpsertCounts> {
  const schools = lastByKey(input, (s) => s.code);
  const now = new Date().toISOString();
  const { existingIds } = await upsertRows(
    db,
    { table: 'schools', key: 'code', columns: SCHOOL_COLUMNS, update: ['name', 'level', 'province_id', 'address', 'updated_at'] },
    schools.map((s) => [randomUUID(), s.code, s.name, s.level, s.provinceId, s.address ?? null, now, now]),
  );
  const inserted = schools.length - existingIds.length;
  return { inserted, updated: input.length - inserted };
}

/**
 * A page of schools for the organisers' list: `q` finds part of the name without case or
 * diacritics ("nguyen du" → "THCS Nguyễn Du") or part of the code, and each school carries
 * how many trainings it has held.
 */
export async function searchSchools(
  db: Kysely<Database>,
  filter: SchoolFilter,
  page: { limit: number; offset: number },
): Promise<{ items: SchoolRow[]; total: number }> {
  const base = db
    .selectFrom('schools')
    .$if(filter.provinceId !== undefined, (q) => q.where('province_id', '=', filter.provinceId!))
    .$if(filter.level !== undefined, (q) => q.where('level', '=', filter.level!))
    .$if(Boolean(filter.q), (q) => q.where((eb) => eb.or([foldedContains('name', filter.q!), lowerContains('code', filter.q!)])));
  const [rows, total] = await Promise.all([
    base
      .selectAll('schools')
      .select((eb) =>
        eb
          .selectFrom('trainings')
          .select((sub) => sub.fn.countAll<number>().as('n'))
          .whereRef('trainings.school_id', '=', 'schools.id')
          .where('trainings.status', '=', 'held')
          .as('trainings_held'),
      )
      .orderBy('province_id')
      .orderBy('name')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => ({ ...toSchool(r), trainingsHeld: Number(r.trainings_held ?? 0) })), total: Number(total.n) };
}
