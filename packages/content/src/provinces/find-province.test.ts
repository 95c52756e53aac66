import { describe, expect, it } from 'vitest';
import { findProvince } from './find-province.js';
import { PROVINCES } from './provinces.js';

describe('provinces', () => {
  it('lists the 34 units, 6 of them cities, with unique ids', () => {
    expect(PROVINCES).toHaveLength(34);
    expect(PROVINCES.filter((p) => p.kind === 'city')).toHaveLength(6);
    expect(new Set(PROVINCES.map((p) => p.id)).size).toBe(34);
  });

  it('keeps all 63 former units as aliases', () => {
    const former = new Set(PROVINCES.flatMap((p) => p.formerNames));
    expect(former.size).toBe(63);
  });

  it('maps former and unaccented names to the current unit', () => {
    expect(findProvince('Bình Dương')?.id).toBe('ho-chi-minh');
    expect(findProvince('tinh ha giang')?.id).toBe('tuyen-quang');
    expect(findProvince('Thừa Thiên Huế')?.id).toBe('hue');
    expect(findProvince('TP.HCM')?.id).toBe('ho-chi-minh');
    expect(findProvince('dak-lak')?.name).toBe('Đắk Lắk');
    expect(findProvince('Atlantis')).toBeUndefined();
  });
});
