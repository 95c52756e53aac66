import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';

describe.each(TEST_DIALECTS)('social reach lists on %s', (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;
  let hueOrganizer: CampaignClient;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    hueOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'hue' }));
    await admin.post('/api/campaign/social/influencers', { name: 'Kênh An Toàn', platforms: ['TikTok'], followers: 1_250_000 });
    await admin.post('/api/campaign/social/influencers', { name: 'Cô giáo Thảo', platforms: ['Facebook', 'YouTube'], followers: 80_000 });
    for (const [i, platform, tags] of [
      [1, 'TikTok', ['#KhongMotMinh']],
      [2, 'Facebook', ['#khongmotminh', '#01minh']],
      [3, 'TikTok', ['#01minh']],
    ] as const) {
      const res = await admin.post('/api/campaign/social/posts', {
        url: `https://example.vn/p/${i}`,
        platform,
        author: `Tác giả ${i}`,
        hashtags: tags,
        views: i * 1000,
        postedAt: `2026-03-0${i}`,
      });
      expect(res.statusCode).toBe(200);
    }
  });
  afterAll(async () => t.close());

  it('lists influencers by followers and posts by hashtag and platform, with totals', async () => {
    const influencers = await admin.get('/api/campaign/social/influencers?limit=1');
    expect(influencers.json()).toMatchObject({ total: 2, items: [{ name: 'Kênh An Toàn', followers: 1_250_000 }] });
    const tagged = await admin.get(`/api/campaign/social/posts?hashtag=${encodeURIComponent('KhongMotMinh')}`);
    expect(tagged.json().total).toBe(2);
    const tiktok = await admin.get(`/api/campaign/social/posts?hashtag=${encodeURIComponent('#01minh')}&platform=TikTok`);
    expect(tiktok.json()).toMatchObject({ total: 1, items: [{ url: 'https://example.vn/p/3', views: 3000 }] });
  });

  it('is national: a provincial organiser gets 403 on every social route', async () => {
    expect((await hueOrganizer.get('/api/campaign/social/influencers')).statusCode).toBe(403);
    expect((await hueOrganizer.get('/api/campaign/social/posts')).statusCode).toBe(403);
    const add = await hueOrganizer.post('/api/campaign/social/influencers', { name: 'X', platforms: ['Zalo'] });
    expect(add.statusCode).toBe(403);
    expect(add.json().error.code).toBe('out_of_province');
  });
});
