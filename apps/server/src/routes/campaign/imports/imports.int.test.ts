import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test-support/test-app.js';
import { TEST_DIALECTS } from '../../../test-support/test-database.js';
import { campaignClient, type CampaignClient } from '../campaign-test-client.js';
import { postImport } from './post-import.js';
import { schoolImport } from './school-import.js';

const SCHOOLS_CSV = [
  'Mã trường,Tên trường,Cấp học,Tỉnh/thành,Địa chỉ',
  'S001,THCS Lê Lợi,THCS,Hà Nội,"12 Lê Lợi, Hà Đông"',
  'S002,Tiểu học Kim Đồng,Tiểu học,Hà Giang,',
  'S003,THPT Phan Bội Châu,Mẫu giáo,Nghệ An,',
  'S004,Trường Xa Lạ,THPT,Atlantis,',
  'S005,THPT Chuyên Bình Dương,THPT,Bình Dương,',
].join('\r\n');

describe.each(TEST_DIALECTS)('imports on %s', (dialect) => {
  let t: TestApp;
  let admin: CampaignClient;
  let hanoiOrganizer: CampaignClient;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = campaignClient(t, await t.signIn('admin'));
    hanoiOrganizer = campaignClient(t, await t.signIn('organizer', { provinceId: 'ha-noi' }));
  });
  afterAll(async () => t.close());

  it('previews the first rows with per-row errors and writes nothing', async () => {
    const res = await admin.upload('/api/campaign/imports?kind=schools&mode=preview&limit=3', `\uFEFF${SCHOOLS_CSV}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: null, mode: 'preview', rowsRead: 3, inserted: 0, errors: 1 });
    expect(body.preview.map((p: { line: number }) => p.line)).toEqual([2, 3, 4]);
    expect(body.preview[1].value).toMatchObject({ code: 'S002', provinceId: 'tuyen-quang', level: 'tieu_hoc' });
    expect(body.rowErrors).toEqual([
      { line: 4, column: 'Cấp học', message: 'Không hiểu cấp học "Mẫu giáo". Hãy ghi: Tiểu học, THCS, THPT, Đại học hoặc Khác.' },
    ]);
    expect((await admin.get('/api/campaign/schools')).json().total).toBe(0);
  });

  it('commits the good rows despite bad ones, maps old province names, and re-imports idempotently', async () => {
    const importId = '5b0f4d8e-2f4a-4c1e-9a57-0c6f1f0e6a11';
    const first = await admin.upload(`/api/campaign/imports?kind=schools&mode=commit&importId=${importId}`, SCHOOLS_CSV);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ id: importId, rowsRead: 5, inserted: 3, updated: 0, errors: 2 });
    expect(first.json().rowErrors).toContainEqual({
      line: 5,
      column: 'Tỉnh/thành',
      message: 'Không nhận ra tỉnh/thành "Atlantis". Hãy ghi tên một trong 34 tỉnh/thành (tên cũ trước 2025 cũng được).',
    });
    const schools = (await admin.get('/api/campaign/schools?limit=10')).json().items as { code: string; provinceId: string; address: string | null }[];
    expect(schools.find((s) => s.code === 'S005')?.provinceId).toBe('ho-chi-minh');
    expect(schools.find((s) => s.code === 'S001')?.address).toBe('12 Lê Lợi, Hà Đông');

    const progress = await admin.get(`/api/campaign/imports/${importId}`);
    expect(progress.json()).toMatchObject({ status: 'done', rowsRead: 5, inserted: 3, errors: 2 });

    const again = await admin.upload('/api/campaign/imports?kind=schools&mode=commit', SCHOOLS_CSV);
    expect(again.json()).toMatchObject({ inserted: 0, updated: 3, errors: 2 });
    expect((await admin.get('/api/campaign/schools')).json().total).toBe(3);
  });

  it('reads the semicolon-separated CSV that Excel saves in a Vietnamese locale', async () => {
    const csv = 'Mã trường;Tên trường;Cấp học;Tỉnh/thành;Địa chỉ\r\nSC01;THPT Chu Văn An;THPT;Hà Nội;"Số 10; phố Thụy Khuê"\r\n';
    const res = await admin.upload('/api/campaign/imports?kind=schools&mode=commit', csv);
    expect(res.json()).toMatchObject({ rowsRead: 1, inserted: 1, errors: 0 });
    const school = (await admin.get('/api/campaign/schools?q=SC01')).json().items[0];
    expect(school).toMatchObject({ code: 'SC01', name: 'THPT Chu Văn An', provinceId: 'ha-noi', address: 'Số 10; phố Thụy Khuê' });
  });

  it('limits a provincial organiser to rows of their province', async () => {
    const res = await hanoiOrganizer.upload('/api/campaign/imports?kind=schools&mode=commit', SCHOOLS_CSV);
    expect(res.json()).toMatchObject({ inserted: 0, updated: 1, errors: 4 });
    expect(res.json().rowErrors).toContainEqual({ line: 3, column: 'Tỉnh/thành', message: 'Tỉnh/thành này nằm ngoài phạm vi bạn quản lý.' });
    expect((await hanoiOrganizer.upload('/api/campaign/imports?kind=posts&mode=preview', 'url\n')).statusCode).toBe(403);
  });

  it('imports experts from XLSX, keyed by e-mail or by name and province', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Chuyên gia');
    sheet.addRow(['Họ tên', 'Email', 'Tỉnh/thành', 'Chủ đề', 'Lịch rảnh']);
    sheet.addRow(['Nguyễn Văn An', 'an@example.vn', 'Hà Nội; Bắc Giang', 'lừa đảo; dụ dỗ', 'Thứ Bảy']);
    sheet.addRow(['Phạm Thu Hà', '', 'Thừa Thiên Huế', 'tâm lý', '']);
    sheet.addRow(['', 'x@', 'Hà Nội', '', '']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const first = await admin.upload('/api/campaign/imports?kind=experts&mode=commit', xlsx, type);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ inserted: 2, updated: 0, errors: 1 });
    expect(first.json().rowErrors).toEqual([
      { line: 4, column: 'Họ tên', message: 'Ô này không được để trống.' },
      { line: 4, column: 'Email', message: 'Email "x@" không hợp lệ.' },
    ]);
    expect((await admin.upload('/api/campaign/imports?kind=experts&mode=commit', xlsx, type)).json()).toMatchObject({ inserted: 0, updated: 2 });
    const experts = (await admin.get('/api/campaign/experts')).json().items as { name: string; provinces: string[]; topics: string[] }[];
    expect(experts.find((e) => e.name === 'Nguyễn Văn An')).toMatchObject({ provinces: ['ha-noi', 'bac-ninh'], topics: ['lừa đảo', 'dụ dỗ'] });
    expect(experts.find((e) => e.name === 'Phạm Thu Hà')?.provinces).toEqual(['hue']);
  });

  it('imports social posts with hashtags and Vietnamese number and date formats', async () => {
    const csv = [
      'Đường dẫn,Nền tảng,Tác giả,Hashtag,Lượt xem,Lượt thích,Chia sẻ,Bình luận,Ngày đăng',
      'https://www.tiktok.com/@an/video/1,TikTok,@an,#KhongMotMinh #01minh,1.250.000,3.400,120,56,15/03/2026',
      'https://www.facebook.com/p/2,Facebook,Trang Tuổi Trẻ,#ConguocHaNoi,9000,10,1,0,2026-03-16',
      'not a url,Facebook,X,,abc,,,,31/02/2026',
    ].join('\n');
    const res = await admin.upload('/api/campaign/imports?kind=posts&mode=commit', csv);
    expect(res.json()).toMatchObject({ inserted: 2, errors: 1 });
    expect(res.json().rowErrors.map((e: { column: string }) => e.column)).toEqual(['Đường dẫn', 'Lượt xem', 'Ngày đăng']);
    const posts = (await admin.get('/api/campaign/social/posts?hashtag=%23khongmotminh')).json();
    expect(posts.total).toBe(1);
    expect(posts.items[0]).toMatchObject({ views: 1_250_000, likes: 3400, hashtags: ['#khongmotminh', '#01minh'], postedAt: '2026-03-15T00:00:00.000Z' });
    expect((await admin.upload('/api/campaign/imports?kind=posts&mode=commit', csv)).json()).toMatchObject({ inserted: 0, updated: 2 });
  });

  it('imports posts over several batches, then again with other hashtags, keeping counts per hashtag right', async () => {
    const rows = 2 * postImport.batchRows + 10;
    const csv = (tags: (i: number) => string) =>
      ['Đường dẫn,Nền tảng,Tác giả,Hashtag,Lượt xem,Lượt thích,Chia sẻ,Bình luận,Ngày đăng']
        .concat(Array.from({ length: rows }, (_, i) => `https://www.tiktok.com/@lo/video/${i},TikTok,@lo,${tags(i)},${i},1,2,3,${1 + (i % 28)}/03/2026`))
        .join('\n');
    const tagCount = async (tag: string) => (await admin.get(`/api/campaign/social/posts?limit=1&hashtag=${encodeURIComponent(tag)}`)).json().total;
    const first = await admin.upload('/api/campaign/imports?kind=posts&mode=commit', csv((i) => (i % 2 ? '#lo #le' : '#lo #chan')));
    expect(first.json()).toMatchObject({ rowsRead: rows, inserted: rows, updated: 0, errors: 0 });
    expect([await tagCount('#lo'), await tagCount('#le'), await tagCount('#chan')]).toEqual([rows, rows / 2, rows / 2]);
    const again = await admin.upload('/api/campaign/imports?kind=posts&mode=commit', csv((i) => (i < 100 ? '#moi' : '#lo')));
    expect(again.json()).toMatchObject({ rowsRead: rows, inserted: 0, updated: rows, errors: 0 });
    expect([await tagCount('#lo'), await tagCount('#moi'), await tagCount('#le'), await tagCount('#chan')]).toEqual([rows - 100, 100, 0, 0]);
  });

  it('keeps the batches stored before a file turns out broken, and marks the run failed', async () => {
    const importId = '0c9d7c1e-6a55-4f3e-b7a1-3f1d2a9e8b40';
    const lines = Array.from({ length: schoolImport.batchRows }, (_, i) => `LO-${i},Trường ${i},THCS,Hà Nội,`);
    const csv = ['Mã trường,Tên trường,Cấp học,Tỉnh/thành,Địa chỉ', ...lines, 'LO-X,"never closed,THCS,Hà Nội,'].join('\n');
    const res = await admin.upload(`/api/campaign/imports?kind=schools&mode=commit&importId=${importId}`, csv);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('import_unreadable');
    expect((await admin.get(`/api/campaign/imports/${importId}`)).json()).toMatchObject({ status: 'failed', rowsRead: lines.length, inserted: lines.length });
    expect((await admin.get('/api/campaign/schools?q=LO-4999')).json().total).toBe(1);
  });

  it('reports a missing column, an unreadable file and a wrong content type', async () => {
    const missing = await admin.upload('/api/campaign/imports?kind=schools&mode=commit', 'Tên trường,Cấp học\nA,THCS');
    expect(missing.json().rowErrors[0]).toEqual({ line: 1, column: 'Mã trường', message: 'Thiếu cột "Mã trường" ở dòng tiêu đề.' });
    const garbage = await admin.upload(
      '/api/campaign/imports?kind=schools&mode=commit',
      Buffer.from('not a zip'),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(garbage.statusCode).toBe(400);
    expect(garbage.json().error.code).toBe('import_unreadable');
    expect((await admin.upload('/api/campaign/imports?kind=schools', '{}', 'application/json')).statusCode).toBe(415);
  });
});
