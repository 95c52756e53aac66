import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';

describe.each(TEST_DIALECTS)('GET /api/health on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  it('reports ok, the database engine and the version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true, db: dialect, version: 'test' });
  });

  it('lists the 34 provinces publicly', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/provinces' });
    expect(res.json().provinces).toHaveLength(34);
  });
});
