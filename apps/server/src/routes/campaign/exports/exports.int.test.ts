import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join('\n'));
  }
  return pages.join('\n');
}

describe.each(TEST_DIALECTS)('campaign exports on %s', (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;
  let hueOrganizer: CampaignClient;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    hueOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'hue' }));
    await admin.post('/api/campaign/campaigns', { name: 'Không một mình 2026', startDate: '2026-01-01', endDate: '2026-12-31' });
    await admin.post('/api/campaign/schools', { code: 'S1', name: '=HYPERLINK("http://evil")', level: 'thcs', provinceId: 'ha-noi', address: '-2+3' });
    await admin.post('/api/campaign/schools', { code: 'S2', name: 'Trường Tiểu học Thuận Hóa', level: 'tieu_hoc', provinceId: 'hue', address: '@SUM(A1)' });
  });
  afterAll(async () => t.close());

  it('exports CSV with a BOM for Excel and formula cells neutralised', async () => {
    const res = await admin.get('/api/campaign/exports/schools.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="truong-hoc.csv"');
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = res.rawPayload.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Mã trường,Tên trường,Cấp học,Tỉnh/thành,Địa chỉ,ID');
    // Rows come in id order; find each by its code.
    expect(lines.find((l) => l.startsWith('S1,'))).toMatch(/^S1,"'=HYPERLINK\(""http:\/\/evil""\)",thcs,ha-noi,'-2\+3,/);
    expect(lines.find((l) => l.startsWith('S2,'))).toMatch(/^S2,Trường Tiểu học Thuận Hóa,tieu_hoc,hue,'@SUM\(A1\),/);
  });

  it('limits a provincial organiser to their province and refuses national-only lists', async () => {
    const res = await hueOrganizer.get('/api/campaign/exports/schools.csv');
    expect(res.body).toContain('S2,');
    expect(res.body).not.toContain('S1,');
    expect((await hueOrganizer.get('/api/campaign/exports/posts.csv')).statusCode).toBe(403);
    const provinces = await hueOrganizer.get('/api/campaign/exports/provinces.csv');
    expect(provinces.body.trim().split('\r\n')).toHaveLength(2);
    for (const list of ['experts', 'trainings', 'events', 'influencers', 'posts']) {
      expect((await admin.get(`/api/campaign/exports/${list}.csv`)).statusCode, list).toBe(200);
    }
    expect((await admin.get('/api/campaign/exports/users.csv')).statusCode).toBe(400);
  });

  it('renders the campaign report as a PDF in Vietnamese', async () => {
    const res = await admin.get('/api/campaign/exports/report.pdf');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = new Uint8Array(res.rawPayload);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('KHÔNG MỘT MÌNH — BÁO CÁO CHIẾN DỊCH');
    expect(text).toContain('Trường đã tổ chức tập huấn');
    expect(text).toContain('Huế');
    expect(text).toContain('Tiến độ so với mục tiêu');
    expect(text).toContain('Hồ Chí Minh');
  });
});
