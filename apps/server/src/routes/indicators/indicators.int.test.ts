import { analyze } from '@kmm/detector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitReport } from '../../test-support/help-fixtures.js';
import { createTestApp, type TestApp, type TestSession } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';

describe.each(TEST_DIALECTS)('indicators on %s', (dialect) => {
  let t: TestApp;
  let proposer: TestSession;
  let reviewer: TestSession;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    proposer = await t.signIn('expert', { provinceId: 'hue' });
    reviewer = await t.signIn('expert', { provinceId: 'ha-noi' });
    ({ caseId } = await submitReport(t.app, t.database, { narrative: 'Số 0912 345 678 đòi em chuyển tiền', provinceId: 'hue' }));
  });
  afterAll(async () => t.close());

  const post = (s: TestSession, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, ...(payload ? { payload } : {}), headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken } });
  const propose = (payload: object, s = proposer) => post(s, `/api/cases/${caseId}/indicators`, payload);

  it('normalises proposals and refuses what is not an indicator of its kind', async () => {
    const phone = await propose({ kind: 'phone', value: '0912 345 678', scheme: 'authority_impersonation' });
    expect(phone.statusCode).toBe(201);
    expect(phone.json()).toMatchObject({ value: '+84912345678', status: 'proposed', proposedBy: proposer.userId });
    const domain = await propose({ kind: 'domain', value: 'https://Secure.VCB-XacMinh.top/login', scheme: 'phishing_link' });
    expect(domain.json().value).toBe('vcb-xacminh.top');
    const again = await propose({ kind: 'phone', value: '+84912345678', scheme: 'authority_impersonation' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('indicator_exists');
    const bad = await propose({ kind: 'phone', value: '113', scheme: 'authority_impersonation' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('indicator_invalid');
    expect((await propose({ kind: 'phone', value: '0912345679', scheme: 'not_a_scheme' })).statusCode).toBe(400);
    // The reviewer's province cannot see this case, so cannot propose from it.
    expect((await propose({ kind: 'phrase', value: 'tài khoản tạm giữ', scheme: 'online_kidnapping' }, reviewer)).statusCode).toBe(404);
  });

  it('needs a second counsellor to confirm, and publishes only confirmed ones with an ETag', async () => {
    const empty = await t.app.inject({ method: 'GET', url: '/api/indicators' });
    expect(empty.json()).toMatchObject({ phones: [], domains: [], phrases: [], pdq: [] });
    const emptyTag = String(empty.headers.etag);

    const pending = (await t.app.inject({ method: 'GET', url: '/api/indicators/proposed', headers: { cookie: reviewer.cookie } })).json().indicators as {
      id: string;
      kind: string;
    }[];
    const phone = pending.find((i) => i.kind === 'phone')!;
    const domain = pending.find((i) => i.kind === 'domain')!;

    const own = await post(proposer, `/api/indicators/${phone.id}/confirm`);
    expect(own.statusCode).toBe(409);
    expect(own.json().error.code).toBe('indicator_same_counsellor');
    expect((await post(reviewer, `/api/indicators/${phone.id}/confirm`)).json().status).toBe('confirmed');
    expect((await post(reviewer, `/api/indicators/${phone.id}/reject`)).statusCode).toBe(409);
    expect((await post(reviewer, `/api/indicators/${domain.id}/reject`)).json().status).toBe('rejected');
    expect((await post(reviewer, '/api/indicators/nope/confirm')).statusCode).toBe(404);

    const res = await t.app.inject({ method: 'GET', url: '/api/indicators' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toContain('max-age');
    const etag = String(res.headers.etag);
    expect(etag).not.toBe(emptyTag);
    const published = res.json();
    expect(published).toEqual({
      version: etag.replaceAll('"', ''),
      phones: [{ value: '+84912345678', scheme: 'authority_impersonation' }],
      domains: [],
      phrases: [],
      pdq: [],
    });

    const cached = await t.app.inject({ method: 'GET', url: '/api/indicators', headers: { 'if-none-match': etag } });
    expect(cached.statusCode).toBe(304);
    expect(cached.body).toBe('');
    expect((await t.app.inject({ method: 'GET', url: '/api/indicators', headers: { 'if-none-match': emptyTag } })).statusCode).toBe(200);

    // The loop closes: the detector warns on the confirmed number.
    const { version: _version, pdq: _pdq, ...indicators } = published;
    const result = analyze('Gọi ngay 0912.345.678 để xác minh', { indicators });
    expect(result.indicators?.map((m) => m.value)).toEqual(['+84912345678']);
  });
});
