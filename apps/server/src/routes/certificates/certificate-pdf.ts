import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

const require = createRequire(import.meta.url);
// DejaVu Sans covers every Vietnamese letter with its tone marks; shipped from npm.
const REGULAR = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
const BOLD = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'));

/** What a certificate says. */
export interface CertificateContent {
  name: string;
  /** The track, as a reader sees it, e.g. "THCS (11–14 tuổi)". */
  trackName: string;
  issuedAt: Date;
  code: string;
  /** Where anyone can check the code, e.g. https://…/xac-minh/KMM-… */
  verifyUrl: string;
}

const BLUE = rgb(0.043, 0.361, 0.678);
const INK = rgb(0.1, 0.12, 0.14);
const MUTED = rgb(0.3, 0.33, 0.38);

/** Renders the certificate as a one-page A4 landscape PDF, fonts subset and embedded. */
export async function renderCertificatePdf(content: CertificateContent): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`Chứng nhận — ${content.name}`);
  pdf.setAuthor('Không Một Mình');
  pdf.setCreationDate(content.issuedAt);
  const regular = await pdf.embedFont(REGULAR, { subset: true });
  const bold = await pdf.embedFont(BOLD, { subset: true });
  const page = pdf.addPage([842, 595]);
  const { width } = page.getSize();

  const centered = (text: string, y: number, size: number, font = regular, color = INK) => {
    page.drawText(text, { x: (width - font.widthOfTextAtSize(text, size)) / 2, y, size, font, color });
  };
  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: 547, borderColor: BLUE, borderWidth: 3 });
  page.drawRectangle({ x: 34, y: 34, width: width - 68, height: 527, borderColor: rgb(0.95, 0.66, 0), borderWidth: 1 });

  centered('KHÔNG MỘT MÌNH', 505, 16, bold, BLUE);
  centered('Cùng nhau an toàn trực tuyến', 484, 12, regular, MUTED);
  centered('GIẤY CHỨNG NHẬN', 420, 34, bold, INK);
  centered('Chứng nhận', 375, 14, regular, MUTED);
  // Long names shrink to fit the page instead of running off it.
  const nameSize = Math.min(36, (width - 140) / Math.max(1, bold.widthOfTextAtSize(content.name, 1)));
  centered(content.name, 325, nameSize, bold, BLUE);
  centered('đã hoàn thành lộ trình học an toàn trực tuyến', 280, 14);
  centered(content.trackName, 255, 16, bold);
  centered('và biết cách nhận diện chiêu trò, tránh rủi ro và tìm người giúp khi cần.', 228, 12, regular, MUTED);
  const date = content.issuedAt.toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' });
  centered(`Ngày cấp: ${date}`, 160, 12);
  centered(`Mã xác minh: ${content.code}`, 140, 12, bold);
  centered(`Kiểm tra tại: ${content.verifyUrl}`, 122, 10, regular, MUTED);
  centered('Đây không phải lỗi của em khi gặp rủi ro trên mạng. Em không một mình: 111 (miễn phí, 24/7) · 113.', 70, 9, regular, MUTED);
  return pdf.save();
}
