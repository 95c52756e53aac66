import { findProvince } from '@kmm/content';

/** A parsed cell, or the Vietnamese reason it could not be. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (message: string): CellResult<never> => ({ ok: false, message });

/** Lower-case, no diacritics, words separated by single spaces, for matching headers and words. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9#@]+/g, ' ')
    .trim();
}

export function requiredText(text: string, max: number): CellResult<string> {
  if (!text) return fail('Ô này không được để trống.');
  if (text.length > max) return fail(`Nội dung dài quá ${max} ký tự.`);
  return ok(text);
}

/** A province by id, current name or pre-2025 name ("Bình Dương" → TP. Hồ Chí Minh). */
export function provinceCell(text: string): CellResult<string> {
  if (!text) return fail('Chưa ghi tỉnh/thành.');
  const province = findProvince(text);
  return province ? ok(province.id) : fail(`Không nhận ra tỉnh/thành "${text}". Hãy ghi tên một trong 34 tỉnh/thành (tên cũ trước 2025 cũng được).`);
}

/** A count written as 12345, 12.345, 12,345 or 12 345 (thousand separators), or empty for 0. */
export function countCell(text: string): CellResult<number> {
  if (!text) return ok(0);
  if (!/^\d+$/.test(text) && !/^\d{1,3}([., ]\d{3})+$/.test(text)) return fail(`"${text}" không phải là số nguyên không âm.`);
  const value = Number(text.replace(/[., ]/g, ''));
  return Number.isSafeInteger(value) ? ok(value) : fail(`Số "${text}" quá lớn.`);
}

/** A date as YYYY-MM-DD, DD/MM/YYYY or an ISO date-time; returned as an ISO date-time (UTC). */
export function dateCell(text: string): CellResult<string> {
  if (!text) return fail('Chưa ghi ngày.');
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : text;
  if (!/^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(iso)) return fail(`Không hiểu ngày "${text}". Hãy ghi theo dạng ngày/tháng/năm, ví dụ 25/12/2025.`);
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso.replace(' ', 'T'));
  if (Number.isNaN(date.getTime()) || (iso.length === 10 && date.toISOString().slice(0, 10) !== iso)) {
    return fail(`Ngày "${text}" không tồn tại.`);
  }
  return ok(date.toISOString());
}

/** A list written with `;`, `,` or `|` between items. */
export function listCell(text: string): string[] {
  return text
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * `parse`, remembering its results for the last few thousand distinct cell texts: a file of
 * posts repeats the same dates and hashtag lists thousands of times. Results are shared
 * between rows, so nothing may change them.
 */
export function remembered<T>(parse: (text: string) => CellResult<T>, size = 4096): (text: string) => CellResult<T> {
  let seen = new Map<string, CellResult<T>>();
  return (text) => {
    let result = seen.get(text);
    if (result === undefined) {
      if (seen.size >= size) seen = new Map();
      result = parse(text);
      seen.set(text, result);
    }
    return result;
  };
}
