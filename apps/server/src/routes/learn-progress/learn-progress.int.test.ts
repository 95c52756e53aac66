import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestSession } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';

describe.each(TEST_DIALECTS)('learning progress on %s', (dialect) => {
  let t: TestApp;
  let student: TestSession;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    student = await t.signIn('student');
  });
  afterAll(async () => t.close());

  const put = (items: object[]) =>
    t.app.inject({ method: 'PUT', url: '/api/learn/progress', headers: { cookie: student.cookie, 'x-csrf-token': student.csrfToken }, payload: { items } });

  it('merges the device progress into the account, keeping the best result', async () => {
    await put([{ kind: 'quiz', id: 'q1', score: 4, total: 10, completedAt: '2026-11-01T08:00:00.000Z' }]);
    const merged = await put([
      { kind: 'quiz', id: 'q1', score: 9, total: 10, completedAt: '2026-11-03T08:00:00.000Z' },
      { kind: 'scenario', id: 's1', outcome: 'safe', completedAt: '2026-11-02T08:00:00.000Z' },
    ]);
    expect(merged.statusCode).toBe(200);
    const got = await t.app.inject({ method: 'GET', url: '/api/learn/progress', headers: { cookie: student.cookie } });
    expect(got.json().items).toEqual([
      { kind: 'quiz', id: 'q1', score: 9, total: 10, completedAt: '2026-11-01T08:00:00.000Z' },
      { kind: 'scenario', id: 's1', outcome: 'safe', completedAt: '2026-11-02T08:00:00.000Z' },
    ]);
  });

  it('rejects malformed items', async () => {
    const res = await put([{ kind: 'game', id: 'x', completedAt: 'yesterday' }]);
    expect(res.statusCode).toBe(400);
  });
});
