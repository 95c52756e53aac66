import { SCHOOL_LEVELS, type SchoolLevel } from '../campaign-tables.js';
import { upsertSchools } from '../schools/schools-repository.js';
import type { SchoolInput } from '../schools/schools-schemas.js';
import { fold, provinceCell, requiredText, type CellResult } from './cell-parsers.js';
import { collect, type ImportKind } from './import-kind.js';

const LEVEL_WORDS: Record<string, SchoolLevel> = {
  'tieu hoc': 'tieu_hoc',
  th: 'tieu_hoc',
  'trung hoc co so': 'thcs',
  thcs: 'thcs',
  'trung hoc pho thong': 'thpt',
  thpt: 'thpt',
  'dai hoc': 'dai_hoc',
  'cao dang': 'dai_hoc',
  dh: 'dai_hoc',
  khac: 'khac',
};

function levelCell(text: string): CellResult<SchoolLevel> {
  const folded = fold(text);
  const level = (SCHOOL_LEVELS as readonly string[]).includes(text) ? (text as SchoolLevel) : LEVEL_WORDS[folded];
  return level
    ? { ok: true, value: level }
    : { ok: false, message: `Không hiểu cấp học "${text}". Hãy ghi: Tiểu học, THCS, THPT, Đại học hoặc Khác.` };
}

type Column = 'code' | 'name' | 'level' | 'province' | 'address';

/** Schools by their code: `Mã trường, Tên trường, Cấp học, Tỉnh/thành, Địa chỉ`. */
export const schoolImport: ImportKind<Column, SchoolInput> = {
  columns: [
    { key: 'code', label: 'Mã trường', aliases: ['ma truong', 'ma', 'code', 'school code'], required: true },
    { key: 'name', label: 'Tên trường', aliases: ['ten truong', 'ten', 'name', 'school'], required: true },
    { key: 'level', label: 'Cấp học', aliases: ['cap hoc', 'cap', 'level'], required: true },
    { key: 'province', label: 'Tỉnh/thành', aliases: ['tinh thanh', 'tinh thanh pho', 'tinh', 'province'], required: true },
    { key: 'address', label: 'Địa chỉ', aliases: ['dia chi', 'address'], required: false },
  ],
  parse: (cells) =>
    collect<Column, SchoolInput>({
      code: ['code', requiredText(cells.code, 40)],
      name: ['name', requiredText(cells.name, 200)],
      level: ['level', levelCell(cells.level)],
      provinceId: ['province', provinceCell(cells.province)],
      address: ['address', cells.address.length > 300 ? { ok: false, message: 'Địa chỉ dài quá 300 ký tự.' } : { ok: true, value: cells.address || null }],
    }),
  key: (s) => s.code,
  scope: { column: 'province', provinceOf: (s) => s.provinceId },
  async existingElsewhere(db, values, provinceId) {
    const rows = await db
      .selectFrom('schools')
      .select('code')
      .where('code', 'in', values.map((v) => v.code))
      .where('province_id', '!=', provinceId)
      .execute();
    return new Set(rows.map((r) => r.code));
  },
  write: upsertSchools,
  // Bound as one value per column (see selectRows); `existingElsewhere` binds one code per row.
  batchRows: 5000,
};
