import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
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
  });

  it('needs at least two characters', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/campaign/schools/names?q=N' });
    expect(res.statusCode).toBe(400);
  });
});
