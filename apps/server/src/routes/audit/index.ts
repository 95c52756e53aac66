import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readAuditLog } from './read-audit-log.js';

const auditQuery = z.object({
  caseId: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(1_000).default(500),
});

const auditEntry = z.object({
  id: z.string(),
  at: z.string(),
  userId: z.string().nullable(),
  action: z.string(),
  caseId: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});

/** The audit log, for admins; reading it is itself audited. */
const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      config: { access: ['admin'] },
      schema: { querystring: auditQuery, response: { 200: z.object({ entries: z.array(auditEntry) }) } },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return { entries: await readAuditLog(app.db, app.dataCipher, request.user!.id, request.query) };
    },
  );
};

export default auditRoutes;
