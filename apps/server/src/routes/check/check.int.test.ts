import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';

describe('POST /api/check', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('sqlite');
  });
  afterAll(async () => t.close());

  const check = (payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/check', payload: payload as object, headers });

  it('analyses a message without cookies or CSRF token', async () => {
    const res = await check({ text: 'Mã OTP của bạn là 482915. Không chia sẻ mã này cho bất kỳ ai.' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(['safe', 'caution']).toContain(body.risk);
    expect(Array.isArray(body.signals)).toBe(true);
    expect(Array.isArray(body.advice)).toBe(true);
  });

  it('flags an online-kidnapping script as emergency with evidence from the text', async () => {
    const text =
      'Tôi là cán bộ công an. Em đang bị điều tra vì liên quan đường dây rửa tiền. Không được nói với bố mẹ, ' +
      'em phải thuê phòng khách sạn ở một mình, tắt định vị và giữ cuộc gọi video với tôi.';
    const body = (await check({ text })).json();
    expect(body.risk).toBe('emergency');
    expect(body.schemes[0].id).toBe('online_kidnapping');
    for (const signal of body.signals) {
      for (const e of signal.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('checks a URL, a phone number and a conversation', async () => {
    expect((await check({ url: 'http://vietcombank-xacminh.top/dang-nhap' })).json().links[0].verdict).toBe('suspicious');
    expect((await check({ phone: '+84 912.345.678' })).json().phones[0].e164).toBe('+84912345678');
    const convo = await check({ messages: [{ from: 'them', text: 'em gửi anh ảnh đi, đừng nói với ai nhé' }, { from: 'me', text: 'dạ' }] });
    expect(convo.statusCode).toBe(200);
  });

  it('answers bad input with a clear 4xx in the caller language', async () => {
    const empty = await check({}, { 'accept-language': 'en' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('validation');
    const both = await check({ text: 'a', url: 'b' });
    expect(both.statusCode).toBe(400);
    const wrongSpeaker = await check({ messages: [{ from: 'stranger', text: 'x' }] });
    expect(wrongSpeaker.statusCode).toBe(400);
  });

  it('refuses bodies over 64 KB', async () => {
    const res = await check({ text: 'a'.repeat(70 * 1024) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.message).toBe('Nội dung gửi lên quá lớn.');
  });

  it('rate-limits each IP', async () => {
    const limited = await createTestApp('sqlite', { rateLimitPerMinute: 10_000 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 62; i += 1) {
        statuses.push((await limited.app.inject({ method: 'POST', url: '/api/check', payload: { phone: '113' } })).statusCode);
      }
      expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
