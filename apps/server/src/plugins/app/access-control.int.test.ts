import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { ROLES, type Role } from '../../db/schema.js';
import { createTestApp, type TestApp, type TestSession } from '../../test-support/test-app.js';
import { openTestDatabase } from '../../test-support/test-database.js';

describe('access control', () => {
  let t: TestApp;
  const sessions = new Map<Role, TestSession>();

  beforeAll(async () => {
    t = await createTestApp('sqlite');
    for (const role of ROLES) sessions.set(role, await t.signIn(role));
  });
  afterAll(async () => t.close());

  it('refuses to register an /api route that does not declare who may call it', async () => {
    const database = await openTestDatabase('sqlite');
    const app = await buildApp({ database, sessionSecret: 'x'.repeat(32), dataKey: randomBytes(32), version: 'test' });
    expect(() => app.get('/api/undeclared', async () => 'x')).toThrow(/must declare config.access/);
    await app.close();
    await database.close();
  });

  it('answers 401 to anonymous and 403 to every wrong role on every non-public route', async () => {
    const guarded = t.app.accessRules.filter((r) => r.access !== 'public');
    expect(guarded.length).toBeGreaterThan(0);
    for (const rule of guarded) {
      const url = rule.url.replace(/:(\w+)/g, 'x');
      const anonymous = await t.app.inject({ method: rule.method as 'GET', url });
      expect(anonymous.statusCode, `${rule.method} ${rule.url} anonymous`).toBe(401);
      for (const role of ROLES.filter((r) => !(rule.access as readonly Role[]).includes(r))) {
        const s = sessions.get(role)!;
        const res = await t.app.inject({
          method: rule.method as 'GET',
          url,
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
        });
        expect(res.statusCode, `${rule.method} ${rule.url} as ${role}`).toBe(403);
      }
    }
  });

  it('lets an admin list users and nobody else', async () => {
    for (const role of ROLES) {
      const s = sessions.get(role)!;
      const res = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: s.cookie } });
      expect(res.statusCode).toBe(role === 'admin' ? 200 : 403);
    }
    const admin = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie: sessions.get('admin')!.cookie } });
    expect(admin.body).not.toContain('argon2');
  });
});
