import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.js';
import { assertInScope, CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { pageOf } from '../list-query.js';
import { listExperts, upsertExperts } from './experts-repository.js';
import { expert, expertBody, expertsQuery } from './experts-schemas.js';

/** Expert profiles: staff list, add and update them; provincial organisers their province's. */
const expertsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', { config: { access: CAMPAIGN_STAFF }, schema: { querystring: expertsQuery, response: { 200: pageOf(expert) } } }, async (request) => {
    const user = requireUser(request.user);
    const { limit, offset, ...filter } = request.query;
    if (filter.provinceId !== undefined) assertInScope(user, filter.provinceId);
    return listExperts(app.db, { ...filter, provinceId: provinceScope(user) ?? filter.provinceId }, { limit, offset });
  });

  app.post(
    '/',
    { config: { access: CAMPAIGN_STAFF }, schema: { body: expertBody, response: { 200: z.object({ inserted: z.number(), updated: z.number() }) } } },
    async (request) => {
      assertInScope(requireUser(request.user), request.body.provinces[0]!);
      const known = await app.db.selectFrom('provinces').select('id').where('id', 'in', request.body.provinces).execute();
      if (known.length !== new Set(request.body.provinces).size) throw new AppError(400, 'unknown_province');
      return upsertExperts(app.db, [request.body]);
    },
  );
};

export default expertsRoutes;
