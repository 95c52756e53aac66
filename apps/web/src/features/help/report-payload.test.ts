import { describe, expect, it } from 'vitest';
import { EMPTY_DRAFT } from './report-draft.js';
import { draftProblems, reportRequest } from './report-payload.js';

describe('report payload', () => {
  it('needs a narrative, and consent for a contact', () => {
    expect(draftProblems(EMPTY_DRAFT)).toEqual([{ field: 'narrative', kind: 'empty' }]);
    const draft = { ...EMPTY_DRAFT, narrative: 'x', wantsContact: true, contact: '0900000000' };
    expect(draftProblems(draft)).toEqual([{ field: 'contact', kind: 'consentMissing' }]);
    expect(draftProblems({ ...draft, contactConsent: true })).toEqual([]);
    expect(draftProblems({ ...EMPTY_DRAFT, narrative: 'x', phones: Array.from({ length: 21 }, (_, i) => `09${i}`).join('\n') })).toEqual([
      { field: 'phones', kind: 'tooMany' },
    ]);
  });

  it('sends only what was filled in, and contact only with consent', () => {
    const draft = {
      ...EMPTY_DRAFT,
      narrative: '  Có người gọi video  ',
      provinceId: 'ha-noi',
      reporter: 'child' as const,
      phones: '0912 345 678\n',
      contact: 'em@example.com',
      emergency: true,
    };
    expect(reportRequest(draft, { risk: 'emergency', schemes: [{ id: 'online_kidnapping', score: 0.9 }] }, [])).toEqual({
      narrative: 'Có người gọi video',
      reporter: 'child',
      provinceId: 'ha-noi',
      phones: ['0912 345 678'],
      detector: { risk: 'emergency', schemes: [{ id: 'online_kidnapping', score: 0.9 }] },
      emergency: true,
    });
    const withConsent = reportRequest({ ...draft, wantsContact: true, contactConsent: true }, null, []);
    expect(withConsent.contact).toBe('em@example.com');
    expect(withConsent.contactConsent).toBe(true);
  });
  it('sends image fingerprints, never images, when the child made them', () => {
    const hash = 'f'.repeat(64);
    const body = reportRequest({ ...EMPTY_DRAFT, narrative: 'x' }, null, [], [hash]);
    expect(body.pdqHashes).toEqual([hash]);
    expect(reportRequest({ ...EMPTY_DRAFT, narrative: 'x' }, null, [])).not.toHaveProperty('pdqHashes');
  });
});
