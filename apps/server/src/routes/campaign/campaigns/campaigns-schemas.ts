import { z } from 'zod';
import { normalizeHashtag } from '../social/social-schemas.js';

const count = z.number().int().min(0);

/** What a campaign aims for, one target per KPI of the dashboard. */
export const campaignTargets = z.object({
  schools: count,
  provinces: count,
  experts: count,
  participants: z.object({ students: count, teachers: count, parents: count }),
  pledges: count,
  eventVisitors: count,
  views: count,
  influencers: count,
  /** Posts per hashtag, keyed by the lower-case hashtag with its `#`. */
  postsPerHashtag: z.record(z.string().regex(/^#[\p{L}\p{N}_]+$/u), count),
});
export type CampaignTargets = z.infer<typeof campaignTargets>;

/** The national campaign's targets, from its brief (participant and pledge targets are the organisers' planning figures). */
export const DEFAULT_TARGETS: CampaignTargets = {
  schools: 2000,
  provinces: 34,
  experts: 150,
  participants: { students: 1_000_000, teachers: 60_000, parents: 200_000 },
  pledges: 500_000,
  eventVisitors: 100_000,
  views: 1_000_000_000,
  influencers: 1000,
  postsPerHashtag: { '#khongmotminh': 100_000, '#01minh': 50_000, '#conguochanoi': 50_000 },
};

const isoDate = z.iso.date();

/**
 * Hashtag targets as organisers type them (`#ConguocHaNoi`, `01minh`), stored under the
 * normalised key the dashboard counts posts by; two spellings of one hashtag are refused.
 */
const hashtagTargets = z
  .record(z.string().max(80), count)
  .refine((targets) => Object.keys(targets).length <= 30, { message: '≤ 30 hashtags' })
  .superRefine((targets, ctx) => {
    const seen = new Set<string>();
    for (const key of Object.keys(targets)) {
      const tag = normalizeHashtag(key);
      if (!/^#[\p{L}\p{N}_]+$/u.test(tag) || seen.has(tag)) ctx.addIssue({ code: 'custom', message: 'hashtag', params: { messageCode: 'hashtag_invalid' }, path: [key] });
      seen.add(tag);
    }
  })
  .transform((targets) => Object.fromEntries(Object.entries(targets).map(([key, target]) => [normalizeHashtag(key), target])));

/** What organisers send to create or edit a campaign; targets default to the national campaign's. */
export const campaignBody = z
  .strictObject({
    name: z.string().trim().min(1).max(200),
    startDate: isoDate,
    endDate: isoDate,
    targets: campaignTargets.extend({ postsPerHashtag: hashtagTargets }).default(DEFAULT_TARGETS),
  })
  .refine((c) => c.startDate <= c.endDate, { message: 'startDate ≤ endDate', params: { messageCode: 'end_date_before_start' }, path: ['endDate'] });

export const campaign = z.object({
  id: z.string(),
  name: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  targets: campaignTargets,
});
export type Campaign = z.infer<typeof campaign>;
