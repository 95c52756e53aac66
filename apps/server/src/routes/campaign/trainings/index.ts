import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CurrentUser } from '../../../plugins/app/access-control.js';
import { AppError } from '../../../errors/app-error.js';
import { assertInScope, CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { expertIdOfUser } from '../experts/experts-repository.js';
import { pageOf } from '../list-query.js';
import { findSchool } from '../schools/schools-repository.js';
import { approveTraining, cancelTraining, reportTraining, requestTraining } from './training-workflow.js';
import { findTraining, listTrainings } from './trainings-repository.js';
import {
  training,
  trainingApproveBody,
  trainingReportBody,
  trainingRequestBody,
  trainingsQuery,
  type Training,
} from './trainings-schemas.js';

const idParams = z.object({ id: z.string().max(80) });

/**
 * Trainings, from request to report: a teacher (or staff) requests one for a school, a
 * provincial organiser plans it with experts (no double booking), the expert records
 * attendance and feedback. Each role sees only its own part: teachers their requests,
 * experts their sessions, organisers their province.
 */
const trainingsRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The training, if this user may see it; 404 otherwise, so ids of others are not confirmed. */
  async function visibleTraining(user: CurrentUser, id: string): Promise<Training> {
    const found = await findTraining(app.db, id);
    if (!found) throw new AppError(404, 'training_not_found');
    if (user.role === 'teacher' || user.role === 'expert') {
      const expertId = user.role === 'expert' ? await expertIdOfUser(app.db, user.id) : undefined;
      const requester = await app.db.selectFrom('trainings').select('requested_by').where('id', '=', id).executeTakeFirstOrThrow();
      const own = user.role === 'teacher' ? requester.requested_by === user.id : expertId !== undefined && found.expertIds.includes(expertId);
      if (!own) throw new AppError(404, 'training_not_found');
    } else {
      assertInScope(user, found.provinceId);
    }
    return found;
  }

  app.post(
    '/',
    { config: { access: ['teacher', ...CAMPAIGN_STAFF] }, schema: { body: trainingRequestBody, response: { 201: training } } },
    async (request, reply) => {
      const user = requireUser(request.user);
      const school = await findSchool(app.db, request.body.schoolId);
      if (!school) throw new AppError(404, 'school_not_found');
      assertInScope(user, school.provinceId);
      const id = await requestTraining(app.db, { ...request.body, requestedBy: user.id });
      return reply.status(201).send((await findTraining(app.db, id))!);
    },
  );

  app.get(
    '/',
    { config: { access: ['teacher', 'expert', ...CAMPAIGN_STAFF] }, schema: { querystring: trainingsQuery, response: { 200: pageOf(training) } } },
    async (request) => {
      const user = requireUser(request.user);
      const { limit, offset, ...filter } = request.query;
      if (user.role === 'teacher') return listTrainings(app.db, { ...filter, requestedBy: user.id }, { limit, offset });
      if (user.role === 'expert') {
        const expertId = await expertIdOfUser(app.db, user.id);
        return expertId ? listTrainings(app.db, { ...filter, expertId }, { limit, offset }) : { items: [], total: 0 };
      }
      if (filter.provinceId !== undefined) assertInScope(user, filter.provinceId);
      return listTrainings(app.db, { ...filter, provinceId: provinceScope(user) ?? filter.provinceId }, { limit, offset });
    },
  );

  app.get(
    '/:id',
    { config: { access: ['teacher', 'expert', ...CAMPAIGN_STAFF] }, schema: { params: idParams, response: { 200: training } } },
    async (request) => visibleTraining(requireUser(request.user), request.params.id),
  );

  app.post(
    '/:id/approve',
    { config: { access: CAMPAIGN_STAFF }, schema: { params: idParams, body: trainingApproveBody, response: { 200: training } } },
    async (request) => {
      await visibleTraining(requireUser(request.user), request.params.id);
      await approveTraining(app.db, app.dbDialect, request.params.id, request.body);
      return findTraining(app.db, request.params.id);
    },
  );

  app.post(
    '/:id/report',
    { config: { access: ['expert', ...CAMPAIGN_STAFF] }, schema: { params: idParams, body: trainingReportBody, response: { 200: training } } },
    async (request) => {
      const user = requireUser(request.user);
      const byExpert = user.role === 'expert' ? ((await expertIdOfUser(app.db, user.id)) ?? null) : undefined;
      if (byExpert === undefined) await visibleTraining(user, request.params.id);
      await reportTraining(app.db, request.params.id, request.body, byExpert);
      return findTraining(app.db, request.params.id);
    },
  );

  app.post(
    '/:id/cancel',
    { config: { access: CAMPAIGN_STAFF }, schema: { params: idParams, response: { 200: training } } },
    async (request) => {
      await visibleTraining(requireUser(request.user), request.params.id);
      await cancelTraining(app.db, request.params.id);
      return findTraining(app.db, request.params.id);
    },
  );
};

export default trainingsRoutes;
