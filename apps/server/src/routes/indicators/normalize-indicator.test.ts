import { describe, expect, it } from 'vitest';
import { normalizeIndicator } from './normalize-indicator.js';

describe('normalizeIndicator', () => {
  it('writes phones in E.164 and refuses what is not a subscriber number', () => {
    expect(normalizeIndicator('phone', '0912 345 678')).toBe('+84912345678');
    expect(normalizeIndicator('phone', '+84 912.345.678')).toBe('+84912345678');
    expect(normalizeIndicator('phone', '113')).toBeNull();
    expect(normalizeIndicator('phone', 'không có số')).toBeNull();
  });

  it('keeps the lower-case registrable domain of a link or host', () => {
    expect(normalizeIndicator('domain', 'https://a.b.Vietcombank-XacMinh.com.vn/login')).toBe('vietcombank-xacminh.com.vn');
    expect(normalizeIndicator('domain', 'www.Scam-Example.TOP')).toBe('scam-example.top');
    expect(normalizeIndicator('domain', '1.2.3.4')).toBeNull();
    expect(normalizeIndicator('domain', 'hello')).toBeNull();
  });

  it('tidies phrases and PDQ hashes', () => {
    expect(normalizeIndicator('phrase', '  chuyển tiền   vào tài khoản an toàn ')).toBe('chuyển tiền vào tài khoản an toàn');
    expect(normalizeIndicator('phrase', 'ok')).toBeNull();
    expect(normalizeIndicator('pdq', 'AB'.repeat(32))).toBe('ab'.repeat(32));
    expect(normalizeIndicator('pdq', 'xyz')).toBeNull();
  });
});
