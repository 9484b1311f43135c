/**
 * The hover card in real Chromium with the built extension, on a local page
 * that is unkind to injected UI (root font size 40px, global !important
 * rules, a fixed banner at the highest z-index): the real mouse rests on a
 * highlighted term, the card shows that concept and Tri Dao's top quote
 * verbatim (compared with the shipped concepts.json), Escape, leaving and
 * scrolling hide it, "Read in context" opens the transcript at the quote, and
 * the 简/繁 setting re-renders an open card.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { artifactsDir, useExtensionBrowser } from './harness';
import {
  hoverAndReadCard,
  highlightCount,
  isVerbatimFromInterview,
  pointOfWord,
  readCards,
  topQuote,
} from './trust-support';

const ext = useExtensionBrowser({ launch: { viewport: { width: 1280, height: 900 } } });
let page: Page;

/** Reads details the generic card reader doesn't (figures, buttons) from the open shadow root. */
function inCard<T>(fn: (root: ShadowRoot) => T): Promise<T | null> {
  return page.evaluate(`(() => {
    const host = document.querySelector('tri-dao-lens-card');
    if (!host || !host.shadowRoot) return null;
    return (${fn.toString()})(host.shadowRoot);
  })()`) as Promise<T | null>;
}

/** Writes a setting the way the extension stores it (value and version meta), from the service worker. */
function setSetting(key: string, value: string) {
  return ext.browser.worker.evaluate(
    ([k, v]) => (globalThis as any).chrome.storage.local.set({ [k]: v, [`${k}$`]: { v: 1 } }),
    [key, value] as const,
  );
}

/** Clicks a control of the open card with the real mouse. */
async function clickInCard(selector: string) {
  const at = await page.evaluate((sel) => {
    const b = document.querySelector('tri-dao-lens-card')!.shadowRoot!.querySelector(sel)!;
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, selector);
  await page.mouse.move(at.x, at.y, { steps: 3 });
  await page.mouse.click(at.x, at.y);
}

/** Hides any card and parks the mouse on blank margin, so each test starts from nothing shown. */
async function reset() {
  await page.keyboard.press('Escape');
  await page.mouse.move(8, 600);
  await expect.poll(async () => (await readCards(page)).visible, { timeout: 5000 }).toBe(0);
}

async function hover(word: string) {
  const point = await pointOfWord(page, word);
  expect(point, `"${word}" is on the page`).not.toBeNull();
  const card = await hoverAndReadCard(page, point!);
  return { point: point!, card };
}

beforeAll(async () => {
  page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/pages/hover-card.html`);
  // expect.poll is not allowed in hooks: wait for the first scan by hand.
  const deadline = Date.now() + 20_000;
  while ((await highlightCount(page)) <= 0) {
    if (Date.now() > deadline) throw new Error('the fixture page was never highlighted');
    await page.waitForTimeout(100);
  }
});

describe('hover card (Chromium)', () => {
  test('no card host exists before the first hover', async () => {
    expect((await readCards(page)).hosts).toBe(0);
  });

  test('resting on a highlighted term shows its card with the verbatim top quote; Escape hides it', async () => {
    const { card } = await hover('KV cache');
    const quote = topQuote('kv-cache');
    expect(card.visible).toBe(1);
    expect(card.hosts).toBe(1);
    expect(card.name).toBe('KV cache');
    // A term in English text: the team's English rendering first, labelled as such.
    expect(card.quotes[0]).toBe(quote.text.en);
    expect(isVerbatimFromInterview(card.quotes[0])).toBe(true);
    expect(card.text).toContain(
      "English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up; the podcast was in English and his exact words may differ.",
    );
    expect(card.onTop).toBe(true);
    // Top layer: even a page element at the highest z-index, laid right over the card, stays under it.
    const covered = await page.evaluate((r) => {
      const cover = document.createElement('div');
      cover.style.cssText = `position:fixed;left:${r.x}px;top:${r.y}px;width:${r.width}px;height:${r.height}px;z-index:2147483647;background:red`;
      document.body.append(cover);
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      cover.remove();
      return top?.localName ?? null;
    }, card.rect!);
    expect(covered).toBe('tri-dao-lens-card');
    // px, not rem: the page's 40px root font size does not reach the card.
    expect(card.quoteFontPx).toBe(14);
    mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'chromium-hover-card.png') });
    await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'chromium-hover-card-en.png') });

    // One click shows the Chinese original (English reader, "auto" script: Simplified).
    await clickInCard('button.lang');
    await expect.poll(async () => (await readCards(page)).quotes[0], { timeout: 3000 }).toBe(quote.text.hans);
    expect((await readCards(page)).visible).toBe(1);
    expect(await inCard((root) => root.querySelector('button.lang')?.textContent)).toBe('English');

    await page.keyboard.press('Escape');
    await expect.poll(async () => (await readCards(page)).visible, { timeout: 3000 }).toBe(0);
  });

  test('the card stays while the pointer moves into it, and hides after the pointer leaves', async () => {
    await reset();
    const { card } = await hover('KV cache');
    expect(card.visible).toBe(1);
    const rect = card.rect!;
    await page.mouse.move(rect.x + 40, rect.y + 20, { steps: 5 });
    await page.waitForTimeout(800);
    expect((await readCards(page)).visible).toBe(1);
    await page.mouse.move(8, 600, { steps: 5 });
    await expect.poll(async () => (await readCards(page)).visible, { timeout: 3000 }).toBe(0);
  });

  test('moving from one term over plain text to the next and resting there shows the next card', async () => {
    await reset();
    const { card } = await hover('KV cache');
    expect(card.name).toBe('KV cache');
    // "KV cache from HBM": the pointer crosses " from " and rests on HBM while the KV cache card's
    // grace period (for travelling into a card) is still running.
    const from = (await pointOfWord(page, { word: 'from', within: 'p-kv' }))!;
    const hbm = (await pointOfWord(page, { word: 'HBM', within: 'p-kv' }))!;
    await page.mouse.move(from.x, from.y, { steps: 2 });
    await page.waitForTimeout(150);
    await page.mouse.move(hbm.x, hbm.y, { steps: 2 });
    await expect
      .poll(async () => (await readCards(page)).name, { timeout: 3000 })
      .toBe('Memory-bound inference and data movement');
    expect((await readCards(page)).visible).toBe(1);
  });

  test('Mixture of Experts shows the sparsity figure; gpt-oss the 4-bit figure', async () => {
    await reset();
    const moe = await hover('Mixture of Experts');
    expect(moe.card.name).toBe('Mixture of Experts (MoE) and sparsity');
    const moeFigure = await inCard((root) => {
      const svg = root.querySelector('svg[data-figure="moe"]');
      return svg && { label: svg.getAttribute('aria-label'), on: svg.querySelectorAll('rect.fig-on').length };
    });
    expect(moeFigure?.label).toMatch(/2 of 8 experts \(25%\).*4 of 128 \(1\/32\)/);
    expect(moeFigure?.on).toBe(6);

    await reset();
    const oss = await hover('gpt-oss');
    expect(oss.card.name).toBe('gpt-oss');
    const ossFigure = await inCard(
      (root) => root.querySelector('svg[data-figure="quant"]')?.getAttribute('aria-label') ?? null,
    );
    expect(ossFigure).toMatch(/60 GB.*240 GB/);
  });

  test('a term in Traditional Chinese text shows the same concept, its quote in Chinese and in Traditional (English browser)', async () => {
    await reset();
    const { card } = await hover('混合專家');
    expect(card.name).toBe('Mixture of Experts (MoE) and sparsity');
    expect(card.quotes[0]).toBe(topQuote('mixture-of-experts').text.hant);
    expect(card.text).not.toContain('English rendering by the Tri Dao Lens team');
  });

  test('the 简/繁 setting re-renders an open card', async () => {
    await reset();
    await setSetting('quoteLanguage', 'zh');
    await hover('KV cache');
    const setScript = (script: string) => setSetting('chineseScript', script);
    await setScript('hant');
    await expect
      .poll(async () => (await readCards(page)).quotes[0], { timeout: 5000 })
      .toBe(topQuote('kv-cache').text.hant);
    await setScript('twp');
    await expect
      .poll(async () => (await readCards(page)).quotes[0], { timeout: 5000 })
      .toBe(topQuote('kv-cache').text.twp);
    await setScript('auto');
    await expect
      .poll(async () => (await readCards(page)).quotes[0], { timeout: 5000 })
      .toBe(topQuote('kv-cache').text.hans);
  });

  test('the quote-language setting changes an open card live: Chinese, English, both, back to following the text', async () => {
    await reset();
    await setSetting('quoteLanguage', 'zh');
    await hover('KV cache');
    const quote = topQuote('kv-cache');
    const quotes = async () => (await readCards(page)).quotes.slice(0, 2);
    await expect.poll(quotes, { timeout: 5000 }).toEqual([quote.text.hans]);
    await setSetting('quoteLanguage', 'en');
    await expect.poll(quotes, { timeout: 5000 }).toEqual([quote.text.en]);
    await setSetting('quoteLanguage', 'both');
    await expect.poll(quotes, { timeout: 5000 }).toEqual([quote.text.en, quote.text.hans]);
    await setSetting('quoteLanguage', 'auto');
    await expect.poll(quotes, { timeout: 5000 }).toEqual([quote.text.en]);
  });

  test('"Read in context" opens the transcript page at exactly that quote', async () => {
    await reset();
    await hover('KV cache');
    const button = await inCard((root) => {
      const b = root.querySelector('button.read');
      if (!b) return null;
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, anchor: (b as HTMLElement).dataset.anchor };
    });
    expect(button?.anchor).toBe(`q-${topQuote('kv-cache').id}`);
    const opened = ext.browser.context.waitForEvent('page', { timeout: 10_000 });
    await page.mouse.move(button!.x, button!.y, { steps: 3 });
    await page.mouse.click(button!.x, button!.y);
    const transcript = await opened;
    await expect
      .poll(() => transcript.url(), { timeout: 5000 })
      .toBe(ext.browser.extensionUrl(`transcript.html?lang=en&script=hans#q-${topQuote('kv-cache').id}`));
    await transcript.close();
    await page.bringToFront();
  });

  test('near the bottom of the viewport the card flips above the term and stays in view; scrolling hides it', async () => {
    await reset();
    await page.evaluate(() => {
      const el = document.getElementById('p-end')!;
      window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight + 60);
    });
    const point = await page.evaluate(() => {
      const text = document.getElementById('p-end')!.firstChild as Text;
      const i = text.data.indexOf('KV cache');
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 'KV cache'.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    expect(point.y).toBeGreaterThan(700);
    const card = await hoverAndReadCard(page, point);
    expect(card.visible).toBe(1);
    const rect = card.rect!;
    expect(rect.y).toBeGreaterThanOrEqual(0);
    expect(rect.y + rect.height).toBeLessThanOrEqual(900);
    expect(rect.y + rect.height).toBeLessThanOrEqual(point.y);

    await page.mouse.wheel(0, -200);
    await expect.poll(async () => (await readCards(page)).visible, { timeout: 3000 }).toBe(0);
  });

  test('in a short window, a term in the middle of it: the card fits beside the term, not over it', async () => {
    await reset();
    await page.setViewportSize({ width: 1280, height: 640 });
    try {
      // The term in the middle of the window: the card (about 400 px tall) fits neither above nor below as is.
      const term = await page.evaluate(() => {
        // Room below the last paragraph, so it can be scrolled to the middle of the window.
        document.body.style.paddingBottom = '800px';
        const text = document.getElementById('p-end')!.firstChild as Text;
        const i = text.data.indexOf('KV cache');
        const range = document.createRange();
        range.setStart(text, i);
        range.setEnd(text, i + 'KV cache'.length);
        const before = range.getBoundingClientRect();
        window.scrollBy(0, before.top + before.height / 2 - window.innerHeight / 2);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      });
      const card = await hoverAndReadCard(page, { x: (term.left + term.right) / 2, y: (term.top + term.bottom) / 2 });
      expect(card.name).toBe('KV cache');
      const rect = card.rect!;
      const overlaps =
        rect.x < term.right &&
        rect.x + rect.width > term.left &&
        rect.y < term.bottom &&
        rect.y + rect.height > term.top;
      expect(overlaps, `card ${JSON.stringify(rect)} over the term ${JSON.stringify(term)}`).toBe(false);
      expect(rect.y).toBeGreaterThanOrEqual(0);
      expect(rect.y + rect.height).toBeLessThanOrEqual(640);
      // Shorter, it scrolls inside itself: the quote is still there to read.
      expect(card.quotes[0]).toBe(topQuote('kv-cache').text.en);
      mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true });
      await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'chromium-hover-card-short-window.png') });
    } finally {
      await page.evaluate(() => document.body.style.removeProperty('padding-bottom'));
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('the card keeps its own readable colours in light and dark mode', async () => {
    const colours = async () =>
      inCard((root) => {
        const card = root.querySelector('.card')!;
        const style = getComputedStyle(card);
        return { bg: style.backgroundColor, fg: style.color };
      });
    await reset();
    await page.evaluate(() => window.scrollTo(0, 0));
    await hover('KV cache');
    expect(await colours()).toEqual({ bg: 'rgb(255, 255, 255)', fg: 'rgb(29, 29, 31)' });
    await reset();
    await page.emulateMedia({ colorScheme: 'dark' });
    await hover('KV cache');
    expect(await colours()).toEqual({ bg: 'rgb(30, 31, 36)', fg: 'rgb(236, 236, 241)' });
    mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'chromium-hover-card-dark.png') });
    await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'chromium-hover-card-en-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  test('no errors from the page or the extension', () => {
    expect(ext.browser.pageErrors).toEqual([]);
  });
});
