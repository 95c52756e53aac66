import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext, seriousA11yViolations, signIn } from './browser.js';

/**
 * A Y4M video (YUV4MPEG2, 4:2:0) showing `text` as a QR code, black on white with a wide quiet
 * zone, for Chromium's fake camera (`--use-file-for-fake-video-capture`, which loops it).
 */
function qrVideo(text: string, width = 640, height = 480, frames = 3): Buffer {
  const { size, data: modules } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  const scale = Math.floor((Math.min(width, height) * 0.8) / (size + 8));
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 255);
  for (let y = 0; y < size * scale; y++)
    for (let x = 0; x < size * scale; x++) if (modules[Math.floor(y / scale) * size + Math.floor(x / scale)]) luma[(top + y) * width + left + x] = 0;
  const chroma = Buffer.alloc(width * height / 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F15:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: frames }, () => frame)]);
}

/**
 * Events end to end: an organiser creates an event, an anonymous visitor takes a QR ticket on
 * the public page, and the check-in page reads that ticket from a (fake) camera under the real
 * CSP: admitted once, refused as used the second time.
 */
describe.skipIf(!browserAvailable)('events: public ticket, camera check-in', () => {
  const baseUrl = inject('baseUrl');
  const organizer = inject('demoAccounts').find((a) => a.role === 'organizer')!;
  const POLL = { timeout: 15_000 };
  const name = 'Ngày hội Không Một Mình (thử camera)';
  // Tomorrow (UTC) is never before today in Vietnam, and tickets are issued until the event's day.
  const eventDay = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  let browser: Browser;
  let organizerContext: BrowserContext;
  let organizerPage: Page;
  let workDir: string;
  let eventId = '';
  let code = '';

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'kmm-events-e2e-'));
    browser = await launchBrowser();
    organizerContext = await newContext(browser, { bypassCSP: true });
    organizerPage = await organizerContext.newPage();
    await signIn(organizerPage, baseUrl, organizer);
  });
  afterAll(async () => {
    await organizerContext?.close();
    await browser?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('an organiser creates an event (a missing name is flagged at the field) and gets its links', async () => {
    const page = organizerPage;
    await page.goto(`${baseUrl}/chien-dich/su-kien`);
    await page.getByRole('heading', { name: 'Sự kiện', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tạo sự kiện' }).click();
    expect(await page.locator('#event-name-error').textContent()).toBe('Vui lòng nhập tên sự kiện.');
    expect(await page.getByLabel('Tên sự kiện').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Tên sự kiện').fill(name);
    await page.getByLabel('Loại sự kiện').selectOption({ label: 'Ngày hội' });
    await page.getByLabel('Ngày tổ chức').fill(eventDay);
    await page.getByLabel('Địa điểm (bỏ trống nếu chỉ tổ chức trực tuyến)').fill('Cung Văn hóa Hữu nghị');
    await page.getByRole('button', { name: 'Tạo sự kiện' }).click();
    await page.getByText(`Đã tạo sự kiện “${name}”.`).waitFor();

    const item = page.locator('.campaign-event').filter({ hasText: name });
    await item.waitFor();
    expect(await item.locator('p').first().textContent()).toContain('Cung Văn hóa Hữu nghị · Hà Nội');
    const href = await item.getByRole('link', { name: `Mở trang đăng ký của ${name}` }).getAttribute('href');
    eventId = href!.split('/').pop()!;
    expect(await item.getByLabel('Liên kết đăng ký để chia sẻ').inputValue()).toBe(`${baseUrl}/su-kien/${eventId}`);
    expect(await item.getByRole('link', { name: `Check-in: ${name}` }).getAttribute('href')).toBe(`/chien-dich/su-kien/${eventId}/check-in`);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('anyone takes a QR ticket without signing in, and a reload shows the same ticket', async () => {
    const context = await newContext(browser, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/su-kien/${eventId}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    expect(await page.locator('.event-register-when').textContent()).toContain('Cung Văn hóa Hữu nghị');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Đăng ký nhận vé' }).click();
    await page.locator('.event-ticket-code').waitFor();
    code = (await page.locator('.event-ticket-code').textContent())!;
    expect(code).toMatch(/^VE-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/);
    const qr = page.getByRole('img', { name: `Mã QR của vé ${code}` });
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải vé' }).click()]);
    expect(download.suggestedFilename()).toBe(`ve-${code}.svg`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.reload();
    await page.locator('.event-ticket-code').waitFor();
    expect(await page.locator('.event-ticket-code').textContent()).toBe(code);
    expect(await page.getByRole('button', { name: 'Đăng ký nhận vé' }).count()).toBe(0);
    await context.close();
  });

  it('the check-in page reads the ticket from the camera: admitted once, then "Vé đã được sử dụng."', async () => {
    const video = join(workDir, 've.y4m');
    writeFileSync(video, qrVideo(code));
    const cameraBrowser = await launchBrowser(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
    try {
      // The real CSP: the camera and its video must work under it.
      const context = await newContext(cameraBrowser);
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await signIn(page, baseUrl, organizer);
      await page.goto(`${baseUrl}/chien-dich/su-kien/${eventId}/check-in`);
      const counter = page.locator('.campaign-counter');
      await expect.poll(() => counter.textContent(), POLL).toBe('Đã vào: 0 / 1 vé đã đăng ký');

      const scan = page.getByRole('button', { name: 'Quét mã QR bằng camera' });
      const keepStream = () => page.locator('video').evaluate((v: HTMLVideoElement) => ((window as unknown as { kept: unknown }).kept = v.srcObject));
      const streamEnded = () =>
        page.evaluate(() => (window as unknown as { kept: MediaStream }).kept.getTracks().every((track) => track.readyState === 'ended'));

      await scan.click();
      await expect.poll(() => page.locator('.checkin-result-ok').textContent(), POLL).toBe('Hợp lệ: mời vào.');
      expect(await page.locator('.checkin-result-code').textContent()).toBe(code);
      await expect.poll(() => counter.textContent(), POLL).toBe('Đã vào: 1 / 1 vé đã đăng ký');
      // Held in front of the camera, the ticket is not checked in again and again.
      await page.waitForTimeout(1500);
      expect(await page.locator('.checkin-result-ok').count()).toBe(1);

      await keepStream();
      await page.getByRole('button', { name: 'Dừng' }).click();
      expect(await streamEnded()).toBe(true);
      expect(await page.locator('video').evaluate((v: HTMLVideoElement) => v.srcObject)).toBeNull();

      await scan.click();
      await expect.poll(() => page.getByRole('alert').textContent(), POLL).toBe('Vé đã được sử dụng.');
      expect(await page.locator('.checkin-result-used').count()).toBe(1);
      expect(await counter.textContent()).toBe('Đã vào: 1 / 1 vé đã đăng ký');

      // Typed by hand, the same ticket is refused too; leaving the page turns the camera off.
      await page.getByLabel('Mã vé').fill(code.toLowerCase());
      await page.getByRole('button', { name: 'Xác nhận' }).click();
      await expect.poll(() => page.locator('.checkin-result-code').textContent(), POLL).toBe(code.toLowerCase());
      expect(await page.locator('.checkin-result-used').textContent()).toBe('Vé đã được sử dụng.');
      await keepStream();
      await page.getByRole('navigation', { name: 'Các trang chiến dịch' }).getByRole('link', { name: 'Sự kiện' }).click();
      await page.getByRole('heading', { name: 'Sự kiện', level: 1 }).waitFor();
      expect(await streamEnded()).toBe(true);
      expect(violations).toEqual([]);
      await context.close();
    } finally {
      await cameraBrowser.close();
    }
  });

  it('without a camera the page says so and typing still works; walk-ins add to those admitted', async () => {
    const page = organizerPage;
    await page.goto(`${baseUrl}/chien-dich/su-kien/${eventId}/check-in`);
    await page.getByRole('button', { name: 'Quét mã QR bằng camera' }).click();
    await expect
      .poll(() => page.locator('.checkin-camera-problem').textContent(), POLL)
      .toMatch(/^(Trang chưa được phép dùng camera|Không tìm thấy camera trên thiết bị này)/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`${baseUrl}/chien-dich/su-kien`);
    const item = page.locator('.campaign-event').filter({ hasText: name });
    await item.getByText('Cập nhật số liệu').click();
    await item.getByLabel('Thí sinh').fill('12');
    await item.getByLabel('Lượt xem trực tuyến').fill('3500');
    await item.getByLabel(/^Khách vào không có vé/).fill('5');
    await item.getByRole('button', { name: 'Lưu số liệu' }).click();
    await item.getByText('Đã lưu số liệu.').waitFor();
    const figure = (label: string) => item.locator('.campaign-event-figures div').filter({ hasText: label }).locator('dd').textContent();
    expect(await figure('Vé đã đăng ký')).toBe('1');
    expect(await figure('Đã vào cửa')).toBe('6');
    expect(await figure('Thí sinh')).toBe('12');
    expect(await figure('Lượt xem trực tuyến')).toBe('3.500');
  });
});
