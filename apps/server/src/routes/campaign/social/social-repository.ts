import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { InfluencersTable, SocialPostsTable } from '../campaign-tables.js';
import { lastByKey, type UpsertCounts } from '../upsert-counts.js';
import { normalizeHashtag, type PostInput } from './social-schemas.js';

export function toPost(row: Selectable<SocialPostsTable>) {
  return {
    id: row.id,
    url: row.url,
    platform: row.platform,
    author: row.author,
    hashtags: row.hashtags ? row.hashtags.split(' ') : [],
    views: Number(row.views),
    likes: Number(row.likes),
    shares: Number(row.shares),
    comments: Number(row.comments),
    postedAt: row.posted_at,
  };
}

export function toInfluencer(row: Selectable<InfluencersTable>) {
  return { id: row.id, name: row.name, platforms: JSON.parse(row.platforms) as string[], followers: Number(row.followers) };
}

/** A page of posts, the latest first, optionally with one hashtag or on one platform. */
export async function listPosts(
  db: Kysely<Database>,
  filter: { hashtag?: string | undefined; platform?: string | undefined },
  page: { limit: number; offset: number },
) {
  const tag = filter.hashtag ? normalizeHashtag(filter.hashtag) : undefined;
  const base = db
    .selectFrom('social_posts')
    .$if(tag !== undefined, (q) =>
      q.where('id', 'in', (eb) => eb.selectFrom('social_post_hashtags').select('post_id').where('hashtag', '=', tag!)),
    )
    .$if(filter.platform !== undefined, (q) => q.where('platform', '=', filter.platform!));
  const [rows, total] = await Promise.all([
    base.selectAll().orderBy('posted_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toPost), total: Number(total.n) };
}

/**
 * Inserts or updates posts by URL and replaces their hashtags: one upsert, one delete and
 * one insert per call, so callers batch a few hundred rows at a time.
 */
export async function upsertPosts(db: Kysely<Database>, input: readonly PostInput[]): Promise<UpsertCounts> {
  const rows = lastByKey(input, (p) => p.url);
  if (rows.length === 0) return { inserted: 0, updated: 0 };
  const existing = await db.selectFrom('social_posts').select(['id', 'url']).where('url', 'in', rows.map((r) => r.url)).execute();
  const idByUrl = new Map(existing.map((r) => [r.url, r.id]));
  const now = new Date().toISOString();
  const withIds = rows.map((p) => ({ ...p, id: idByUrl.get(p.url) ?? randomUUID() }));
  await db
    .insertInto('social_posts')
    .values(
      withIds.map((p) => ({
        id: p.id,
        url: p.url,
        platform: p.platform,
        author: p.author,
        hashtags: p.hashtags.join(' '),
        views: p.views,
        likes: p.likes,
        shares: p.shares,
        comments: p.comments,
        posted_at: p.postedAt,
        updated_at: now,
      })),
    )
    .onConflict((oc) =>
      oc.column('url').doUpdateSet((eb) => ({
        platform: eb.ref('excluded.platform'),
        author: eb.ref('excluded.author'),
        hashtags: eb.ref('excluded.hashtags'),
        views: eb.ref('excluded.views'),
        likes: eb.ref('excluded.likes'),
        shares: eb.ref('excluded.shares'),
        comments: eb.ref('excluded.comments'),
        posted_at: eb.ref('excluded.posted_at'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
  if (existing.length > 0) {
    await db.deleteFrom('social_post_hashtags').where('post_id', 'in', existing.map((r) => r.id)).execute();
  }
  const tags = withIds.flatMap((p) => p.hashtags.map((hashtag) => ({ post_id: p.id, hashtag, posted_at: p.postedAt })));
  if (tags.length > 0) await db.insertInto('social_post_hashtags').values(tags).execute();
  const inserted = rows.length - existing.length;
  return { inserted, updated: input.length - inserted };
}

export async function listInfluencers(db: Kysely<Database>, page: { limit: number; offset: number }) {
  const [rows, total] = await Promise.all([
    db.selectFrom('influencers').selectAll().orderBy('followers', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute(),
    db.selectFrom('influencers').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toInfluencer), total: Number(total.n) };
}

export async function createInfluencer(db: Kysely<Database>, input: { name: string; platforms: string[]; followers: number }): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('influencers')
    .values({ id, name: input.name, platforms: JSON.stringify(input.platforms), followers: input.followers, created_at: new Date().toISOString() })
    .execute();
  return id;
}
