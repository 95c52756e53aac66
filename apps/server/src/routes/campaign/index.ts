import type { FastifyPluginAsync } from 'fastify';
import campaignsRoutes from './campaigns/index.js';
import dashboardRoutes from './dashboard/index.js';
import eventsRoutes from './events/index.js';
import expertsRoutes from './experts/index.js';
import exportsRoutes from './exports/index.js';
import importsRoutes from './imports/index.js';
import schoolsRoutes from './schools/index.js';
import socialRoutes from './social/index.js';
import trainingsRoutes from './trainings/index.js';

/**
 * The Campaign pillar under `/api/campaign`: campaigns and targets, schools, experts,
 * trainings, events and tickets, social reach, the dashboard, exports and imports.
 */
const campaignRoutes: FastifyPluginAsync = async (app) => {
  await app.register(campaignsRoutes, { prefix: '/campaigns' });
  await app.register(schoolsRoutes, { prefix: '/schools' });
  await app.register(expertsRoutes, { prefix: '/experts' });
  await app.register(trainingsRoutes, { prefix: '/trainings' });
  await app.register(eventsRoutes, { prefix: '/events' });
  await app.register(socialRoutes, { prefix: '/social' });
  await app.register(dashboardRoutes, { prefix: '/dashboard' });
  await app.register(exportsRoutes, { prefix: '/exports' });
  await app.register(importsRoutes, { prefix: '/imports' });
};

export default campaignRoutes;
