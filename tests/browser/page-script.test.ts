/**
 * A page whose title and heading don't say which Chinese script it is in
 * (product names and a question, no `lang`), in real Chromium with an English
 * browser: its paragraphs are Traditional, so the popup's "Auto" shows
 * Traditional, and a term in its header, where the words around it tell
 * nothing, shows Tri Dao's words in Traditional; a term in an English code
 * line shows the English first and its Chinese original in Traditional.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PageState } from '@/lib/messages';
import { expectScanDone } from './content-support';
import { openPopupFor, sendToContentScript, useExtensionBrowser } from './harness';
import { hoverAndReadCard, pointOfWord, readCards, shippedData, topQuote } from './trust-support';

const ext = useExtensionBrowser();
let page: Page;

beforeAll(async () => {
  page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/pages/zh-hant-plain-title.html`);
});

describe('a Traditional page with a title that tells nothing', () => {
  test('the popup shows Traditional under "Auto"', async () => {
    await expectScanDone(ext.browser, page);
    const state = await sendToContentScript<PageState>(ext.browser, page, { type: 'get-page-state' });
    expect(state.textScript).toBe('hant');
    const popup = await openPopupFor(ext.browser, page);
    await expect
      .poll(() => popup.locator('.script-switch label').first().innerText(), { timeout: 10_000 })
      .toBe('Auto 繁');
    await popup.close();
  });

  test('a term in its header shows Tri Dao’s words in Traditional', async () => {
    await page.bringToFront();
    const point = await pointOfWord(page, { word: 'Groq', within: 'site' });
    expect(point, 'Groq is in the header').not.toBeNull();
    const card = await hoverAndReadCard(page, point!, 20_000);
    expect(card.name).toBe('Inference chip startups');
    expect(card.quotes[0]).toBe(topQuote('inference-chips').text.hant);
  });

  test('a term in an English code line of the page: English first, its Chinese original in Traditional', async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    const point = await pointOfWord(page, { word: 'KV cache', within: 'log' });
    expect(point, 'KV cache is in the code line').not.toBeNull();
    const card = await hoverAndReadCard(page, point!, 20_000);
    expect(card.name).toBe('KV cache');
    expect(card.quotes[0]).toBe(topQuote('kv-cache').text.en);
    const concept = shippedData().concepts.find((c) => c.id === 'kv-cache')!;
    expect(card.text).toContain(concept.name.hant);
    const button = await page.evaluate(() => {
      const b = document
        .querySelector('tri-dao-lens-card')!
        .shadowRoot!.querySelector('button.lang')!
        .getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    });
    await page.mouse.move(button.x, button.y, { steps: 3 });
    await page.mouse.click(button.x, button.y);
    await expect
      .poll(async () => (await readCards(page)).quotes[0], { timeout: 3000 })
      .toBe(topQuote('kv-cache').text.hant);
  });

  test('no errors from the page or the extension', () => {
    expect(ext.browser.pageErrors).toEqual([]);
  });
});
