import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { CsvColumn } from './csv-export.js';

/** Rows fetched per query while streaming an export. */
const PAGE = 2000;

/** Yields every row of a list in pages ordered by id, so a 200,000-row export never sits in memory. */
async function* keyset<R extends { id: string }>(page: (after: string) => Promise<R[]>): AsyncGenerator<R> {
  for (let after = ''; ; ) {
    const rows = await page(after);
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.id;
  }
}

/** An exportable list: its columns and its rows within a province scope (null = national). */
export interface ExportList<R extends { id: string }> {
  /** File name without extension. */
  file: string;
  /** Whether the list has a province (national-only lists refuse provincial users). */
  provincial: boolean;
  columns: readonly CsvColumn<R>[];
  rows(db: Kysely<Database>, provinceId: string | null): AsyncGenerator<R>;
}

const list = <R extends { id: string }>(spec: ExportList<R>) => spec;

/** Every list the campaign exports as CSV, by URL name. */
export const EXPORT_LISTS = {
  schools: list({
    file: 'truong-hoc',
    provincial: true,
    columns: [
      { key: 'code', header: 'Mã trường' },
      { key: 'name', header: 'Tên trường' },
      { key: 'level', header: 'Cấp học' },
      { key: 'province_id', header: 'Tỉnh/thành' },
      { key: 'address', header: 'Địa chỉ' },
      { key: 'id', header: 'ID' },
    ],
    rows: (db, provinceId) =>
      keyset((after) =>
        db
          .selectFrom('schools')
          .select(['id', 'code', 'name', 'level', 'province_id', 'address'])
          .where('id', '>', after)
          .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!))
          .orderBy('id')
          .limit(PAGE)
          .execute(),
      ),
  }),
  experts: list({
    file: 'chuyen-gia',
    provincial: true,
    columns: [
      { key: 'name', header: 'Họ tên' },
      { key: 'email', header: 'Email' },
      { key: 'provinces', header: 'Tỉnh/thành' },
      { key: 'topics', header: 'Chủ đề' },
      { key: 'availability', header: 'Lịch rảnh' },
      { key: 'id', header: 'ID' },
    ],
    rows: async function* (db, provinceId) {
      const pages = keyset((after) =>
        db
          .selectFrom('expert_profiles')
          .select(['id', 'name', 'email', 'provinces', 'topics', 'availability'])
          .where('id', '>', after)
          .$if(provinceId !== null, (q) => q.where('provinces', 'like', `%"${provinceId!}"%`))
          .orderBy('id')
          .limit(PAGE)
          .execute(),
      );
      for await (const e of pages) {
        yield { ...e, provinces: (JSON.parse(e.provinces) as string[]).join('; '), topics: (JSON.parse(e.topics) as string[]).join('; ') };
      }
    },
  }),
  trainings: list({
    file: 'tap-huan',
    provincial: true,
    columns: [
      { key: 'school_code', header: 'Mã trường' },
      { key: 'school_name', header: 'Trường' },
      { key: 'province_id', header: 'Tỉnh/thành' },
      { key: 'format', header: 'Hình thức' },
      { key: 'start_at', header: 'Bắt đầu' },
      { key: 'end_at', header: 'Kết thúc' },
      { key: 'status', header: 'Trạng thái' },
      { key: 'students', header: 'Học sinh' },
      { key: 'teachers', header: 'Giáo viên' },
      { key: 'parents', header: 'Phụ huynh' },
      { key: 'feedback_score', header: 'Điểm phản hồi' },
      { key: 'id', header: 'ID' },
    ],
    rows: (db, provinceId) =>
      keyset((after) =>
        db
          .selectFrom('trainings as t')
          .innerJoin('schools as s', 's.id', 't.school_id')
          .select([
            't.id',
            's.code as school_code',
            's.name as school_name',
            's.province_id',
            't.format',
            't.start_at',
            't.end_at',
            't.status',
            't.students',
            't.teachers',
            't.parents',
            't.feedback_score',
          ])
          .where('t.id', '>', after)
          .$if(provinceId !== null, (q) => q.where('s.province_id', '=', provinceId!))
          .orderBy('t.id')
          .limit(PAGE)
          .execute(),
      ),
  }),
  events: list({
    file: 'su-kien',
    provincial: true,
    columns: [
      { key: 'name', header: 'Sự kiện' },
      { key: 'kind', header: 'Loại' },
      { key: 'date', header: 'Ngày' },
      { key: 'venue', header: 'Địa điểm' },
      { key: 'province_id', header: 'Tỉnh/thành' },
      { key: 'registrations', header: 'Đăng ký' },
      { key: 'check_ins', header: 'Lượt vào cửa' },
      { key: 'contestants', header: 'Thí sinh' },
      { key: 'online_views', header: 'Lượt xem trực tuyến' },
      { key: 'id', header: 'ID' },
    ],
    rows: (db, provinceId) =>
      keyset((after) =>
        db
          .selectFrom('campaign_events')
          .select(['id', 'name', 'kind', 'date', 'venue', 'province_id', 'registrations', 'check_ins', 'contestants', 'online_views'])
          .where('id', '>', after)
          .$if(provinceId !== null, (q) => q.where('province_id', '=', provinceId!))
          .orderBy('id')
          .limit(PAGE)
          .execute(),
      ),
  }),
  influencers: list({
    file: 'nguoi-anh-huong',
    provincial: false,
    columns: [
      { key: 'name', header: 'Tên' },
      { key: 'platforms', header: 'Nền tảng' },
      { key: 'followers', header: 'Người theo dõi' },
      { key: 'id', header: 'ID' },
    ],
    rows: async function* (db) {
      const pages = keyset((after) =>
        db.selectFrom('influencers').select(['id', 'name', 'platforms', 'followers']).where('id', '>', after).orderBy('id').limit(PAGE).execute(),
      );
      for await (const i of pages) yield { ...i, platforms: (JSON.parse(i.platforms) as string[]).join('; ') };
    },
  }),
  posts: list({
    file: 'bai-dang',
    provincial: false,
    columns: [
      { key: 'url', header: 'Đường dẫn' },
      { key: 'platform', header: 'Nền tảng' },
      { key: 'author', header: 'Tác giả' },
      { key: 'hashtags', header: 'Hashtag' },
      { key: 'views', header: 'Lượt xem' },
      { key: 'likes', header: 'Lượt thích' },
      { key: 'shares', header: 'Chia sẻ' },
      { key: 'comments', header: 'Bình luận' },
      { key: 'posted_at', header: 'Ngày đăng' },
      { key: 'id', header: 'ID' },
    ],
    rows: (db) =>
      keyset((after) =>
        db
          .selectFrom('social_posts')
          .select(['id', 'url', 'platform', 'author', 'hashtags', 'views', 'likes', 'shares', 'comments', 'posted_at'])
          .where('id', '>', after)
          .orderBy('id')
          .limit(PAGE)
          .execute(),
      ),
  }),
};

export type ExportListName = keyof typeof EXPORT_LISTS;
