import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.js';
import { CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { createCampaign, findCampaign, listCampaigns, updateCampaign } from './campaigns-repository.js';
import { campaign, campaignBody, campaignTargets, DEFAULT_TARGETS } from './campaigns-schemas.js';

const idParams = z.object({ id: z.string().max(80) });

/**
 * A campaign's window and targets are national: they frame every province's dashboard, so only
 * national staff (admins, organisers without a province) set them. Checked on request, like the
 * role, so a provincial organiser gets 403 before the body is validated.
 */
async function nationalOnly(request: FastifyRequest): Promise<void> {
  if (provinceScope(requireUser(request.user)) !== null) throw new AppError(403, 'forbidden');
}

/** Campaigns and their targets: staff read them, national staff create and edit them. */
const campaignsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', { config: { access: CAMPAIGN_STAFF }, schema: { response: { 200: z.array(campaign) } } }, async () => listCampaigns(app.db));

  // A static path wins over `/:id` in Fastify's router, so this never reads as a campaign id.
  app.get('/defaults', { config: { access: CAMPAIGN_STAFF }, schema: { response: { 200: z.object({ targets: campaignTargets }) } } }, async () => ({
    targets: DEFAULT_TARGETS,
  }));

  app.get('/:id', { config: { access: CAMPAIGN_STAFF }, schema: { params: idParams, response: { 200: campaign } } }, async (request) => {
    const found = await findCampaign(app.db, request.params.id);
    if (!found) throw new AppError(404, 'campaign_not_found');
    return found;
  });

  app.post(
    '/',
    { config: { access: CAMPAIGN_STAFF }, onRequest: nationalOnly, schema: { body: campaignBody, response: { 201: campaign } } },
    async (request, reply) => reply.status(201).send(await createCampaign(app.db, request.body)),
  );

  app.put('/:id', { config: { access: CAMPAIGN_STAFF }, onRequest: nationalOnly, schema: { params: idParams, body: campaignBody, response: { 200: campaign } } }, async (request) => {
    if (!(await updateCampaign(app.db, request.params.id, request.body))) throw new AppError(404, 'campaign_not_found');
    return { id: request.params.id, ...request.body };
  });
};

export default campaignsRoutes;
