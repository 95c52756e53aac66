import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';

describe.each(TEST_DIALECTS)('pledges on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const pledge = (payload: object) => t.app.inject({ method: 'POST', url: '/api/pledges', payload });
  const device = (n: number) => `device-${String(n).padStart(12, '0')}`;

  it('counts pledges by province, once per device', async () => {
    const first = await pledge({ firstName: 'Lan', provinceId: 'hue', band: 'lower_secondary', deviceId: device(1) });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ total: 1, province: { id: 'hue', count: 1 } });
    await pledge({ provinceId: 'hue', band: 'upper_secondary', deviceId: device(2) });
    await pledge({ provinceId: 'ha-noi', band: 'parents', deviceId: device(3), school: 'THCS Nguyễn Du' });

    const again = await pledge({ provinceId: 'ha-noi', band: 'parents', deviceId: device(1) });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Thiết bị này đã cam kết rồi. Cảm ơn em!');

    const counts = await t.app.inject({ method: 'GET', url: '/api/pledges/counts' });
    expect(counts.json()).toEqual({ total: 3, byProvince: [{ provinceId: 'hue', count: 2 }, { provinceId: 'ha-noi', count: 1 }] });
  });

  it('stores no device id, only its hash', async () => {
    const rows = await t.database.db.selectFrom('pledges').select('device_hash').execute();
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.device_hash))).toBe(true);
  });

  it('rejects unknown provinces and malformed pledges clearly, storing nothing', async () => {
    const unknown = await pledge({ provinceId: 'atlantis', band: 'parents', deviceId: device(9) });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('unknown_province');
    const noBand = await pledge({ provinceId: 'hue', deviceId: device(9) });
    expect(noBand.statusCode).toBe(400);
    expect(noBand.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['band']);
    const counts = await t.app.inject({ method: 'GET', url: '/api/pledges/counts' });
    expect(counts.json().total).toBe(3);
  });
});
