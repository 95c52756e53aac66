import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Dashboard } from '../dashboard/dashboard-schemas.js';

const require = createRequire(import.meta.url);
// DejaVu Sans covers every Vietnamese letter with its tone marks; shipped from npm.
const REGULAR = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const BOLD = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));

const BLUE = rgb(0.043, 0.361, 0.678);
const AMBER = rgb(0.95, 0.66, 0);
const INK = rgb(0.1, 0.12, 0.14);
const MUTED = rgb(0.4, 0.43, 0.48);
const RULE = rgb(0.85, 0.87, 0.9);
const A4: [number, number] = [595, 842];
const MARGIN = 48;

const number = (value: number | null) => (value === null ? '—' : value.toLocaleString('vi-VN'));

/** The KPIs of a dashboard as report lines: label, value, target. */
function kpiLines(d: Dashboard): { label: string; value: number | null; target: number | null }[] {
  const k = d.kpis;
  return [
    { label: 'Trường đã tổ chức tập huấn', ...k.schoolsReached },
    { label: 'Tỉnh/thành có hoạt động', ...k.provincesReached },
    { label: 'Chuyên gia tham gia', ...k.activeExperts },
    { label: 'Học sinh tham gia', ...k.participants.students },
    { label: 'Giáo viên tham gia', ...k.participants.teachers },
    { label: 'Phụ huynh tham gia', ...k.participants.parents },
    { label: 'Lượt cam kết', ...k.pledges },
    { label: 'Khách tham dự sự kiện', ...k.eventVisitors },
    { label: 'Lượt xem', ...k.views },
    { label: 'Người có ảnh hưởng', ...k.influencers },
    ...k.postsPerHashtag.map((h) => ({ label: `Bài đăng ${h.hashtag}`, value: h.value, target: h.target })),
  ];
}

/**
 * The one-click campaign report: an A4 PDF in Vietnamese with the KPIs against their
 * targets, a bar chart of progress drawn with rectangles, and the province table.
 */
export async function renderCampaignReportPdf(d: Dashboard, provinceName: string | null, generatedAt: Date): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`Báo cáo chiến dịch — ${d.campaign.name}`);
  pdf.setAuthor('Không Một Mình');
  pdf.setCreationDate(generatedAt);
  const regular = await pdf.embedFont(REGULAR, { subset: true });
  const bold = await pdf.embedFont(BOLD, { subset: true });
  const text = (page: PDFPage, s: string, x: number, y: number, size = 9, font: PDFFont = regular, color = INK) =>
    page.drawText(s, { x, y, size, font, color });
  const right = (page: PDFPage, s: string, x: number, y: number, size = 9, font: PDFFont = regular) =>
    text(page, s, x - font.widthOfTextAtSize(s, size), y, size, font);

  let page = pdf.addPage(A4);
  let y = A4[1] - MARGIN;
  text(page, 'KHÔNG MỘT MÌNH — BÁO CÁO CHIẾN DỊCH', MARGIN, y, 16, bold, BLUE);
  y -= 22;
  text(page, d.campaign.name, MARGIN, y, 12, bold);
  y -= 16;
  const date = generatedAt.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  text(page, `Từ ${d.campaign.startDate} đến ${d.campaign.endDate} · Phạm vi: ${provinceName ?? 'toàn quốc'} · Lập ngày ${date}`, MARGIN, y, 9, regular, MUTED);
  y -= 28;

  text(page, 'Chỉ số chính', MARGIN, y, 12, bold);
  y -= 16;
  const cols = { value: 380, target: 470, percent: A4[0] - MARGIN };
  text(page, 'Chỉ số', MARGIN, y, 8, bold, MUTED);
  right(page, 'Đạt được', cols.value, y, 8, bold);
  right(page, 'Mục tiêu', cols.target, y, 8, bold);
  right(page, 'Tỷ lệ', cols.percent, y, 8, bold);
  y -= 6;
  const lines = kpiLines(d);
  for (const line of lines) {
    page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.5, color: RULE });
    y -= 12;
    text(page, line.label, MARGIN, y);
    right(page, number(line.value), cols.value, y);
    right(page, number(line.target), cols.target, y);
    right(page, line.value !== null && line.target ? `${Math.round((line.value / line.target) * 100)}%` : '—', cols.percent, y);
    y -= 4;
  }
  y -= 24;

  text(page, 'Tiến độ so với mục tiêu', MARGIN, y, 12, bold);
  y -= 14;
  const chartLeft = MARGIN + 170;
  const chartWidth = A4[0] - MARGIN - chartLeft - 40;
  for (const line of lines.filter((l) => l.value !== null && l.target)) {
    const share = Math.min(1, line.value! / line.target!);
    y -= 14;
    text(page, line.label, MARGIN, y + 2, 8);
    page.drawRectangle({ x: chartLeft, y, width: chartWidth, height: 10, color: rgb(0.93, 0.94, 0.96) });
    page.drawRectangle({ x: chartLeft, y, width: Math.max(1, chartWidth * share), height: 10, color: share >= 1 ? AMBER : BLUE });
    text(page, `${Math.round((line.value! / line.target!) * 100)}%`, chartLeft + chartWidth + 6, y + 2, 8);
  }

  // The province table, on as many pages as it needs.
  const headers = ['Tỉnh/thành', 'Trường', 'Đã đến', 'Buổi', 'Học sinh', 'Giáo viên', 'Phụ huynh', 'Cam kết'];
  const xs = [MARGIN, 230, 275, 320, 385, 440, 495, A4[0] - MARGIN];
  const tableHeader = () => {
    text(page, 'Theo tỉnh/thành', MARGIN, y, 12, bold);
    y -= 16;
    headers.forEach((h, i) => (i === 0 ? text(page, h, xs[0]!, y, 8, bold, MUTED) : right(page, h, xs[i]!, y, 8, bold)));
    y -= 6;
  };
  page = pdf.addPage(A4);
  y = A4[1] - MARGIN;
  tableHeader();
  for (const p of d.provinces) {
    if (y < MARGIN + 20) {
      page = pdf.addPage(A4);
      y = A4[1] - MARGIN;
      tableHeader();
    }
    page.drawLine({ start: { x: MARGIN, y }, end: { x: A4[0] - MARGIN, y }, thickness: 0.5, color: RULE });
    y -= 12;
    const cells = [p.name, p.schools, p.schoolsReached, p.trainingsHeld, p.students, p.teachers, p.parents, p.pledges];
    cells.forEach((c, i) => (i === 0 ? text(page, String(c), xs[0]!, y) : right(page, number(c as number), xs[i]!, y)));
    y -= 4;
  }
  y -= 20;
  if (y > MARGIN) {
    for (const note of [...d.notes, 'Số liệu học sinh là số đếm tổng hợp; chiến dịch không lưu danh sách học sinh.']) {
      text(page, note, MARGIN, y, 8, regular, MUTED);
      y -= 12;
    }
  }
  return pdf.save();
}
