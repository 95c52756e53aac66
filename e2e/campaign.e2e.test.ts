import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext, seriousA11yViolations, signIn } from './browser.js';

/**
 * The campaign loop in a real browser: the (national) admin imports schools with one bad row,
 * a teacher requests a training, the admin approves it with the demo expert, the expert records
 * attendance, and the dashboard's numbers, map and drill-down show it.
 */
describe.skipIf(!browserAvailable)('campaign: import, trainings, dashboard', () => {
  const baseUrl = inject('baseUrl');
  const accounts = inject('demoAccounts');
  const admin = accounts.find((a) => a.role === 'admin')!;
  const teacher = accounts.find((a) => a.role === 'teacher')!;
  const expert = accounts.find((a) => a.role === 'expert')!;
  const POLL = { timeout: 10_000 };
  const school = 'Trường THCS Thử Nghiệm Không Một Mình';
  let browser: Browser;
  let adminContext: BrowserContext;
  let adminPage: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    adminContext = await newContext(browser, { bypassCSP: true });
    adminPage = await adminContext.newPage();
    await signIn(adminPage, baseUrl, admin);
    // Set-up through the API (the campaigns page has its own test): a campaign around today, and the demo expert's profile.
    const setup = await adminPage.evaluate(async (expertEmail) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const headers = { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
      const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
      const campaign = await fetch('/api/campaign/campaigns', {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Không Một Mình (thử nghiệm)', startDate: day(-30), endDate: day(365) }),
      });
      const users = (await (await fetch('/api/users')).json()) as { users: { id: string; email: string }[] };
      const userId = users.users.find((u) => u.email === expertEmail)!.id;
      const profile = await fetch('/api/campaign/experts', {
        method: 'POST',
        headers,
        body: JSON.stringify({ name: 'Chuyên gia tư vấn demo', email: expertEmail, provinces: ['ha-noi'], userId }),
      });
      return [campaign.status, profile.status];
    }, expert.email);
    expect(setup[0]).toBe(201);
    expect(setup[1]).toBeLessThan(300);
  });
  afterAll(async () => {
    await adminContext?.close();
    await browser?.close();
  });

  it('imports a schools CSV: the bad row is reported with its line, the others are stored', async () => {
    const page = adminPage;
    await page.goto(`${baseUrl}/chien-dich/nhap-du-lieu`);
    await page.getByRole('heading', { name: 'Nhập dữ liệu', level: 1 }).waitFor();
    const csv = [
      'Mã trường,Tên trường,Cấp học,Tỉnh/thành,Địa chỉ',
      `E2E-HN-001,${school},THCS,Hà Nội,1 Tràng Tiền`,
      'E2E-HN-002,Trường Tiểu học Thử Nghiệm,Tiểu học,Hà Nội,',
      'E2E-XX-003,Trường Ở Đâu Đó,THPT,Atlantis,',
      'E2E-HUE-004,Trường THPT Thử Nghiệm Huế,THPT,Thừa Thiên Huế,',
    ].join('\n');
    await page.getByLabel('Tệp CSV hoặc XLSX').setInputFiles({ name: 'truong.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });

    await page.getByRole('button', { name: 'Xem trước' }).click();
    await expect.poll(() => page.getByText('Đã đọc 4 dòng đầu, 1 dòng có lỗi.').count(), POLL).toBe(1);
    const errorRow = page.locator('.campaign-import-errors tbody tr');
    await expect.poll(() => errorRow.count(), POLL).toBe(1);
    expect(await errorRow.locator('td').first().textContent()).toBe('4');
    expect(await errorRow.textContent()).toContain('Atlantis');

    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Nhập dữ liệu' }).click();
    await expect
      .poll(() => page.locator('.campaign-import-summary').textContent())
      .toBe('Đã đọc 4 dòng: thêm mới 3, cập nhật 0, lỗi 1.');
    expect(await page.locator('#import-progress').getAttribute('value')).toBe('1');
    expect(await page.locator('.campaign-import-errors tbody tr td').first().textContent()).toBe('4');
  });

  it('a teacher requests a training, the admin assigns the expert (a double booking is refused), the expert records attendance', async () => {
    const teacherContext = await newContext(browser);
    const teacherPage = await teacherContext.newPage();
    await signIn(teacherPage, baseUrl, teacher);
    await teacherPage.getByRole('link', { name: 'Tập huấn' }).click();
    await teacherPage.getByLabel('Tìm trường (tên hoặc mã)').fill('E2E-HN-001');
    await expect.poll(() => teacherPage.getByLabel('Chọn trường').locator('option').first().textContent(), POLL).toContain(school);
    await teacherPage.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await teacherPage.getByText('Đã gửi đề nghị.', { exact: false }).waitFor();
    await expect.poll(() => teacherPage.locator('.campaign-training').filter({ hasText: school }).textContent(), POLL).toContain('Chờ duyệt');
    await teacherContext.close();

    await adminPage.goto(`${baseUrl}/chien-dich/tap-huan`);
    const request = adminPage.locator('.campaign-training').filter({ hasText: school });
    await request.getByLabel('Chuyên gia tư vấn demo').check();
    await request.getByRole('button', { name: 'Duyệt và phân công' }).click();
    await expect.poll(() => adminPage.locator('.campaign-training').filter({ hasText: school }).locator('.campaign-status').textContent(), POLL).toBe('Đã lên lịch');

    // A second request at the same time cannot get the same expert: the server's 409 message is shown.
    const second = 'Trường Tiểu học Thử Nghiệm';
    expect(
      await adminPage.evaluate(async () => {
        const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
        const planned = (await (await fetch('/api/campaign/trainings?status=planned')).json()) as { items: { startAt: string; endAt: string }[] };
        const other = (await (await fetch('/api/campaign/schools?q=E2E-HN-002')).json()) as { items: { id: string }[] };
        const response = await fetch('/api/campaign/trainings', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ schoolId: other.items[0]!.id, format: 'workshop', startAt: planned.items[0]!.startAt, endAt: planned.items[0]!.endAt }),
        });
        return response.status;
      }),
    ).toBe(201);
    await adminPage.reload();
    const clash = adminPage.locator('.campaign-training').filter({ hasText: second });
    await clash.getByLabel('Chuyên gia tư vấn demo').check();
    await clash.getByRole('button', { name: 'Duyệt và phân công' }).click();
    await expect.poll(() => clash.getByRole('alert').textContent(), POLL).toMatch(/^Chuyên gia Chuyên gia tư vấn demo đã có buổi khác trùng thời gian/);

    const expertContext = await newContext(browser);
    const expertPage = await expertContext.newPage();
    await signIn(expertPage, baseUrl, expert);
    await expertPage.goto(`${baseUrl}/chien-dich/tap-huan`);
    const session = expertPage.locator('.campaign-training').filter({ hasText: school });
    await session.getByLabel('Học sinh').fill('120');
    await session.getByLabel('Giáo viên').fill('8');
    await session.getByLabel('Phụ huynh').fill('30');
    await session.getByRole('button', { name: 'Lưu kết quả' }).click();
    await expect.poll(() => expertPage.locator('.campaign-training').filter({ hasText: school }).textContent(), POLL).toContain('120 học sinh, 8 giáo viên, 30 phụ huynh');
    await expertContext.close();
  });

  it('the dashboard counts the training, colours Hà Nội and drills down to the school', async () => {
    const page = adminPage;
    await page.goto(`${baseUrl}/chien-dich`);
    const kpi = (label: string) => page.locator('.campaign-kpi').filter({ has: page.locator('.campaign-kpi-label', { hasText: new RegExp(`^${label}$`) }) });
    await expect.poll(() => kpi('Trường đã tiếp cận').locator('.campaign-kpi-value').textContent(), POLL).toBe('1');
    expect(await kpi('Trường đã tiếp cận').locator('.campaign-kpi-target').textContent()).toBe('trên mục tiêu 2.000');
    expect(await kpi('Học sinh tham gia').locator('.campaign-kpi-value').textContent()).toBe('120');
    expect(await page.getByText('Bản đồ: geoBoundaries (geoboundaries.org), CC BY 4.0', { exact: true }).count()).toBe(1);

    const haNoi = page.locator('path[data-province="ha-noi"]');
    await haNoi.waitFor();
    expect(await haNoi.getAttribute('aria-label')).toBe('Hà Nội: 1 trường đã tiếp cận');
    expect(await page.locator('path[data-province="ho-chi-minh"]').count()).toBe(1);
    expect(await haNoi.getAttribute('fill')).not.toBe(await page.locator('path[data-province="ho-chi-minh"]').getAttribute('fill'));

    await haNoi.focus();
    await page.keyboard.press('Enter');
    const schools = page.locator('.campaign-drill-schools tbody tr');
    await expect.poll(() => schools.filter({ hasText: school }).count(), POLL).toBe(1);
    expect(await schools.filter({ hasText: school }).locator('td').nth(2).textContent()).toBe('158');
    await page.getByRole('button', { name: `Xem buổi tập huấn của ${school}` }).click();
    await expect.poll(() => page.locator('.campaign-drill-trainings li').first().textContent(), POLL).toContain('120 học sinh');

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('shows the public only headline counters, withholding those under 5', async () => {
    const context = await newContext(browser, { bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole('link', { name: 'Xem chiến dịch qua những con số' }).click();
    const counter = (label: string) => page.locator('.campaign-kpi').filter({ hasText: label }).locator('.campaign-kpi-value');
    await expect.poll(() => counter('Học sinh, thầy cô và phụ huynh đã tham gia').textContent(), POLL).toBe('158');
    // One school in one province: too few to publish without pointing at it.
    expect(await counter('Trường học đã tổ chức tập huấn').textContent()).toBe('Dưới 5');
    expect(await counter('Tỉnh, thành phố có hoạt động').textContent()).toBe('Dưới 5');
    await page.getByText('Con số dưới 5 không được công bố', { exact: false }).waitFor();
    expect(await page.locator('.campaign-drill-schools, path[data-province]').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await context.close();
  });

  it('checks a ticket in once; a second use is refused', async () => {
    const page = adminPage;
    const { eventId, code } = await page.evaluate(async () => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const created = await fetch('/api/campaign/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({ name: 'Ngày hội An toàn trực tuyến (thử)', kind: 'ngay_hoi', date: new Date(Date.now() + 86_400_000).toISOString().slice(0, 10), provinceId: 'ha-noi' }),
      });
      const event = (await created.json()) as { id: string };
      const ticket = (await (await fetch(`/api/campaign/events/${event.id}/tickets`, { method: 'POST' })).json()) as { code: string };
      return { eventId: event.id, code: ticket.code };
    });
    await page.goto(`${baseUrl}/chien-dich/su-kien/${eventId}/check-in`);
    await expect.poll(() => page.locator('.campaign-counter').textContent(), POLL).toBe('Đã vào: 0 / 1 vé đã đăng ký');
    await page.getByLabel('Mã vé').fill(code);
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => page.locator('.campaign-counter').textContent(), POLL).toBe('Đã vào: 1 / 1 vé đã đăng ký');
    await page.getByLabel('Mã vé').fill(code);
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => page.getByRole('alert').textContent(), POLL).toBe('Vé đã được sử dụng.');
    expect(await page.locator('.campaign-counter').textContent()).toBe('Đã vào: 1 / 1 vé đã đăng ký');
  });
});
