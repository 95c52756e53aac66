import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.js';
import { CAMPAIGN_STAFF } from '../campaign-scope.js';
import { createCampaign, findCampaign, listCampaigns, updateCampaign } from './campaigns-repository.js';
import { campaign, campaignBody } from './campaigns-schemas.js';

const idParams = z.object({ id: z.string().max(80) });

/** Campaigns and their targets: staff read them, admins set them. */
const campaignsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/', { config: { access: CAMPAIGN_STAFF }, schema: { response: { 200: z.array(campaign) } } }, async () => listCampaigns(app.db));

  app.get('/:id', { config: { access: CAMPAIGN_STAFF }, schema: { params: idParams, response: { 200: campaign } } }, async (request) => {
    const found = await findCampaign(app.db, request.params.id);
    if (!found) throw new AppError(404, 'campaign_not_found');
    return found;
  });

  app.post('/', { config: { access: ['admin'] }, schema: { body: campaignBody, response: { 201: campaign } } }, async (request, reply) =>
    reply.status(201).send(await createCampaign(app.db, request.body)),
  );

  app.put('/:id', { config: { access: ['admin'] }, schema: { params: idParams, body: campaignBody, response: { 200: campaign } } }, async (request) => {
    if (!(await updateCampaign(app.db, request.params.id, request.body))) throw new AppError(404, 'campaign_not_found');
    return { id: request.params.id, ...request.body };
  });
};

export default campaignsRoutes;
