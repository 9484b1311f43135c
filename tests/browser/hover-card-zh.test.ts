/**
 * The hover card for a Chinese reader (Chromium with a zh-TW UI): names,
 * glosses and labels in Traditional Chinese with Taiwan phrasing; Tri Dao's
 * words follow the text around the term (English text: the team's English
 * rendering, labelled in Chinese; Traditional text: Taiwan phrasing for this
 * zh-TW reader).
 */
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { useExtensionBrowser } from './harness';
import { hoverAndReadCard, pointOfWord, readCards, shippedData } from './trust-support';

// locale sets navigator.language; --lang sets the browser UI language that extension i18n follows.
const ext = useExtensionBrowser({ launch: { locale: 'zh-TW', args: ['--lang=zh-TW'] } });
let page: Page;

beforeAll(async () => {
  page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/pages/hover-card.html`);
});

test('a zh-TW reader sees the card in Traditional Chinese with Taiwan phrasing; English text gets the English rendering, labelled in Chinese', async () => {
  const concept = shippedData().concepts.find((c) => c.id === 'kv-cache')!;
  const top = [...concept.quotes].sort((a, b) => a.rank - b.rank)[0];
  const point = await pointOfWord(page, 'KV cache');
  const card = await hoverAndReadCard(page, point!, 20_000);
  expect(card.visible).toBe(1);
  expect(card.name).toBe(concept.name.twp);
  // The term is in an English paragraph: the team's English first, labelled in the interface language.
  expect(card.quotes[0]).toBe(top.text.en);
  expect(card.text).toContain('英文由 Tri Dao Lens 團隊根據量子位中文整理稿翻譯');
  const read = () =>
    page.evaluate(() => {
      const root = document.querySelector('tri-dao-lens-card')!.shadowRoot!;
      const button = root.querySelector('button.lang')!;
      const r = button.getBoundingClientRect();
      return {
        gloss: root.querySelector('.gloss')?.textContent,
        read: root.querySelector('button.read')?.textContent,
        switchLabel: button.textContent,
        lang: root.querySelector('.quote-text')?.getAttribute('lang'),
        at: { x: r.left + r.width / 2, y: r.top + r.height / 2 },
      };
    });
  const english = await read();
  expect(english).toMatchObject({
    gloss: concept.gloss.twp,
    read: '在訪談全文中查看',
    switchLabel: '中文原文',
    lang: 'en',
  });
  // One click: the Chinese original, in Traditional with Taiwan phrasing (zh-TW browser, "auto").
  await page.mouse.move(english.at.x, english.at.y, { steps: 3 });
  await page.mouse.click(english.at.x, english.at.y);
  await expect.poll(async () => (await readCards(page)).quotes[0], { timeout: 5000 }).toBe(top.text.twp);
  expect((await read()).lang).toBe('zh-Hant-TW');
  await page.keyboard.press('Escape');

  // A term in the Traditional paragraph: the Chinese first, with Taiwan phrasing for this reader.
  const moe = shippedData().concepts.find((c) => c.id === 'mixture-of-experts')!;
  await page.mouse.move(8, 600);
  const zh = await hoverAndReadCard(page, (await pointOfWord(page, '混合專家'))!, 20_000);
  expect(zh.quotes[0]).toBe([...moe.quotes].sort((a, b) => a.rank - b.rank)[0].text.twp);
});
