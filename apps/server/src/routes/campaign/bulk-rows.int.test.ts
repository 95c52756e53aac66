import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';
import { upsertSchools } from './schools/schools-repository.js';
import { upsertPosts } from './social/social-repository.js';
import type { PostInput } from './social/social-schemas.js';

const post = (i: number, hashtags: string[]): PostInput => ({
  url: `https://www.tiktok.com/@bulk/video/${i}`,
  platform: 'TikTok',
  author: '@bulk',
  hashtags,
  views: 1000 + i,
  likes: i % 7,
  shares: 0,
  comments: 2,
  postedAt: '2026-03-05T00:00:00.000Z',
});

describe.each(TEST_DIALECTS)('bulk upserts on %s', (dialect) => {
  let t: TestApp;
  const hashtagCounts = async () => {
    const rows = await t.database.db
      .selectFrom('social_post_hashtags')
      .select((eb) => ['hashtag', eb.fn.countAll<number>().as('n')])
      .groupBy('hashtag')
      .orderBy('hashtag')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.hashtag, Number(r.n)]));
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('writes more posts in one call than either engine binds parameters (6,000 × 11 values)', async () => {
    const posts = Array.from({ length: 6000 }, (_, i) => post(i, ['#chung', i % 3 === 0 ? '#ba' : '#khac']));
    expect(await upsertPosts(t.database.db, posts)).toEqual({ inserted: 6000, updated: 0 });
    expect(await hashtagCounts()).toEqual({ '#ba': 2000, '#chung': 6000, '#khac': 4000 });
  });

  it('updates posts imported again, keeps their ids and replaces their hashtags', async () => {
    const before = await t.database.db.selectFrom('social_posts').select(['id', 'url']).where('url', '=', post(0, []).url).executeTakeFirstOrThrow();
    const again = [...Array.from({ length: 3000 }, (_, i) => ({ ...post(i, ['#moi', '#chung']), views: 7 })), post(9999, ['#moi'])];
    expect(await upsertPosts(t.database.db, again)).toEqual({ inserted: 1, updated: 3000 });
    expect(await hashtagCounts()).toEqual({ '#ba': 1000, '#chung': 6000, '#khac': 2000, '#moi': 3001 });
    const after = await t.database.db.selectFrom('social_posts').select(['id', 'views', 'hashtags']).where('url', '=', before.url).executeTakeFirstOrThrow();
    expect(after).toEqual({ id: before.id, views: 7, hashtags: '#moi #chung' });
    const total = await t.database.db.selectFrom('social_posts').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(total.n)).toBe(6001);
  });

  it('counts a key repeated in one call once as inserted, the last row winning', async () => {
    const rows = [post(20_000, ['#mot']), { ...post(20_000, ['#hai']), views: 5 }];
    expect(await upsertPosts(t.database.db, rows)).toEqual({ inserted: 1, updated: 1 });
    const stored = await t.database.db.selectFrom('social_posts').select(['views', 'hashtags']).where('url', '=', rows[0]!.url).executeTakeFirstOrThrow();
    expect(stored).toEqual({ views: 5, hashtags: '#hai' });
  });

  it('keeps text exactly: quotes, backslashes, line breaks, Vietnamese, emoji and empty values', async () => {
    const address = 'Số 1 "Ngõ" 2\\3,\nphường Đông Ngạc 🏫';
    expect(
      await upsertSchools(t.database.db, [
        { code: 'BULK-1', name: "Trường 'Ánh Dương' [1]", level: 'thcs', provinceId: 'ha-noi', address },
        { code: 'BULK-2', name: 'Trường {2}', level: 'thpt', provinceId: 'hue', address: null },
      ]),
    ).toEqual({ inserted: 2, updated: 0 });
    const rows = await t.database.db.selectFrom('schools').select(['code', 'name', 'address']).where('code', 'like', 'BULK-%').orderBy('code').execute();
    expect(rows).toEqual([
      { code: 'BULK-1', name: "Trường 'Ánh Dương' [1]", address },
      { code: 'BULK-2', name: 'Trường {2}', address: null },
    ]);
  });
});
