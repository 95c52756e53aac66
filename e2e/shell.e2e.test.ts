import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext, seriousA11yViolations } from './browser.js';

describe.skipIf(!browserAvailable)('web shell in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const admin = inject('demoAccounts').find((a) => a.role === 'admin')!;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('opens the home page in Vietnamese with the quick-exit button first in keyboard order', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Không ai phải đối mặt một mình');
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Thoát nhanh');
    expect(await page.locator('a[href="tel:111"]').count()).toBe(1);
    expect(await page.locator('a[href="tel:113"]').count()).toBe(1);
    await context.close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const context = await newContext(browser, { width: 360 });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.locator('h1').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('quick exit leaves for a neutral site and replaces this page in history', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // No network here: answer the neutral site locally.
    await context.route('https://www.nchmf.gov.vn/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Thời tiết</title>' }));
    await page.goto(baseUrl);
    const before = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Thoát nhanh' }).click();
    await page.waitForURL('https://www.nchmf.gov.vn/');
    expect(await page.evaluate(() => history.length)).toBe(before);
    await context.close();
  });

  it('switches to English and remembers the choice', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Nobody should face an online risk alone');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Nobody should face an online risk alone');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('signs in with a seeded account, shows role-aware navigation, and signs out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/dang-nhap`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Mật khẩu').fill('sai mật khẩu');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Email hoặc mật khẩu không đúng.');

    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Đang đăng nhập: Quản trị viên demo').waitFor();
    await page.getByRole('link', { name: 'Tài khoản' }).click();
    await expect.poll(() => page.locator('tbody tr').count()).toBe(6);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getByRole('link', { name: 'Tài khoản' }).count()).toBe(0);
    await context.close();
  });

  it('has no serious or critical accessibility violations on any page', async () => {
    const context = await newContext(browser, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/dang-nhap`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Mật khẩu').fill(admin.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Đang đăng nhập').waitFor();
    for (const path of ['/', '/dang-nhap', '/tai-khoan', '/khong-co-trang-nay']) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('h1').waitFor();
      expect(await seriousA11yViolations(page), path).toEqual([]);
    }
    await context.close();
  });
});
