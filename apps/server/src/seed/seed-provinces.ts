import { PROVINCES } from '@kmm/content';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** Inserts or updates the 34 provincial units; safe to run on every start. */
export async function seedProvinces(db: Kysely<Database>): Promise<number> {
  await db.transaction().execute(async (trx) => {
    for (const p of PROVINCES) {
      const row = { name: p.name, name_ascii: p.nameAscii, kind: p.kind, former_names: JSON.stringify(p.formerNames) };
      await trx
        .insertInto('provinces')
        .values({ id: p.id, ...row })
        .onConflict((oc) => oc.column('id').doUpdateSet(row))
        .execute();
    }
  });
  return PROVINCES.length;
}
