import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.js';
import { assertInScope, CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { pageOf } from '../list-query.js';
import { expertTopics, searchExperts, upsertExperts } from './experts-repository.js';
import { expert, expertBody, expertsQuery, topicCounts, topicsQuery } from './experts-schemas.js';

/** Expert profiles: staff list, add and update them; provincial organisers their province's. */
const expertsRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The province a request may see: the user's own, or the one asked for by a national user. */
  function scopedProvince(user: ReturnType<typeof requireUser>, provinceId: string | undefined): string | undefined {
    if (provinceId !== undefined) assertInScope(user, provinceId);
    return provinceScope(user) ?? provinceId;
  }

  app.get('/', { config: { access: CAMPAIGN_STAFF }, schema: { querystring: expertsQuery, response: { 200: pageOf(expert) } } }, async (request) => {
    const { limit, offset, ...filter } = request.query;
    return searchExperts(app.db, { ...filter, provinceId: scopedProvince(requireUser(request.user), filter.provinceId) }, { limit, offset });
  });

  app.get('/topics', { config: { access: CAMPAIGN_STAFF }, schema: { querystring: topicsQuery, response: { 200: topicCounts } } }, async (request) => ({
    topics: await expertTopics(app.db, scopedProvince(requireUser(request.user), request.query.provinceId)),
  }));

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
