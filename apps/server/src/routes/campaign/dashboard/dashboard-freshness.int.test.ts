import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';

/**
 * The dashboard reuses its figures while the counted tables are unchanged: after every kind
 * of write, the very next call must show it, nationally, for the province and in public.
 */
describe.each(TEST_DIALECTS)('campaign dashboard freshness on %s', (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;
  let hueOrganizer: CampaignClient;
  let expertId: string;
  let schoolId: string;
  let eventId: string;

  const national = async () => (await admin.get('/api/campaign/dashboard')).json();
  const hue = async () => (await hueOrganizer.get('/api/campaign/dashboard')).json();
  const hueRow = async () => (await national()).provinces.find((p: { provinceId: string }) => p.provinceId === 'hue');
  // Pledges are stamped now and tickets are only issued until the event's day, so the window runs to a year ahead.
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const publicCounters = async () => (await t.app.inject({ method: 'GET', url: '/api/campaign/dashboard/public' })).json();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    hueOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'hue' }));
    await admin.post('/api/campaign/campaigns', { name: 'Không một mình 2026', startDate: '2026-01-01', endDate: day(365) });
    await admin.post('/api/campaign/experts', { name: 'Chuyên gia Huế', provinces: ['hue'] });
    expertId = (await admin.get('/api/campaign/experts')).json().items[0].id;
  });
  afterAll(async () => t.close());

  it('starts empty, and those empty figures are what gets reused', async () => {
    expect((await national()).kpis.schoolsReached.value).toBe(0);
    expect((await hue()).kpis.pledges.value).toBe(0);
    expect((await publicCounters()).pledges).toBeNull();
  });

  it('counts a new school at once', async () => {
    expect((await admin.post('/api/campaign/schools', { code: 'HUE1', name: 'Trường Huế 1', provinceId: 'hue', level: 'thcs' })).statusCode).toBe(200);
    schoolId = (await admin.get('/api/campaign/schools?q=HUE1')).json().items[0].id;
    expect((await hueRow()).schools).toBe(1);
  });

  it('counts a training once it is reported as held, not before', async () => {
    const slot = { startAt: '2026-03-02T01:00:00Z', endAt: '2026-03-02T03:00:00Z' };
    const training = (await admin.post('/api/campaign/trainings', { schoolId, format: 'tap_huan', ...slot })).json();
    await admin.post(`/api/campaign/trainings/${training.id}/approve`, { expertIds: [expertId], ...slot });
    expect((await national()).kpis.schoolsReached.value).toBe(0);

    await admin.post(`/api/campaign/trainings/${training.id}/report`, { students: 120, teachers: 4, parents: 6, feedbackScore: 5 });
    const d = await national();
    expect(d.kpis.schoolsReached.value).toBe(1);
    expect(d.kpis.activeExperts.value).toBe(1);
    expect(d.kpis.participants.students.value).toBe(120);
    expect(d.provinces.find((p: { provinceId: string }) => p.provinceId === 'hue')).toMatchObject({ schoolsReached: 1, trainingsHeld: 1, experts: 1 });
    expect((await hue()).kpis.schoolsReached.value).toBe(1);
    expect((await publicCounters()).participants).toBe(130);
  });

  it('counts each pledge at once, in the province and in public', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/pledges',
        payload: { provinceId: 'hue', band: 'lower_secondary', deviceId: `device-freshness-${String(i).padStart(8, '0')}` },
      });
      expect(res.statusCode).toBeLessThan(300);
      expect((await national()).kpis.pledges.value).toBe(i + 1);
      expect((await hue()).kpis.pledges.value).toBe(i + 1);
    }
    expect((await publicCounters()).pledges).toBe(5);
    expect((await hueRow()).pledges).toBe(5);
  });

  it('counts check-ins and walk-ins at an event', async () => {
    const created = await admin.post('/api/campaign/events', { name: 'Ngày hội Huế', kind: 'ngay_hoi', date: day(1), provinceId: 'hue' });
    eventId = created.json().id;
    const { code } = (await t.app.inject({ method: 'POST', url: `/api/campaign/events/${eventId}/tickets` })).json();
    expect((await national()).kpis.eventVisitors.value).toBe(0);

    expect((await admin.post(`/api/campaign/events/${eventId}/check-in`, { code })).statusCode).toBe(200);
    expect((await national()).kpis.eventVisitors.value).toBe(1);
    expect((await hue()).kpis.eventVisitors.value).toBe(1);

    await admin.patch(`/api/campaign/events/${eventId}/stats`, { walkIns: 9, onlineViews: 500 });
    const d = await national();
    expect(d.kpis.eventVisitors.value).toBe(10);
    expect(d.kpis.views.value).toBe(500);
  });

  it('counts social posts, their hashtags and influencers', async () => {
    await admin.post('/api/campaign/social/posts', { url: 'https://tiktok.com/@kmm/9', platform: 'TikTok', author: '@kmm', hashtags: ['#KhongMotMinh'], views: 1000, postedAt: '2026-03-03' });
    let d = await national();
    expect(d.kpis.views.value).toBe(1500);
    expect(d.kpis.postsPerHashtag).toContainEqual({ hashtag: '#khongmotminh', value: 1, target: 100_000 });

    await admin.post('/api/campaign/social/influencers', { name: 'Kênh Huế', platforms: ['TikTok'], followers: 10_000 });
    expect((await national()).kpis.influencers.value).toBe(1);

    const csv = 'Đường dẫn,Nền tảng,Tác giả,Hashtag,Lượt xem,Lượt thích,Chia sẻ,Bình luận,Ngày đăng\nhttps://tiktok.com/@kmm/10,TikTok,@kmm,#khongmotminh,2000,1,1,1,04/03/2026';
    expect((await admin.upload('/api/campaign/imports?kind=posts&mode=commit', csv)).statusCode).toBe(200);
    d = await national();
    expect(d.kpis.views.value).toBe(3500);
    expect(d.kpis.postsPerHashtag).toContainEqual({ hashtag: '#khongmotminh', value: 2, target: 100_000 });
  });

  it('sees writes that bypass the app (another server, the CLI, a manual fix)', async () => {
    // Straight to the database, as another process sharing it would: the triggers still move the versions.
    await t.database.db.updateTable('trainings').set({ students: 200 }).execute();
    expect((await national()).kpis.participants.students.value).toBe(200);
    await t.database.db.deleteFrom('pledges').where('province_id', '=', 'hue').execute();
    expect((await hue()).kpis.pledges.value).toBe(0);
    await t.database.db.updateTable('campaign_events').set({ check_ins: 40 }).where('id', '=', eventId).execute();
    expect((await hueRow()).eventVisitors).toBe(40);
    await t.database.db.updateTable('provinces').set({ name: 'Thành phố Huế' }).where('id', '=', 'hue').execute();
    expect((await hue()).provinces[0].name).toBe('Thành phố Huế');
  });
});
