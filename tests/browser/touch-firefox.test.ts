/**
 * Touch in Firefox ESR (Puppeteer over WebDriver BiDi, whose touchscreen
 * sends `input.performActions` with pointerType "touch"): on a phone-wide
 * viewport a tap on a term opens its card as a bottom sheet with the
 * verbatim quote, a tap on a term inside a link follows the link, a long
 * press there opens the card, and a tap elsewhere closes it. The closest we
 * get to Firefox for Android here: no Android device or emulator.
 */
import type { Page } from 'puppeteer-core';
import { firefoxSendToContentScript, firefoxTabIdOf, waitForNewFirefoxTab } from './harness';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type FirefoxExtensionBrowser,
  fixturesDir,
  launchFirefoxWithExtension,
  type StaticServer,
  startStaticServer,
} from './harness';
import { highlightCount, pointOfWord, probeCard, probeFocus } from './probes';
import { topQuote } from './trust-support';

let server: StaticServer;
let firefox: FirefoxExtensionBrowser;
let page: Page;

beforeAll(async () => {
  server = await startStaticServer(fixturesDir);
  firefox = await launchFirefoxWithExtension();
  page = await firefox.browser.newPage();
  await page.setViewport({ width: 390, height: 844 });
  await page.goto(`${server.origin}/pages/touch-keys.html`);
  await page.waitForFunction(highlightCount, { timeout: 30_000, polling: 100 }).catch(() => {});
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const card = () => page.evaluate(probeCard);
async function point(word: string, within: string) {
  const p = await page.evaluate(pointOfWord, { word, within });
  expect(p, `"${word}" in #${within}`).not.toBeNull();
  return p!;
}

test('Firefox: a tap on a term opens its card as a bottom sheet; a tap elsewhere closes it', async () => {
  expect(await page.evaluate(highlightCount)).toBeGreaterThan(0);
  const kv = await point('KV cache', 'p-kv');
  await page.touchscreen.tap(kv.x, kv.y);
  await expect.poll(async () => (await card())?.name ?? null, { timeout: 5000 }).toBe('KV cache');
  const shown = (await card())!;
  expect(shown.quote).toBe(topQuote('kv-cache').text.en);
  expect(shown.layout).toBe('sheet');
  expect(Math.round(shown.rect.top + shown.rect.height)).toBe(shown.viewport.height);
  for (const target of shown.targets) {
    expect(target.height, `${target.what} height`).toBeGreaterThanOrEqual(44);
  }

  await page.touchscreen.tap(200, 20);
  await expect.poll(card, { timeout: 3000 }).toBeNull();
});

test('Firefox: a tap on a term inside a link follows the link; a long press opens its card', async () => {
  const moe = await point('Mixture of Experts', 'p-link');
  await page.touchscreen.tap(moe.x, moe.y);
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 3000 }).toBe('#moe-article');
  expect(await card()).toBeNull();

  await page.evaluate(() => window.scrollTo(0, 0));
  const again = await point('Mixture of Experts', 'p-link');
  await page.touchscreen.touchStart(again.x, again.y);
  await new Promise((resolve) => setTimeout(resolve, 900));
  await page.touchscreen.touchEnd();
  await expect
    .poll(async () => (await card())?.name ?? null, { timeout: 5000 })
    .toBe('Mixture of Experts (MoE) and sparsity');
});

test('Firefox: a tap on "Read in context" opens the transcript; the keyboard step opens a focused card there, Escape gives focus back', async () => {
  // The sheet scrolls inside itself when its content (the English, its label, the switch) is taller than it may be:
  // bring "Read in context" into its view first, as a reader's finger would.
  await page.evaluate(() =>
    document
      .querySelector('tri-dao-lens-card')
      ?.shadowRoot?.querySelector('.read')
      ?.scrollIntoView({ block: 'nearest' }),
  );
  const read = (await card())?.targets.find((t) => t.what === 'read');
  expect(read, 'the long-pressed card is open with its button').toBeTruthy();
  const before = new Set(await firefox.browser.pages());
  await page.touchscreen.tap(read!.x, read!.y);
  const transcript = await waitForNewFirefoxTab(firefox, before, (href) =>
    /\/transcript\.html(\?[^#]*)?#q-/.test(href),
  );
  await page.bringToFront();
  await page.setViewport({ width: 1280, height: 800 });
  await page.focus('#menu');
  const tabId = await firefoxTabIdOf(transcript, page.url());
  // The message the next-concept shortcut's handler sends (shortcuts can't be pressed through WebDriver).
  expect(await firefoxSendToContentScript(transcript, tabId, { type: 'step-concept', direction: 'next' })).toBe(true);
  await expect.poll(async () => (await card())?.focus ?? null, { timeout: 5000 }).toMatch(/^card:card /);
  const first = (await card())!;
  expect(first.role).toBe('dialog');
  expect(first.layout).toBe('anchored');
  await expect.poll(async () => (await card())?.live ?? '', { timeout: 3000 }).toMatch(/ of \d+ on this page\.$/);
  await firefoxSendToContentScript(transcript, tabId, { type: 'step-concept', direction: 'next' });
  await expect.poll(async () => (await card())?.name ?? null, { timeout: 5000 }).not.toBe(first.name);
  await firefoxSendToContentScript(transcript, tabId, { type: 'step-concept', direction: 'previous' });
  await expect.poll(async () => (await card())?.name ?? null, { timeout: 5000 }).toBe(first.name);
  await page.keyboard.press('Tab');
  expect((await card())?.focus).toBe('card:close');
  await page.keyboard.press('Escape');
  await expect.poll(card, { timeout: 3000 }).toBeNull();
  expect(await page.evaluate(probeFocus)).toBe('page:menu');
});
