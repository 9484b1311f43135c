import { expect, test } from 'vitest';
import { sendToContentScript, useExtensionBrowser } from './harness';

// The first real-browser check: the built extension loads in Chromium, its
// content script runs on a page served from 127.0.0.1, and its popup renders.
const ext = useExtensionBrowser();

test('the content script runs on a local page and answers the popup', async () => {
  const page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/pages/smoke.html`);
  await expect
    .poll(async () => sendToContentScript(ext.browser, page, { type: 'get-page-state' }).catch(() => null), {
      timeout: 15_000,
    })
    .toMatchObject({ status: expect.stringMatching(/scanning|done/) });
  expect(ext.browser.pageErrors).toEqual([]);
});

test('the popup opens as an extension page and renders', async () => {
  const popup = await ext.browser.context.newPage();
  await popup.goto(ext.browser.extensionUrl('popup.html'));
  await expect.poll(() => popup.locator('#app').innerText(), { timeout: 10_000 }).not.toBe('');
  expect(ext.browser.pageErrors).toEqual([]);
});
