import { PROVINCES, type Province } from './provinces.js';

/** Lower-cases, strips diacritics (đ → d) and the "tỉnh/thành phố/TP." prefixes, for matching names. */
function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/^(tinh|thanh pho|tp\.?)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byFoldedName = new Map<string, Province>();
for (const province of PROVINCES) {
  for (const name of [province.name, province.nameAscii, ...province.formerNames]) {
    byFoldedName.set(foldName(name), province);
  }
}
// Common short forms people type for the largest city.
for (const alias of ['hcm', 'tphcm', 'tp hcm', 'sai gon', 'ho chi minh']) {
  byFoldedName.set(alias, PROVINCES.find((p) => p.id === 'ho-chi-minh')!);
}

/**
 * Finds the current unit for an id, a current name or a former (pre-2025) name, with or
 * without diacritics: `findProvince('Bình Dương')` → TP. Hồ Chí Minh.
 */
export function findProvince(idOrName: string): Province | undefined {
  return PROVINCES.find((p) => p.id === idOrName) ?? byFoldedName.get(foldName(idOrName));
}
