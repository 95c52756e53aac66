import type { LearnCatalog, Scenario } from '@kmm/content';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../test-support/test-database.js';

const scenario = (id: string, band: 'lower_secondary' | 'parents'): Scenario => ({
  id,
  band,
  strand: 'scams',
  title: { vi: id, en: id },
  schemes: [],
  contact: 'x',
  platform: 'zalo',
  minutes: 3,
  storyJson: '{}',
});
const catalog: LearnCatalog = {
  scenarios: [scenario('s-thcs-1', 'lower_secondary'), scenario('s-thcs-2', 'lower_secondary'), scenario('s-ph-1', 'parents')],
  quizzes: [{ id: 'q-thcs', band: 'lower_secondary', strand: 'scams', title: { vi: 'q', en: 'q' }, questions: [] }],
  lessons: [],
};

async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('\n');
}

describe.each(TEST_DIALECTS)('certificates on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { learnCatalog: async () => catalog });
  });
  afterAll(async () => t.close());

  const issue = (payload: object) => t.app.inject({ method: 'POST', url: '/api/certificates', payload });

  it('refuses a track that is not finished and says what is missing', async () => {
    const res = await issue({ name: 'Lan', band: 'lower_secondary', completed: ['s-thcs-1'] });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('s-thcs-2, q-thcs');
  });

  it('issues a PDF with the Vietnamese name exactly as typed, verifiable by its code', async () => {
    const name = 'Nguyễn Thị Ánh Tuyết';
    const res = await issue({ name, band: 'lower_secondary', completed: ['s-thcs-1', 's-thcs-2', 'q-thcs', 'extra'] });
    expect(res.statusCode).toBe(201);
    expect(res.headers['content-type']).toBe('application/pdf');
    const code = String(res.headers['x-certificate-code']);
    expect(code).toMatch(/^KMM-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(res.headers['content-disposition']).toContain(`chung-nhan-${code}.pdf`);
    const bytes = new Uint8Array(res.rawPayload);
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');

    const text = await pdfText(bytes);
    expect(text).toContain(name);
    expect(text).toContain('Trung học cơ sở (11–14 tuổi)');
    expect(text).toContain(code);

    const verified = await t.app.inject({ method: 'GET', url: `/api/certificates/${code.toLowerCase()}` });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ valid: true, name, band: 'lower_secondary' });
  });

  it('answers an unknown code with 404 in the caller language', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/certificates/KMM-0000-0000', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('No certificate has this code.');
  });

  it('validates the name and band', async () => {
    expect((await issue({ name: '', band: 'lower_secondary', completed: [] })).statusCode).toBe(400);
    expect((await issue({ name: 'Lan', band: 'kindergarten', completed: [] })).statusCode).toBe(400);
  });
});
