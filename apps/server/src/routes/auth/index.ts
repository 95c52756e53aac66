import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyLogin } from '../../accounts/login-service.js';
import { ANY_ROLE } from '../../plugins/app/access-control.js';
import { loginBody, sessionResponse } from './auth-schemas.js';

/** Sign-in, sign-out and the current session (with the CSRF token the web app sends back). */
const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/session',
    { config: { access: 'public' }, schema: { response: { 200: sessionResponse } } },
    async (request, reply) => ({ user: request.user, csrfToken: reply.generateCsrf() }),
  );

  app.post(
    '/login',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: { body: loginBody, response: { 200: sessionResponse } },
    },
    async (request, reply) => {
      const userId = await verifyLogin(app.db, request.body.email, request.body.password);
      // A new session id on sign-in defeats session fixation. The old id stays behind as an
      // empty, anonymous session for a few minutes: a request the page sent with it just
      // before signing in then answers without touching the cookie, instead of clearing it
      // (which would sign the user out again).
      const previousId = request.session.sessionId;
      await request.session.regenerate();
      await new Promise<void>((resolve, reject) =>
        app.sessionStore.set(previousId, { cookie: { expires: new Date(Date.now() + 5 * 60_000) } } as never, (err) => (err ? reject(err) : resolve())),
      );
      request.session.set('userId', userId);
      const user = await app.db
        .selectFrom('users')
        .select(['id', 'email', 'display_name as displayName', 'role', 'province_id as provinceId'])
        .where('id', '=', userId)
        .executeTakeFirstOrThrow();
      return { user, csrfToken: reply.generateCsrf() };
    },
  );

  app.post(
    '/logout',
    { config: { access: ANY_ROLE }, schema: { response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (request) => {
      await request.session.destroy();
      return { ok: true as const };
    },
  );
};

export default authRoutes;
