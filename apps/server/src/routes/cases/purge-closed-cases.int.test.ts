import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitReport } from '../../test-support/help-fixtures.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';
import { purgeClosedCases } from './purge-closed-cases.js';

describe.each(TEST_DIALECTS)('retention on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const DAY = 86_400_000;
  const PNG = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
  ]);

  it('erases the contents of cases closed longer ago than the retention, keeping the counts', async () => {
    const full = {
      narrative: 'Nội dung nhạy cảm',
      conversation: 'đoạn chat',
      contact: '0900000000',
      contactConsent: true,
      nickname: 'Mèo',
      links: ['https://x.top'],
      provinceId: 'hue',
      schemes: ['grooming'],
      pdqHashes: ['a'.repeat(64)],
      screenshots: [{ mime: 'image/png', dataBase64: PNG.toString('base64') }],
    };
    const old = await submitReport(t.app, t.database, full);
    const recent = await submitReport(t.app, t.database, full);
    const open = await submitReport(t.app, t.database, full);
    const now = new Date();
    const closedAt = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
    await t.database.db.updateTable('cases').set({ status: 'closed', closed_at: closedAt(181) }).where('id', '=', old.caseId).execute();
    await t.database.db.updateTable('cases').set({ status: 'closed', closed_at: closedAt(179) }).where('id', '=', recent.caseId).execute();
    await t.database.db
      .insertInto('case_messages')
      .values({ id: 'm-old', case_id: old.caseId, at: closedAt(200), kind: 'note', user_id: null, body_enc: t.app.dataCipher.encrypt('ghi chú') })
      .execute();
    const statsBefore = await t.database.db.selectFrom('case_schemes').selectAll().execute();

    expect(await purgeClosedCases(t.database.db, now, 180)).toBe(1);
    expect(await purgeClosedCases(t.database.db, now, 180)).toBe(0);

    const rows = await t.database.db.selectFrom('cases').selectAll().execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(old.caseId)).toMatchObject({
      narrative_enc: null,
      conversation_enc: null,
      evidence_enc: null,
      nickname_enc: null,
      contact_enc: null,
      pdq_hashes: '[]',
      status: 'closed',
      province_id: 'hue',
      urgency: 'danger',
      purged_at: now.toISOString(),
    });
    expect(byId.get(old.caseId)!.week).toMatch(/^\d{4}-W\d{2}$/);
    for (const kept of [recent, open]) expect(byId.get(kept.caseId)!.narrative_enc).toMatch(/^v1:/);
    const messages = await t.database.db.selectFrom('case_messages').select('body_enc').where('case_id', '=', old.caseId).execute();
    expect(messages.every((m) => m.body_enc === null)).toBe(true);
    const shots = await t.database.db.selectFrom('case_screenshots').select('case_id').execute();
    expect(shots.map((s) => s.case_id).sort()).toEqual([recent.caseId, open.caseId].sort());
    expect(await t.database.db.selectFrom('case_schemes').selectAll().execute()).toEqual(statsBefore);
    const audit = await t.database.db.selectFrom('audit_log').select(['user_id', 'action']).where('case_id', '=', old.caseId).where('action', '=', 'case.purge').execute();
    expect(audit).toEqual([{ user_id: null, action: 'case.purge' }]);

    // The reporter can still see the status; the counsellor sees an erased case.
    const thread = await t.app.inject({ method: 'GET', url: `/api/reports/${old.code}`, headers: { 'x-report-pin': old.pin } });
    expect(thread.json()).toEqual({ status: 'closed', messages: [] });
    const admin = await t.signIn('admin');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/cases/${old.caseId}`, headers: { cookie: admin.cookie } })).json();
    expect(detail).toMatchObject({ narrative: null, contact: null, links: [], screenshots: [], purgedAt: now.toISOString() });
  });

  it('erases a reopened case again once it is closed long enough', async () => {
    const r = await submitReport(t.app, t.database, { narrative: 'lần một' });
    const long = new Date(Date.now() - 400 * DAY).toISOString();
    await t.database.db.updateTable('cases').set({ status: 'closed', closed_at: long }).where('id', '=', r.caseId).execute();
    expect(await purgeClosedCases(t.database.db, new Date(), 180)).toBe(1);
    // The child writes again: the case reopens, then is closed later.
    await t.app.inject({ method: 'POST', url: `/api/reports/${r.code}/messages`, headers: { 'x-report-pin': r.pin }, payload: { text: 'em lại bị làm phiền' } });
    const reopened = await t.database.db.selectFrom('cases').select(['status', 'closed_at']).where('id', '=', r.caseId).executeTakeFirstOrThrow();
    expect(reopened).toEqual({ status: 'in_progress', closed_at: null });
    const later = new Date(Date.now() + 200 * DAY);
    await t.database.db.updateTable('cases').set({ status: 'closed', closed_at: new Date(Date.now() + DAY).toISOString() }).where('id', '=', r.caseId).execute();
    // The first test's recent case is due by then too.
    expect(await purgeClosedCases(t.database.db, later, 180)).toBe(2);
    const row = await t.database.db.selectFrom('cases').select('purged_at').where('id', '=', r.caseId).executeTakeFirstOrThrow();
    expect(row.purged_at).toBe(later.toISOString());
    const messages = await t.database.db.selectFrom('case_messages').select('body_enc').where('case_id', '=', r.caseId).execute();
    expect(messages.every((m) => m.body_enc === null)).toBe(true);
  });
});
