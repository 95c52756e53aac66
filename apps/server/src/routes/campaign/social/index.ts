import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.js';
import { CAMPAIGN_STAFF, provinceScope } from '../campaign-scope.js';
import { pageOf, pageQuery } from '../list-query.js';
import { createInfluencer, listInfluencers, listPosts, upsertPosts } from './social-repository.js';
import { influencer, influencerBody, post, postBody, postsQuery } from './social-schemas.js';

/**
 * Influencers and the public posts that carry the campaign's hashtags. They have no province,
 * so they are national staff's alone: a provincial organiser gets 403, as on their exports.
 */
const socialRoutes: FastifyPluginAsyncZod = async (app) => {
  // The app's own onRequest hook (the access check) runs first, so `request.user` is staff here.
  app.addHook('onRequest', async (request) => {
    if (request.user && provinceScope(request.user) !== null) throw new AppError(403, 'out_of_province');
  });

  app.get('/influencers', { config: { access: CAMPAIGN_STAFF }, schema: { querystring: pageQuery, response: { 200: pageOf(influencer) } } }, async (request) =>
    listInfluencers(app.db, request.query),
  );

  app.post(
    '/influencers',
    { config: { access: CAMPAIGN_STAFF }, schema: { body: influencerBody, response: { 201: z.object({ id: z.string() }) } } },
    async (request, reply) => reply.status(201).send({ id: await createInfluencer(app.db, request.body) }),
  );

  app.get('/posts', { config: { access: CAMPAIGN_STAFF }, schema: { querystring: postsQuery, response: { 200: pageOf(post) } } }, async (request) => {
    const { limit, offset, ...filter } = request.query;
    return listPosts(app.db, filter, { limit, offset });
  });

  app.post(
    '/posts',
    { config: { access: CAMPAIGN_STAFF }, schema: { body: postBody, response: { 200: z.object({ inserted: z.number(), updated: z.number() }) } } },
    async (request) => upsertPosts(app.db, [request.body]),
  );
};

export default socialRoutes;
