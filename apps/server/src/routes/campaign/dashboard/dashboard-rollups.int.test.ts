import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';

/**
 * The per-day rollups (migration 0007) must always equal a direct count over the base tables,
 * whatever the writes: route inserts, imports and re-imports that move posts between days,
 * change their views and hashtags, updates and deletes (also cascaded) by hand.
 */
describe.each(TEST_DIALECTS)('campaign rollups on %s', (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;

  type Row = Record<string, string | number>;
  const rows = async (query: ReturnType<typeof sql>) =>
    ((await query.execute(t.database.db)).rows as Row[])
      .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'day' || k.endsWith('id') || k === 'band' || k === 'hashtag' ? v : Number(v)])))
      .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));

  /** Every rollup next to the same figures counted from the base tables. */
  async function expectRollupsExact() {
    expect(await rows(sql`select day, province_id, pledges from pledge_daily where pledges <> 0`)).toEqual(
      await rows(sql`select substr(created_at, 1, 10) as day, province_id, count(*) as pledges from pledges group by 1, 2`),
    );
    expect(await rows(sql`select day, band, pledges from pledge_band_daily where pledges <> 0`)).toEqual(
      await rows(sql`select substr(created_at, 1, 10) as day, band, count(*) as pledges from pledges group by 1, 2`),
    );
    expect(await rows(sql`select day, posts, views from post_daily where posts <> 0 or views <> 0`)).toEqual(
      await rows(sql`select substr(posted_at, 1, 10) as day, count(*) as posts, sum(views) as views from social_posts group by 1`),
    );
    expect(await rows(sql`select hashtag, day, posts from post_hashtag_daily where posts <> 0`)).toEqual(
      await rows(sql`select hashtag, substr(posted_at, 1, 10) as day, count(*) as posts from social_post_hashtags group by 1, 2`),
    );
    const direct = await rows(sql`
      select (select count(*) from pledges where created_at >= '2026-01-01' and created_at < '2027-01-01') as pledges,
             (select coalesce(sum(views), 0) from social_posts where posted_at >= '2026-01-01' and posted_at < '2027-01-01') as views,
             (select count(*) from social_post_hashtags where hashtag = '#khongmotminh' and posted_at >= '2026-01-01' and posted_at < '2027-01-01') as tagged`);
    const { kpis } = (await admin.get('/api/campaign/dashboard')).json();
    expect({ pledges: kpis.pledges.value, views: kpis.views.value, tagged: kpis.postsPerHashtag[0].value }).toEqual(direct[0]);
  }

  const postsCsv = (lines: string[]) => ['Đường dẫn,Nền tảng,Tác giả,Hashtag,Lượt xem,Lượt thích,Chia sẻ,Bình luận,Ngày đăng', ...lines].join('\n');
  const post = (i: number, tags: string, views: number, date: string) => `https://www.tiktok.com/@an/video/${i},TikTok,@an,${tags},${views},0,0,0,${date}`;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    await admin.post('/api/campaign/campaigns', { name: 'Không một mình 2026', startDate: '2026-01-01', endDate: '2026-12-31' });
  });
  afterAll(async () => t.close());

  it('counts pledges taken through the route and written by hand, then moved and removed', async () => {
    for (const [i, provinceId] of ['hue', 'hue', 'ha-noi'].entries()) {
      const res = await t.app.inject({ method: 'POST', url: '/api/pledges', payload: { provinceId, band: 'parents', deviceId: `device-rollup-${i}-0123456789` } });
      expect(res.statusCode).toBe(201);
    }
    const day = (d: number) => `2026-03-${String(d).padStart(2, '0')}T10:00:00.000Z`;
    await t.database.db
      .insertInto('pledges')
      .values(
        Array.from({ length: 12 }, (_, i) => ({
          id: `p-${i}`,
          device_hash: `hash-${i}`,
          province_id: i % 3 ? 'hue' : 'ha-noi',
          band: i % 2 ? 'primary' : 'university',
          created_at: day(1 + (i % 4)),
        })),
      )
      .execute();
    await expectRollupsExact();

    await t.database.db.updateTable('pledges').set({ band: 'parents', created_at: day(20) }).where('id', 'in', ['p-0', 'p-1']).execute();
    await t.database.db.updateTable('pledges').set({ province_id: 'hue' }).where('id', '=', 'p-3').execute();
    await t.database.db.updateTable('pledges').set({ first_name: 'An' }).where('id', '=', 'p-4').execute();
    await expectRollupsExact();

    await t.database.db.deleteFrom('pledges').where('id', 'in', ['p-2', 'p-5', 'p-6']).execute();
    await expectRollupsExact();
  });

  it('follows imports and re-imports of posts that change views, hashtags and days', async () => {
    const first = postsCsv([
      post(1, '#KhongMotMinh #01minh', 1000, '15/03/2026'),
      post(2, '#khongmotminh', 200, '15/03/2026'),
      post(3, '#01minh', 30, '2026-03-16'),
      post(4, '#conguochanoi', 4, '2025-12-31'),
    ]);
    expect((await admin.upload('/api/campaign/imports?kind=posts&mode=commit', first)).json()).toMatchObject({ inserted: 4, errors: 0 });
    await expectRollupsExact();

    const again = postsCsv([
      post(1, '#01minh', 1500, '15/03/2026'),
      post(2, '#khongmotminh #conguochanoi', 200, '20/03/2026'),
      post(3, '#01minh', 30, '2026-03-16'),
      post(4, '#khongmotminh', 4, '2026-01-01'),
      post(5, '#khongmotminh', 5, '2026-01-01'),
    ]);
    expect((await admin.upload('/api/campaign/imports?kind=posts&mode=commit', again)).json()).toMatchObject({ inserted: 1, updated: 4 });
    await expectRollupsExact();

    const single = { url: 'https://www.tiktok.com/@an/video/1', platform: 'TikTok', author: '@an', hashtags: ['#khongmotminh'], views: 9, postedAt: '2026-04-01' };
    expect((await admin.post('/api/campaign/social/posts', single)).json()).toEqual({ inserted: 0, updated: 1 });
    await expectRollupsExact();
  });

  it('follows posts updated and deleted by hand, their hashtags going with them', async () => {
    const url = (i: number) => `https://www.tiktok.com/@an/video/${i}`;
    await t.database.db.updateTable('social_posts').set({ views: 77 }).where('url', '=', url(3)).execute();
    await t.database.db.updateTable('social_posts').set({ likes: 5 }).where('url', '=', url(2)).execute();
    await expectRollupsExact();

    const { id } = await t.database.db.selectFrom('social_posts').select('id').where('url', '=', url(2)).executeTakeFirstOrThrow();
    await t.database.db.deleteFrom('social_post_hashtags').where('post_id', '=', id).where('hashtag', '=', '#conguochanoi').execute();
    await t.database.db.deleteFrom('social_posts').where('url', 'in', [url(1), url(4)]).execute();
    await expectRollupsExact();
  });

  // SQLite has no TRUNCATE (its row triggers see every DELETE): PostgreSQL's own statement only.
  const onPostgres = dialect === 'postgres' ? it : () => undefined;
  onPostgres('empties with a truncate', async () => {
    await sql`truncate pledges, social_post_hashtags, social_posts`.execute(t.database.db);
    await expectRollupsExact();
  });
});
