import { expertKey } from '../experts/expert-key.js';
import { upsertExperts } from '../experts/experts-repository.js';
import type { ExpertInput } from '../experts/experts-schemas.js';
import { listCell, provinceCell, requiredText, type CellResult } from './cell-parsers.js';
import { collect, type ImportKind } from './import-kind.js';

type Column = 'name' | 'email' | 'provinces' | 'topics' | 'availability';

function emailCell(text: string): CellResult<string | null> {
  if (!text) return { ok: true, value: null };
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) && text.length <= 200
    ? { ok: true, value: text.toLowerCase() }
    : { ok: false, message: `Email "${text}" không hợp lệ.` };
}

function provincesCell(text: string): CellResult<string[]> {
  const names = listCell(text);
  if (names.length === 0) return { ok: false, message: 'Chưa ghi tỉnh/thành nơi chuyên gia làm việc.' };
  const ids: string[] = [];
  for (const name of names) {
    const result = provinceCell(name);
    if (!result.ok) return result;
    if (!ids.includes(result.value)) ids.push(result.value);
  }
  return { ok: true, value: ids };
}

/** Experts by e-mail, or by name and home province: `Họ tên, Email, Tỉnh/thành (first = home), Chủ đề, Lịch rảnh`. */
export const expertImport: ImportKind<Column, ExpertInput> = {
  columns: [
    { key: 'name', label: 'Họ tên', aliases: ['ho ten', 'ho va ten', 'ten', 'name'], required: true },
    { key: 'email', label: 'Email', aliases: ['email', 'e mail', 'thu dien tu'], required: false },
    { key: 'provinces', label: 'Tỉnh/thành', aliases: ['tinh thanh', 'tinh', 'dia ban', 'provinces', 'province'], required: true },
    { key: 'topics', label: 'Chủ đề', aliases: ['chu de', 'linh vuc', 'topics'], required: false },
    { key: 'availability', label: 'Lịch rảnh', aliases: ['lich ranh', 'lich', 'thoi gian', 'availability'], required: false },
  ],
  parse: (cells) =>
    collect<Column, ExpertInput>({
      name: ['name', requiredText(cells.name, 120)],
      email: ['email', emailCell(cells.email)],
      provinces: ['provinces', provincesCell(cells.provinces)],
      topics: ['topics', { ok: true, value: listCell(cells.topics).slice(0, 30) }],
      availability: ['availability', { ok: true, value: cells.availability.slice(0, 300) || null }],
    }),
  key: expertKey,
  scope: { column: 'provinces', provinceOf: (e) => e.provinces[0]! },
  async existingElsewhere(db, values, provinceId) {
    const rows = await db
      .selectFrom('expert_profiles')
      .select('natural_key')
      .where('natural_key', 'in', values.map(expertKey))
      .where('province_id', '!=', provinceId)
      .execute();
    return new Set(rows.map((r) => r.natural_key));
  },
  write: upsertExperts,
  // `upsertExperts` binds 11 values per row.
  batchRows: 500,
};
