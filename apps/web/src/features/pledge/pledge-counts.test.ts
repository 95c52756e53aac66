import { describe, expect, it } from 'vitest';
import { sortedCounts } from './pledge-counts.js';

describe('sortedCounts', () => {
  it('lists provinces with pledges, most first, ties by Vietnamese name', () => {
    const names = new Map([
      ['hn', 'Hà Nội'],
      ['hcm', 'TP. Hồ Chí Minh'],
      ['ag', 'An Giang'],
      ['dn', 'Đà Nẵng'],
    ]);
    expect(
      sortedCounts(
        [
          { provinceId: 'dn', count: 2 },
          { provinceId: 'hn', count: 5 },
          { provinceId: 'ag', count: 2 },
          { provinceId: 'hcm', count: 0 },
          { provinceId: 'xx', count: 1 },
        ],
        names,
      ),
    ).toEqual([
      { provinceId: 'hn', name: 'Hà Nội', count: 5 },
      { provinceId: 'ag', name: 'An Giang', count: 2 },
      { provinceId: 'dn', name: 'Đà Nẵng', count: 2 },
      { provinceId: 'xx', name: 'xx', count: 1 },
    ]);
  });
});
