import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { addReporterMessage, openReport, reportThread } from './report-follow-up.js';
import { createReport } from './report-intake.js';
import { createReportOnce } from './report-once.js';
import { pinHeaders, reportBody, reportCreated, reportHeaders, reporterMessageBody, reportParams, reportThread as reportThreadSchema } from './reports-schemas.js';

/** Five 5 MB screenshots in base64 (≈ 35 MB) plus the texts. */
const REPORT_BODY_LIMIT = 36 * 1024 * 1024;

/**
 * Anonymous reports: no account and no cookie, so a child can ask for help from any
 * device. The code and PIN returned once are the only way back to the case. Request logs
 * stay at `warn` so report contents never reach them.
 */
const reportsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.post(
    '/',
    {
      config: { access: 'public', csrf: false, rateLimit: { max: 10, timeWindow: '1 hour' } },
      bodyLimit: REPORT_BODY_LIMIT,
      logLevel: 'warn',
      schema: {
        description:
          'Send an anonymous report; answers the case code and a PIN to follow it up. With an `Idempotency-Key` (a random UUID), ' +
          'a repeat within 24 hours answers the same code and PIN (`idempotent-replayed: true`) instead of opening a second case, ' +
          'and the same key with a different body answers 422.',
        headers: reportHeaders,
        body: reportBody,
        response: { 201: reportCreated },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      if (!key) return reply.status(201).send(await createReport(app.db, app.dataCipher, request.body));
      const { created, replayed } = await createReportOnce(app.db, app.dataCipher, request.body, key);
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(created);
    },
  );

  app.get(
    '/:code',
    {
      config: { access: 'public', rateLimit: { max: 30, timeWindow: '1 minute' } },
      logLevel: 'warn',
      schema: { params: reportParams, headers: pinHeaders, response: { 200: reportThreadSchema } },
    },
    async (request) => {
      const caseId = await openReport(app.db, request.params.code, request.headers['x-report-pin']);
      return reportThread(app.db, app.dataCipher, caseId);
    },
  );

  app.post(
    '/:code/messages',
    {
      config: { access: 'public', csrf: false, rateLimit: { max: 30, timeWindow: '1 minute' } },
      bodyLimit: 32 * 1024,
      logLevel: 'warn',
      schema: { params: reportParams, headers: pinHeaders, body: reporterMessageBody, response: { 201: reportThreadSchema } },
    },
    async (request, reply) => {
      const caseId = await openReport(app.db, request.params.code, request.headers['x-report-pin']);
      await addReporterMessage(app.db, app.dataCipher, caseId, request.body.text);
      return reply.status(201).send(await reportThread(app.db, app.dataCipher, caseId));
    },
  );
};

export default reportsRoutes;
