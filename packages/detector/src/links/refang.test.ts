import { describe, expect, it } from 'vitest';
import { refang } from './refang.js';

describe('refang', () => {
  it('undoes de-fanged schemes and dots', () => {
    expect(refang('hxxps://vietcombank-xacminh[.]top/login')).toBe('https://vietcombank-xacminh.top/login');
    expect(refang('hXXp[:]//evil(.)com')).toBe('http://evil.com');
    expect(refang('garena[dot]sukien{.}vip')).toBe('garena.sukien.vip');
    expect(refang('shopee。vn')).toBe('shopee.vn');
  });

  it('leaves ordinary links alone', () => {
    expect(refang('https://vi.wikipedia.org/wiki/Hà_Nội_(thành_phố)')).toBe('https://vi.wikipedia.org/wiki/Hà_Nội_(thành_phố)');
  });
});
