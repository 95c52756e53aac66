import { readFileSync } from 'node:fs';
import type { LearnCatalog, Quiz, Scenario } from '@kmm/content';
import { loadLearnCatalog } from '@kmm/content/node';
import { SCHEMES, SIGNALS, type SchemeId, type SignalId } from '@kmm/detector';
import { Story } from 'inkjs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext, seriousA11yViolations } from './browser.js';

/** Finds, in Node, the choices (button texts) that lead a scenario to the wanted ending. */
function pathTo(storyJson: string, outcome: 'safe' | 'unsafe'): string[] | null {
  const story = new Story(storyJson);
  const seen = new Set<string>();
  function walk(state: string, path: string[]): string[] | null {
    story.state.LoadJson(state);
    let ended: string | undefined;
    while (story.canContinue) {
      story.Continue();
      const tag = (story.currentTags ?? []).find((t) => t.startsWith('outcome:'));
      if (tag) ended = tag.slice('outcome:'.length).trim();
    }
    if (story.currentChoices.length === 0) return ended === outcome ? path : null;
    const here = story.state.toJson();
    if (seen.has(here) || path.length > 20) return null;
    seen.add(here);
    const choices = story.currentChoices.map((c) => c.text);
    for (let i = 0; i < choices.length; i++) {
      story.state.LoadJson(here);
      story.ChooseChoiceIndex(i);
      const found = walk(story.state.toJson(), [...path, choices[i]!]);
      if (found) return found;
    }
    return null;
  }
  return walk(story.state.toJson(), []);
}

/** The correct answers of every question, as their Vietnamese labels. */
function correctAnswers(quiz: Quiz): string[][] {
  return quiz.questions.map((q) => q.choices.filter((c) => c.correct).map((c) => c.text.vi));
}

describe.skipIf(!browserAvailable)('Learn and pledge in Chromium', () => {
  const baseUrl = inject('baseUrl');
  const student = inject('demoAccounts').find((a) => a.role === 'student')!;
  let browser: Browser;
  let catalog: LearnCatalog;
  let scenario: Scenario;

  beforeAll(async () => {
    browser = await launchBrowser();
    catalog = loadLearnCatalog().catalog;
    scenario = catalog.scenarios.find((s) => s.id === 'tieu-hoc-robux-mien-phi') ?? catalog.scenarios.find((s) => s.band === 'primary')!;
  });
  afterAll(async () => browser?.close());

  /** A phone-sized page that asks for reduced motion, so the typing indicator stays short. */
  async function phone(options: { bypassCSP?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newContext(browser, options);
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    return { context, page };
  }

  async function choose(page: Page, text: string) {
    const button = page.locator('.chat-choices').getByRole('button', { name: text, exact: true });
    await button.click();
  }

  /** Signs the demo student in, once the service worker has settled (it may reload the page when it takes control). */
  async function signIn(page: Page) {
    await page.goto(`${baseUrl}/dang-nhap`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.getByLabel('Email').fill(student.email);
    await page.getByLabel('Mật khẩu').fill(student.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Đang đăng nhập:', { exact: false }).waitFor();
    const signedIn = () => page.evaluate(() => fetch('/api/auth/session').then((r) => r.json() as Promise<{ user: { email: string } | null }>).then((s) => s.user?.email ?? null));
    await expect.poll(signedIn).toBe(student.email);
  }

  async function playTo(page: Page, path: readonly string[]) {
    for (const text of path) await choose(page, text);
    await page.locator('.debrief-outcome').waitFor();
  }

  it('plays a scenario to a safe ending and shows the debrief with the red flags', async () => {
    const path = pathTo(scenario.storyJson, 'safe');
    expect(path).not.toBeNull();
    const { context, page } = await phone();
    await page.goto(`${baseUrl}/hoc/tinh-huong/${scenario.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(scenario.title.vi);
    // Looks like a messaging app: the contact's name and avatar in the header.
    expect(await page.locator('.chat-contact-name').textContent()).toBe(scenario.contact);
    expect(await page.getByRole('log').count()).toBe(1);
    await playTo(page, path!);

    expect(await page.locator('.debrief-outcome').textContent()).toBe('Em đã giữ an toàn');
    // The author's flags are highlighted on their lines, named.
    const flagged = page.locator('.chat-log-replay .bubble-flagged');
    expect(await flagged.count()).toBeGreaterThan(0);
    const firstFlag = scenario.storyJson.match(/flag: (\w+)/)![1] as SignalId;
    expect(await page.locator('.chat-log-replay').textContent()).toContain(SIGNALS[firstFlag].name.vi);
    // The detector's evidence is marked too.
    expect(await page.locator('.chat-log-replay mark.learn-evidence').count()).toBeGreaterThan(0);
    // The named trick and what to do.
    expect(await page.locator('.debrief-trick').textContent()).toContain(SCHEMES[scenario.schemes[0] as SchemeId].name.vi);
    expect(await page.locator('.debrief a[href="tel:111"]').count()).toBeGreaterThan(0);
    // No sideways scrolling on a 360 px phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

    // The track shows the scenario as done.
    await page.goto(`${baseUrl}/hoc?cap=tieu-hoc`);
    const card = page.locator('.learn-card', { has: page.getByRole('link', { name: scenario.title.vi, exact: true }) });
    await expect.poll(() => card.locator('.tick-done').count()).toBe(1);
    await context.close();
  });

  it('resumes a play-through, reaches an unsafe ending, and never blames the child', async () => {
    const path = pathTo(scenario.storyJson, 'unsafe');
    expect(path).not.toBeNull();
    const { context, page } = await phone();
    await page.goto(`${baseUrl}/hoc/tinh-huong/${scenario.id}`);
    await choose(page, path![0]!);
    await page.locator('.chat-log .bubble-me').first().waitFor();

    // Coming back offers to continue where it stopped.
    await page.reload();
    await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click();
    expect(await page.locator('.chat-log .bubble-me').count()).toBe(1);
    await playTo(page, path!.slice(1));

    expect(await page.locator('.debrief-outcome').textContent()).toBe('Lần này kẻ xấu đã lừa được');
    expect(await page.locator('.debrief').textContent()).toContain('Đây không phải lỗi của em. Em không một mình.');
    expect(await page.locator('.chat-log-replay .bubble-flagged').count()).toBeGreaterThan(0);

    // "Chơi lại" starts again from the first line.
    await page.getByRole('button', { name: 'Chơi lại, thử cách khác' }).click();
    await page.locator('.chat-choices button').first().waitFor();
    expect(await page.locator('.chat-log .bubble-me').count()).toBe(0);
    await context.close();
  });

  it('answers a quiz with feedback on every choice and a score', async () => {
    const quiz = catalog.quizzes.find((q) => q.band === 'primary')!;
    const answers = correctAnswers(quiz);
    const { context, page } = await phone();
    await page.goto(`${baseUrl}/hoc/cau-hoi/${quiz.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(quiz.title.vi);

    // "Kiểm tra" without an answer asks for one.
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByRole('alert').getByText('Em hãy chọn một đáp án trước nhé.').waitFor();

    // First question wrong on purpose, the rest right.
    const first = quiz.questions[0]!;
    const wrong = first.choices.find((c) => !c.correct)!;
    await page.getByLabel(wrong.text.vi, { exact: true }).check();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.getByText('Chưa đúng, không sao cả — cùng xem lời giải thích nhé.').waitFor();
    // Every choice's explanation is shown.
    expect(await page.locator('.quiz-explanation').count()).toBe(first.choices.length);
    for (const choice of first.choices) expect(await page.locator('.quiz-choices').textContent()).toContain(choice.explanation.vi);

    for (let i = 1; i < quiz.questions.length; i++) {
      await page.getByRole('button', { name: 'Câu tiếp theo' }).click();
      await page.getByText(`Câu ${i + 1}/${quiz.questions.length}`).waitFor();
      for (const label of answers[i]!) await page.getByLabel(label, { exact: true }).check();
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await page.getByText('Chính xác!').waitFor();
    }
    await page.getByRole('button', { name: 'Xem kết quả' }).click();
    const total = quiz.questions.length;
    const percent = Math.round(((total - 1) / total) * 100);
    await page.getByText(`Em trả lời đúng ${total - 1}/${total} câu (${percent}%).`).waitFor();

    await page.getByRole('button', { name: 'Làm lại' }).click();
    await page.getByText(`Câu 1/${total}`).waitFor();
    await context.close();
  });

  it('completes a track and downloads a certificate that can be verified', async () => {
    const band = 'primary';
    const scenarios = catalog.scenarios.filter((s) => s.band === band);
    const quizzes = catalog.quizzes.filter((q) => q.band === band);
    const last = quizzes.at(-1)!;
    const now = new Date().toISOString();
    const seeded = [
      ...scenarios.map((s) => ({ kind: 'scenario', id: s.id, outcome: 'safe', completedAt: now })),
      ...quizzes.filter((q) => q !== last).map((q) => ({ kind: 'quiz', id: q.id, score: q.questions.length, total: q.questions.length, completedAt: now })),
    ];
    const { context, page } = await phone();
    await page.goto(`${baseUrl}/`);
    await page.evaluate((items) => localStorage.setItem('kmm.learn.progress.v1', JSON.stringify({ items })), seeded);

    await page.goto(`${baseUrl}/hoc?cap=tieu-hoc`);
    await page.getByText('Hoàn thành lộ trình để nhận huy hiệu.').waitFor();

    // The last quiz, really answered through the interface.
    await page.goto(`${baseUrl}/hoc/cau-hoi/${last.id}`);
    const answers = correctAnswers(last);
    for (let i = 0; i < last.questions.length; i++) {
      await page.getByText(`Câu ${i + 1}/${last.questions.length}`).waitFor();
      for (const label of answers[i]!) await page.getByLabel(label, { exact: true }).check();
      await page.getByRole('button', { name: 'Kiểm tra' }).click();
      await page.getByRole('button', { name: i + 1 === last.questions.length ? 'Xem kết quả' : 'Câu tiếp theo' }).click();
    }
    await page.getByText('Em đã đạt! Giỏi lắm.').waitFor();

    await page.goto(`${baseUrl}/hoc?cap=tieu-hoc`);
    await page.getByText('Chúc mừng em đã hoàn thành lộ trình!', { exact: false }).waitFor();
    await page.getByLabel('Họ và tên').fill('Nguyễn Thị Ánh Tuyết');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tạo giấy chứng nhận' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^chung-nhan-[A-Z0-9-]+\.pdf$/);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');

    const code = /Mã chứng nhận: (\S+)/.exec((await page.locator('.certificate-code').textContent())!)![1]!;
    expect(download.suggestedFilename()).toBe(`chung-nhan-${code}.pdf`);
    await page.getByRole('link', { name: new RegExp(`/xac-minh/${code}$`) }).click();
    await page.getByText('Giấy chứng nhận hợp lệ').waitFor();
    expect(await page.locator('.verify-facts').textContent()).toContain('Nguyễn Thị Ánh Tuyết');

    await page.goto(`${baseUrl}/xac-minh/KHONG-CO-MA`);
    await page.getByText('Không tìm thấy giấy chứng nhận với mã KHONG-CO-MA.').waitFor();
    await context.close();
  });

  it('takes the pledge once per device and moves the public counter', async () => {
    const { context, page } = await phone();
    await page.goto(`${baseUrl}/cam-ket`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cam kết “Không một mình”');
    const total = page.getByTestId('pledge-total');
    await total.waitFor();
    const before = Number((await total.textContent())!.replace(/\D/g, ''));

    // Province and age band are required.
    await page.getByRole('button', { name: 'Em xin cam kết' }).click();
    await page.getByText('Em hãy chọn tỉnh, thành phố nhé.').waitFor();

    await page.getByLabel('Tên của em (không bắt buộc)').fill('Tuyết');
    await expect.poll(() => page.locator('#pledge-province option').count()).toBe(35);
    await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Hà Nội' });
    await page.getByLabel('Em là').selectOption('lower_secondary');
    await page.getByRole('button', { name: 'Em xin cam kết' }).click();
    await page.getByText('Cảm ơn em đã cam kết!', { exact: false }).waitFor();
    await expect.poll(async () => Number((await total.textContent())!.replace(/\D/g, ''))).toBe(before + 1);
    expect(await page.locator('.pledge-table').textContent()).toContain('Hà Nội');

    // The same device, even after forgetting it pledged, is thanked rather than counted twice.
    await page.evaluate(() => localStorage.removeItem('kmm.pledge.done.v1'));
    await page.reload();
    await page.getByLabel('Tỉnh, thành phố').selectOption({ label: 'Hà Nội' });
    await page.getByLabel('Em là').selectOption('lower_secondary');
    await page.getByRole('button', { name: 'Em xin cam kết' }).click();
    await page.getByText('Em đã cam kết rồi, cảm ơn em!').waitFor();
    await expect.poll(async () => Number((await total.textContent())!.replace(/\D/g, ''))).toBe(before + 1);
    await context.close();
  });

  it('compiles ink in the authors’ preview and shows errors by line', async () => {
    const { context, page } = await phone();
    await page.goto(`${baseUrl}/hoc/xem-truoc`);
    await page.getByRole('button', { name: 'Biên dịch và chơi thử' }).click();
    await page.getByText('Biên dịch thành công.').waitFor();
    expect(await page.locator('.ink-issues').count()).toBe(0);
    // The sample is the content guide's template: three decisions to an ending.
    for (let i = 0; i < 3; i += 1) await page.locator('.chat-choices button').first().click();
    await page.locator('.debrief-outcome').waitFor();

    await page.getByLabel('Nội dung .ink').fill('Xin chào # from: them\n* [Đi] -> nowhere\n');
    await page.getByRole('button', { name: 'Biên dịch và chơi thử' }).click();
    await page.getByText('Lỗi biên dịch').waitFor();
    expect(await page.locator('.ink-issues').first().textContent()).toMatch(/Dòng 2/);
    await context.close();
  });

  it('merges the device’s progress into the account on sign-in and brings it to another device', async () => {
    const lesson = catalog.lessons.find((l) => l.band === 'upper_secondary')!;
    const first = await phone();
    await first.page.goto(`${baseUrl}/hoc/bai/${lesson.id}`);
    await first.page.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
    await first.page.getByText('Em đã đọc bài này ✓').waitFor();

    await signIn(first.page);
    const merged = first.page.waitForResponse((r) => r.url().endsWith('/api/learn/progress') && r.request().method() === 'PUT');
    await first.page.goto(`${baseUrl}/hoc?cap=thpt`);
    expect((await merged).status()).toBe(200);
    await first.context.close();

    // Another phone, nothing on it: signing in brings the progress back.
    const second = await phone();
    await signIn(second.page);
    await second.page.goto(`${baseUrl}/hoc/bai/${lesson.id}`);
    await second.page.getByText('Em đã đọc bài này ✓').waitFor();
    await second.context.close();
  });

  it('opens scenarios, quizzes and lessons with the network gone', async () => {
    const { context, page } = await phone();
    await page.goto(`${baseUrl}/hoc`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => caches.keys().then((k) => k.length))).toBeGreaterThan(0);
    await context.setOffline(true);
    const quiz = catalog.quizzes.find((q) => q.band === 'parents')!;
    const lesson = catalog.lessons.find((l) => l.band === 'parents')!;
    await page.goto(`${baseUrl}/hoc/tinh-huong/${scenario.id}`);
    await page.locator('.chat-choices button').first().waitFor();
    await page.goto(`${baseUrl}/hoc/cau-hoi/${quiz.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(quiz.title.vi);
    await page.goto(`${baseUrl}/hoc/bai/${lesson.id}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe(lesson.title.vi);
    expect(await page.locator('.lesson-body').textContent()).not.toBe('');
    await context.close();
  });

  it('has no serious or critical accessibility violations on the Learn pages and the pledge page', async () => {
    const { context, page } = await phone({ bypassCSP: true });
    const quiz = catalog.quizzes.find((q) => q.band === 'primary')!;
    const lesson = catalog.lessons.find((l) => l.band === 'primary')!;
    for (const path of ['/hoc?cap=tieu-hoc', '/hoc/ban-do', `/hoc/bai/${lesson.id}`, '/cam-ket']) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('h1').waitFor();
      await page.waitForLoadState('networkidle');
      expect(await seriousA11yViolations(page), path).toEqual([]);
    }

    // A scenario, while playing and with its debrief.
    await page.goto(`${baseUrl}/hoc/tinh-huong/${scenario.id}`);
    await page.locator('.chat-choices button').first().waitFor();
    expect(await seriousA11yViolations(page), 'scenario').toEqual([]);
    const path = pathTo(scenario.storyJson, 'safe')!;
    await page.getByRole('button', { name: 'Chơi lại từ đầu' }).click();
    await playTo(page, path);
    expect(await seriousA11yViolations(page), 'debrief').toEqual([]);

    // A quiz, before and after answering.
    await page.goto(`${baseUrl}/hoc/cau-hoi/${quiz.id}`);
    await page.locator('h1').waitFor();
    expect(await seriousA11yViolations(page), 'quiz').toEqual([]);
    await page.getByLabel(quiz.questions[0]!.choices[0]!.text.vi, { exact: true }).check();
    await page.getByRole('button', { name: 'Kiểm tra' }).click();
    await page.locator('.quiz-feedback').waitFor();
    expect(await seriousA11yViolations(page), 'quiz feedback').toEqual([]);
    await context.close();
  });
});
