/**
 * The hover card in Firefox ESR (puppeteer-core over WebDriver BiDi): the
 * same card code must work there (caretPositionFromPoint, popover top layer,
 * shadow root in a content script's Xray world), and "Read in context" is how
 * a user reaches the transcript page in Firefox.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  fixturesDir,
  launchFirefoxWithExtension,
  startStaticServer,
  type FirefoxExtensionBrowser,
  type StaticServer,
} from './harness';
import { pointOfWord, readCard } from './probes';
import { topQuote } from './trust-support';

let server: StaticServer;
let firefox: FirefoxExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer(fixturesDir);
  firefox = await launchFirefoxWithExtension();
  page = await firefox.browser.newPage();
  await page.goto(`${server.origin}/pages/hover-card.html`);
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('Firefox: resting on a term shows the card in the top layer; Escape hides it; Read in context opens the transcript', async () => {
  const point = (await page.evaluate(pointOfWord, { word: 'KV cache', within: 'p-kv' }))!;
  // The first scan may still be running: rest on the term until a card shows.
  await expect
    .poll(
      async () => {
        await page.mouse.move(point.x - 40, point.y + 60);
        await page.mouse.move(point.x, point.y, { steps: 3 });
        await new Promise((resolve) => setTimeout(resolve, 600));
        return (await page.evaluate(readCard))?.name ?? null;
      },
      { timeout: 30_000, interval: 200 },
    )
    .toBe('KV cache');
  const card = (await page.evaluate(readCard))!;
  expect(card.quote).toBe(topQuote('kv-cache').text.hans);
  expect(card.popoverOpen).toBe(true);

  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(readCard), { timeout: 3000 }).toBeNull();

  await page.mouse.move(8, 600);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect.poll(async () => (await page.evaluate(readCard))?.name ?? null, { timeout: 5000 }).toBe('KV cache');
  const { read } = (await page.evaluate(readCard))!;
  const readAt = { x: read!.x + read!.width / 2, y: read!.y + read!.height / 2 };
  const before = new Set(await firefox.browser.pages());
  await page.mouse.move(readAt.x, readAt.y, { steps: 3 });
  await page.mouse.click(readAt.x, readAt.y);
  // BiDi reports the new tab's URL as about:blank for extension pages: ask the page itself.
  const expected = firefox.extensionUrl(`transcript.html#q-${topQuote('kv-cache').id}`);
  await expect
    .poll(
      async () => {
        const opened = (await firefox.browser.pages()).filter((p) => !before.has(p));
        const urls = await Promise.all(opened.map((p) => p.evaluate(() => location.href).catch(() => '')));
        return urls.includes(expected);
      },
      { timeout: 15_000, interval: 250 },
    )
    .toBe(true);
});
