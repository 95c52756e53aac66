import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CurrentUser } from '../../../plugins/app/access-control.js';
import { AppError } from '../../../errors/app-error.js';
import { assertInScope, CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { findCampaign } from '../campaigns/campaigns-repository.js';
import type { Campaign } from '../campaigns/campaigns-schemas.js';
import { pageOf, pageQuery } from '../list-query.js';
import { findSchool } from '../schools/schools-repository.js';
import { listTrainings } from '../trainings/trainings-repository.js';
import { training } from '../trainings/trainings-schemas.js';
import { campaignWindow } from './campaign-window.js';
import { campaignDashboard } from './dashboard-queries.js';
import { dashboard, dashboardQuery, drillSchool, drillSchoolsQuery, publicCounters } from './dashboard-schemas.js';
import { provinceSchools } from './drill-down-queries.js';
import { SUPPRESSION_NOTE, suppressSmall } from './suppress-small.js';

/**
 * The campaign dashboard for staff (a provincial organiser sees only their province), its
 * drill-down province → schools → trainings, and public headline counters.
 */
const dashboardRoutes: FastifyPluginAsyncZod = async (app) => {
  async function campaignOr404(id?: string): Promise<Campaign> {
    const campaign = await findCampaign(app.db, id);
    if (!campaign) throw new AppError(404, 'campaign_not_found');
    return campaign;
  }

  app.get('/', { config: { access: CAMPAIGN_STAFF }, schema: { querystring: dashboardQuery, response: { 200: dashboard } } }, async (request) => {
    const user = requireUser(request.user);
    return campaignDashboard(app.db, await campaignOr404(request.query.campaignId), provinceScope(user));
  });

  app.get(
    '/provinces/:provinceId/schools',
    {
      config: { access: CAMPAIGN_STAFF },
      schema: { params: z.object({ provinceId: z.string().max(40) }), querystring: drillSchoolsQuery, response: { 200: pageOf(drillSchool) } },
    },
    async (request) => {
      assertInScope(requireUser(request.user), request.params.provinceId);
      const { campaignId, ...page } = request.query;
      const campaign = await campaignOr404(campaignId);
      return provinceSchools(app.db, campaignWindow(campaign.startDate, campaign.endDate), request.params.provinceId, page);
    },
  );

  app.get(
    '/schools/:schoolId/trainings',
    {
      config: { access: CAMPAIGN_STAFF },
      schema: { params: z.object({ schoolId: z.string().max(80) }), querystring: pageQuery, response: { 200: pageOf(training) } },
    },
    async (request) => {
      const user: CurrentUser = requireUser(request.user);
      const school = await findSchool(app.db, request.params.schoolId);
      if (!school) throw new AppError(404, 'school_not_found');
      assertInScope(user, school.provinceId);
      return listTrainings(app.db, { schoolId: school.id }, request.query);
    },
  );

  app.get(
    '/public',
    { config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } }, schema: { response: { 200: publicCounters } } },
    async (_request, reply) => {
      reply.header('Cache-Control', 'public, max-age=60');
      const campaign = await findCampaign(app.db);
      if (!campaign) {
        return { campaign: null, schoolsReached: null, provincesReached: null, participants: null, pledges: null, eventVisitors: null, views: null, note: SUPPRESSION_NOTE };
      }
      // The national dashboard's figures, so the public counters share its cached parts.
      const { kpis } = await campaignDashboard(app.db, campaign, null);
      const counts = {
        schoolsReached: suppressSmall(kpis.schoolsReached.value ?? 0),
        provincesReached: suppressSmall(kpis.provincesReached.value ?? 0),
        participants: suppressSmall((kpis.participants.students.value ?? 0) + (kpis.participants.teachers.value ?? 0) + (kpis.participants.parents.value ?? 0)),
        pledges: suppressSmall(kpis.pledges.value ?? 0),
        eventVisitors: suppressSmall(kpis.eventVisitors.value ?? 0),
        views: suppressSmall(kpis.views.value ?? 0),
      };
      return {
        campaign: { name: campaign.name, startDate: campaign.startDate, endDate: campaign.endDate },
        ...counts,
        note: Object.values(counts).includes(null) ? SUPPRESSION_NOTE : null,
      };
    },
  );
};

export default dashboardRoutes;
