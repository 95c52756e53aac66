import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext, seriousA11yViolations, signIn } from './browser.js';

/**
 * The Help loop in a real browser: a child reports from the emergency path, a counsellor
 * answers and proposes the scam number, a second counsellor confirms it, the child reads the
 * answer with the code and PIN, and the Check page now shows the number as reported. A
 * later report is handed by an admin to the counsellor, who finds it in their inbox.
 */
describe.skipIf(!browserAvailable)('help: triage, report, inbox, indicators', () => {
  const baseUrl = inject('baseUrl');
  const accounts = inject('demoAccounts');
  const expert = accounts.find((a) => a.role === 'expert')!;
  const admin = accounts.find((a) => a.role === 'admin')!;
  let browser: Browser;
  let child: BrowserContext;
  let childPage: Page;
  let code = '';
  let pin = '';
  let fingerprintCode = '';
  const reply = 'Chào em, chị là tư vấn viên. Em đã làm rất đúng khi kể. Công an thật không bao giờ bắt em thuê phòng.';

  beforeAll(async () => {
    browser = await launchBrowser();
    child = await newContext(browser, { bypassCSP: true });
    childPage = await child.newPage();
  });
  afterAll(async () => {
    await child?.close();
    await browser?.close();
  });

  it('offers "Tôi cần giúp đỡ" in the header, after the quick exit', async () => {
    await childPage.goto(baseUrl);
    await childPage.locator('h1').waitFor();
    await childPage.keyboard.press('Tab');
    expect(await childPage.evaluate(() => document.activeElement?.textContent)).toBe('Thoát nhanh');
    await childPage.getByRole('link', { name: 'Tôi cần giúp đỡ' }).click();
    await childPage.waitForURL(`${baseUrl}/tro-giup`);
    await expect.poll(() => childPage.locator('h1').textContent()).toBe('Em cần giúp đỡ?');
    expect(await seriousA11yViolations(childPage), '/tro-giup').toEqual([]);
  });

  it('puts the emergency screen first when someone is told to go somewhere alone', async () => {
    await childPage.getByRole('button', { name: /bảo em đi đâu đó, thuê phòng/ }).click();
    await childPage.waitForURL(/\/tro-giup\/khan-cap\/bat-coc-online$/);
    await childPage.getByText('Công an thật không bao giờ gọi video bắt giữ bí mật').waitFor();
    expect(await childPage.locator('.help-emergency-calls a[href="tel:113"]').count()).toBe(1);
    expect(await childPage.locator('.help-emergency-calls a[href="tel:111"]').count()).toBe(1);
    await childPage.getByText('Đây không phải lỗi của em. Em không một mình.').first().waitFor();
    expect(await seriousA11yViolations(childPage), 'emergency screen').toEqual([]);
  });

  it('sends an anonymous emergency report, keeping the draft through a lost connection', async () => {
    await childPage.getByRole('link', { name: 'Kể cho tư vấn viên (khẩn cấp)' }).click();
    await childPage.waitForURL(/\/bao-cao\?khan-cap=1/);
    await childPage.getByLabel('Em kể lại chuyện đã xảy ra').waitFor();
    await childPage.getByText('Báo cáo này được đánh dấu khẩn cấp.', { exact: false }).waitFor();
    expect(await seriousA11yViolations(childPage), '/bao-cao').toEqual([]);

    await childPage.getByLabel('Em là người gặp chuyện').check();
    await childPage.locator('#report-province option[value="ha-noi"]').waitFor({ state: 'attached' });
    await childPage.getByLabel('Tỉnh, thành phố').selectOption('ha-noi');
    await childPage
      .getByLabel('Em kể lại chuyện đã xảy ra')
      .fill('Có người xưng là công an gọi video, nói em dính vào vụ rửa tiền, bắt em giữ bí mật với bố mẹ, đi thuê phòng khách sạn một mình và chuyển tiền. Số gọi là 0912 345 678.');
    await childPage.getByLabel('Số điện thoại, tài khoản (mỗi dòng một số)').fill('0912 345 678');
    await childPage.getByText('Những gì máy tìm thấy trong lời kể và đoạn chat').waitFor();
    const draft = await childPage.evaluate(() => localStorage.getItem('kmm.help.reportDraft'));
    expect(draft).toContain('0912 345 678');

    // No network: the report waits, nothing typed is lost, and it goes by itself when back online.
    await child.setOffline(true);
    await childPage.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await childPage.getByText('Chưa gửi được — sẽ tự thử lại khi có mạng').waitFor();
    expect(await childPage.getByLabel('Em kể lại chuyện đã xảy ra').inputValue()).toContain('0912 345 678');
    expect(await childPage.evaluate(() => localStorage.getItem('kmm.help.reportDraft'))).toContain('"pending":true');
    await child.setOffline(false);

    await childPage.getByText('Chúng tôi đã nhận được báo cáo của em').waitFor({ timeout: 20_000 });
    code = (await childPage.getByTestId('report-code').textContent())!.trim();
    pin = (await childPage.getByTestId('report-pin').textContent())!.trim();
    expect(code).toMatch(/^KM-/);
    expect(pin).toMatch(/^\d{6}$/);
    expect(await childPage.evaluate(() => localStorage.getItem('kmm.help.reportDraft'))).toBeNull();
  });

  it('lets a counsellor find it at the top of the queue, reply and propose the number', async () => {
    const context = await newContext(browser, { bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, baseUrl, expert);
    await page.getByRole('link', { name: 'Hộp thư' }).click();
    await page.waitForURL(`${baseUrl}/hop-thu`);
    const first = page.locator('.case-queue > li').first();
    await first.waitFor();
    expect((await first.locator('.case-code').textContent())?.trim()).toBe(code);
    expect(await first.locator('.urgency-badge').textContent()).toContain('Khẩn cấp');
    expect(await first.textContent()).toContain('Mục tiêu: 15 phút');
    expect(await seriousA11yViolations(page), '/hop-thu').toEqual([]);

    await first.locator('.case-code').click();
    await page.getByText('Có người xưng là công an gọi video').waitFor();
    await page.getByRole('button', { name: 'Nhận xử lý hồ sơ này' }).click();
    await page.getByText('Bạn đang phụ trách').waitFor();
    await page.locator('#case-reply').fill(reply);
    await page.getByRole('button', { name: 'Gửi trả lời' }).click();
    await page.locator('.case-event-reply').getByText(reply).waitFor();

    await page.locator('#case-propose-kind').selectOption('phone');
    await page.locator('#case-propose-value').fill('0912 345 678');
    await page.locator('#case-propose-scheme').selectOption('online_kidnapping');
    await page.getByRole('button', { name: 'Đề xuất', exact: true }).click();
    await page.getByText('Đang chờ một tư vấn viên khác xác nhận.', { exact: false }).waitFor();

    // The proposer cannot confirm their own proposal.
    await page.goto(`${baseUrl}/hop-thu/dau-hieu`);
    await page.getByText('+84912345678').waitFor();
    expect(await page.getByRole('button', { name: 'Xác nhận +84912345678' }).count()).toBe(0);
    await context.close();
  });

  it('lets a different counsellor confirm the indicator', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, baseUrl, admin);
    await page.goto(`${baseUrl}/hop-thu/dau-hieu`);
    await page.getByRole('button', { name: 'Xác nhận +84912345678' }).click();
    await page.getByText('Đã xác nhận +84912345678.').waitFor();
    await context.close();
  });

  it('lets the child read the reply with the code and PIN', async () => {
    await childPage.goto(`${baseUrl}/theo-doi`);
    await childPage.getByLabel('Mã hồ sơ').waitFor();
    expect(await seriousA11yViolations(childPage), '/theo-doi').toEqual([]);
    const wrong = pin === '000000' ? '111111' : '000000';
    await childPage.getByLabel('Mã hồ sơ').fill(code);
    await childPage.getByLabel('Mã PIN (6 chữ số)').fill(wrong);
    await childPage.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await expect.poll(() => childPage.getByRole('alert').textContent()).toContain('Mã hồ sơ hoặc mã PIN không đúng');

    await childPage.getByLabel('Mã PIN (6 chữ số)').fill(pin);
    await childPage.getByRole('button', { name: 'Xem hồ sơ' }).click();
    await childPage.getByText(reply).waitFor();
    await childPage.getByLabel('Nhắn thêm cho tư vấn viên').fill('Em cảm ơn chị ạ.');
    await childPage.getByRole('button', { name: 'Gửi tin nhắn' }).click();
    await childPage.locator('.help-msg-me').getByText('Em cảm ơn chị ạ.').waitFor();
  });

  it('shows the confirmed number as reported on the Check page', async () => {
    await childPage.goto(`${baseUrl}/kiem-tra`);
    // The app refreshes its copy of the indicators at start.
    await expect.poll(() => childPage.evaluate(() => localStorage.getItem('kmm.indicators') ?? ''), { timeout: 10_000 }).toContain('+84912345678');
    await childPage.getByLabel('Dán tin nhắn em nhận được').fill('Alo em, anh bên công an đây, gọi lại ngay cho anh số 0912 345 678 nhé.');
    await childPage.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await childPage.getByText('Số điện thoại này đã bị báo cáo lừa đảo', { exact: false }).first().waitFor();
  });

  it('sends only a fingerprint of a private image, made on the device', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    // Any detailed picture will do: a screenshot of the home page stands in for the photo.
    const image = await page.screenshot();
    await page.goto(`${baseUrl}/bao-cao`);
    await page.getByLabel('Em kể lại chuyện đã xảy ra').fill('Có người dọa đăng ảnh riêng của em nếu em không gửi tiền.');
    await page.locator('#report-fingerprint').setInputFiles({ name: 'anh-rieng.png', mimeType: 'image/png', buffer: image });
    await page.locator('.help-fingerprints code').first().waitFor();
    // Both waits start before the click: a quick answer must not be missed.
    const sent = page.waitForRequest((r) => r.url().endsWith('/api/reports') && r.method() === 'POST');
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/reports') && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Gửi báo cáo' }).click();
    const request = await sent;
    // One key per draft: a retry after a lost answer gets the same case back.
    expect(request.headers()['idempotency-key']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const body = JSON.parse(request.postData() ?? '{}') as { pdqHashes?: string[]; screenshots?: unknown };
    expect(body.pdqHashes).toHaveLength(1);
    expect(body.pdqHashes![0]).toMatch(/^[0-9a-f]{64}$/);
    expect(body.screenshots).toBeUndefined();
    fingerprintCode = ((await (await answered).json()) as { code: string }).code;
    await context.close();
  });

  it('lets an admin hand the new case to a counsellor, who finds it in their inbox', async () => {
    const context = await newContext(browser, { bypassCSP: true });
    const page = await context.newPage();
    await signIn(page, baseUrl, admin);
    await page.goto(`${baseUrl}/hop-thu`);
    await page.getByRole('link', { name: new RegExp(fingerprintCode) }).click();
    await page.getByText('Chưa ai nhận').waitFor();
    const handOver = page.getByLabel('Chuyển cho đồng nghiệp');
    await handOver.locator('option', { hasText: 'Chuyên gia tư vấn demo' }).waitFor({ state: 'attached' });
    await handOver.selectOption({ index: 1 });
    expect(await seriousA11yViolations(page), 'case page').toEqual([]);
    await page.getByRole('button', { name: 'Chuyển', exact: true }).click();
    await page.getByText('Đã có người nhận').waitFor();
    await page.locator('.case-event-assigned').waitFor();
    await context.close();

    const expertContext = await newContext(browser);
    const expertPage = await expertContext.newPage();
    await signIn(expertPage, baseUrl, expert);
    await expertPage.goto(`${baseUrl}/hop-thu`);
    const item = expertPage.locator('.case-queue > li', { has: expertPage.getByText(fingerprintCode) });
    await item.getByText('Bạn đang phụ trách').waitFor();
    await expertContext.close();
  });
});
