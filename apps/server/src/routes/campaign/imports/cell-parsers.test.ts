import { describe, expect, it } from 'vitest';
import { countCell, dateCell, provinceCell, remembered } from './cell-parsers.js';

describe('cell parsers', () => {
  it('reads counts with Vietnamese and English thousand separators', () => {
    expect(countCell('1.250.000')).toEqual({ ok: true, value: 1_250_000 });
    expect(countCell('1,250')).toEqual({ ok: true, value: 1250 });
    expect(countCell('')).toEqual({ ok: true, value: 0 });
    expect(countCell('1.5').ok).toBe(false);
    expect(countCell('-4').ok).toBe(false);
  });

  it('reads day/month/year and ISO dates, refusing days that do not exist', () => {
    expect(dateCell('5/3/2026')).toEqual({ ok: true, value: '2026-03-05T00:00:00.000Z' });
    expect(dateCell('2026-03-05')).toEqual({ ok: true, value: '2026-03-05T00:00:00.000Z' });
    expect(dateCell('2026-03-05T08:00:00+07:00')).toEqual({ ok: true, value: '2026-03-05T01:00:00.000Z' });
    expect(dateCell('31/02/2026')).toEqual({ ok: false, message: 'Ngày "31/02/2026" không tồn tại.' });
  });

  it('maps former province names to the 34 current ones', () => {
    expect(provinceCell('Hà Giang')).toEqual({ ok: true, value: 'tuyen-quang' });
    expect(provinceCell('tp hcm')).toEqual({ ok: true, value: 'ho-chi-minh' });
    expect(provinceCell('Atlantis').ok).toBe(false);
  });

  it('remembers results by cell text, within a bounded number of texts', () => {
    const calls: string[] = [];
    const date = remembered((text) => {
      calls.push(text);
      return dateCell(text);
    }, 2);
    expect(date('5/3/2026')).toEqual({ ok: true, value: '2026-03-05T00:00:00.000Z' });
    expect(date('5/3/2026')).toBe(date('5/3/2026'));
    expect(date('31/02/2026').ok).toBe(false);
    expect(calls).toEqual(['5/3/2026', '31/02/2026']);
    date('1/1/2026');
    date('5/3/2026');
    expect(calls).toEqual(['5/3/2026', '31/02/2026', '1/1/2026', '5/3/2026']);
  });
});
