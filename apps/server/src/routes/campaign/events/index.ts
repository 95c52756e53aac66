import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { CurrentUser } from '../../../plugins/app/access-control.js';
import { AppError } from '../../../errors/app-error.js';
import { assertInScope, CAMPAIGN_STAFF, provinceScope, requireUser } from '../campaign-scope.js';
import { pageOf } from '../list-query.js';
import { checkInTicket, createEvent, findEvent, issueTicket, listEvents, updateEventStats } from './events-repository.js';
import { campaignEvent, checkInBody, eventBody, eventCounter, eventStatsBody, eventsQuery, publicEvent, ticket, type CampaignEvent } from './events-schemas.js';
import { registrationOpen } from './event-day.js';
import { ticketQrDataUrl } from './ticket-qr.js';

const idParams = z.object({ id: z.string().max(80) });

/**
 * Events: staff create them and check tickets in at the door; anyone registers for a ticket
 * (a random code and its QR image, nothing about the holder); a live counter for the screen.
 */
const eventsRoutes: FastifyPluginAsyncZod = async (app) => {
  /** The event, when it exists and lies in the user's scope (national events: national staff only). */
  async function scopedEvent(user: CurrentUser, id: string): Promise<CampaignEvent> {
    const found = await findEvent(app.db, id);
    if (!found) throw new AppError(404, 'event_not_found');
    const scope = provinceScope(user);
    if (scope !== null && found.provinceId !== scope) throw new AppError(403, 'out_of_province');
    return found;
  }

  app.get('/', { config: { access: CAMPAIGN_STAFF }, schema: { querystring: eventsQuery, response: { 200: pageOf(campaignEvent) } } }, async (request) => {
    const user = requireUser(request.user);
    const { limit, offset, provinceId } = request.query;
    if (provinceId !== undefined) assertInScope(user, provinceId);
    return listEvents(app.db, { provinceId: provinceScope(user) ?? provinceId }, { limit, offset });
  });

  app.post('/', { config: { access: CAMPAIGN_STAFF }, schema: { body: eventBody, response: { 201: campaignEvent } } }, async (request, reply) => {
    const user = requireUser(request.user);
    if (provinceScope(user) !== null) assertInScope(user, request.body.provinceId ?? '');
    if (request.body.provinceId) {
      const province = await app.db.selectFrom('provinces').select('id').where('id', '=', request.body.provinceId).executeTakeFirst();
      if (!province) throw new AppError(400, 'unknown_province');
    }
    const id = await createEvent(app.db, request.body);
    return reply.status(201).send((await findEvent(app.db, id))!);
  });

  app.get('/:id', { config: { access: CAMPAIGN_STAFF }, schema: { params: idParams, response: { 200: campaignEvent } } }, async (request) =>
    scopedEvent(requireUser(request.user), request.params.id),
  );

  app.get(
    '/:id/public',
    {
      // The registration page opens from a shared link, without a session.
      config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: { params: idParams, response: { 200: publicEvent } },
    },
    async (request) => {
      const found = await findEvent(app.db, request.params.id);
      if (!found) throw new AppError(404, 'event_not_found');
      return { id: found.id, name: found.name, kind: found.kind, date: found.date, venue: found.venue, online: found.online };
    },
  );

  app.patch(
    '/:id/stats',
    { config: { access: CAMPAIGN_STAFF }, schema: { params: idParams, body: eventStatsBody, response: { 200: campaignEvent } } },
    async (request) => {
      await scopedEvent(requireUser(request.user), request.params.id);
      await updateEventStats(app.db, request.params.id, request.body);
      return findEvent(app.db, request.params.id);
    },
  );

  app.post(
    '/:id/tickets',
    {
      // Registration is open to the public (families, students), from a page without a session.
      config: { access: 'public', csrf: false, rateLimit: { max: 20, timeWindow: '1 minute' } },
      bodyLimit: 1024,
      schema: { params: idParams, response: { 201: ticket } },
    },
    async (request, reply) => {
      const event = await findEvent(app.db, request.params.id);
      if (!event) throw new AppError(404, 'event_not_found');
      if (!registrationOpen(event.date)) throw new AppError(409, 'event_ended');
      const code = await issueTicket(app.db, request.params.id);
      return reply.status(201).send({ code, eventId: request.params.id, qr: await ticketQrDataUrl(code) });
    },
  );

  app.post(
    '/:id/check-in',
    { config: { access: CAMPAIGN_STAFF }, schema: { params: idParams, body: checkInBody, response: { 200: eventCounter } } },
    async (request) => {
      await scopedEvent(requireUser(request.user), request.params.id);
      await checkInTicket(app.db, request.params.id, request.body.code);
      const event = await findEvent(app.db, request.params.id);
      return { registrations: event!.registrations, checkIns: event!.checkIns };
    },
  );

  app.get(
    '/:id/counter',
    { config: { access: CAMPAIGN_STAFF }, schema: { params: idParams, response: { 200: eventCounter } } },
    async (request, reply) => {
      const event = await scopedEvent(requireUser(request.user), request.params.id);
      reply.header('Cache-Control', 'no-store');
      return { registrations: event.registrations, checkIns: event.checkIns };
    },
  );
};

export default eventsRoutes;
