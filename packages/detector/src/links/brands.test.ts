import { parse } from 'tldts';
import { describe, expect, it } from 'vitest';
import { BRANDS } from './brands.js';

describe('BRANDS', () => {
  it('lists at least 150 brands with unique ids', () => {
    expect(BRANDS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(BRANDS.map((b) => b.id)).size).toBe(BRANDS.length);
  });

  it('covers the Vietnamese banks, wallets, telcos and public services scams imitate', () => {
    const ids = new Set(BRANDS.map((b) => b.id));
    for (const id of ['vietcombank', 'vietinbank', 'bidv', 'agribank', 'techcombank', 'mbbank', 'tpbank', 'momo', 'zalopay', 'vnpay', 'viettel', 'vinaphone', 'mobifone', 'vneid', 'dichvucong', 'gdt', 'bocongan', 'shopee', 'garena', 'roblox', 'zalo', 'facebook']) {
      expect(ids, id).toContain(id);
    }
  });

  it('writes domains in lower case, each under a public suffix', () => {
    for (const brand of BRANDS) {
      expect(brand.domains.length, brand.id).toBeGreaterThan(0);
      for (const domain of brand.domains) {
        expect(domain).toBe(domain.toLowerCase());
        const info = parse(domain);
        expect(info.isIcann, domain).toBe(true);
        expect(info.publicSuffix === domain || info.domain !== null, domain).toBe(true);
      }
    }
  });

  it('keeps keywords to lower-case ASCII of 3+ characters', () => {
    for (const brand of BRANDS) {
      for (const keyword of brand.keywords) expect(keyword, brand.id).toMatch(/^[a-z0-9]{3,}$/);
    }
  });
});
