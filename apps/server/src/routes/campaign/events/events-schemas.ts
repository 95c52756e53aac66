import { z } from 'zod';
import { EVENT_KINDS } from '../campaign-tables.js';
import { pageQuery } from '../list-query.js';

const count = z.number().int().min(0).max(10_000_000_000);

export const eventBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(EVENT_KINDS),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
  venue: z.string().trim().max(300).nullish(),
  /** Null for national or online-only events. */
  provinceId: z.string().max(40).nullish(),
  online: z.boolean().default(false),
});

/** Figures counted outside the ticketing: contestants, online views, walk-in visitors. */
export const eventStatsBody = z.strictObject({
  contestants: count.optional(),
  onlineViews: count.optional(),
  /** Visitors admitted without a ticket, added to the check-in counter. */
  walkIns: z.number().int().min(1).max(1_000_000).optional(),
});

export const campaignEvent = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(EVENT_KINDS),
  date: z.string(),
  venue: z.string().nullable(),
  provinceId: z.string().nullable(),
  online: z.boolean(),
  registrations: z.number().int(),
  checkIns: z.number().int(),
  contestants: z.number().int(),
  onlineViews: z.number().int(),
});
export type CampaignEvent = z.infer<typeof campaignEvent>;

/** What the public registration page shows: no figures, no province scope. */
export const publicEvent = campaignEvent.pick({ id: true, name: true, kind: true, date: true, venue: true, online: true });

export const eventsQuery = pageQuery.extend({ provinceId: z.string().max(40).optional() });

export const ticket = z.object({
  code: z.string(),
  eventId: z.string(),
  /** The code as a QR image (SVG data URL), to show on a phone or print. */
  qr: z.string(),
});

export const checkInBody = z.strictObject({ code: z.string().trim().min(4).max(40) });

export const eventCounter = z.object({ registrations: z.number().int(), checkIns: z.number().int() });
