import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext, seriousA11yViolations } from './browser.js';

/** An "online kidnapping" script as children receive it (made-up names). */
const KIDNAPPING =
  'Tôi là cán bộ Công an phường. Em đang liên quan đến một vụ rửa tiền. Em không được nói với bố mẹ, phải giữ bí mật. Tối nay em tự thuê một phòng khách sạn, tắt định vị và giữ máy gọi video với tôi.';

/** A grooming chat pasted from Messenger: the stranger's lines and the child's ("Bạn"). */
const CHAT = [
  'Anh Tuấn: Em dễ thương ghê, anh chưa gặp ai hiểu anh như em',
  'Bạn: dạ em cảm ơn anh',
  'Anh Tuấn: Em mấy tuổi rồi? Ở nhà có ai không?',
  'Bạn: em 13 tuổi',
  'Anh Tuấn: Mình chuyển qua Telegram nói chuyện nhé, đừng kể với ai',
  'Anh Tuấn: Cuối tuần anh đón em đi chơi nha',
].join('\n');

describe.skipIf(!browserAvailable)('Kiểm tra (check) page in Chromium', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  /** Opens the page and waits until the (lazily loaded) check page has rendered. */
  async function openCheck(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/kiem-tra`);
    await page.getByRole('heading', { level: 1, name: 'Kiểm tra tin nhắn, đường link, số điện thoại' }).waitFor();
    return page;
  }

  /** The result heading, which also receives focus after a check. */
  const resultHeading = (page: Page) => page.locator('.check-result h2:visible');

  it('checks a message with the network cut: names the trick, highlights the evidence, offers 113 — and sends nothing', async () => {
    const context = await newContext(browser);
    const page = await openCheck(context);
    // Let the service worker finish installing (its precache downloads are not checks).
    await page.evaluate(() =>
      Promise.race([navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, 5000))]),
    );
    expect(await page.getByText('Nội dung em dán chỉ được kiểm tra trên máy này, không gửi đi đâu.').isVisible()).toBe(true);

    const requests: string[] = [];
    await context.setOffline(true);
    await context.route('**/*', (route) => route.abort());
    context.on('request', (request) => {
      if (request.serviceWorker() === null) requests.push(`${request.method()} ${request.url()}`);
    });

    await page.getByLabel('Dán tin nhắn em nhận được').fill(KIDNAPPING);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();

    const heading = resultHeading(page);
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/Khẩn cấp|Nguy hiểm/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('check-result-message');
    expect(await page.locator('.check-scheme-name').first().textContent()).toBe('Bắt cóc online');
    expect(await page.getByText('Đây không phải lỗi của em. Em không một mình.').first().isVisible()).toBe(true);

    const marks = await page.locator('.check-result mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(KIDNAPPING).toContain(mark);
    expect(await page.locator('.check-result .visually-hidden', { hasText: 'dấu hiệu:' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Đòi giữ bí mật', { exact: true }).isVisible()).toBe(true);

    const call113 = page.locator('.check-result a[href="tel:113"]').first();
    expect(await call113.isVisible()).toBe(true);
    expect(await page.locator('.check-result a[href="tel:111"]').count()).toBeGreaterThan(0);
    // Numbered steps for the child, and the parent/teacher version behind a toggle.
    expect(await page.locator('.check-advice-steps li').count()).toBeGreaterThan(1);
    const toggle = page.getByRole('button', { name: 'Dành cho phụ huynh/thầy cô' });
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('heading', { name: 'Phụ huynh, thầy cô nên làm gì' }).waitFor();

    expect(requests).toEqual([]);
    await context.close();
  });

  it('puts the call buttons first in an emergency', async () => {
    const context = await newContext(browser);
    const page = await openCheck(context);
    await page.getByLabel('Dán tin nhắn em nhận được').fill(KIDNAPPING);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await resultHeading(page).waitFor();
    expect(await resultHeading(page).textContent()).toContain('Khẩn cấp');
    // Right under the risk heading: before the summary, the trick, the red flags and the steps.
    const firstAfterHeading = await page.evaluate(() => {
      const heading = document.querySelector('.check-result h2')!;
      const next = heading.nextElementSibling!;
      const links = [...next.querySelectorAll('a')].map((a) => a.getAttribute('href'));
      return { links, text: next.textContent };
    });
    expect(firstAfterHeading.links).toEqual(['tel:113', 'tel:111']);
    expect(firstAfterHeading.text).toContain('Nếu em hoặc ai đó đang gặp nguy hiểm, gọi ngay:');
    await context.close();
  });

  it('shows who said what in a pasted chat, with the tabs driven by the arrow keys', async () => {
    const context = await newContext(browser);
    const page = await openCheck(context);
    await page.getByRole('tab', { name: 'Tin nhắn' }).focus();
    await page.keyboard.press('ArrowRight');
    const tab = page.getByRole('tab', { name: 'Cuộc trò chuyện' });
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await tab.evaluate((el) => el === document.activeElement)).toBe(true);

    await page.getByLabel('Dán cả đoạn chat (Zalo, Messenger…)').fill(CHAT);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await resultHeading(page).waitFor();
    await page.getByRole('heading', { name: 'Ai đã nói gì' }).waitFor();

    const speakers = await page.locator('.check-chat-speaker:visible').allTextContents();
    expect(speakers).toEqual(['Anh Tuấn', 'Bạn (em)', 'Anh Tuấn', 'Bạn (em)', 'Anh Tuấn', 'Anh Tuấn']);
    const turns = await page.locator('.check-chat-turn:visible .check-highlighted-text').allTextContents();
    expect(turns[2]).toContain('Em mấy tuổi');
    expect(turns[2]).toContain('Ở nhà có ai không?');
    // Marks sit inside the stranger's turns and quote them exactly.
    const marks = await page.locator('.check-chat-them mark:visible').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(CHAT).toContain(mark);
    expect(await page.locator('.check-scheme-name:visible').textContent()).toBe('Dụ dỗ, làm quen có ý đồ xấu');
    expect(await page.getByText(/^Giai đoạn: /).isVisible()).toBe(true);

    // Leaving the tab and coming back keeps the chat and its result.
    await tab.focus();
    await page.keyboard.press('Home');
    expect(await page.getByRole('tab', { name: 'Tin nhắn' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('End');
    expect(await page.getByRole('tab', { name: 'Số điện thoại' }).getAttribute('aria-selected')).toBe('true');
    expect(await resultHeading(page).count()).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await page.getByLabel('Dán cả đoạn chat (Zalo, Messenger…)').inputValue()).toBe(CHAT);
    expect(await resultHeading(page).isVisible()).toBe(true);
    await context.close();
  });

  it('calls a look-alike bank link suspicious and says what it imitates', async () => {
    const context = await newContext(browser);
    const page = await openCheck(context);
    await page.getByRole('tab', { name: 'Đường link' }).click();
    await page.getByLabel('Dán đường link').fill('https://vietconbank.com.vn/xac-thuc');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await resultHeading(page).waitFor();
    const finding = page.locator('.check-finding:visible').first();
    expect(await finding.locator('.check-finding-badge').textContent()).toBe('Đáng ngờ');
    expect(await finding.textContent()).toContain('vietconbank.com.vn');
    expect(await finding.textContent()).toContain('giả làm Vietcombank');
    expect(await finding.textContent()).toContain('gần giống tên thật');
    expect(await page.locator('.check-scheme-name:visible').textContent()).toBe('Đường link giả mạo');
    await context.close();
  });

  it('explains a foreign number, and never calls an ordinary number safe', async () => {
    const context = await newContext(browser);
    const page = await openCheck(context);
    await page.getByRole('tab', { name: 'Số điện thoại' }).click();
    const input = page.getByLabel('Nhập số điện thoại');
    await input.fill('+855 23 456 789');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await resultHeading(page).waitFor();
    const finding = page.locator('.check-finding:visible').first();
    expect(await finding.locator('.check-finding-badge').textContent()).toBe('Đáng ngờ');
    expect(await finding.textContent()).toContain('Campuchia');
    expect(await finding.textContent()).toContain('Đây là số nước ngoài.');

    await input.fill('0912 345 678');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await expect.poll(() => page.locator('.check-finding:visible .check-finding-badge').first().textContent()).toBe('Đúng dạng số');
    const text = (await page.locator('.check-result:visible').textContent()) ?? '';
    expect(text).toContain('không cho biết ai đang dùng nó');
    expect(text).not.toMatch(/an toàn tuyệt đối|chắc chắn an toàn/);
    await context.close();
  });

  it('says what to fill in when the box is empty', async () => {
    const context = await newContext(browser);
    const page = await openCheck(context);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toBe('Em hãy dán một tin nhắn vào ô trên trước nhé.');
    expect(await page.getByLabel('Dán tin nhắn em nhận được').getAttribute('aria-invalid')).toBe('true');
    await context.close();
  });

  it('has no serious or critical accessibility violations with results shown', async () => {
    const context = await newContext(browser, { bypassCSP: true });
    const page = await openCheck(context);
    await page.getByLabel('Dán tin nhắn em nhận được').fill(KIDNAPPING);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await resultHeading(page).waitFor();
    expect(await seriousA11yViolations(page), 'message result').toEqual([]);

    for (const [tab, example] of [
      ['Cuộc trò chuyện', 'Người lạ làm quen'],
      ['Đường link', 'Link ngân hàng giả'],
      ['Số điện thoại', 'Số nước ngoài'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      await page.getByRole('button', { name: example }).click();
      await resultHeading(page).waitFor();
      expect(await seriousA11yViolations(page), `${tab} result`).toEqual([]);
    }
    await context.close();
  });

  it('fits a 360 px phone without sideways scrolling, with results shown', async () => {
    const context = await newContext(browser, { width: 360 });
    const page = await openCheck(context);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    await page.getByRole('button', { name: 'Trúng thưởng iPhone' }).click();
    await resultHeading(page).waitFor();
    expect(await page.getByLabel('Dán tin nhắn em nhận được').inputValue()).toContain('trúng thưởng');
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByRole('tab', { name: 'Đường link' }).click();
    await page.getByLabel('Dán đường link').fill('https://vietcombank-xacminh-tai-khoan-ngay-hom-nay.com.vn.secure-login-verify.top/dang-nhap?ref=abcdefghijklmnopqrstuvwxyz0123456789');
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await resultHeading(page).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.getByRole('tab', { name: 'Cuộc trò chuyện' }).click();
    await page.getByRole('button', { name: 'Việc nhẹ lương cao' }).click();
    await resultHeading(page).waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows the page and its result in English after switching language', async () => {
    const context = await newContext(browser);
    const page = await openCheck(context);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check a message, a link or a phone number' }).waitFor();
    await page.getByLabel('Paste the message you received').fill(KIDNAPPING);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await resultHeading(page).waitFor();
    expect(await page.locator('.check-scheme-name').first().textContent()).toBe('Online kidnapping');
    expect(await page.getByText('What you paste is checked on this device only and is not sent anywhere.').isVisible()).toBe(true);
    await context.close();
  });
});
