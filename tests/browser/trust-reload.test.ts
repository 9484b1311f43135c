/**
 * Extension updates: after `chrome.runtime.reload()` (what an update does to
 * open tabs), the old content script notices its dead context and removes its
 * highlights and card quietly (no errors); after the page loads the new
 * version, hovering shows exactly one card.
 */
import { expect, test } from 'vitest';
import type { Worker } from 'playwright-core';
import { useExtensionBrowser } from './harness';
import {
  collectErrors,
  extensionErrors,
  highlightCount,
  hoverAndReadCard,
  pointOfWord,
  readCards,
} from './trust-support';

const ext = useExtensionBrowser();

test('after a reload the old content script cleans up quietly and the new one shows one card', async () => {
  const page = await ext.browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${ext.server.origin}/hostile/article.html`);
  await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  const point = (await pointOfWord(page, 'FlashAttention'))!;
  const before = await hoverAndReadCard(page, point);
  expect(before.hosts).toBe(1);
  expect(before.visible).toBe(1);
  await page.mouse.move(5, 5);

  // Chromium now disables a reloaded unpacked extension unless developer mode is on
  // (disable reason "unsupportedDeveloperExtension"): turn it on, as a developer would.
  const extensionsPage = await ext.browser.context.newPage();
  await extensionsPage.goto('chrome://extensions/');
  await extensionsPage.evaluate(() =>
    (globalThis as any).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
  );
  await extensionsPage.close();
  await page.bringToFront();

  // Reload the extension from its own service worker (what an update does to open tabs).
  const newWorker = ext.browser.context
    .waitForEvent('serviceworker', {
      predicate: (w: Worker) => w.url().startsWith(`chrome-extension://${ext.browser.extensionId}/`),
      timeout: 10_000,
    })
    .then(
      () => 'started',
      () => 'not reported',
    );
  await ext.browser.worker.evaluate(() => (globalThis as any).chrome.runtime.reload()).catch(() => {});

  // The old script removes its highlights and its card host (it checks its runtime once a second).
  const t0 = Date.now();
  await expect.poll(() => highlightCount(page), { timeout: 5000 }).toBe(0);
  await expect.poll(async () => (await readCards(page)).hosts, { timeout: 5000 }).toBe(0);
  console.info(`reload: old content script cleaned up within ${Date.now() - t0} ms of the reload`);

  // Hovering now shows nothing (the old script is gone, the new one is not in this document yet).
  const stale = await hoverAndReadCard(page, point, 1500);
  expect(stale.hosts).toBe(0);

  // The page loads the new version: one card, never two.
  console.info(`reload: new service worker ${await newWorker}`);
  await page.reload();
  await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.mouse.move(5, 5);
  const after = await hoverAndReadCard(page, (await pointOfWord(page, 'FlashAttention'))!);
  expect(after.hosts).toBe(1);
  expect(after.visible).toBe(1);
  // Move off and on again a few times: still one host.
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(5, 5);
    await page.waitForTimeout(500);
    await hoverAndReadCard(page, (await pointOfWord(page, 'KV cache'))!);
  }
  expect((await readCards(page)).hosts).toBe(1);
  expect(extensionErrors(errors)).toEqual([]);
  expect(ext.browser.pageErrors).toEqual([]);
});
