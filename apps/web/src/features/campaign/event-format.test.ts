import { describe, expect, it } from 'vitest';
import { formatDay } from './campaign-format.js';
import { formatEventDay } from './event-format.js';

describe('event dates', () => {
  it('show the calendar day as written, in any time zone', () => {
    expect(formatDay('2026-04-12')).toBe('12/04/2026');
    expect(formatEventDay('2026-04-12', 'vi')).toMatch(/^Chủ Nhật, 12 tháng 4, 2026$/i);
    expect(formatEventDay('2026-04-12', 'en')).toMatch(/^Sunday,? 12 April 2026$/);
  });
});
