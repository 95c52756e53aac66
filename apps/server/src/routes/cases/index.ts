import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { indicatorView, proposeIndicatorBody } from '../indicators/indicators-schemas.js';
import { addCounsellorMessage, assignCase, changeStatus, claimCase, proposeFromCase, referCase } from './case-actions.js';
import type { CaseContext } from './case-context.js';
import { caseStats } from './case-stats.js';
import {
  assignBody,
  caseDetail,
  caseParams,
  caseStats as caseStatsSchema,
  caseSummary,
  counsellor,
  messageCreated,
  queueQuery,
  referralBody,
  referralCreated,
  statusBody,
  textBody,
} from './cases-schemas.js';
import { listCases, readCase, readScreenshot } from './cases-service.js';
import { listCounsellors } from './counsellors.js';

/** Counsellors work on cases; admins may too (and are audited like anyone). */
const COUNSELLORS = ['expert', 'admin'] as const;

/**
 * The counsellor inbox. Every read and write of a case is audited; organisers get counts
 * only (`/stats`), never contents. Responses are never cached.
 */
const casesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  const context = (request: { user: CaseContext['user'] | null }): CaseContext => ({
    db: app.db,
    cipher: app.dataCipher,
    // Access control has already refused anonymous callers on these routes.
    user: request.user!,
    now: new Date(),
  });

  app.get(
    '/',
    { config: { access: COUNSELLORS }, schema: { querystring: queueQuery, response: { 200: z.object({ cases: z.array(caseSummary) }) } } },
    async (request) => {
      const { status, scheme, province, limit } = request.query;
      return { cases: await listCases(context(request), { status, scheme, provinceId: province, limit }) };
    },
  );

  app.get(
    '/stats',
    { config: { access: ['organizer', 'admin'] }, schema: { response: { 200: caseStatsSchema } } },
    async (request) => caseStats(app.db, request.user!),
  );

  app.get(
    '/counsellors',
    {
      config: { access: COUNSELLORS },
      schema: {
        description: 'Counsellors a case can be handed to (experts whose account is not locked): ids and names only.',
        response: { 200: z.object({ counsellors: z.array(counsellor) }) },
      },
    },
    async () => ({ counsellors: await listCounsellors(app.db, new Date()) }),
  );

  app.get(
    '/:id',
    { config: { access: COUNSELLORS }, logLevel: 'warn', schema: { params: caseParams, response: { 200: caseDetail } } },
    async (request) => readCase(context(request), request.params.id),
  );

  app.get(
    '/:id/screenshots/:screenshotId',
    { config: { access: COUNSELLORS }, schema: { params: caseParams.extend({ screenshotId: z.string().max(64) }) } },
    async (request, reply) => {
      const shot = await readScreenshot(context(request), request.params.id, request.params.screenshotId);
      return reply.header('content-type', shot.mime).header('content-disposition', 'inline').send(shot.data);
    },
  );

  app.post(
    '/:id/claim',
    { config: { access: COUNSELLORS }, schema: { params: caseParams, response: { 200: caseSummary } } },
    async (request) => claimCase(context(request), request.params.id),
  );

  app.post(
    '/:id/assign',
    { config: { access: COUNSELLORS }, schema: { params: caseParams, body: assignBody, response: { 200: caseSummary } } },
    async (request) => assignCase(context(request), request.params.id, request.body.expertId),
  );

  app.post(
    '/:id/status',
    { config: { access: COUNSELLORS }, schema: { params: caseParams, body: statusBody, response: { 200: caseSummary } } },
    async (request) => changeStatus(context(request), request.params.id, request.body.status),
  );

  app.post(
    '/:id/notes',
    { config: { access: COUNSELLORS }, logLevel: 'warn', schema: { params: caseParams, body: textBody, response: { 201: messageCreated } } },
    async (request, reply) => reply.status(201).send(await addCounsellorMessage(context(request), request.params.id, 'note', request.body.text)),
  );

  app.post(
    '/:id/replies',
    { config: { access: COUNSELLORS }, logLevel: 'warn', schema: { params: caseParams, body: textBody, response: { 201: messageCreated } } },
    async (request, reply) => reply.status(201).send(await addCounsellorMessage(context(request), request.params.id, 'reply', request.body.text)),
  );

  app.post(
    '/:id/referrals',
    { config: { access: COUNSELLORS }, logLevel: 'warn', schema: { params: caseParams, body: referralBody, response: { 201: referralCreated } } },
    async (request, reply) => reply.status(201).send(await referCase(context(request), request.params.id, request.body)),
  );

  app.post(
    '/:id/indicators',
    { config: { access: COUNSELLORS }, schema: { params: caseParams, body: proposeIndicatorBody, response: { 201: indicatorView } } },
    async (request, reply) => reply.status(201).send(await proposeFromCase(context(request), request.params.id, request.body)),
  );
};

export default casesRoutes;
