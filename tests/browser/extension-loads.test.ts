import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  fixturesDir,
  launchChromiumWithExtension,
  sendToContentScript,
  startStaticServer,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

// The first real-browser check: the built extension loads in Chromium, its
// content script runs on a page served from 127.0.0.1, and its popup renders.
let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startStaticServer(fixturesDir);
  browser = await launchChromiumWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the content script runs on a local page and answers the popup', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}/pages/smoke.html`);
  await expect
    .poll(async () => sendToContentScript(browser, page, { type: 'get-page-state' }).catch(() => null), {
      timeout: 15_000,
    })
    .toMatchObject({ status: expect.stringMatching(/scanning|done/) });
  expect(browser.pageErrors).toEqual([]);
});

test('the popup opens as an extension page and renders', async () => {
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('popup.html'));
  await expect.poll(() => popup.locator('#app').innerText(), { timeout: 10_000 }).not.toBe('');
  expect(browser.pageErrors).toEqual([]);
});
