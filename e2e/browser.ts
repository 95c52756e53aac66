import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; CHROMIUM_PATH overrides. Playwright's own download cannot run here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Browser tests run when Chromium is installed, and must run in CI. */
export const browserAvailable = existsSync(CHROMIUM_PATH) || process.env.CI === 'true';

/**
 * Headless Chromium with the flags this sandbox needs (no sandbox as root, no background network),
 * plus `extraArgs` (e.g. a fake camera).
 */
export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

/** A phone-sized context (360 px wide) unless told otherwise. */
export function newContext(browser: Browser, options: { width?: number; bypassCSP?: boolean } = {}): Promise<BrowserContext> {
  return browser.newContext({
    viewport: { width: options.width ?? 360, height: 740 },
    locale: 'vi-VN',
    bypassCSP: options.bypassCSP ?? false,
  });
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe-core on the page; returns the serious and critical violations. Needs a bypassCSP context. */
export async function seriousA11yViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; help: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/**
 * Signs in through the form. The page's start-up requests (session, indicators, service worker)
 * settle first, so none of them answers after the login and replaces the new session cookie.
 */
export async function signIn(page: Page, baseUrl: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`, { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByText('Đang đăng nhập:').waitFor({ timeout: 15_000 }).catch(async (e: unknown) => {
    throw new Error(`sign-in failed: ${await page.locator('main').innerText()}`, { cause: e });
  });
}
