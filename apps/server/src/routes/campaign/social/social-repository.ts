import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { timeOrderedId } from '../../../db/time-ordered-id.js';
import { selectRows, upsertRows, type BulkColumn } from '../bulk-rows.js';
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

const POST_COLUMNS: readonly BulkColumn[] = [
  { name: 'id', type: 'text' },
  { name: 'url', type: 'text' },
  { name: 'platform', type: 'text' },
  { name: 'author', type: 'text' },
  { name: 'hashtags', type: 'text' },
  { name: 'views', type: 'bigint' },
  { name: 'likes', type: 'bigint' },
  { name: 'shares', type: 'bigint' },
  { name: 'comments', type: 'bigint' },
  { name: 'posted_at', type: 'text' },
  { name: 'updated_at', type: 'text' },
];

const HASHTAG_COLUMNS: readonly BulkColumn[] = [
  { name: 'post_id', type: 'text' },
  { name: 'hashtag', type: 'text' },
  { name: 'posted_at', type: 'text' },
];

/**
 * Inserts or updates posts by URL and replaces the hashtags of those that existed: three
 * statements whatever the number of posts, so an import writes thousands per call. New posts
 * get time-ordered ids, so their rows (and their hashtags' keys) are appended to the indexes
 * instead of scattered over them.
 */
export async function upsertPosts(db: Kysely<Database>, input: readonly PostInput[]): Promise<UpsertCounts> {
  const posts = lastByKey(input, (p) => p.url);
  const now = new Date().toISOString();
  const { idByKey, existingIds } = await upsertRows(
    db,
    { table: 'social_posts', key: 'url', columns: POST_COLUMNS, update: POST_COLUMNS.slice(2).map((c) => c.name) },
    posts.map((p) => [timeOrderedId(), p.url, p.platform, p.author, p.hashtags.join(' '), p.views, p.likes, p.shares, p.comments, p.postedAt, now]),
  );
  if (existingIds.length > 0) {
    await sql`delete from social_post_hashtags where post_id in (${selectRows(db, [{ name: 'id', type: 'text' }], existingIds.map((id) => [id]))})`.execute(db);
  }
  const tags = posts.flatMap((p) => p.hashtags.map((hashtag) => [idByKey.get(p.url), hashtag, p.postedAt]));
  if (tags.length > 0) await sql`insert into social_post_hashtags (post_id, hashtag, posted_at) ${selectRows(db, HASHTAG_COLUMNS, tags)}`.execute(db);
  const inserted = posts.length - existingIds.length;
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
