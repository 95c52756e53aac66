import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../app.js';
import { createUser } from '../accounts/users-repository.js';
import type { DatabaseHandle } from '../db/database.js';
import type { Role } from '../db/schema.js';
import { openTestDatabase, type TestDialect } from './test-database.js';

/** An app on a fresh test database, and helpers to act as a signed-in user. */
export interface TestApp {
  app: FastifyInstance;
  database: DatabaseHandle;
  /** Creates a user with this role and returns a signed-in session (cookie + CSRF token). */
  signIn(role: Role, options?: { provinceId?: string }): Promise<TestSession>;
  close(): Promise<void>;
}

export interface TestSession {
  cookie: string;
  csrfToken: string;
  email: string;
  userId: string;
}

/** The session cookie from a response, as a request `cookie` header. */
export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'kmm_session');
  if (!cookie) throw new Error('no session cookie in response');
  return `kmm_session=${cookie.value}`;
}

let counter = 0;

/** Builds the app on a fresh database of the given dialect. */
export async function createTestApp(dialect: TestDialect, options: Partial<AppOptions> = {}): Promise<TestApp> {
  const database = await openTestDatabase(dialect);
  const app = await buildApp({
    database,
    sessionSecret: 'test-secret-that-is-at-least-32-characters-long',
    dataKey: randomBytes(32),
    version: 'test',
    rateLimitPerMinute: 10_000,
    ...options,
  });
  await app.ready();

  async function signIn(role: Role, options: { provinceId?: string } = {}): Promise<TestSession> {
    counter += 1;
    const email = `${role}-${counter}@test.khongmotminh.vn`;
    const password = `pw-${role}-${counter}-long-enough`;
    const userId = await createUser(database.db, { email, password, role, displayName: role, provinceId: options.provinceId ?? null });
    const first = await app.inject({ method: 'GET', url: '/api/auth/session' });
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: sessionCookie(first), 'x-csrf-token': first.json<{ csrfToken: string }>().csrfToken },
      payload: { email, password },
    });
    if (login.statusCode !== 200) throw new Error(`sign-in failed: ${login.statusCode} ${login.body}`);
    return { cookie: sessionCookie(login), csrfToken: login.json<{ csrfToken: string }>().csrfToken, email, userId };
  }

  return {
    app,
    database,
    signIn,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}
