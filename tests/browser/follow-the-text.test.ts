/**
 * "It follows what you are reading", in real Chromium with an English
 * browser (en-US) and the default settings: a term in Simplified text shows
 * Tri Dao's words in Chinese first, in Simplified; a Traditional page that
 * says it is Taiwan's (`lang="zh-TW"`) gets Traditional quotes and names with
 * Taiwan phrasing, as a zh-TW browser would; the popup opened on it follows it
 * under its "Auto" choice, a choice overrides it, and "Auto" goes back. (A
 * Traditional page that names no region: page-script.test.ts.) (English text shows the English first: hover-card.test.ts.)
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { PageState } from '@/lib/messages';
import { expectScanDone } from './content-support';
import { artifactsDir, openPopupFor, sendToContentScript, useExtensionBrowser } from './harness';
import { hoverAndReadCard, pointOfWord, shippedData, topQuote } from './trust-support';

const ext = useExtensionBrowser();

/** The open card's background colour, as the reader sees it. */
const cardBackground = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('tri-dao-lens-card')?.shadowRoot?.querySelector('.card');
    return card ? getComputedStyle(card).backgroundColor : null;
  });

let hans: Page;
let hant: Page;

async function cardFor(page: Page, word: string) {
  await page.bringToFront();
  const point = await pointOfWord(page, word);
  expect(point, `"${word}" is on the page`).not.toBeNull();
  return hoverAndReadCard(page, point!, 20_000);
}

beforeAll(async () => {
  hans = await ext.browser.context.newPage();
  await hans.goto(`${ext.server.origin}/pages/zh-hans-ai-hardware.html`);
  hant = await ext.browser.context.newPage();
  await hant.goto(`${ext.server.origin}/pages/zh-hant-ai-hardware.html`);
});

afterAll(async () => {
  await hans?.close();
  await hant?.close();
});

describe('the card follows the text around the term', () => {
  test('a term in Simplified text: the Chinese first, in Simplified, and the switch offers the English', async () => {
    await expectScanDone(ext.browser, hans);
    const card = await cardFor(hans, '混合专家');
    expect(card.name).toBe('Mixture of Experts (MoE) and sparsity');
    expect(card.quotes[0]).toBe(topQuote('mixture-of-experts').text.hans);
    // A light page, a light system: the card's light colours.
    expect(await cardBackground(hans)).toBe('rgb(255, 255, 255)');
    expect(card.text).not.toContain('English rendering by the Tri Dao Lens team');
    const button = await hans.evaluate(
      () => document.querySelector('tri-dao-lens-card')!.shadowRoot!.querySelector('button.lang')?.textContent,
    );
    expect(button).toBe('English');
    await hans.keyboard.press('Escape');
  });

  test("a Taiwan page with an English browser: Traditional quotes and names with Taiwan's phrasing by default", async () => {
    await expectScanDone(ext.browser, hant);
    const card = await cardFor(hant, '混合專家');
    const concept = shippedData().concepts.find((c) => c.id === 'mixture-of-experts')!;
    expect(card.quotes[0]).toBe(topQuote('mixture-of-experts').text.twp);
    // A dark page (#15171c) with a light system: a dark card, not a white one over the article.
    expect(await cardBackground(hant)).toBe('rgb(30, 31, 36)');
    expect(
      await hant.evaluate(() =>
        document.querySelector('tri-dao-lens-card')?.shadowRoot?.querySelector('.quote-text')?.getAttribute('lang'),
      ),
    ).toBe('zh-Hant-TW');
    // The interface is English, so the English name leads; the Chinese name beside it is Traditional.
    expect(card.text).toContain(concept.name.twp);
    await hant.keyboard.press('Escape');
  });
});

describe('the popup follows the page it is opened on', () => {
  test('the Taiwan page says it is Traditional and Taiwan\'s; the popup shows Taiwan phrasing under "Auto", a choice overrides it, "Auto" goes back', async () => {
    const state = await sendToContentScript<PageState>(ext.browser, hant, { type: 'get-page-state' });
    expect(state.textScript).toBe('hant');
    expect(state.taiwan).toBe(true);

    const popup = await openPopupFor(ext.browser, hant);
    await popup.setViewportSize({ width: 396, height: 640 });
    const auto = popup.getByRole('radio', { name: /^Automatic/ });
    await expect.poll(() => auto.isChecked(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => popup.locator('.script-switch label').first().innerText()).toBe('Auto 繁(台灣用語)');
    // The longest the switch gets, and all of it in sight: it wraps below the title rather than past the edge.
    expect(
      await popup.evaluate(
        () =>
          document.querySelector('.script-switch')!.getBoundingClientRect().right <=
          document.documentElement.clientWidth,
      ),
    ).toBe(true);

    const row = popup.locator('li.concept[data-concept="mixture-of-experts"]');
    await row.locator('.concept-toggle').click();
    // An English interface: the English first; one click shows the Chinese original in the page's script.
    await expect.poll(() => row.locator('.quote-en').first().innerText()).toBe(topQuote('mixture-of-experts').text.en);
    await row.locator('button.quote-lang').click();
    const firstQuote = () => row.locator('blockquote').first().innerText();
    await expect.poll(firstQuote).toBe(topQuote('mixture-of-experts').text.twp);
    mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true });
    await popup.evaluate(() => document.scrollingElement?.scrollTo(0, 0));
    await popup.screenshot({ path: path.join(artifactsDir, 'screenshots', 'popup-auto-hant.png') });

    await popup.getByRole('radio', { name: /^简/ }).check({ force: true });
    await expect.poll(firstQuote).toBe(topQuote('mixture-of-experts').text.hans);
    expect(await auto.isChecked()).toBe(false);
    await auto.check({ force: true });
    await expect.poll(firstQuote).toBe(topQuote('mixture-of-experts').text.twp);
    const stored = await ext.browser.worker.evaluate(() =>
      (globalThis as any).chrome.storage.local.get('chineseScript'),
    );
    expect(stored.chineseScript).toBe('auto');
    await popup.close();
  });

  test('no errors from the pages or the extension', () => {
    expect(ext.browser.pageErrors).toEqual([]);
  });
});
