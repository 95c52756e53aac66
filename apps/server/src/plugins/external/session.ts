import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifySession from '@fastify/session';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { KyselySessionStore } from '../../sessions/kysely-session-store.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Where sessions live (the `sessions` table). */
    sessionStore: KyselySessionStore;
  }
}

/** Session lifetime: a school day. */
const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * Server-side sessions in the database, in an HttpOnly SameSite=Lax cookie that is Secure
 * whenever the request came over HTTPS; CSRF tokens live in the session.
 */
export default fp(
  async function session(app: FastifyInstance, options: { secret: string }) {
    const store = new KyselySessionStore(app.db);
    app.decorate('sessionStore', store);
    await app.register(fastifyCookie);
    await app.register(fastifySession, {
      secret: options.secret,
      cookieName: 'kmm_session',
      store,
      saveUninitialized: false,
      // Not rolling: a response to a request sent just before sign-in would otherwise set
      // the old session's cookie again after the new one and sign the user out.
      rolling: false,
      cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/', maxAge: SESSION_TTL_MS },
    });
    await app.register(fastifyCsrf, { sessionPlugin: '@fastify/session' });
  },
  { name: 'session', dependencies: ['database'] },
);
