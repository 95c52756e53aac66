import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../../errors/app-error.js';
import { pledgeBody, pledgeCounts as pledgeCountsSchema, pledgeCreated } from './pledges-schemas.js';
import { insertPledge, pledgeCounts } from './pledges-repository.js';

/** The pledge "Không một mình – Cùng nhau an toàn trực tuyến" and its public counter. */
const pledgesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/',
    {
      // A whole class may pledge from one school connection, hence a generous per-IP limit.
      config: { access: 'public', csrf: false, rateLimit: { max: 120, timeWindow: '1 hour' } },
      bodyLimit: 4 * 1024,
      schema: {
        body: pledgeBody,
        response: { 201: pledgeCreated },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const province = await app.db.selectFrom('provinces').select('id').where('id', '=', body.provinceId).executeTakeFirst();
      if (!province) throw new AppError(400, 'unknown_province');
      if (!(await insertPledge(app.db, body))) throw new AppError(409, 'already_pledged');
      const counts = await pledgeCounts(app.db);
      const count = counts.byProvince.find((p) => p.provinceId === body.provinceId)?.count ?? 0;
      return reply.status(201).send({ total: counts.total, province: { id: body.provinceId, count } });
    },
  );

  app.get(
    '/counts',
    { config: { access: 'public' }, schema: { response: { 200: pledgeCountsSchema } } },
    async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=30');
      return pledgeCounts(app.db);
    },
  );
};

export default pledgesRoutes;
