import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, newContext } from './browser.js';

describe.skipIf(!browserAvailable)('offline after the first visit', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  it('reloads pages from the service worker with the network gone', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(baseUrl);
    // First visit: the service worker installs and precaches the app.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => caches.keys().then((k) => k.length))).toBeGreaterThan(0);

    await context.setOffline(true);
    for (const path of ['/', '/kiem-tra']) {
      await page.goto(`${baseUrl}${path}`);
      await page.locator('h1').waitFor();
      expect(await page.locator('h1').count()).toBeGreaterThan(0);
    }
    await context.close();
  });
});
