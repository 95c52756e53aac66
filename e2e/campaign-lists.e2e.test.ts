import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext, seriousA11yViolations, signIn } from './browser.js';

/**
 * The campaign's lists on a 360 px phone: the (Hà Nội) organiser adds a school and finds it
 * again without typing diacritics, adds an expert and filters by topic, and sees that social
 * reach is national; the (national) admin sees influencers and posts.
 */
describe.skipIf(!browserAvailable)('campaign lists: schools, experts, social reach', () => {
  const baseUrl = inject('baseUrl');
  const accounts = inject('demoAccounts');
  const organizer = accounts.find((a) => a.role === 'organizer')!;
  const admin = accounts.find((a) => a.role === 'admin')!;
  const POLL = { timeout: 10_000 };
  const school = 'Trường THCS Đống Đa Thử Nghiệm';
  let browser: Browser;
  let organizerContext: BrowserContext;
  let page: Page;

  const overflow = (target: Page) => target.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  beforeAll(async () => {
    browser = await launchBrowser();
    organizerContext = await newContext(browser, { bypassCSP: true });
    page = await organizerContext.newPage();
    await signIn(page, baseUrl, organizer);
  });
  afterAll(async () => {
    await organizerContext?.close();
    await browser?.close();
  });

  it('the organiser adds a school, finds it without diacritics in their province, and downloads the list as CSV', async () => {
    await page.goto(`${baseUrl}/chien-dich/truong-hoc`);
    await page.getByRole('heading', { name: 'Trường học', level: 1 }).waitFor();

    // An empty form names what is missing, in Vietnamese, next to each field.
    await page.getByRole('button', { name: 'Lưu trường' }).click();
    await page.getByText('Vui lòng điền mã trường.').waitFor();
    expect(await page.locator('#school-code').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Vui lòng chọn cấp học.').count()).toBe(1);

    const form = page.locator('.campaign-add form');
    await form.getByLabel('Mã trường').fill('E2E-LIST-001');
    await form.getByLabel('Tên trường').fill(school);
    await form.getByLabel('Cấp học').selectOption('thcs');
    // A provincial organiser's only choice is their own province.
    expect(await form.getByLabel('Tỉnh/thành').locator('option').allTextContents()).toEqual(['Hà Nội']);
    await form.getByRole('button', { name: 'Lưu trường' }).click();
    await page.getByText(`Đã thêm trường ${school}.`).waitFor();

    await page.getByLabel('Tìm theo tên hoặc mã trường').fill('dong da thu nghiem');
    const rows = page.locator('.campaign-table tbody tr');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    expect(await rows.first().locator('th').textContent()).toBe(school);
    expect(await rows.first().textContent()).toContain('E2E-LIST-001');
    expect(await page.locator('.campaign-pager-count').textContent()).toBe('Hiển thị 1–1 trên 1 trường');

    const province = page.locator('#schools-province');
    expect(await province.inputValue()).toBe('ha-noi');
    expect(await province.locator('option').allTextContents()).toEqual(['Hà Nội']);
    expect(await rows.first().locator('td').nth(2).textContent()).toBe('Hà Nội');
    await page.locator('#schools-level').selectOption('thpt');
    await page.getByText('Không có trường nào khớp với bộ lọc.').waitFor();
    await page.locator('#schools-level').selectOption('thcs');
    await expect.poll(() => rows.count(), POLL).toBe(1);

    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('truong-hoc.csv');
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain(school);
  });

  it('a national admin finds the same school through the province filter', async () => {
    const context = await newContext(browser);
    const adminPage = await context.newPage();
    await signIn(adminPage, baseUrl, admin);
    await adminPage.goto(`${baseUrl}/chien-dich/truong-hoc`);
    await adminPage.getByLabel('Tìm theo tên hoặc mã trường').fill('đống đa thử');
    const rows = adminPage.locator('.campaign-table tbody tr');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    await expect.poll(() => adminPage.locator('#schools-province option').count(), POLL).toBe(35);
    await adminPage.locator('#schools-province').selectOption({ label: 'Huế' });
    await adminPage.getByText('Không có trường nào khớp với bộ lọc.').waitFor();
    await adminPage.locator('#schools-province').selectOption({ label: 'Hà Nội' });
    await expect.poll(() => rows.first().locator('th').textContent(), POLL).toBe(school);
    await context.close();
  });

  it('adds an expert and filters the experts by topic', async () => {
    await page.goto(`${baseUrl}/chien-dich/chuyen-gia`);
    await page.getByRole('heading', { name: 'Chuyên gia', level: 1 }).waitFor();
    const form = page.locator('.campaign-add form');
    await form.getByLabel('Email (không bắt buộc)').fill('khong-phai-email');
    await form.getByRole('button', { name: 'Lưu chuyên gia' }).click();
    await page.getByText('Vui lòng điền họ tên.').waitFor();
    await page.getByText('Email chưa đúng, ví dụ: ten@truong.edu.vn.').waitFor();

    await form.getByLabel('Họ tên').fill('Vũ Thị Thử Nghiệm');
    await form.getByLabel('Email (không bắt buộc)').fill('vu.thu@example.vn');
    await form.getByLabel('Chủ đề (cách nhau bằng dấu chấm phẩy)').fill('an toàn mạng cho trẻ; kỹ năng số');
    await form.getByRole('button', { name: 'Lưu chuyên gia' }).click();
    await page.getByText('Đã thêm chuyên gia Vũ Thị Thử Nghiệm.').waitFor();

    await expect.poll(() => page.locator('#experts-topic option').allTextContents(), POLL).toContain('kỹ năng số (1)');
    await page.locator('#experts-topic').selectOption('kỹ năng số');
    const rows = page.locator('.campaign-table tbody tr');
    await expect.poll(() => rows.count(), POLL).toBe(1);
    expect(await rows.first().textContent()).toContain('Hà Nội (chính)');
    await page.getByLabel('Tìm theo họ tên hoặc email').fill('vu thi');
    await expect.poll(() => rows.first().locator('th').textContent(), POLL).toBe('Vũ Thị Thử Nghiệm');
    await expect.poll(() => page.locator('.campaign-pager-count').textContent(), POLL).toBe('Hiển thị 1–1 trên 1 chuyên gia');
    await expect.poll(() => page.locator('.campaign-table[aria-busy="true"]').count(), POLL).toBe(0);

    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('social reach is national: the provincial organiser gets the note, the admin the lists', async () => {
    await page.goto(`${baseUrl}/chien-dich/mang-xa-hoi`);
    await page.getByText('Lượt xem, người ảnh hưởng và bài đăng theo hashtag là số liệu toàn quốc, không chia theo tỉnh.', { exact: false }).waitFor();
    expect(await page.locator('.campaign-table').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Tải CSV' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    const context = await newContext(browser, { bypassCSP: true });
    const adminPage = await context.newPage();
    await signIn(adminPage, baseUrl, admin);
    const status = await adminPage.evaluate(async () => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/campaign/social/posts', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ url: 'https://example.vn/e2e/1', platform: 'TikTok', author: '@thu.nghiem', hashtags: ['#01minh'], views: 12_500, likes: 1_200, postedAt: '2026-03-02' }),
      });
      return response.status;
    });
    expect(status).toBe(200);

    await adminPage.goto(`${baseUrl}/chien-dich/mang-xa-hoi`);
    await adminPage.getByRole('heading', { name: 'Mạng xã hội', level: 1 }).waitFor();
    const form = adminPage.locator('.campaign-add form');
    await form.getByLabel('Tên').fill('Kênh Thử Nghiệm');
    await form.getByLabel('Nền tảng (cách nhau bằng dấu phẩy)').fill('TikTok, YouTube');
    await form.getByLabel('Số người theo dõi').fill('1.250.000');
    await form.getByRole('button', { name: 'Lưu người có ảnh hưởng' }).click();
    await adminPage.getByText('Đã thêm Kênh Thử Nghiệm.').waitFor();
    const influencer = adminPage.locator('section[aria-labelledby="influencers-title"] tbody tr').filter({ hasText: 'Kênh Thử Nghiệm' });
    await expect.poll(() => influencer.locator('td').last().textContent(), POLL).toBe('1.250.000');

    await adminPage.getByLabel('Hashtag').selectOption('#01minh');
    await adminPage.getByLabel('Nền tảng', { exact: true }).selectOption('TikTok');
    const post = adminPage.locator('section[aria-labelledby="posts-title"] tbody tr').filter({ hasText: '@thu.nghiem' });
    await expect.poll(() => post.count(), POLL).toBe(1);
    expect(await post.locator('td').nth(2).textContent()).toBe('12.500');
    expect(await post.locator('time').textContent()).toBe('02/03/2026');

    expect(await overflow(adminPage)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(adminPage)).toEqual([]);
    await context.close();
  });
});
