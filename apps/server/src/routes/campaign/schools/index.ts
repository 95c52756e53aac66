import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.js';
import { assertInScope, CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { pageOf } from '../list-query.js';
import { findSchool, searchSchools, upsertSchools } from './schools-repository.js';
import { school, schoolBody, schoolRow, schoolsQuery } from './schools-schemas.js';

/**
 * Schools: staff and teachers list them (teachers pick theirs when requesting a training);
 * staff add or update them by code. Provincial users see their province only.
 */
const schoolsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    { config: { access: [...CAMPAIGN_STAFF, 'teacher', 'expert'] }, schema: { querystring: schoolsQuery, response: { 200: pageOf(schoolRow) } } },
    async (request) => {
      const user = requireUser(request.user);
      const { limit, offset, ...filter } = request.query;
      const scope = provinceScope(user);
      if (scope !== null && filter.provinceId !== undefined) assertInScope(user, filter.provinceId);
      return searchSchools(app.db, { ...filter, provinceId: scope ?? filter.provinceId }, { limit, offset });
    },
  );

  // Public and names only: the pledge form suggests schools while someone types.
  app.get(
    '/names',
    {
      config: { access: 'public', rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        querystring: z.object({ q: z.string().trim().min(2).max(100), provinceId: z.string().max(40).optional() }),
        response: { 200: z.object({ schools: z.array(z.object({ id: z.string(), name: z.string(), provinceId: z.string() })) }) },
      },
    },
    async (request, reply) => {
      const { q, provinceId } = request.query;
      // Typed on a phone, often without diacritics: "nguyen du" finds "THCS Nguyễn Du".
      const page = await searchSchools(app.db, { q, provinceId }, { limit: 10, offset: 0 });
      reply.header('Cache-Control', 'public, max-age=300');
      return { schools: page.items.map((s) => ({ id: s.id, name: s.name, provinceId: s.provinceId })) };
    },
  );

  app.get(
    '/:id',
    { config: { access: [...CAMPAIGN_STAFF, 'teacher', 'expert'] }, schema: { params: z.object({ id: z.string().max(80) }), response: { 200: school } } },
    async (request) => {
      const found = await findSchool(app.db, request.params.id);
      if (!found) throw new AppError(404, 'school_not_found');
      assertInScope(requireUser(request.user), found.provinceId);
      return found;
    },
  );

  app.post(
    '/',
    { config: { access: CAMPAIGN_STAFF }, schema: { body: schoolBody, response: { 200: z.object({ inserted: z.number(), updated: z.number() }) } } },
    async (request) => {
      assertInScope(requireUser(request.user), request.body.provinceId);
      const province = await app.db.selectFrom('provinces').select('id').where('id', '=', request.body.provinceId).executeTakeFirst();
      if (!province) throw new AppError(400, 'unknown_province');
      return upsertSchools(app.db, [request.body]);
    },
  );
};

export default schoolsRoutes;
