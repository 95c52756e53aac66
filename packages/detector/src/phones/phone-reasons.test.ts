import { describe, expect, it } from 'vitest';
import { PHONE_REASON_IDS } from './phone-finding.js';
import { PHONE_REASONS } from './phone-reasons.js';
import { SERVICE_NUMBERS } from './service-numbers.js';

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/;

describe('PHONE_REASONS', () => {
  it('explains every reason in Vietnamese (with diacritics) and English', () => {
    expect(Object.keys(PHONE_REASONS).sort()).toEqual([...PHONE_REASON_IDS].sort());
    for (const id of PHONE_REASON_IDS) {
      expect(PHONE_REASONS[id].vi).toMatch(VIETNAMESE);
      expect(PHONE_REASONS[id].en.length).toBeGreaterThan(20);
    }
  });

  it('says that 1900 calls cost money', () => {
    expect(PHONE_REASONS.premium_rate.vi).toContain('tính tiền');
    expect(PHONE_REASONS.premium_rate.en).toContain('cost more');
  });
});

describe('SERVICE_NUMBERS', () => {
  it('states the help-line facts exactly', () => {
    expect(SERVICE_NUMBERS['111']?.vi).toContain('Tổng đài quốc gia bảo vệ trẻ em');
    expect(SERVICE_NUMBERS['111']?.vi).toContain('miễn phí, 24/7');
    expect(SERVICE_NUMBERS['113']?.vi).toContain('Công an');
    expect(SERVICE_NUMBERS['114']?.vi).toContain('Cứu hỏa');
    expect(SERVICE_NUMBERS['115']?.vi).toContain('Cấp cứu');
    expect(SERVICE_NUMBERS['156']?.vi).toContain('TCTM <tên miền>');
    expect(SERVICE_NUMBERS['5656']?.en).toContain('text');
  });
});
