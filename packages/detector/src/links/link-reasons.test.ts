import { describe, expect, it } from 'vitest';
import { LINK_REASON_IDS } from './link-finding.js';
import { LINK_REASONS } from './link-reasons.js';

describe('LINK_REASONS', () => {
  it('explains every reason in Vietnamese (with diacritics) and English', () => {
    expect(Object.keys(LINK_REASONS).sort()).toEqual([...LINK_REASON_IDS].sort());
    for (const id of LINK_REASON_IDS) {
      const { vi, en } = LINK_REASONS[id];
      expect(vi).toMatch(/[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/);
      expect(en.length).toBeGreaterThan(20);
    }
  });

  it('tells the child that a shortened link hides where it goes', () => {
    expect(LINK_REASONS.shortener.vi).toContain('không thể biết');
    expect(LINK_REASONS.shortener.en).toContain('cannot tell where it leads');
  });
});
