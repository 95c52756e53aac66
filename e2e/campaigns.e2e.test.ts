import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext, seriousA11yViolations, signIn } from './browser.js';

/**
 * Campaigns and their targets in a real browser: the (national) admin creates a campaign with
 * a hashtag target, is stopped by an end date before the start, saves, edits a target, and
 * finds the targets on the dashboard after choosing that campaign; a provincial organiser
 * only reads. The campaign lies in 2020, before any other test's, so it never becomes the
 * dashboard's default campaign.
 */
describe.skipIf(!browserAvailable)('campaigns: create, edit, dashboard targets', () => {
  const baseUrl = inject('baseUrl');
  const accounts = inject('demoAccounts');
  const admin = accounts.find((a) => a.role === 'admin')!;
  const organizer = accounts.find((a) => a.role === 'organizer')!;
  const POLL = { timeout: 10_000 };
  const name = 'Hè an toàn trên mạng 2020';
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, { bypassCSP: true });
    page = await context.newPage();
    await signIn(page, baseUrl, admin);
    // A second, earlier campaign, so the dashboard offers a choice whichever test file ran first.
    const status = await page.evaluate(async () => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const response = await fetch('/api/campaign/campaigns', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ name: 'Chiến dịch thử 2019', startDate: '2019-01-01', endDate: '2019-12-31' }),
      });
      return response.status;
    });
    expect(status).toBe(201);
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it('creates a campaign prefilled with the national targets, refusing an end date before the start', async () => {
    await page.goto(`${baseUrl}/chien-dich`);
    await page.getByRole('link', { name: 'Quản lý chiến dịch' }).click();
    await page.getByRole('heading', { name: 'Chiến dịch', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await page.getByRole('heading', { name: 'Chiến dịch mới', level: 2 }).waitFor();
    expect(await page.getByLabel('Trường học được tiếp cận').inputValue()).toBe('2.000');
    expect(await page.getByLabel('Lượt xem').inputValue()).toBe('1.000.000.000');
    expect(await page.getByLabel('Hashtag 3', { exact: true }).inputValue()).toBe('#conguochanoi');

    await page.getByLabel('Tên chiến dịch').fill(name);
    await page.getByLabel('Ngày bắt đầu').fill('2020-06-01');
    await page.getByLabel('Ngày kết thúc').fill('2020-05-31');
    await page.getByLabel('Trường học được tiếp cận').fill('2500');
    await page.keyboard.press('Tab');
    expect(await page.getByLabel('Trường học được tiếp cận').inputValue()).toBe('2.500');
    await page.getByRole('button', { name: 'Xóa hashtag 3' }).click();
    await page.getByRole('button', { name: 'Thêm hashtag' }).click();
    const tag = page.getByLabel('Hashtag 3', { exact: true });
    expect(await tag.evaluate((el) => el === document.activeElement)).toBe(true);
    await tag.fill('#HeAnToan');
    await page.getByLabel('Số bài đăng mục tiêu 3').fill('10.000');

    await page.locator('.campaign-editor').getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await expect.poll(() => page.locator('#campaign-end-error').textContent(), POLL).toBe('Ngày kết thúc phải trùng hoặc sau ngày bắt đầu.');
    expect(await page.getByLabel('Ngày kết thúc').getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('campaign-end');
    expect(await page.locator('.campaign-editor [role="alert"]').textContent()).toMatch(/^Một số ô chưa hợp lệ/);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Ngày kết thúc').fill('2020-08-31');
    await page.locator('.campaign-editor').getByRole('button', { name: 'Tạo chiến dịch' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), POLL).toBe(`Đã tạo chiến dịch “${name}”.`);
    const card = page.locator('.campaign-campaigns li').filter({ hasText: name });
    await expect.poll(() => card.textContent(), POLL).toContain('01/06/2020 – 31/08/2020 · Đã kết thúc');
    expect(await page.locator('.campaign-editor').count()).toBe(0);
  });

  it('edits a target, then shows the targets on the dashboard once that campaign is chosen', async () => {
    await page.getByRole('button', { name: `Sửa chiến dịch ${name}` }).click();
    await page.getByRole('heading', { name: `Sửa chiến dịch “${name}”`, level: 2 }).waitFor();
    expect(await page.getByLabel('Hashtag 3', { exact: true }).inputValue()).toBe('#heantoan');
    await page.getByLabel('Trường học được tiếp cận').fill('2.600');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => page.getByRole('status').textContent(), POLL).toBe(`Đã lưu chiến dịch “${name}”.`);
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Tổng quan', exact: true }).click();
    const picker = page.getByLabel('Chiến dịch', { exact: true });
    await expect.poll(() => picker.locator('option', { hasText: name }).count(), POLL).toBe(1);
    await picker.selectOption({ label: name });
    await expect.poll(() => page.locator('.campaign-lead').textContent(), POLL).toContain(`${name} · 01/06/2020 – 31/08/2020`);
    expect(page.url()).toContain('campaignId=');
    const kpi = (label: string) => page.locator('.campaign-kpi').filter({ has: page.locator('.campaign-kpi-label', { hasText: new RegExp(`^${label}$`) }) });
    expect(await kpi('Trường đã tiếp cận').locator('.campaign-kpi-target').textContent()).toBe('trên mục tiêu 2.600');
    expect(await kpi('Bài đăng #heantoan').locator('.campaign-kpi-target').textContent()).toBe('trên mục tiêu 10.000');
    expect(await kpi('Bài đăng #conguochanoi').count()).toBe(0);
  });

  it('shows a provincial organiser the campaigns without a way to change them', async () => {
    const organizerContext = await newContext(browser);
    const organizerPage = await organizerContext.newPage();
    await signIn(organizerPage, baseUrl, organizer);
    await organizerPage.goto(`${baseUrl}/chien-dich/chien-dich`);
    await organizerPage.locator('.campaign-campaigns li').filter({ hasText: name }).waitFor();
    expect(await organizerPage.getByText('Chỉ ban tổ chức toàn quốc và quản trị viên được tạo, sửa chiến dịch.', { exact: false }).count()).toBe(1);
    expect(await organizerPage.getByRole('button', { name: 'Tạo chiến dịch' }).count()).toBe(0);
    expect(await organizerPage.getByRole('button', { name: /^Sửa/ }).count()).toBe(0);
    await organizerContext.close();
  });
});
