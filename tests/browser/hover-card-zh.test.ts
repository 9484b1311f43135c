/**
 * The hover card for a Chinese reader (Chromium with a zh-TW UI): names,
 * glosses and labels in Traditional Chinese with Taiwan phrasing, the quote
 * in the script "auto" resolves to from navigator.language (zh-TW -> twp).
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { useExtensionBrowser } from './harness';
import { hoverAndReadCard, pointOfWord, shippedData } from './trust-support';

// locale sets navigator.language; --lang sets the browser UI language that extension i18n follows.
const ext = useExtensionBrowser({ launch: { locale: 'zh-TW', args: ['--lang=zh-TW'] } });
let page: Page;

beforeAll(async () => {
  page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/pages/hover-card.html`);
});

test('a zh-TW reader sees the card in Traditional Chinese with Taiwan phrasing', async () => {
  const concept = shippedData().concepts.find((c) => c.id === 'kv-cache')!;
  const top = [...concept.quotes].sort((a, b) => a.rank - b.rank)[0];
  const point = await pointOfWord(page, 'KV cache');
  const card = await hoverAndReadCard(page, point!, 20_000);
  expect(card.visible).toBe(1);
  expect(card.name).toBe(concept.name.twp);
  expect(card.quotes[0]).toBe(top.text.twp);
  const labels = await page.evaluate(() => {
    const root = document.querySelector('tri-dao-lens-card')!.shadowRoot!;
    return {
      gloss: root.querySelector('.gloss')?.textContent,
      read: root.querySelector('button.read')?.textContent,
      lang: root.querySelector('blockquote')?.getAttribute('lang'),
    };
  });
  expect(labels).toEqual({ gloss: concept.gloss.twp, read: '在訪談全文中查看', lang: 'zh-Hant-TW' });
});
