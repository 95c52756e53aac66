import { sql } from 'kysely';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const healthResponse = z.object({ ok: z.boolean(), db: z.enum(['sqlite', 'postgres']), version: z.string() });

/** Liveness and database reachability for load balancers and CI. */
const healthRoutes = (version: string): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/',
      { config: { access: 'public', rateLimit: false }, schema: { response: { 200: healthResponse, 503: healthResponse } } },
      async (_request, reply) => {
        const ok = await sql`select 1 as one`.execute(app.db).then(
          () => true,
          () => false,
        );
        return reply.status(ok ? 200 : 503).send({ ok, db: app.dbDialect, version });
      },
    );
  };

export default healthRoutes;
