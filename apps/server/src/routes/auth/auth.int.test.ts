import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../accounts/users-repository.js';
import { createTestApp, sessionCookie, type TestApp } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';

describe.each(TEST_DIALECTS)('auth on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await createUser(t.database.db, { email: 'co.lan@school.vn', displayName: 'Cô Lan', role: 'teacher', password: 'right password' });
  });
  afterAll(async () => t.close());

  async function freshSession() {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/session' });
    return { cookie: sessionCookie(res), csrfToken: res.json<{ csrfToken: string }>().csrfToken };
  }

  function login(session: { cookie: string; csrfToken: string }, email: string, password: string) {
    return t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
      payload: { email, password },
    });
  }

  it('signs in with a server-side session in an HttpOnly SameSite cookie, then signs out', async () => {
    const res = await login(await freshSession(), 'CO.LAN@school.vn', 'right password');
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ email: 'co.lan@school.vn', role: 'teacher', displayName: 'Cô Lan' });
    const cookie = res.cookies.find((c) => c.name === 'kmm_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(cookie.secure).toBeFalsy();

    const me = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: sessionCookie(res) } });
    expect(me.json().user.email).toBe('co.lan@school.vn');

    const logout = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: sessionCookie(res), 'x-csrf-token': res.json().csrfToken },
    });
    expect(logout.statusCode).toBe(200);
    const after = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: sessionCookie(res) } });
    expect(after.json().user).toBeNull();
  });

  it('marks the cookie Secure when the request came over HTTPS through a trusted proxy', async () => {
    const proxied = await createTestApp(dialect, { trustProxy: true });
    try {
      const res = await proxied.app.inject({ method: 'GET', url: '/api/auth/session', headers: { 'x-forwarded-proto': 'https' } });
      expect(res.cookies.find((c) => c.name === 'kmm_session')?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('does not set the cookie again on answers that leave the session unchanged', async () => {
    // A request sent with the old cookie just before sign-in must not answer after it with
    // that cookie, or the browser would lose the new, signed-in session.
    const before = await freshSession();
    const signedIn = await login(before, 'co.lan@school.vn', 'right password');
    const late = await t.app.inject({ method: 'GET', url: '/api/provinces', headers: { cookie: before.cookie } });
    expect(late.headers['set-cookie']).toBeUndefined();
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: sessionCookie(signedIn) } });
    expect(me.json().user.email).toBe('co.lan@school.vn');
  });

  it('refuses a login without a CSRF token', async () => {
    const session = await freshSession();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: session.cookie },
      payload: { email: 'co.lan@school.vn', password: 'right password' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf');
  });

  it('does not reveal whether an email exists', async () => {
    const unknown = await login(await freshSession(), 'nobody@school.vn', 'whatever');
    const wrong = await login(await freshSession(), 'co.lan@school.vn', 'wrong');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('slows down repeated failures, then locks the account for a while and says so', async () => {
    await createUser(t.database.db, { email: 'victim@school.vn', displayName: 'V', role: 'student', password: 'the real one' });
    const session = await freshSession();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await login(session, 'victim@school.vn', `guess ${i}`)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);

    const locked = await login(session, 'victim@school.vn', 'the real one');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('account_locked');
    expect(locked.json().error.message).toMatch(/15 phút/);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);

    const row = await t.database.db.selectFrom('users').select(['failed_logins', 'locked_until']).where('email', '=', 'victim@school.vn').executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(5);
    expect(row.locked_until).not.toBeNull();
  }, 20_000);

  it('answers validation errors field by field, in English on request', async () => {
    const session = await freshSession();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'accept-language': 'en' },
      payload: { email: 'not-an-email' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.message).toMatch(/not valid/);
    expect(body.error.fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'password']);
  });
});
