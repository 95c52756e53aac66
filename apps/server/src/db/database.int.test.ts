import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUsers, createUser, findUserByEmail, listUsers } from '../accounts/users-repository.js';
import { seedDemoAccounts } from '../seed/seed-demo-accounts.js';
import { seedProvinces } from '../seed/seed-provinces.js';
import { KyselySessionStore } from '../sessions/kysely-session-store.js';
import { openTestDatabase, TEST_DIALECTS } from '../test-support/test-database.js';
import type { DatabaseHandle } from './database.js';
import { migrateToLatest } from './migrate.js';

describe.each(TEST_DIALECTS)('data layer on %s', (dialect) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase(dialect);
  });
  afterAll(async () => handle.close());

  it('reports its dialect', () => {
    expect(handle.dialect).toBe(dialect);
  });

  it('migrates once: a second run applies nothing', async () => {
    expect(await migrateToLatest(handle.db, { schema: handle.pgSchema })).toEqual([]);
  });

  it('seeds the 34 provinces idempotently, former names kept', async () => {
    await seedProvinces(handle.db);
    const rows = await handle.db.selectFrom('provinces').selectAll().execute();
    expect(rows).toHaveLength(34);
    const hcm = rows.find((r) => r.id === 'ho-chi-minh');
    expect(JSON.parse(hcm!.former_names)).toContain('Bình Dương');
  });

  it('creates users with unique, case-insensitive emails and argon2id hashes', async () => {
    await createUser(handle.db, { email: 'Teacher@Example.vn', displayName: 'Cô Lan', role: 'teacher', password: 'correct horse' });
    const found = await findUserByEmail(handle.db, 'teacher@example.VN');
    expect(found?.display_name).toBe('Cô Lan');
    expect(found?.password_hash).toMatch(/^\$argon2id\$/);
    await expect(
      createUser(handle.db, { email: 'teacher@example.vn', displayName: 'x', role: 'teacher', password: 'other pw' }),
    ).rejects.toThrow();
    const listed = await listUsers(handle.db);
    expect(listed[0]).not.toHaveProperty('password_hash');
  });

  it('creates demo accounts only on an empty user table', async () => {
    expect(await seedDemoAccounts(handle.db)).toEqual([]);
    await handle.db.deleteFrom('users').execute();
    const demo = await seedDemoAccounts(handle.db);
    expect(demo.map((d) => d.role)).toEqual(['student', 'parent', 'teacher', 'expert', 'organizer', 'admin']);
    expect(new Set(demo.map((d) => d.password)).size).toBe(6);
    expect(await countUsers(handle.db)).toBe(6);
  });

  it('stores, expires and destroys sessions', async () => {
    const store = new KyselySessionStore(handle.db);
    const call = <T>(fn: (cb: (err?: unknown, value?: T) => void) => void) =>
      new Promise<T | undefined>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));
    const future = new Date(Date.now() + 60_000).toISOString();
    const past = new Date(Date.now() - 60_000).toISOString();
    await call((cb) => store.set('live', { cookie: { expires: future }, userId: 'u1' } as never, cb));
    await call((cb) => store.set('live', { cookie: { expires: future }, userId: 'u2' } as never, cb));
    await call((cb) => store.set('old', { cookie: { expires: past } } as never, cb));
    expect(await call<{ userId: string }>((cb) => store.get('live', cb as never))).toMatchObject({ userId: 'u2' });
    expect(await call((cb) => store.get('old', cb as never))).toBeNull();
    expect(await store.prune()).toBe(1);
    await call((cb) => store.destroy('live', cb));
    expect(await call((cb) => store.get('live', cb as never))).toBeNull();
  });
});
