import { z } from 'zod';
import { pageQuery } from '../list-query.js';

const count = z.number().int().min(0).max(100_000_000_000);

/** `#ConguocHaNoi` → `#conguochanoi`: hashtags are matched without case, as the platforms do. */
export function normalizeHashtag(tag: string): string {
  const bare = tag.normalize('NFC').trim().replace(/^#+/, '').toLowerCase();
  return bare ? `#${bare}` : '';
}

export const hashtagList = z
  .array(z.string().max(80))
  .max(30)
  .transform((tags) => [...new Set(tags.map(normalizeHashtag).filter(Boolean))]);

export const postBody = z.strictObject({
  /** The post's natural key: posting the same URL again updates its figures. */
  url: z.url({ protocol: /^https?$/ }).max(500),
  platform: z.string().trim().min(1).max(40),
  author: z.string().trim().min(1).max(200),
  hashtags: hashtagList,
  views: count.default(0),
  likes: count.default(0),
  shares: count.default(0),
  comments: count.default(0),
  /** YYYY-MM-DD or a date-time; stored as an ISO date-time. */
  postedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).transform((s) => new Date(s).toISOString()),
});
export type PostInput = z.output<typeof postBody>;

export const post = z.object({
  id: z.string(),
  url: z.string(),
  platform: z.string(),
  author: z.string(),
  hashtags: z.array(z.string()),
  views: z.number(),
  likes: z.number(),
  shares: z.number(),
  comments: z.number(),
  postedAt: z.string(),
});

export const postsQuery = pageQuery.extend({ hashtag: z.string().max(80).optional(), platform: z.string().max(40).optional() });

export const influencerBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  platforms: z.array(z.string().trim().min(1).max(40)).min(1).max(10),
  followers: count.default(0),
});

export const influencer = z.object({ id: z.string(), name: z.string(), platforms: z.array(z.string()), followers: z.number() });
