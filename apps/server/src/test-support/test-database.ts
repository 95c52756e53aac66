import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import { seedProvinces } from '../seed/seed-provinces.js';

/** The engines every query module is tested on. */
export const TEST_DIALECTS = ['sqlite', 'postgres'] as const;
export type TestDialect = (typeof TEST_DIALECTS)[number];

/** PostgreSQL server used by the tests when it answers; PGlite stands in otherwise. */
const TEST_PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let pgAvailable: Promise<boolean> | undefined;

/** Whether the test PostgreSQL server answers (asked once per test file). */
export function postgresServerAvailable(): Promise<boolean> {
  pgAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 1500 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return pgAvailable;
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database with the provinces seeded: in-memory SQLite, or PostgreSQL
 * in a schema of its own (dropped on close), or an in-memory PGlite when no server answers.
 */
export async function openTestDatabase(dialect: TestDialect): Promise<DatabaseHandle> {
  let handle: DatabaseHandle;
  if (dialect === 'sqlite') {
    handle = openDatabase(':memory:');
  } else if (await postgresServerAvailable()) {
    const schema = `kmm_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    const inner = openDatabase(TEST_PG_URL, { pgSchema: schema, poolSize: 4 });
    handle = {
      ...inner,
      close: async () => {
        await inner.close();
        await adminQuery(`drop schema ${schema} cascade`);
      },
    };
  } else {
    const db = new Kysely<Database>({ dialect: new PGliteDialect(new PGlite()) });
    handle = { db, dialect: 'postgres', close: () => db.destroy() };
  }
  await migrateToLatest(handle.db, { schema: handle.pgSchema });
  await seedProvinces(handle.db);
  return handle;
}
