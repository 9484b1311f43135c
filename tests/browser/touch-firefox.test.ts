/**
 * Touch in Firefox ESR (Puppeteer over WebDriver BiDi, whose touchscreen
 * sends `input.performActions` with pointerType "touch"): on a phone-wide
 * viewport a tap on a term opens its card as a bottom sheet with the
 * verbatim quote, a tap on a term inside a link follows the link, a long
 * press there opens the card, and a tap elsewhere closes it. The closest we
 * get to Firefox for Android here: no Android device or emulator.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  type FirefoxExtensionBrowser,
  fixturesDir,
  launchFirefoxWithExtension,
  type StaticServer,
  startStaticServer,
} from './harness';
import { highlightCount, pointOfWord, probeCard } from './probes';
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
  expect(shown.quote).toBe(topQuote('kv-cache').text.hans);
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
