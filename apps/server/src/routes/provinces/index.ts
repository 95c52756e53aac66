import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { province } from './provinces-schemas.js';

/** The 34 provincial units, for pickers and the dashboard. */
const provincesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    { config: { access: 'public' }, schema: { response: { 200: z.object({ provinces: z.array(province) }) } } },
    async (_request, reply) => {
      const rows = await app.db.selectFrom('provinces').selectAll().orderBy('name_ascii').execute();
      reply.header('Cache-Control', 'public, max-age=3600');
      return {
        provinces: rows.map((r) => ({
          id: r.id,
          name: r.name,
          nameAscii: r.name_ascii,
          kind: r.kind,
          formerNames: JSON.parse(r.former_names) as string[],
        })),
      };
    },
  );
};

export default provincesRoutes;
