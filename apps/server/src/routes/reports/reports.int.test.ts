import { randomUUID } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitReport } from '../../test-support/help-fixtures.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';

function pngChunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

const PNG_WITH_GPS = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  pngChunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0])),
  pngChunk('tEXt', Buffer.from('GPS\0 21.0285 105.8542', 'latin1')),
  pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0x60, 0x00, 0x00, 0x00, 0x02, 0x00, 0x01])),
  pngChunk('IEND', Buffer.alloc(0)),
]);

describe.each(TEST_DIALECTS)('reports on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => t.close());

  const report = (payload: object, remoteAddress = '192.0.2.1', lang = 'vi') =>
    t.app.inject({ method: 'POST', url: '/api/reports', payload, remoteAddress, headers: { 'accept-language': lang } });
  const follow = (code: string, pin: string) => t.app.inject({ method: 'GET', url: `/api/reports/${code}`, headers: { 'x-report-pin': pin } });

  it('takes an anonymous report without cookies and answers a code and a 6-digit PIN', async () => {
    const res = await report({ narrative: 'Có người lạ nhắn tin đòi em gửi ảnh.', reporter: 'child', ageBand: 'lower_secondary', provinceId: 'hue' });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['code', 'pin']);
    expect(body.code).toMatch(/^KM-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(body.pin).toMatch(/^\d{6}$/);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toBe('no-store');
    const row = await t.database.db.selectFrom('cases').select(['pin_hash', 'status', 'urgency']).where('code', '=', body.code).executeTakeFirstOrThrow();
    expect(row.pin_hash).toMatch(/^\$argon2id\$/);
    expect(row.pin_hash).not.toContain(body.pin);
    expect(row).toMatchObject({ status: 'new', urgency: 'normal' });
  });

  it('follows up with the PIN: replies are visible, internal notes never', async () => {
    const r = await submitReport(t.app, t.database, { narrative: 'Em bị lừa nạp thẻ game.', provinceId: 'hue' });
    const expert = await t.signIn('expert', { provinceId: 'hue' });
    const asExpert = (url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, payload, headers: { cookie: expert.cookie, 'x-csrf-token': expert.csrfToken } });
    expect((await asExpert(`/api/cases/${r.caseId}/notes`, { text: 'Ghi chú nội bộ: có thể liên quan vụ khác' })).statusCode).toBe(201);
    expect((await asExpert(`/api/cases/${r.caseId}/replies`, { text: 'Chào em, chuyên gia đã đọc tin của em.' })).statusCode).toBe(201);

    const sent = await t.app.inject({
      method: 'POST',
      url: `/api/reports/${r.code.toLowerCase()}/messages`,
      headers: { 'x-report-pin': r.pin },
      payload: { text: 'Em cảm ơn ạ.' },
    });
    expect(sent.statusCode).toBe(201);

    const res = await follow(r.code, r.pin);
    expect(res.statusCode).toBe(200);
    const thread = res.json();
    expect(thread.status).toBe('new');
    expect(thread.messages.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([
      ['counsellor', 'Chào em, chuyên gia đã đọc tin của em.'],
      ['reporter', 'Em cảm ơn ạ.'],
    ]);
    expect(res.body).not.toContain('nội bộ');
  });

  it('answers a wrong PIN and an unknown code alike with 403, and locks the code at the 6th wrong PIN', async () => {
    const r = await submitReport(t.app, t.database, { narrative: 'Tin nhắn lạ.' });
    const wrong = r.pin === '000000' ? '111111' : '000000';
    const unknown = await follow('KM-0000-0000', wrong);
    expect(unknown.statusCode).toBe(403);
    expect(unknown.json().error.code).toBe('report_access_denied');
    for (let i = 1; i <= 5; i++) expect((await follow(r.code, wrong)).statusCode, `wrong PIN ${i}`).toBe(403);
    const sixth = await follow(r.code, wrong);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().error.code).toBe('report_locked');
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(14 * 60);
    const right = await follow(r.code, r.pin);
    expect(right.statusCode).toBe(429);
    expect(right.json().error.message).toContain('15 phút');

    // The lock lives in the database, so every instance honours it; once it ends, the right PIN works.
    const row = await t.database.db.selectFrom('cases').select('pin_locked_until').where('id', '=', r.caseId).executeTakeFirstOrThrow();
    expect(row.pin_locked_until).not.toBeNull();
    await t.database.db.updateTable('cases').set({ pin_locked_until: new Date(Date.now() - 1000).toISOString() }).where('id', '=', r.caseId).execute();
    expect((await follow(r.code, r.pin)).statusCode).toBe(200);
  });

  it('needs a well-formed PIN header', async () => {
    const r = await submitReport(t.app, t.database, { narrative: 'x' });
    expect((await t.app.inject({ method: 'GET', url: `/api/reports/${r.code}` })).statusCode).toBe(400);
    expect((await follow(r.code, '12ab56')).statusCode).toBe(400);
  });

  it('sets urgency at intake: emergency path or risk first, then danger', async () => {
    const urgencyOf = async (body: object) => {
      const r = await submitReport(t.app, t.database, { narrative: 'Cứu em', ...body });
      const row = await t.database.db.selectFrom('cases').select(['urgency', 'created_at', 'due_at']).where('id', '=', r.caseId).executeTakeFirstOrThrow();
      return { urgency: row.urgency, minutes: (Date.parse(row.due_at) - Date.parse(row.created_at)) / 60_000 };
    };
    expect(await urgencyOf({ emergency: true })).toEqual({ urgency: 'emergency', minutes: 15 });
    expect(await urgencyOf({ detector: { risk: 'emergency', schemes: [{ id: 'online_kidnapping', score: 0.9 }] } })).toEqual({ urgency: 'emergency', minutes: 15 });
    expect(await urgencyOf({ detector: { risk: 'danger', schemes: [] } })).toEqual({ urgency: 'danger', minutes: 24 * 60 });
    expect((await urgencyOf({ schemes: ['game_scam'] })).urgency).toBe('normal');
  });

  it('keeps the detector verdict as given, without the rest of the result', async () => {
    const r = await submitReport(t.app, t.database, {
      narrative: 'x',
      schemes: ['unknown'],
      detector: { risk: 'danger', schemes: [{ id: 'prize_scam', score: 0.8 }], signals: [{ id: 'urgency', evidence: [] }] },
    });
    const row = await t.database.db.selectFrom('cases').select('detector').where('id', '=', r.caseId).executeTakeFirstOrThrow();
    expect(JSON.parse(row.detector!)).toEqual({ risk: 'danger', schemes: [{ id: 'prize_scam', score: 0.8 }] });
    const schemes = await t.database.db.selectFrom('case_schemes').select('scheme').where('case_id', '=', r.caseId).execute();
    expect(schemes.map((s) => s.scheme)).toEqual(['prize_scam']);
  });

  it('stores screenshots without their metadata', async () => {
    const r = await submitReport(t.app, t.database, { narrative: 'Ảnh chụp tin nhắn', screenshots: [{ mime: 'image/png', dataBase64: PNG_WITH_GPS.toString('base64') }] });
    const admin = await t.signIn('admin');
    const detail = await t.app.inject({ method: 'GET', url: `/api/cases/${r.caseId}`, headers: { cookie: admin.cookie } });
    const [shot] = detail.json().screenshots;
    expect(shot.mime).toBe('image/png');
    const image = await t.app.inject({ method: 'GET', url: `/api/cases/${r.caseId}/screenshots/${shot.id}`, headers: { cookie: admin.cookie } });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.length).toBe(shot.bytes);
    expect(image.rawPayload.subarray(0, 8).equals(PNG_WITH_GPS.subarray(0, 8))).toBe(true);
    expect(image.rawPayload.toString('latin1')).not.toContain('GPS');
  });

  it('refuses bad input with a clear message in the caller language, storing nothing', async () => {
    const before = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const ip = '192.0.2.99';
    const tooLong = await report({ narrative: 'a'.repeat(20_001) }, ip);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['narrative']);
    expect((await report({ narrative: '' }, ip)).statusCode).toBe(400);
    expect((await report({ narrative: 42 }, ip)).statusCode).toBe(400);

    const province = await report({ narrative: 'x', provinceId: 'atlantis' }, ip, 'en');
    expect(province.statusCode).toBe(400);
    expect(province.json().error).toMatchObject({ code: 'unknown_province', message: 'Unknown province. Please choose one of the 34 provinces.' });
    const scheme = await report({ narrative: 'x', schemes: ['crypto_moon'] }, ip);
    expect(scheme.statusCode).toBe(400);
    expect(scheme.json().error.code).toBe('unknown_scheme');
    expect(scheme.json().error.message).toContain('crypto_moon');
    const consent = await report({ narrative: 'x', contact: 'zalo 0912345678' }, ip);
    expect(consent.json().error.code).toBe('contact_consent_required');

    const png = { mime: 'image/png', dataBase64: PNG_WITH_GPS.toString('base64') };
    const many = await report({ narrative: 'x', screenshots: Array(6).fill(png) }, '192.0.2.100', 'en');
    expect(many.statusCode).toBe(400);
    expect(many.json().error).toMatchObject({ code: 'too_many_files', message: 'You can send at most 5 screenshots.' });
    const big = await report({ narrative: 'x', screenshots: [{ mime: 'image/jpeg', dataBase64: Buffer.alloc(5 * 1024 * 1024 + 1, 0xff).toString('base64') }] }, '192.0.2.101');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('file_too_large');
    const disguised = await report({ narrative: 'x', screenshots: [{ mime: 'image/jpeg', dataBase64: PNG_WITH_GPS.toString('base64') }] }, '192.0.2.102');
    expect(disguised.json().error.code).toBe('invalid_image');
    const notImage = await report({ narrative: 'x', screenshots: [{ mime: 'image/png', dataBase64: Buffer.from('MZ executable').toString('base64') }] }, '192.0.2.102');
    expect(notImage.json().error.code).toBe('invalid_image');
    const badHash = await report({ narrative: 'x', pdqHashes: ['abc'] }, '192.0.2.102');
    expect(badHash.statusCode).toBe(400);
    const tooManyLinks = await report({ narrative: 'x', links: Array(21).fill('https://a.vn') }, '192.0.2.102');
    expect(tooManyLinks.statusCode).toBe(400);

    const after = await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  describe('with an Idempotency-Key', () => {
    const countCases = async () => Number((await t.database.db.selectFrom('cases').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const keyed = (payload: object, key: string, remoteAddress: string, lang = 'vi') =>
      t.app.inject({ method: 'POST', url: '/api/reports', payload, remoteAddress, headers: { 'idempotency-key': key, 'accept-language': lang } });

    it('answers a repeat with the same code and PIN, and opens one case', async () => {
      const key = randomUUID();
      const body = { narrative: 'Mất mạng giữa chừng, em gửi lại.', provinceId: 'hue', phones: ['0912 000 111'] };
      const before = await countCases();
      const first = await keyed(body, key, '203.0.113.1');
      // Key order and spacing do not matter: the parsed body is what counts.
      const again = await keyed({ phones: ['0912 000 111'], provinceId: 'hue', narrative: 'Mất mạng giữa chừng, em gửi lại. ' }, key, '203.0.113.1');
      expect(first.statusCode).toBe(201);
      expect(again.statusCode).toBe(201);
      expect(again.json()).toEqual(first.json());
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(await countCases()).toBe(before + 1);
      expect((await follow(first.json().code, first.json().pin)).statusCode).toBe(200);

      // Neither the key nor the PIN is stored in clear.
      const rows = await t.database.db.withTables<{ report_idempotency: Record<string, string> }>().selectFrom('report_idempotency').selectAll().execute();
      const stored = JSON.stringify(rows);
      expect(stored).not.toContain(key);
      expect(stored).not.toContain(first.json().pin);
    });

    it('gives the same answer to two racing requests with one key', async () => {
      const key = randomUUID();
      const body = { narrative: 'Em bấm gửi hai lần.' };
      const before = await countCases();
      const [a, b] = await Promise.all([keyed(body, key, '203.0.113.2'), keyed(body, key, '203.0.113.3')]);
      expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
      expect(a.json()).toEqual(b.json());
      expect(await countCases()).toBe(before + 1);
    });

    it('opens a case per key, and forgets a key after 24 hours', async () => {
      const body = { narrative: 'Hai báo cáo giống nhau từ hai người.' };
      const before = await countCases();
      const key = randomUUID();
      const a = await keyed(body, key, '203.0.113.4');
      const b = await keyed(body, randomUUID(), '203.0.113.4');
      expect(a.json().code).not.toBe(b.json().code);
      expect(await countCases()).toBe(before + 2);
      await t.database.db
        .withTables<{ report_idempotency: { created_at: string; case_id: string } }>()
        .updateTable('report_idempotency')
        .set({ created_at: new Date(Date.now() - 24 * 60 * 60 * 1000 - 1000).toISOString() })
        .where('case_id', '=', (await t.database.db.selectFrom('cases').select('id').where('code', '=', a.json().code).executeTakeFirstOrThrow()).id)
        .execute();
      const later = await keyed(body, key, '203.0.113.4');
      expect(later.statusCode).toBe(201);
      expect(later.json().code).not.toBe(a.json().code);
      expect(await countCases()).toBe(before + 3);
    });

    it('refuses a key reused with another body, in the caller language, storing nothing', async () => {
      const key = randomUUID();
      expect((await keyed({ narrative: 'Bản đầu tiên.' }, key, '203.0.113.5')).statusCode).toBe(201);
      const before = await countCases();
      const changed = await keyed({ narrative: 'Bản đã sửa.' }, key, '203.0.113.5');
      expect(changed.statusCode).toBe(422);
      expect(changed.json().error).toMatchObject({ code: 'idempotency_key_reused' });
      expect(changed.json().error.message).toContain('Lần gửi này trùng mã với một báo cáo khác');
      const english = await keyed({ narrative: 'Bản đã sửa.' }, key, '203.0.113.5', 'en');
      expect(english.json().error.message).toContain('reuses the key of an earlier, different report');
      expect(await countCases()).toBe(before);
      const malformed = await keyed({ narrative: 'x' }, 'not-a-uuid', '203.0.113.5');
      expect(malformed.statusCode).toBe(400);
    });
  });

  it('answers a wrong PIN in the caller language', async () => {
    const r = await submitReport(t.app, t.database, { narrative: 'x' });
    const res = await t.app.inject({ method: 'GET', url: `/api/reports/${r.code}`, headers: { 'x-report-pin': r.pin === '000000' ? '111111' : '000000', 'accept-language': 'en' } });
    expect(res.json().error.message).toBe('The case code or PIN is not correct. Please check them.');
  });

  it('rate-limits reports per IP', async () => {
    const ip = '198.51.100.7';
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await report({ narrative: `spam ${i}` }, ip)).statusCode);
    expect(codes.slice(0, 10).every((c) => c === 201)).toBe(true);
    expect(codes[10]).toBe(429);
  });
});
