import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';

describe.each(TEST_DIALECTS)('training workflow on %s', (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;
  let hueOrganizer: CampaignClient;
  let hanoiOrganizer: CampaignClient;
  let teacher: CampaignClient;
  let expertClient: CampaignClient;
  let otherExpertClient: CampaignClient;
  let schoolId: string;
  let expertId: string;
  let otherExpertId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    hueOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'hue' }));
    hanoiOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'ha-noi' }));
    teacher = campaignClient(t, await t.signIn('teacher', { provinceId: 'hue' }));
    const expertSession = await t.signIn('expert', { provinceId: 'hue' });
    expertClient = campaignClient(t, expertSession);
    otherExpertClient = campaignClient(t, await t.signIn('expert'));

    await hueOrganizer.post('/api/campaign/schools', { code: 'HUE-001', name: 'THCS Nguyễn Tri Phương', level: 'thcs', provinceId: 'hue' });
    schoolId = (await admin.get('/api/campaign/schools?q=HUE-001')).json().items[0].id;
    await admin.post('/api/campaign/experts', { name: 'Trần Thị Mai', email: 'mai@example.vn', provinces: ['hue'], topics: ['lừa đảo'], userId: expertSession.userId });
    await admin.post('/api/campaign/experts', { name: 'Lê Văn Bình', provinces: ['hue', 'da-nang'] });
    const experts = (await admin.get('/api/campaign/experts?provinceId=hue')).json().items as { id: string; name: string }[];
    expertId = experts.find((e) => e.name === 'Trần Thị Mai')!.id;
    otherExpertId = experts.find((e) => e.name === 'Lê Văn Bình')!.id;
  });
  afterAll(async () => t.close());

  const slot = { startAt: '2026-03-14T08:00:00+07:00', endAt: '2026-03-14T10:00:00+07:00' };

  it('goes from request to planned to held, each step by its role', async () => {
    const requested = await teacher.post('/api/campaign/trainings', { schoolId, format: 'workshop', ...slot, note: 'Lớp 8A, 8B' });
    expect(requested.statusCode).toBe(201);
    const training = requested.json();
    expect(training).toMatchObject({ status: 'requested', provinceId: 'hue', startAt: '2026-03-14T01:00:00.000Z', expertIds: [] });

    // Another province's organiser cannot see or plan it; the teacher sees their own request.
    expect((await hanoiOrganizer.post(`/api/campaign/trainings/${training.id}/approve`, { expertIds: [expertId], ...slot })).statusCode).toBe(403);
    expect((await teacher.get('/api/campaign/trainings')).json().total).toBe(1);
    expect((await hanoiOrganizer.get('/api/campaign/trainings')).json().total).toBe(0);

    // An expert cannot report a session before it is planned with them.
    expect((await expertClient.post(`/api/campaign/trainings/${training.id}/report`, { students: 1, teachers: 1, parents: 0, feedbackScore: 5 })).statusCode).toBe(403);

    const planned = await hueOrganizer.post(`/api/campaign/trainings/${training.id}/approve`, { expertIds: [expertId], ...slot });
    expect(planned.statusCode).toBe(200);
    expect(planned.json()).toMatchObject({ status: 'planned', expertIds: [expertId] });
    expect((await expertClient.get('/api/campaign/trainings')).json().items.map((i: { id: string }) => i.id)).toEqual([training.id]);

    expect((await otherExpertClient.post(`/api/campaign/trainings/${training.id}/report`, { students: 1, teachers: 1, parents: 0, feedbackScore: 5 })).statusCode).toBe(403);
    const held = await expertClient.post(`/api/campaign/trainings/${training.id}/report`, { students: 82, teachers: 4, parents: 11, feedbackScore: 5 });
    expect(held.statusCode).toBe(200);
    expect(held.json()).toMatchObject({ status: 'held', students: 82, teachers: 4, parents: 11, feedbackScore: 5 });

    // A held training cannot be cancelled.
    const cancel = await hueOrganizer.post(`/api/campaign/trainings/${training.id}/cancel`);
    expect(cancel.statusCode).toBe(409);
  });

  it('refuses to book an expert twice at overlapping times, with a clear message', async () => {
    const overlapping = { startAt: '2026-03-14T09:30:00+07:00', endAt: '2026-03-14T11:00:00+07:00' };
    const second = (await teacher.post('/api/campaign/trainings', { schoolId, format: 'tap_huan', ...overlapping })).json();
    const clash = await hueOrganizer.post(`/api/campaign/trainings/${second.id}/approve`, { expertIds: [otherExpertId, expertId], ...overlapping });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.code).toBe('expert_double_booked');
    expect(clash.json().error.message).toBe(
      'Chuyên gia Trần Thị Mai đã có buổi khác trùng thời gian (08:00 14/03/2026 – 10:00 14/03/2026). Vui lòng chọn giờ khác hoặc chuyên gia khác.',
    );
    expect((await admin.get(`/api/campaign/trainings/${second.id}`)).json()).toMatchObject({ status: 'requested', expertIds: [] });

    // Back-to-back sessions do not overlap; the other expert is free.
    const after = { startAt: '2026-03-14T10:00:00+07:00', endAt: '2026-03-14T11:00:00+07:00' };
    expect((await hueOrganizer.post(`/api/campaign/trainings/${second.id}/approve`, { expertIds: [expertId], ...after })).statusCode).toBe(200);
  });

  it('keeps teachers to schools of their province and validates times', async () => {
    await admin.post('/api/campaign/schools', { code: 'HN-001', name: 'THPT Chu Văn An', level: 'thpt', provinceId: 'ha-noi' });
    const hanoiSchool = (await admin.get('/api/campaign/schools?q=HN-001')).json().items[0].id;
    expect((await teacher.post('/api/campaign/trainings', { schoolId: hanoiSchool, format: 'workshop', ...slot })).statusCode).toBe(403);
    const backwards = await teacher.post('/api/campaign/trainings', { schoolId, format: 'workshop', startAt: slot.endAt, endAt: slot.startAt });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.fields).toEqual([{ field: 'endAt', message: 'Giờ kết thúc phải sau giờ bắt đầu.' }]);
    expect((await teacher.get(`/api/campaign/schools?provinceId=ha-noi`)).statusCode).toBe(403);
    expect((await teacher.get(`/api/campaign/schools`)).json().items.every((s: { provinceId: string }) => s.provinceId === 'hue')).toBe(true);
  });
});
