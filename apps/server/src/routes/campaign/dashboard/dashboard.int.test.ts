import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';

/** A small campaign: 5 held trainings in Hà Nội (5 schools), 1 in Huế, 6 pledges, posts. */
async function seedSmallCampaign(t: TestApp, admin: CampaignClient): Promise<void> {
  expect((await admin.post('/api/campaign/campaigns', { name: 'Không một mình 2026', startDate: '2026-01-01', endDate: '2026-12-31' })).statusCode).toBe(201);
  await admin.post('/api/campaign/experts', { name: 'Chuyên gia A', provinces: ['ha-noi'] });
  const expertId = (await admin.get('/api/campaign/experts')).json().items[0].id;
  const schools = [...['HN1', 'HN2', 'HN3', 'HN4', 'HN5'].map((code) => ({ code, provinceId: 'ha-noi' })), { code: 'HUE1', provinceId: 'hue' }];
  for (const [i, s] of schools.entries()) {
    await admin.post('/api/campaign/schools', { ...s, name: `Trường ${s.code}`, level: i % 2 ? 'thcs' : 'tieu_hoc' });
    const schoolId = (await admin.get(`/api/campaign/schools?q=${s.code}`)).json().items[0].id;
    const day = String(i + 1).padStart(2, '0');
    const slot = { startAt: `2026-03-${day}T01:00:00Z`, endAt: `2026-03-${day}T03:00:00Z` };
    const training = (await admin.post('/api/campaign/trainings', { schoolId, format: i === 0 ? 'workshop' : 'tap_huan', ...slot })).json();
    await admin.post(`/api/campaign/trainings/${training.id}/approve`, { expertIds: [expertId], ...slot });
    await admin.post(`/api/campaign/trainings/${training.id}/report`, { students: 100, teachers: 3, parents: 1, feedbackScore: 4 });
  }
  for (let i = 0; i < 6; i++) {
    await t.app.inject({
      method: 'POST',
      url: '/api/pledges',
      payload: { provinceId: i < 2 ? 'hue' : 'ha-noi', band: 'lower_secondary', deviceId: `device-dashboard-${String(i).padStart(8, '0')}` },
    });
  }
  await admin.post('/api/campaign/social/posts', { url: 'https://tiktok.com/@kmm/1', platform: 'TikTok', author: '@kmm', hashtags: ['#KhongMotMinh'], views: 2_000_000, postedAt: '2026-03-02' });
  await admin.post('/api/campaign/social/influencers', { name: 'Sơn Tùng', platforms: ['TikTok'], followers: 5_000_000 });
}

describe.each(TEST_DIALECTS)('campaign dashboard on %s', (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;
  let hueOrganizer: CampaignClient;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    hueOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'hue' }));
  });
  afterAll(async () => t.close());

  it('answers 404 before any campaign exists, and the public counters stay null', async () => {
    expect((await admin.get('/api/campaign/dashboard')).statusCode).toBe(404);
    const pub = await t.app.inject({ method: 'GET', url: '/api/campaign/dashboard/public' });
    expect(pub.json()).toMatchObject({ campaign: null, schoolsReached: null });
    await seedSmallCampaign(t, admin);
  });

  it('measures KPIs against targets nationally', async () => {
    const d = (await admin.get('/api/campaign/dashboard')).json();
    expect(d.provinceId).toBeNull();
    expect(d.kpis.schoolsReached).toEqual({ value: 6, target: 2000 });
    expect(d.kpis.provincesReached).toEqual({ value: 2, target: 34 });
    expect(d.kpis.activeExperts).toEqual({ value: 1, target: 150 });
    expect(d.kpis.participants.students).toEqual({ value: 600, target: 1_000_000 });
    expect(d.kpis.pledges.value).toBe(6);
    expect(d.kpis.views).toEqual({ value: 2_000_000, target: 1_000_000_000 });
    expect(d.kpis.influencers.value).toBe(1);
    expect(d.kpis.postsPerHashtag).toContainEqual({ hashtag: '#khongmotminh', value: 1, target: 100_000 });
    expect(d.provinces).toHaveLength(34);
    expect(d.provinces.find((p: { provinceId: string }) => p.provinceId === 'ha-noi')).toMatchObject({ schools: 5, schoolsReached: 5, trainingsHeld: 5, pledges: 4 });
    expect(d.byFormat).toContainEqual({ format: 'workshop', trainings: 1, participants: 104 });
    expect(d.byLevel).toContainEqual({ level: 'thcs', trainings: 3, students: 300 });
    const march = d.weekly.filter((w: { trainingsHeld: number }) => w.trainingsHeld > 0);
    expect(march.reduce((sum: number, w: { trainingsHeld: number }) => sum + w.trainingsHeld, 0)).toBe(6);
    expect(d.weekly[0].week).toBe('2025-12-29');
  });

  it('shows a provincial organiser only their province, without national targets or social reach', async () => {
    const d = (await hueOrganizer.get('/api/campaign/dashboard')).json();
    expect(d.provinceId).toBe('hue');
    expect(d.kpis.schoolsReached).toEqual({ value: 1, target: null });
    expect(d.kpis.pledges.value).toBe(2);
    expect(d.kpis.views.value).toBeNull();
    expect(d.provinces.map((p: { provinceId: string }) => p.provinceId)).toEqual(['hue']);
    expect(d.notes).toHaveLength(1);
    expect((await hueOrganizer.get('/api/campaign/dashboard/provinces/ha-noi/schools')).statusCode).toBe(403);
  });

  it('drills down from a province to its schools to their trainings', async () => {
    const schools = (await admin.get('/api/campaign/dashboard/provinces/ha-noi/schools')).json();
    expect(schools.total).toBe(5);
    expect(schools.items[0]).toMatchObject({ trainingsHeld: 1, participants: 104 });
    const trainings = (await admin.get(`/api/campaign/dashboard/schools/${schools.items[0].id}/trainings`)).json();
    expect(trainings.items).toHaveLength(1);
    expect((await hueOrganizer.get(`/api/campaign/dashboard/schools/${schools.items[0].id}/trainings`)).statusCode).toBe(403);
  });

  it('publishes headline counters, withholding any under 5', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/campaign/dashboard/public' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      campaign: { name: 'Không một mình 2026', startDate: '2026-01-01', endDate: '2026-12-31' },
      schoolsReached: 6,
      provincesReached: null,
      participants: 624,
      pledges: 6,
      eventVisitors: null,
      views: 2_000_000,
      note: 'Các số liệu dưới 5 được ẩn để bảo vệ quyền riêng tư của trẻ em.',
    });
  });
});
