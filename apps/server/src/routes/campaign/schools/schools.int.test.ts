import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';
import { upsertSchools } from './schools-repository.js';

describe.each(TEST_DIALECTS)('school name search on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    await upsertSchools(t.database.db, [
      { code: 'HN-001', name: 'THCS Nguyễn Du', level: 'thcs', provinceId: 'ha-noi', address: 'Hà Nội' },
      { code: 'HUE-001', name: 'THPT Nguyễn Huệ', level: 'thpt', provinceId: 'hue', address: 'Huế' },
      { code: 'HN-002', name: 'Tiểu học Kim Liên', level: 'tieu_hoc', provinceId: 'ha-noi', address: 'Hà Nội' },
    ]);
  });
  afterAll(async () => t.close());

  it('suggests school names to anyone, names only, narrowed by province', async () => {
    const all = await t.app.inject({ method: 'GET', url: `/api/campaign/schools/names?q=${encodeURIComponent('Nguyễn')}` });
    expect(all.statusCode).toBe(200);
    expect(all.json().schools.map((s: { name: string }) => s.name).sort()).toEqual(['THCS Nguyễn Du', 'THPT Nguyễn Huệ']);
    expect(Object.keys(all.json().schools[0]).sort()).toEqual(['id', 'name', 'provinceId']);
    const hue = await t.app.inject({ method: 'GET', url: `/api/campaign/schools/names?q=${encodeURIComponent('Nguyễn')}&provinceId=hue` });
    expect(hue.json().schools.map((s: { name: string }) => s.name)).toEqual(['THPT Nguyễn Huệ']);
    // Typed on a phone without diacritics, as children and parents often do.
    const plain = await t.app.inject({ method: 'GET', url: '/api/campaign/schools/names?q=nguyen%20du' });
    expect(plain.json().schools.map((s: { name: string }) => s.name)).toEqual(['THCS Nguyễn Du']);
  });

  it('needs at least two characters', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/campaign/schools/names?q=N' });
    expect(res.statusCode).toBe(400);
  });
});

describe.each(TEST_DIALECTS)("organisers' school list on %s", (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;
  let hueOrganizer: CampaignClient;
  const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((s) => s.name);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    hueOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'hue' }));
    await upsertSchools(t.database.db, [
      { code: 'HN-001', name: 'THCS Nguyễn Du', level: 'thcs', provinceId: 'ha-noi' },
      { code: 'HUE-001', name: 'THPT Nguyễn Huệ', level: 'thpt', provinceId: 'hue' },
      { code: 'HUE_002', name: 'TIỂU HỌC ĐỒNG KHÁNH', level: 'tieu_hoc', provinceId: 'hue' },
      // Stored decomposed (NFD), as some spreadsheets export it.
      { code: 'HN-002', name: 'Tiểu học Kim Liên'.normalize('NFD'), level: 'tieu_hoc', provinceId: 'ha-noi' },
    ]);
    const school = await t.database.db.selectFrom('schools').select('id').where('code', '=', 'HN-001').executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    const training = (id: string, status: 'held' | 'planned') => ({
      id,
      school_id: school.id,
      format: 'workshop' as const,
      start_at: '2026-03-14T01:00:00.000Z',
      end_at: '2026-03-14T03:00:00.000Z',
      status,
      feedback_score: null,
      note: null,
      requested_by: null,
      created_at: now,
      updated_at: now,
    });
    await t.database.db.insertInto('trainings').values([training('t-1', 'held'), training('t-2', 'held'), training('t-3', 'planned')]).execute();
  });
  afterAll(async () => t.close());

  it('finds names without case or diacritics, and codes by part', async () => {
    expect(names(await admin.get('/api/campaign/schools?q=nguyen'))).toEqual(['THCS Nguyễn Du', 'THPT Nguyễn Huệ']);
    expect(names(await admin.get(`/api/campaign/schools?q=${encodeURIComponent('dong khanh')}`))).toEqual(['TIỂU HỌC ĐỒNG KHÁNH']);
    expect(names(await admin.get(`/api/campaign/schools?q=${encodeURIComponent('Tiểu học')}`)).map((n) => n.normalize('NFC'))).toEqual([
      'Tiểu học Kim Liên',
      'TIỂU HỌC ĐỒNG KHÁNH',
    ]);
    expect(names(await admin.get('/api/campaign/schools?q=kim%20lien'))).toHaveLength(1);
    expect(names(await admin.get('/api/campaign/schools?q=hue-0'))).toEqual(['THPT Nguyễn Huệ']);
    // `_` is a literal underscore, not LIKE's any-character.
    expect(names(await admin.get('/api/campaign/schools?q=hue_'))).toEqual(['TIỂU HỌC ĐỒNG KHÁNH']);
  });

  it('filters by province and level, counts the whole list and the trainings held', async () => {
    const page = await admin.get('/api/campaign/schools?provinceId=ha-noi&limit=1');
    expect(page.json()).toMatchObject({ total: 2, items: [{ code: 'HN-001', trainingsHeld: 2 }] });
    const second = await admin.get('/api/campaign/schools?provinceId=ha-noi&limit=1&offset=1');
    expect(second.json()).toMatchObject({ total: 2, items: [{ code: 'HN-002', trainingsHeld: 0 }] });
    expect((await admin.get('/api/campaign/schools?level=tieu_hoc')).json().total).toBe(2);
  });

  it('keeps a provincial organiser to their province', async () => {
    const own = await hueOrganizer.get('/api/campaign/schools?q=nguyen');
    expect(names(own)).toEqual(['THPT Nguyễn Huệ']);
    expect((await hueOrganizer.get('/api/campaign/schools?provinceId=ha-noi')).statusCode).toBe(403);
  });
});
