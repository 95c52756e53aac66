import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';

describe.each(TEST_DIALECTS)("organisers' expert list on %s", (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;
  let hueOrganizer: CampaignClient;
  const names = (res: { json(): { items: { name: string }[] } }) => res.json().items.map((e) => e.name);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    hueOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'hue' }));
    for (const body of [
      { name: 'Trần Thị Mai', email: 'Mai.Tran@example.vn', provinces: ['hue'], topics: ['lừa đảo trực tuyến', 'pháp luật'] },
      { name: 'Lê Văn Đức', provinces: ['ha-noi', 'hue'], topics: ['lừa đảo trực tuyến'] },
      { name: 'Phạm Minh Anh', provinces: ['ha-noi'], topics: ['sức khỏe tâm thần'] },
    ]) {
      expect((await admin.post('/api/campaign/experts', body)).statusCode).toBe(200);
    }
  });
  afterAll(async () => t.close());

  it('finds names without diacritics and e-mails by part', async () => {
    expect(names(await admin.get('/api/campaign/experts?q=duc'))).toEqual(['Lê Văn Đức']);
    expect(names(await admin.get('/api/campaign/experts?q=TRAN%20THI'))).toEqual(['Trần Thị Mai']);
    expect(names(await admin.get('/api/campaign/experts?q=mai.tran@'))).toEqual(['Trần Thị Mai']);
  });

  it('filters by a province worked in and by one topic, with the total', async () => {
    const hue = await admin.get('/api/campaign/experts?provinceId=hue&limit=1');
    expect(hue.json()).toMatchObject({ total: 2, items: [{ name: 'Lê Văn Đức', provinces: ['ha-noi', 'hue'] }] });
    const topic = await admin.get(`/api/campaign/experts?topic=${encodeURIComponent('lừa đảo trực tuyến')}`);
    expect(names(topic)).toEqual(['Lê Văn Đức', 'Trần Thị Mai']);
    expect(names(await admin.get(`/api/campaign/experts?topic=${encodeURIComponent('lừa đảo')}`))).toEqual([]);
  });

  it('lists the topics with how many experts cover each, within the scope', async () => {
    const all = await admin.get('/api/campaign/experts/topics');
    expect(all.json().topics).toEqual([
      { topic: 'lừa đảo trực tuyến', experts: 2 },
      { topic: 'pháp luật', experts: 1 },
      { topic: 'sức khỏe tâm thần', experts: 1 },
    ]);
    const hue = await hueOrganizer.get('/api/campaign/experts/topics');
    expect(hue.json().topics.map((x: { topic: string }) => x.topic)).toEqual(['lừa đảo trực tuyến', 'pháp luật']);
    expect((await hueOrganizer.get('/api/campaign/experts/topics?provinceId=ha-noi')).statusCode).toBe(403);
    expect(names(await hueOrganizer.get('/api/campaign/experts'))).toEqual(['Lê Văn Đức', 'Trần Thị Mai']);
  });
});
