/**
 * The hover card in Firefox ESR (puppeteer-core over WebDriver BiDi): the
 * same card code must work there (caretPositionFromPoint, popover top layer,
 * shadow root in a content script's Xray world), and "Read in context" is how
 * a user reaches the transcript page in Firefox.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  artifactsDir,
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
  // A term in English text: the team's English rendering first, labelled as such.
  expect(card.quote).toBe(topQuote('kv-cache').text.en);
  expect(card.text).toContain("English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up");
  expect(card.popoverOpen).toBe(true);
  mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'firefox-hover-card-en.png') });

  // One click on the card's switch shows the Chinese original; the card stays.
  const switchAt = await page.evaluate(() => {
    const r = document
      .querySelector('tri-dao-lens-card')!
      .shadowRoot!.querySelector('button.lang')!
      .getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(switchAt.x, switchAt.y, { steps: 3 });
  await page.mouse.click(switchAt.x, switchAt.y);
  await expect
    .poll(async () => (await page.evaluate(readCard))?.quote, { timeout: 5000 })
    .toBe(topQuote('kv-cache').text.hans);

  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(readCard), { timeout: 3000 }).toBeNull();

  // Leave the term for a moment before coming back, as a reader would: the card coalesces pointer moves per
  // frame, and on a loaded machine a leave and a return inside one frame look like never having left.
  await page.mouse.move(8, 600);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.mouse.move(point.x, point.y, { steps: 3 });
  await expect.poll(async () => (await page.evaluate(readCard))?.name ?? null, { timeout: 5000 }).toBe('KV cache');
  const { read } = (await page.evaluate(readCard))!;
  const readAt = { x: read!.x + read!.width / 2, y: read!.y + read!.height / 2 };
  const before = new Set(await firefox.browser.pages());
  await page.mouse.move(readAt.x, readAt.y, { steps: 3 });
  await page.mouse.click(readAt.x, readAt.y);
  // BiDi reports the new tab's URL as about:blank for extension pages: ask the page itself.
  // In the language and script the card was showing (the switch was reset: English again).
  const expected = firefox.extensionUrl(`transcript.html?lang=en&script=hans#q-${topQuote('kv-cache').id}`);
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
