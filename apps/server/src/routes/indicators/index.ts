import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { decideIndicator, listProposed, publishedIndicators } from './indicators-service.js';
import { indicatorView, publishedIndicators as publishedSchema } from './indicators-schemas.js';

const COUNSELLORS = ['expert', 'admin'] as const;

/** Whether an If-None-Match header names this entity tag (weak or strong, or `*`). */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/**
 * Indicators: what counsellors confirmed from reports, published for every detector
 * (browser, CLI, integrations). Proposals come from a case (`POST /api/cases/:id/indicators`);
 * a second counsellor confirms or rejects them here.
 */
const indicatorsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/',
    {
      config: { access: 'public' },
      schema: { description: 'Confirmed indicators as the detector IndicatorSet; cached, with an ETag.', response: { 200: publishedSchema, 304: z.null() } },
    },
    async (request, reply) => {
      const published = await publishedIndicators(app.db);
      const etag = `"${published.version}"`;
      reply.header('etag', etag).header('cache-control', 'public, max-age=300');
      if (matchesEtag(request.headers['if-none-match'], etag)) return reply.status(304).send(null);
      return published;
    },
  );

  app.get(
    '/proposed',
    { config: { access: COUNSELLORS }, schema: { response: { 200: z.object({ indicators: z.array(indicatorView) }) } } },
    async () => ({ indicators: await listProposed(app.db) }),
  );

  const params = z.object({ id: z.string().max(64) });
  app.post(
    '/:id/confirm',
    { config: { access: COUNSELLORS }, schema: { params, response: { 200: indicatorView } } },
    async (request) => decideIndicator(app.db, request.user!, request.params.id, 'confirmed'),
  );
  app.post(
    '/:id/reject',
    { config: { access: COUNSELLORS }, schema: { params, response: { 200: indicatorView } } },
    async (request) => decideIndicator(app.db, request.user!, request.params.id, 'rejected'),
  );
};

export default indicatorsRoutes;
