/**
 * The card by touch and by keyboard in real Chromium with the built extension.
 *
 * Touch: a phone (390×844 viewport, touch, mobile meta viewport) taps a term
 * and reads the card, a bottom sheet with 44×44 px targets; a tap on a term
 * inside a link follows the link, a long press on it opens the card; a tap
 * elsewhere closes it; the page's DOM is the same as before.
 *
 * Keyboard: the shortcuts can't be pressed in headless Chromium, so the test
 * sends the message their command handler sends (`step-concept`), as the
 * other tests do for `toggle-page`; the popup's "Show on the page" is clicked.
 * Each lands on an occurrence, flashes it and opens its card as a dialog with
 * focus; Tab moves round the card, Escape closes it and focus is back on
 * the page's button.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitForScan } from './content-support';
import {
  artifactsDir,
  type ExtensionBrowser,
  fixturesDir,
  launchChromiumWithExtension,
  openPopupFor,
  sendToContentScript,
  type StaticServer,
  startStaticServer,
} from './harness';
import { domBeforeAndNow, pointOfWord, probeCard, probeFlashed, probeFocus } from './probes';
import { isVerbatimFromInterview, topQuote } from './trust-support';

const PAGE = '/pages/touch-keys.html';
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer(fixturesDir);
});
afterAll(async () => {
  await server?.close();
});

async function openFixture(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${server.origin}${PAGE}`);
  await waitForScan(browser, page);
  return page;
}

describe('touch (Chromium, 390×844 phone emulation)', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    browser = await launchChromiumWithExtension({ viewport: { width: 390, height: 844 }, mobile: true });
    page = await openFixture(browser);
    cdp = await browser.context.newCDPSession(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const point = async (id: string, word: string) => {
    const p = await page.evaluate(pointOfWord, { word, within: id });
    expect(p, `"${word}" in #${id}`).not.toBeNull();
    return p!;
  };
  const card = () => page.evaluate(probeCard);

  test('a tap on a term opens its card as a bottom sheet with 44×44 px touch targets', async () => {
    const before = (await page.evaluate(domBeforeAndNow)).now;
    const kv = await point('p-kv', 'KV cache');
    await page.touchscreen.tap(kv.x, kv.y);
    await expect.poll(async () => (await card())?.name ?? null, { timeout: 5000 }).toBe('KV cache');
    const shown = (await card())!;
    // The term is in English text: the team's English rendering first (follow-the-text.test.ts has the Chinese).
    expect(shown.quote).toBe(topQuote('kv-cache').text.en);
    expect(isVerbatimFromInterview(shown.quote)).toBe(true);
    expect(shown.layout).toBe('sheet');
    expect(shown.viewport).toEqual({ width: 390, height: 844 });
    // Full width, flush with the bottom edge, not taller than most of the screen.
    expect(shown.rect.left).toBe(0);
    expect(Math.round(shown.rect.width)).toBe(390);
    expect(Math.round(shown.rect.top + shown.rect.height)).toBe(844);
    expect(shown.rect.height).toBeLessThanOrEqual(844 * 0.6 + 1);
    expect(shown.targets.map((t) => t.what)).toEqual(expect.arrayContaining(['close', 'read', 'more', 'episode']));
    for (const target of shown.targets) {
      expect(target.width, `${target.what} width`).toBeGreaterThanOrEqual(44);
      expect(target.height, `${target.what} height`).toBeGreaterThanOrEqual(44);
    }
    // The sheet leaves the term in view above it (the page did not move), and the page's DOM is as it was.
    expect(kv.y).toBeLessThan(shown.rect.top);
    expect((await page.evaluate(domBeforeAndNow)).now).toBe(before);
    mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'phone-card.png') });
  });

  test('a tap elsewhere closes the card', async () => {
    await page.touchscreen.tap(200, 20);
    await expect.poll(card, { timeout: 3000 }).toBeNull();
  });

  test("a tap on a term inside a link follows the link; a long press opens the term's card", async () => {
    const moe = await point('p-link', 'Mixture of Experts');
    await page.touchscreen.tap(moe.x, moe.y);
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 3000 }).toBe('#moe-article');
    expect(await card()).toBeNull();

    await page.evaluate(() => window.scrollTo(0, 0));
    const visits = await page.evaluate(() => history.length);
    const again = await point('p-link', 'Mixture of Experts');
    const touch = { x: again.x, y: again.y, radiusX: 4, radiusY: 4, force: 1, id: 1 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [touch] });
    await page.waitForTimeout(900);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect
      .poll(async () => (await card())?.name ?? null, { timeout: 5000 })
      .toBe('Mixture of Experts (MoE) and sparsity');
    // The long press did not follow the link a second time.
    expect(await page.evaluate(() => history.length)).toBe(visits);
  });

  test('a term low on the screen gets the sheet along the top edge, so the sheet never covers the word tapped', async () => {
    await page.touchscreen.tap(200, 20);
    await expect.poll(card, { timeout: 3000 }).toBeNull();
    // FlashAttention at about four fifths of the screen's height, where a bottom sheet would lie over it.
    await page.evaluate(() => {
      const el = document.getElementById('p-end')!;
      window.scrollBy(0, el.getBoundingClientRect().top - 844 * 0.8);
    });
    const end = await point('p-end', 'FlashAttention');
    expect(end.y).toBeGreaterThan(844 * 0.6);
    await page.touchscreen.tap(end.x, end.y);
    await expect.poll(async () => (await card())?.name ?? null, { timeout: 5000 }).toBe('FlashAttention');
    const shown = (await card())!;
    expect(shown.layout).toBe('sheet');
    expect(Math.round(shown.rect.top)).toBe(0);
    expect(Math.round(shown.rect.width)).toBe(390);
    expect(shown.rect.top + shown.rect.height).toBeLessThan(end.y - 8);
    for (const target of shown.targets) expect(target.height, `${target.what} height`).toBeGreaterThanOrEqual(44);
    await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'phone-card-top.png') });
    await page.touchscreen.tap(200, 820);
    await expect.poll(card, { timeout: 3000 }).toBeNull();
  });

  test('no errors from the page or the extension', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('keyboard (Chromium)', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromiumWithExtension({ viewport: { width: 1280, height: 800 } });
    page = await openFixture(browser);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const card = () => page.evaluate(probeCard);
  const step = (direction: 'next' | 'previous') =>
    sendToContentScript<boolean>(browser, page, { type: 'step-concept', direction });

  test('next: the first concept opens as a dialog that takes focus, is flashed and announced', async () => {
    await page.focus('#menu');
    expect(await page.evaluate(probeFocus)).toBe('page:menu');
    expect(await step('next')).toBe(true);
    await expect.poll(async () => (await card())?.name ?? null, { timeout: 5000 }).toBe('KV cache');
    const shown = (await card())!;
    expect(shown.role).toBe('dialog');
    expect(shown.label).toBe('KV cache');
    expect(shown.layout).toBe('anchored');
    expect(shown.focus).toBe('card:card kind-techniques');
    expect(await page.evaluate(probeFlashed)).toEqual(['KV cache']);
    await expect
      .poll(async () => (await card())?.live, { timeout: 3000 })
      .toMatch(/^“KV cache”: KV cache\. 1 of \d+ on this page\.$/);
  });

  test("Tab moves round the card's controls; Escape closes it and focus is back on the page's button", async () => {
    await page.keyboard.press('Tab');
    expect((await card())?.focus).toBe('card:close');
    // The language switch ("Chinese original"), then "Read in context".
    await page.keyboard.press('Tab');
    expect((await card())?.focus).toBe('card:lang');
    await page.keyboard.press('Tab');
    expect((await card())?.focus).toBe('card:read');
    // Past the last control Tab goes round to the first, never out to the browser's toolbar (which closed the card).
    const seen: (string | undefined)[] = [];
    for (let i = 0; i < 8 && seen.at(-1) !== 'card:close'; i++) {
      await page.keyboard.press('Tab');
      seen.push((await card())?.focus);
    }
    expect(seen.at(-1)).toBe('card:close');
    expect(seen.every((f) => f?.startsWith('card:'))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    expect((await card())?.focus).toBe(seen.at(-2) ?? 'card:read');
    await page.keyboard.press('Escape');
    await expect.poll(card, { timeout: 3000 }).toBeNull();
    expect(await page.evaluate(probeFocus)).toBe('page:menu');
  });

  test('next and previous step forward and back through the occurrences, wrapping at the ends', async () => {
    await step('next');
    await expect.poll(async () => (await card())?.live, { timeout: 5000 }).toMatch(/ 2 of \d+ on this page\.$/);
    expect((await card())?.name).not.toBe('KV cache');
    expect((await card())?.focus).toMatch(/^card:card /);
    await step('previous');
    await expect.poll(async () => (await card())?.live, { timeout: 5000 }).toMatch(/^“KV cache”: KV cache\. 1 of /);
    // Before the first comes the last: the closing paragraph, scrolled into view.
    await step('previous');
    await expect
      .poll(async () => (await card())?.live, { timeout: 5000 })
      .toMatch(/^“FlashAttention”: FlashAttention\. (\d+) of \1 on this page\.$/);
    const end = await page.evaluate(pointOfWord, { word: 'FlashAttention', within: 'p-end' });
    expect(end!.y).toBeGreaterThan(0);
    expect(end!.y).toBeLessThan(800);
    // Focus still goes back to where it was before the first step.
    await page.keyboard.press('Escape');
    await expect.poll(card, { timeout: 3000 }).toBeNull();
    expect(await page.evaluate(probeFocus)).toBe('page:menu');
  });

  test('Enter on "More quotes" unfolds them and "Fewer quotes", which keeps the focus, stays in sight', async () => {
    await page.setViewportSize({ width: 1280, height: 600 });
    try {
      await step('next');
      await expect.poll(async () => (await card())?.focus ?? null, { timeout: 5000 }).toMatch(/^card:card /);
      for (let i = 0; i < 8 && (await card())?.focus !== 'card:more'; i++) await page.keyboard.press('Tab');
      expect((await card())?.focus).toBe('card:more');
      await page.keyboard.press('Enter');
      const seen = () =>
        page.evaluate(() => {
          const root = document.querySelector('tri-dao-lens-card')!.shadowRoot!;
          const box = root.querySelector('.card')!.getBoundingClientRect();
          const focused = root.activeElement as HTMLElement;
          const r = focused.getBoundingClientRect();
          return { text: focused.textContent, inSight: r.top >= box.top && r.bottom <= box.bottom };
        });
      await expect.poll(async () => (await seen()).text, { timeout: 3000 }).toBe('Fewer quotes');
      expect(await seen()).toEqual({ text: 'Fewer quotes', inSight: true });
      await page.keyboard.press('Escape');
      await expect.poll(card, { timeout: 3000 }).toBeNull();
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });

  test('the popup\'s "Show on the page" lands the same way', async () => {
    const popup = await openPopupFor(browser, page);
    const locate = popup.locator('li[data-concept="gpt-oss"] button.locate');
    await locate.waitFor({ timeout: 10_000 });
    await locate.click();
    await expect.poll(async () => (await card())?.name ?? null, { timeout: 5000 }).toBe('gpt-oss');
    expect((await card())?.focus).toMatch(/^card:card /);
    expect(await page.evaluate(probeFlashed)).toEqual(['gpt-oss']);
    await popup.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await expect.poll(card, { timeout: 3000 }).toBeNull();
    expect(await page.evaluate(probeFocus)).toBe('page:menu');
  });

  test('no errors from the page or the extension', () => {
    expect(browser.pageErrors).toEqual([]);
  });
});
