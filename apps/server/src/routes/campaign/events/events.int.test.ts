import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';

describe.each(TEST_DIALECTS)('events and tickets on %s', (dialect) => {
  let t: TestApp;
  let organizer: CampaignClient;
  let hueOrganizer: CampaignClient;
  let eventId: string;
  // Tickets are issued until the event's day (Vietnam time), so the event lies ahead.
  const eventDay = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    organizer = campaignClient(t, await t.signIn('organizer'));
    hueOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'hue' }));
    const created = await organizer.post('/api/campaign/events', {
      name: 'Ngày hội An toàn trực tuyến',
      kind: 'ngay_hoi',
      date: eventDay,
      venue: 'Cung Văn hóa Hữu nghị',
      provinceId: 'ha-noi',
    });
    expect(created.statusCode).toBe(201);
    eventId = created.json().id;
  });
  afterAll(async () => t.close());

  it('issues a ticket with a random code and a QR image, and admits it once', async () => {
    const issued = await t.app.inject({ method: 'POST', url: `/api/campaign/events/${eventId}/tickets` });
    expect(issued.statusCode).toBe(201);
    const { code, qr } = issued.json();
    expect(code).toMatch(/^VE-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    expect(Buffer.from(qr.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toContain('<svg');

    const first = await organizer.post(`/api/campaign/events/${eventId}/check-in`, { code: code.toLowerCase().replaceAll('-', ' ') });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ registrations: 1, checkIns: 1 });

    const again = await organizer.post(`/api/campaign/events/${eventId}/check-in`, { code });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Vé đã được sử dụng.');

    const unknown = await organizer.post(`/api/campaign/events/${eventId}/check-in`, { code: 'VE-2222-2222' });
    expect(unknown.statusCode).toBe(404);
  });

  it('shows the public registration page its event without a session, and no figures', async () => {
    const open = await t.app.inject({ method: 'GET', url: `/api/campaign/events/${eventId}/public` });
    expect(open.statusCode).toBe(200);
    expect(open.json()).toEqual({
      id: eventId,
      name: 'Ngày hội An toàn trực tuyến',
      kind: 'ngay_hoi',
      date: eventDay,
      venue: 'Cung Văn hóa Hữu nghị',
      online: false,
    });
    const missing = await t.app.inject({ method: 'GET', url: '/api/campaign/events/nope/public', headers: { 'accept-language': 'vi' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.message).toBe('Không tìm thấy sự kiện.');
  });

  it('counts live, adds walk-ins and online figures, and keeps provincial staff to their province', async () => {
    await t.app.inject({ method: 'POST', url: `/api/campaign/events/${eventId}/tickets` });
    const stats = await organizer.patch(`/api/campaign/events/${eventId}/stats`, { walkIns: 40, onlineViews: 15_000_000, contestants: 12 });
    expect(stats.json()).toMatchObject({ registrations: 2, checkIns: 41, onlineViews: 15_000_000, contestants: 12 });
    expect((await organizer.get(`/api/campaign/events/${eventId}/counter`)).json()).toEqual({ registrations: 2, checkIns: 41 });
    expect((await hueOrganizer.get(`/api/campaign/events/${eventId}/counter`)).statusCode).toBe(403);
    expect((await hueOrganizer.get('/api/campaign/events')).json().total).toBe(0);
    expect((await hueOrganizer.post('/api/campaign/events', { name: 'Gala', kind: 'gala', date: '2026-05-01', provinceId: 'ha-noi' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/campaign/events/nope/tickets' })).statusCode).toBe(404);
  });

  it('closes registration once the event day has passed', async () => {
    const past = await organizer.post('/api/campaign/events', { name: 'Minishow đã diễn ra', kind: 'minishow', date: '2025-10-01', provinceId: 'ha-noi' });
    const refused = await t.app.inject({ method: 'POST', url: `/api/campaign/events/${past.json().id}/tickets`, headers: { 'accept-language': 'vi' } });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'event_ended', message: 'Sự kiện đã diễn ra nên không nhận đăng ký nữa.' });
    expect((await organizer.get(`/api/campaign/events/${past.json().id}/counter`)).json()).toEqual({ registrations: 0, checkIns: 0 });
  });
});
