import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';

describe.each(TEST_DIALECTS)('campaigns and targets on %s', (dialect) => {
  let t: TestApp;
  let national: TestSession;
  let admin: TestSession;
  let provincial: TestSession;

  /** Sends as `session`, with its cookie and CSRF token. */
  const send = (session: TestSession, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object): Promise<LightMyRequestResponse> =>
    t.app.inject({ method, url, headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken }, ...(payload ? { payload } : {}) });

  const body = {
    name: 'Không Một Mình 2027',
    startDate: '2027-01-01',
    endDate: '2027-12-31',
    targets: {
      schools: 2500,
      provinces: 34,
      experts: 200,
      participants: { students: 1_200_000, teachers: 70_000, parents: 250_000 },
      pledges: 600_000,
      eventVisitors: 120_000,
      views: 1_500_000_000,
      influencers: 1200,
      postsPerHashtag: { '#KhongMotMinh': 150_000, '01minh': 60_000 },
    },
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    national = await t.signIn('organizer');
    admin = await t.signIn('admin');
    provincial = await t.signIn('organizer', { provinceId: 'hue' });
  });
  afterAll(async () => t.close());

  it('lets a national organiser create a campaign, with hashtags stored the way posts are counted', async () => {
    const created = await send(national, 'POST', '/api/campaign/campaigns', body);
    expect(created.statusCode).toBe(201);
    const { id, ...rest } = created.json();
    expect(rest).toEqual({ ...body, targets: { ...body.targets, postsPerHashtag: { '#khongmotminh': 150_000, '#01minh': 60_000 } } });
    const read = await send(provincial, 'GET', `/api/campaign/campaigns/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().targets.schools).toBe(2500);
    const dashboard = await send(national, 'GET', `/api/campaign/dashboard?campaignId=${id}`);
    expect(dashboard.json().kpis.postsPerHashtag).toContainEqual({ hashtag: '#01minh', value: 0, target: 60_000 });
  });

  it('lets an admin edit a campaign; the list shows the change', async () => {
    const id = (await send(admin, 'POST', '/api/campaign/campaigns', { name: 'Thử', startDate: '2026-03-01', endDate: '2026-03-31' })).json().id;
    const edited = await send(admin, 'PUT', `/api/campaign/campaigns/${id}`, { ...body, name: 'Tháng hành động', startDate: '2026-03-01', endDate: '2026-04-30' });
    expect(edited.statusCode).toBe(200);
    const listed = (await send(provincial, 'GET', '/api/campaign/campaigns')).json() as { id: string; name: string; endDate: string; targets: { experts: number } }[];
    expect(listed.find((c) => c.id === id)).toMatchObject({ name: 'Tháng hành động', endDate: '2026-04-30', targets: { experts: 200 } });
    expect((await send(national, 'PUT', '/api/campaign/campaigns/nope', body)).statusCode).toBe(404);
  });

  it('prefills new campaigns with the national campaign targets', async () => {
    const defaults = await send(provincial, 'GET', '/api/campaign/campaigns/defaults');
    expect(defaults.statusCode).toBe(200);
    expect(defaults.json().targets).toMatchObject({ schools: 2000, provinces: 34, experts: 150, eventVisitors: 100_000, views: 1_000_000_000, influencers: 1000 });
    expect(Object.keys(defaults.json().targets.postsPerHashtag)).toEqual(['#khongmotminh', '#01minh', '#conguochanoi']);
  });

  it('refuses an end before the start and negative or fractional targets, naming the fields in Vietnamese', async () => {
    const res = await send(national, 'POST', '/api/campaign/campaigns', { ...body, startDate: '2027-06-01', endDate: '2027-05-31' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation', message: 'Một số thông tin chưa hợp lệ, vui lòng kiểm tra lại.' });
    expect(res.json().error.fields).toEqual([{ field: 'endDate', message: 'Ngày kết thúc không được trước ngày bắt đầu.' }]);

    const targets = await send(national, 'POST', '/api/campaign/campaigns', {
      ...body,
      targets: { ...body.targets, schools: -1, participants: { ...body.targets.participants, parents: 2.5 } },
    });
    expect(targets.statusCode).toBe(400);
    const fields = targets.json().error.fields as { field: string; message: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['targets.participants.parents', 'targets.schools']);
    expect(fields.find((f) => f.field === 'targets.schools')!.message).toMatch(/^Quá nhỏ/);

    const twice = await send(national, 'POST', '/api/campaign/campaigns', { ...body, targets: { ...body.targets, postsPerHashtag: { '#01minh': 1, '#01MINH': 2 } } });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().error.fields[0]).toEqual({
      field: 'targets.postsPerHashtag.#01MINH',
      message: 'Hashtag chỉ gồm chữ, số và dấu gạch dưới, và mỗi hashtag chỉ nhập một lần.',
    });
  });

  it('keeps provincial organisers to reading: 403 on create and edit, even with a bad body', async () => {
    const id = (await send(national, 'GET', '/api/campaign/campaigns')).json()[0].id;
    const create = await send(provincial, 'POST', '/api/campaign/campaigns', body);
    expect(create.statusCode).toBe(403);
    expect(create.json().error.message).toBe('Bạn không có quyền thực hiện việc này.');
    expect((await send(provincial, 'PUT', `/api/campaign/campaigns/${id}`, body)).statusCode).toBe(403);
    expect((await send(provincial, 'POST', '/api/campaign/campaigns', { name: '' })).statusCode).toBe(403);
    const teacher = await t.signIn('teacher');
    expect((await send(teacher, 'POST', '/api/campaign/campaigns', body)).statusCode).toBe(403);
    expect((await send(teacher, 'GET', '/api/campaign/campaigns')).statusCode).toBe(403);
  });
});
