import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { ApiError } from '../../api/api-client.js';
import { checkExpert, checkInfluencer, checkSchool, listFieldMessages, parseCount, splitList } from './list-forms.js';
import { pagePosition } from './list-paging.js';

describe('pagePosition', () => {
  it('places the first, a middle and the last page', () => {
    expect(pagePosition(0, 25, 60)).toEqual({ from: 1, to: 25, page: 1, pages: 3, previous: null, next: 25 });
    expect(pagePosition(25, 25, 60)).toEqual({ from: 26, to: 50, page: 2, pages: 3, previous: 0, next: 50 });
    expect(pagePosition(50, 25, 60)).toEqual({ from: 51, to: 60, page: 3, pages: 3, previous: 25, next: null });
  });
  it('shows an empty list as one empty page, and pulls an offset past the end back to the last page', () => {
    expect(pagePosition(0, 25, 0)).toEqual({ from: 0, to: 0, page: 1, pages: 1, previous: null, next: null });
    expect(pagePosition(100, 25, 30)).toEqual({ from: 26, to: 30, page: 2, pages: 2, previous: 0, next: null });
  });
});

describe('list forms', () => {
  it('splits lists as the imports do and reads Vietnamese thousands', () => {
    expect(splitList(' TikTok; Facebook,TikTok | ')).toEqual(['TikTok', 'Facebook']);
    expect(parseCount('1.250.000')).toBe(1_250_000);
    expect(parseCount('')).toBe(0);
    expect(parseCount('12,5')).toBeNull();
  });

  it('names each missing or wrong school field', () => {
    expect(checkSchool({ code: ' ', name: '', level: '', provinceId: '', address: '' })).toEqual({
      ok: false,
      problems: { code: 'required', name: 'required', level: 'choose', provinceId: 'choose' },
    });
    expect(checkSchool({ code: ' HN-9 ', name: ' THCS Thử ', level: 'thcs', provinceId: 'ha-noi', address: '' })).toEqual({
      ok: true,
      value: { code: 'HN-9', name: 'THCS Thử', level: 'thcs', provinceId: 'ha-noi', address: null },
    });
    expect(checkSchool({ code: 'x'.repeat(41), name: 'a', level: 'khac', provinceId: 'hue', address: '' })).toMatchObject({ problems: { code: 'tooLong' } });
  });

  it('checks experts and influencers', () => {
    expect(checkExpert({ name: 'An', email: 'not-an-email', provinces: [], topics: '', availability: '' })).toEqual({
      ok: false,
      problems: { email: 'email', provinces: 'choose' },
    });
    expect(checkExpert({ name: 'An', email: '', provinces: ['hue'], topics: 'pháp luật; lừa đảo', availability: '' })).toEqual({
      ok: true,
      value: { name: 'An', email: null, provinces: ['hue'], topics: ['pháp luật', 'lừa đảo'], availability: null },
    });
    expect(checkInfluencer({ name: 'Kênh', platforms: 'TikTok', followers: '1.2.3x' })).toEqual({ ok: false, problems: { followers: 'number' } });
    expect(checkInfluencer({ name: 'Kênh', platforms: 'TikTok, YouTube', followers: '80.000' })).toEqual({
      ok: true,
      value: { name: 'Kênh', platforms: ['TikTok', 'YouTube'], followers: 80_000 },
    });
  });
});

describe('listFieldMessages', () => {
  // Shows the key and its field, so the test sees which words the page would use.
  const t = ((key: string, options?: { field?: string }) => (options?.field ? `${key}(${options.field})` : key)) as unknown as TFunction<'campaign'>;

  it('words the form’s own problems with the field’s name, and fills the rest from the server', () => {
    const refused = new ApiError(400, 'validation', 'Một số thông tin chưa hợp lệ.', [
      { field: 'name', message: 'Tên quá dài.' },
      { field: 'provinces.1', message: 'Không tìm thấy tỉnh/thành này.' },
    ]);
    expect(listFieldMessages(t, 'experts', { name: 'required' }, refused)).toEqual({
      name: 'lists.errors.required(experts.fields.name)',
      provinces: 'Không tìm thấy tỉnh/thành này.',
    });
  });
});
