import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitReport } from '../../test-support/help-fixtures.js';
import { createTestApp, type TestApp, type TestSession } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';

describe.each(TEST_DIALECTS)('counsellor inbox on %s', (dialect) => {
  let t: TestApp;
  let hueExpert: TestSession;
  let hanoiExpert: TestSession;
  let nationalExpert: TestSession;
  let admin: TestSession;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    hueExpert = await t.signIn('expert', { provinceId: 'hue' });
    hanoiExpert = await t.signIn('expert', { provinceId: 'ha-noi' });
    nationalExpert = await t.signIn('expert');
    admin = await t.signIn('admin');
  });
  afterAll(async () => t.close());

  const get = (s: TestSession | null, url: string, lang = 'vi') =>
    t.app.inject({ method: 'GET', url, headers: { 'accept-language': lang, ...(s ? { cookie: s.cookie } : {}) } });
  const post = (s: TestSession, url: string, payload: object = {}, lang = 'vi') =>
    t.app.inject({ method: 'POST', url, payload, headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken, 'accept-language': lang } });
  const report = (body: object) => submitReport(t.app, t.database, { narrative: 'Nội dung báo cáo', ...body });

  it('orders the queue by urgency, then risk, then the youngest, then the longest waiting, with due times and breaches', async () => {
    const province = 'da-nang';
    const a = await report({ provinceId: province, ageBand: 'adult' });
    const b = await report({ provinceId: province, ageBand: 'upper_secondary', detector: { risk: 'danger', schemes: [] } });
    const c = await report({ provinceId: province, ageBand: 'primary', detector: { risk: 'danger', schemes: [] } });
    const d = await report({ provinceId: province, ageBand: 'adult', emergency: true });
    const e = await report({ provinceId: province, ageBand: 'primary', detector: { risk: 'caution', schemes: [] } });
    const f = await report({ provinceId: province, ageBand: 'primary', schemes: ['sextortion'] });
    const g = await report({ provinceId: province, ageBand: 'upper_secondary', detector: { risk: 'danger', schemes: [] } });

    // d waited past its 15 minutes; a and b were answered, b too late.
    const past = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    await t.database.db.updateTable('cases').set({ due_at: past(5) }).where('id', '=', d.caseId).execute();
    await t.database.db.updateTable('cases').set({ due_at: past(60), first_response_at: past(30) }).where('id', '=', b.caseId).execute();
    await t.database.db.updateTable('cases').set({ due_at: past(60), first_response_at: past(90) }).where('id', '=', a.caseId).execute();

    const res = await get(nationalExpert, `/api/cases?province=${province}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const cases = res.json().cases as { id: string; urgency: string; breached: boolean; dueAt: string; createdAt: string }[];
    expect(cases.map((x) => x.id)).toEqual([d, c, b, g, f, e, a].map((x) => x.caseId));
    expect(cases.map((x) => x.urgency)).toEqual(['emergency', 'danger', 'danger', 'danger', 'danger', 'normal', 'normal']);
    expect(Object.fromEntries(cases.map((x) => [x.id, x.breached]))).toEqual({
      [d.caseId]: true,
      [c.caseId]: false,
      [b.caseId]: true,
      [g.caseId]: false,
      [f.caseId]: false,
      [e.caseId]: false,
      [a.caseId]: false,
    });
    const danger = cases.find((x) => x.id === c.caseId)!;
    expect(Date.parse(danger.dueAt) - Date.parse(danger.createdAt)).toBe(24 * 60 * 60_000);
  });

  it('filters the queue by status, scheme and province', async () => {
    const x = await report({ provinceId: 'can-tho', schemes: ['job_scam'] });
    await report({ provinceId: 'can-tho', schemes: ['loan_scam'] });
    const byScheme = await get(admin, '/api/cases?province=can-tho&scheme=job_scam');
    expect(byScheme.json().cases.map((c: { id: string }) => c.id)).toEqual([x.caseId]);
    expect(byScheme.json().cases[0].schemes).toEqual(['job_scam']);
    await post(admin, `/api/cases/${x.caseId}/status`, { status: 'triaged' });
    await post(admin, `/api/cases/${x.caseId}/status`, { status: 'closed' });
    expect((await get(admin, '/api/cases?province=can-tho')).json().cases).toHaveLength(1);
    const closed = await get(admin, '/api/cases?province=can-tho&status=closed');
    expect(closed.json().cases.map((c: { id: string }) => c.id)).toEqual([x.caseId]);
    expect((await get(admin, '/api/cases?scheme=bitcoin')).statusCode).toBe(400);
  });

  it('shows a counsellor the unassigned cases of their province and their own cases, nothing else', async () => {
    const r = await report({ provinceId: 'ha-noi', narrative: 'Bí mật của em ở Hà Nội' });
    const ids = async (s: TestSession) => ((await get(s, '/api/cases?limit=500')).json().cases as { id: string }[]).map((c) => c.id);

    expect((await get(hueExpert, `/api/cases/${r.caseId}`)).statusCode).toBe(404);
    expect(await ids(hueExpert)).not.toContain(r.caseId);
    expect((await post(hueExpert, `/api/cases/${r.caseId}/claim`)).statusCode).toBe(404);
    const open = await get(hanoiExpert, `/api/cases/${r.caseId}`);
    expect(open.statusCode).toBe(200);
    expect(open.json().narrative).toBe('Bí mật của em ở Hà Nội');
    expect(await ids(nationalExpert)).toContain(r.caseId);

    expect((await post(hanoiExpert, `/api/cases/${r.caseId}/claim`)).json().assignedTo).toBe(hanoiExpert.userId);
    expect((await post(hanoiExpert, `/api/cases/${r.caseId}/claim`)).statusCode).toBe(200);
    expect((await get(nationalExpert, `/api/cases/${r.caseId}`)).statusCode).toBe(404);
    expect(await ids(nationalExpert)).not.toContain(r.caseId);
    expect((await post(admin, `/api/cases/${r.caseId}/claim`)).statusCode).toBe(409);

    const notExpert = await post(hanoiExpert, `/api/cases/${r.caseId}/assign`, { expertId: admin.userId });
    expect(notExpert.statusCode).toBe(400);
    expect(notExpert.json().error.code).toBe('unknown_expert');
    expect((await post(hanoiExpert, `/api/cases/${r.caseId}/assign`, { expertId: hueExpert.userId })).statusCode).toBe(200);
    expect((await get(hueExpert, `/api/cases/${r.caseId}`)).statusCode).toBe(200);
    expect(await ids(hueExpert)).toContain(r.caseId);
    expect((await get(hanoiExpert, `/api/cases/${r.caseId}`)).statusCode).toBe(404);
    expect((await get(admin, `/api/cases/${r.caseId}`)).statusCode).toBe(200);
  });

  it('lets a counsellor hand their case, or an unassigned one, to an active colleague, audited', async () => {
    const giver = await t.signIn('expert', { provinceId: 'quang-ninh' });
    const taker = await t.signIn('expert', { provinceId: 'lang-son' });
    const locked = await t.signIn('expert', { provinceId: 'lang-son' });
    await t.database.db.updateTable('users').set({ locked_until: new Date(Date.now() + 15 * 60_000).toISOString() }).where('id', '=', locked.userId).execute();
    const organizer = await t.signIn('organizer');

    const listed = await get(giver, '/api/cases/counsellors');
    expect(listed.statusCode).toBe(200);
    const ids = (listed.json().counsellors as { id: string; displayName: string }[]).map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining([giver.userId, taker.userId, hueExpert.userId]));
    expect(ids).not.toContain(locked.userId);
    expect(ids).not.toContain(admin.userId);
    expect(ids).not.toContain(organizer.userId);
    expect(Object.keys(listed.json().counsellors[0]).sort()).toEqual(['displayName', 'id', 'provinceId']);
    expect((await get(organizer, '/api/cases/counsellors')).statusCode).toBe(403);

    const r = await report({ provinceId: 'quang-ninh' });
    expect((await post(giver, `/api/cases/${r.caseId}/claim`)).statusCode).toBe(200);
    const toOrganizer = await post(giver, `/api/cases/${r.caseId}/assign`, { expertId: organizer.userId });
    expect(toOrganizer.statusCode).toBe(400);
    expect(toOrganizer.json().error).toMatchObject({ code: 'unknown_expert', message: 'Không tìm thấy chuyên gia tư vấn này.' });
    const toLocked = await post(giver, `/api/cases/${r.caseId}/assign`, { expertId: locked.userId });
    expect(toLocked.statusCode).toBe(422);
    expect(toLocked.json().error.code).toBe('expert_unavailable');
    expect(toLocked.json().error.message).toContain('đang tạm khóa');

    const handed = await post(giver, `/api/cases/${r.caseId}/assign`, { expertId: taker.userId });
    expect(handed.statusCode).toBe(200);
    expect(handed.json().assignedTo).toBe(taker.userId);
    const inbox = (await get(taker, '/api/cases?limit=500')).json().cases as { id: string }[];
    expect(inbox.map((c) => c.id)).toContain(r.caseId);
    expect((await get(giver, `/api/cases/${r.caseId}`)).statusCode).toBe(404);
    // Once handed over, it is the colleague's: the giver can no longer move it.
    expect((await post(giver, `/api/cases/${r.caseId}/assign`, { expertId: giver.userId })).statusCode).toBe(404);

    const audit = await t.database.db.selectFrom('audit_log').select(['user_id', 'detail']).where('case_id', '=', r.caseId).where('action', '=', 'case.assign').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.user_id).toBe(giver.userId);
    expect(JSON.parse(audit[0]!.detail!)).toEqual({ from: giver.userId, to: taker.userId });
    const timeline = (await get(taker, `/api/cases/${r.caseId}`)).json().timeline as { kind: string; userId: string; detail?: object }[];
    expect(timeline.find((e) => e.kind === 'assigned')).toMatchObject({ userId: giver.userId, detail: { from: giver.userId, to: taker.userId } });

    const unassigned = await report({ provinceId: 'quang-ninh' });
    const direct = await post(giver, `/api/cases/${unassigned.caseId}/assign`, { expertId: taker.userId });
    expect(direct.statusCode).toBe(200);
    expect(direct.json().assignedTo).toBe(taker.userId);
  });

  it('gives organisers counts only, and other roles nothing', async () => {
    const r = await report({ provinceId: 'hue', schemes: ['grooming'], narrative: 'Nội dung không được lộ' });
    const organizer = await t.signIn('organizer', { provinceId: 'hue' });
    const nationalOrganizer = await t.signIn('organizer');
    expect((await get(organizer, `/api/cases/${r.caseId}`)).statusCode).toBe(403);
    expect((await get(organizer, '/api/cases')).statusCode).toBe(403);
    const stats = await get(organizer, '/api/cases/stats');
    expect(stats.statusCode).toBe(200);
    expect(stats.body).not.toContain('Nội dung');
    const body = stats.json();
    expect(body.byProvince.map((p: { provinceId: string }) => p.provinceId)).toEqual(['hue']);
    expect(body.byScheme).toContainEqual({ scheme: 'grooming', count: 1 });
    expect(body.byWeek[0].week).toMatch(/^\d{4}-W\d{2}$/);
    const national = (await get(nationalOrganizer, '/api/cases/stats')).json();
    expect(national.total).toBeGreaterThan(body.total);
    expect((await get(admin, '/api/cases/stats')).json().total).toBe(national.total);

    for (const role of ['student', 'parent', 'teacher'] as const) {
      const s = await t.signIn(role);
      expect((await get(s, `/api/cases/${r.caseId}`)).statusCode, role).toBe(403);
      expect((await get(s, '/api/cases/stats')).statusCode, role).toBe(403);
    }
    expect((await get(hueExpert, '/api/cases/stats')).statusCode).toBe(403);
    expect((await get(null, `/api/cases/${r.caseId}`)).statusCode).toBe(401);
  });

  it('follows the workflow and answers 409 to a move it does not allow', async () => {
    const r = await report({ provinceId: 'hue' });
    const move = (status: string) => post(hueExpert, `/api/cases/${r.caseId}/status`, { status }, 'en');
    const skip = await move('referred');
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error).toMatchObject({ code: 'invalid_transition', message: 'A case cannot move from "new" to "referred".' });
    expect((await move('closed')).statusCode).toBe(409);
    for (const status of ['triaged', 'in_progress', 'referred', 'closed']) {
      const res = await move(status);
      expect(res.statusCode, status).toBe(200);
      expect(res.json().status).toBe(status);
    }
    expect((await move('triaged')).statusCode).toBe(409);
    expect((await move('in_progress')).statusCode).toBe(200);
    expect((await move('bogus')).statusCode).toBe(400);
    const detail = (await get(hueExpert, `/api/cases/${r.caseId}`)).json();
    expect(detail.closedAt).toBeNull();
    expect(detail.firstResponseAt).not.toBeNull();
    expect(detail.timeline.filter((e: { kind: string }) => e.kind === 'status').map((e: { detail: { to: string } }) => e.detail.to)).toEqual([
      'triaged',
      'in_progress',
      'referred',
      'closed',
      'in_progress',
    ]);
  });

  it('refers only with consent or an emergency override whose reason is audited', async () => {
    const without = await report({ provinceId: 'hue' });
    const refer = (id: string, body: object) => post(hueExpert, `/api/cases/${id}/referrals`, body);
    const refused = await refer(without.caseId, { to: 'police_113', consent: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('referral_needs_consent');
    expect((await refer(without.caseId, { to: 'police_113', consent: false, emergencyOverride: { reason: 'short' } })).statusCode).toBe(400);
    const reason = 'Em đang ở nhà nghỉ một mình theo lệnh kẻ gian, mất liên lạc';
    const override = await refer(without.caseId, { to: 'police_113', consent: false, emergencyOverride: { reason } });
    expect(override.statusCode).toBe(201);
    expect(override.json()).toMatchObject({ to: 'police_113', basis: 'emergency_override' });

    const raw = await t.database.db.selectFrom('audit_log').select('detail').where('case_id', '=', without.caseId).where('action', '=', 'case.referral').executeTakeFirstOrThrow();
    expect(raw.detail).not.toContain('nhà nghỉ');
    const audit = (await get(admin, `/api/audit?caseId=${without.caseId}`)).json().entries as { action: string; userId: string; detail: { reason?: string } }[];
    expect(audit.find((e) => e.action === 'case.referral')).toMatchObject({ userId: hueExpert.userId, detail: { to: 'police_113', basis: 'emergency_override', reason } });

    const consented = await report({ provinceId: 'hue', contact: 'zalo 0900000000', contactConsent: true });
    expect((await refer(consented.caseId, { to: 'hotline_111', consent: false })).json().basis).toBe('consent');
    const recorded = await report({ provinceId: 'hue' });
    expect((await refer(recorded.caseId, { to: 'school', consent: true })).json().basis).toBe('consent');
    expect((await get(hueExpert, `/api/cases/${recorded.caseId}`)).json().referralConsent).toBe(true);
    expect((await refer(recorded.caseId, { to: 'health', consent: false })).json().basis).toBe('consent');
  });

  it('audits every read and write, admins included, and the reading of the audit itself', async () => {
    const r = await report({ provinceId: 'hue' });
    await get(hueExpert, `/api/cases/${r.caseId}`);
    await post(hueExpert, `/api/cases/${r.caseId}/claim`);
    await post(hueExpert, `/api/cases/${r.caseId}/notes`, { text: 'ghi chú' });
    await post(hueExpert, `/api/cases/${r.caseId}/replies`, { text: 'trả lời' });
    await post(hueExpert, `/api/cases/${r.caseId}/status`, { status: 'triaged' });
    await get(admin, `/api/cases/${r.caseId}`);
    await t.app.inject({ method: 'GET', url: `/api/reports/${r.code}`, headers: { 'x-report-pin': r.pin } });
    await get(hanoiExpert, `/api/cases/${r.caseId}`);

    const first = await get(admin, `/api/audit?caseId=${r.caseId}`);
    expect(first.statusCode).toBe(200);
    const entries = first.json().entries as { action: string; userId: string | null }[];
    expect(entries.map((e) => [e.action, e.userId])).toEqual([
      ['report.create', null],
      ['case.read', hueExpert.userId],
      ['case.claim', hueExpert.userId],
      ['case.note', hueExpert.userId],
      ['case.reply', hueExpert.userId],
      ['case.status', hueExpert.userId],
      ['case.read', admin.userId],
      ['report.read', null],
      ['case.read_denied', hanoiExpert.userId],
      ['audit.read', admin.userId],
    ]);
    const second = (await get(admin, `/api/audit?caseId=${r.caseId}`)).json().entries as { action: string }[];
    expect(second.filter((e) => e.action === 'audit.read')).toHaveLength(2);
    expect(JSON.stringify(second)).not.toContain('ghi chú');

    expect((await get(hueExpert, `/api/audit?caseId=${r.caseId}`)).statusCode).toBe(403);
    const auditRoutes = t.app.accessRules.filter((rule) => rule.url.startsWith('/api/audit'));
    expect(auditRoutes.map((rule) => rule.method)).toEqual(['GET']);
  });
});
