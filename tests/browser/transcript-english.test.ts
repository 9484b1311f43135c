/**
 * The transcript in two languages, in real Chromium: on a wide window the team's English rendering and the
 * Chinese write-up side by side, paragraph beside paragraph, the English labelled as the team's rendering; on a
 * narrow one the language the address asks for alone, with a switch that keeps the place; a quote's address
 * (`?lang=…&script=…#q-…`) lands on that quote in the requested language, marked in both. An English search in the
 * popup finds an English rendering and opens the transcript at it in English. Screenshots (wide, narrow) go to
 * tests/artifacts/screenshots/transcript-bilingual-*.png.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Concept } from '@/lib/data-types';
import { artifactsDir, launchChromiumWithExtension, projectRoot, type ExtensionBrowser } from './harness';

const concepts: Concept[] = JSON.parse(readFileSync(path.join(projectRoot, 'data/generated/concepts.json'), 'utf8'));
const quotes = concepts.flatMap((c) => c.quotes);
const quoteById = new Map(quotes.map((q) => [q.id, q]));
const screenshots = path.join(artifactsDir, 'screenshots');
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromiumWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** What the reader sees of a quote: its anchor and every mark of it, with their language and place. */
function quoteOnScreen(page: Page, quoteId: string) {
  return page.evaluate((id) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
    };
    const anchor = document.getElementById(`q-${id}`);
    const marks = [...document.querySelectorAll(`mark[data-quotes~="${id}"]`)].map((m) => ({
      lang: m.closest('p')?.getAttribute('lang') ?? '',
      text: m.textContent ?? '',
      target: m.classList.contains('is-target'),
      visible: visible(m),
      displayed: m.getBoundingClientRect().width > 0,
      left: m.getBoundingClientRect().left,
    }));
    return {
      anchorLang: anchor?.closest('p')?.getAttribute('lang') ?? null,
      anchorText: anchor?.textContent ?? null,
      focused: document.activeElement === anchor,
      inView: anchor ? visible(anchor) : false,
      marks,
    };
  }, quoteId);
}

/** Whether the text of the rendering note (the label) is on screen. */
function labelShown(page: Page) {
  return page.evaluate(() => {
    const note = document.querySelector('.rendering-note');
    return note && (note as HTMLElement).offsetParent !== null ? (note.textContent ?? '') : '';
  });
}

const LABEL =
  "English rendering by the Tri Dao Lens team of QbitAI's Chinese write-up; the podcast was in English and his exact words may differ.";

test('wide: English and Chinese side by side; a quote address in English lands on it, marked in both', async () => {
  // A quote with the team's note on a slip (VLM for vLLM), so the picture shows the note beside both languages.
  const quote = quoteById.get('vllm-1')!;
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(browser.extensionUrl(`transcript.html?lang=en#q-${quote.id}`));
  await page.waitForFunction(() => document.body.dataset.readyMs);
  await expect
    .poll(() => quoteOnScreen(page, quote.id))
    .toMatchObject({ focused: true, inView: true, anchorLang: 'en' });
  const shown = await quoteOnScreen(page, quote.id);
  expect(shown.anchorText).toBe(quote.text.en.slice(0, shown.anchorText!.length));
  // Marked in both languages, both on screen, English on the left, Chinese (Simplified: the browser is English) right.
  expect(shown.marks.map((m) => [m.lang, m.target, m.visible])).toEqual([
    ['en', true, true],
    ['zh-Hans', true, true],
  ]);
  expect(shown.marks[0]!.left).toBeLessThan(shown.marks[1]!.left);
  expect(shown.marks[1]!.text).toBe(quote.text.hans);
  expect(await labelShown(page)).toContain(LABEL);
  // The column heads say what each column is; the editor's lead is the editor's.
  expect(await page.locator('.lang-bar .head-en').innerText()).toMatch(
    /English.*team's rendering, not his exact words/s,
  );
  expect(await page.locator('.lead .editorial-label').innerText()).toMatch(/not Tri Dao's words/);
  expect(await page.locator(`#t-${quote.turnId} .team-note`).innerText()).toMatch(/Note from the Tri Dao Lens team/);
  await page.waitForTimeout(1700); // let the arrival flash finish before the picture
  await page.screenshot({ path: path.join(screenshots, 'transcript-bilingual-wide.png') });

  // The top of the page: title, label and contents in both languages.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(screenshots, 'transcript-bilingual-top.png') });
  await page.close();
});

test('narrow: the asked language and script alone, a switch to the other that keeps the place and the quote', async () => {
  const quote = quoteById.get('mixture-of-experts-3')!;
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 430, height: 880 });
  await page.goto(browser.extensionUrl(`transcript.html?lang=zh&script=hant#q-${quote.id}`));
  await page.waitForFunction(() => document.body.dataset.readyMs);
  await expect
    .poll(() => quoteOnScreen(page, quote.id))
    .toMatchObject({ focused: true, inView: true, anchorLang: 'zh-Hant' });
  let shown = await quoteOnScreen(page, quote.id);
  expect(shown.anchorText).toBe(quote.text.hant.slice(0, shown.anchorText!.length));
  // Only the Chinese is on screen; the English is a tap away.
  expect([...new Set(shown.marks.filter((m) => m.visible).map((m) => m.lang))]).toEqual(['zh-Hant']);
  expect(await page.locator('.para-en').first().isVisible()).toBe(false);
  expect(await page.locator('h1 .is-primary').innerText()).toMatch(/英偉達/);
  const toggle = page.getByRole('button', { name: 'Show the English' });
  expect(await toggle.isVisible()).toBe(true);
  await page.waitForTimeout(1700);
  await page.screenshot({ path: path.join(screenshots, 'transcript-bilingual-narrow-zh.png') });

  const turnTop = () =>
    page.evaluate((id) => document.getElementById(id)!.getBoundingClientRect().top, `t-${quote.turnId}`);
  const before = await turnTop();
  await toggle.click();
  await expect.poll(() => quoteOnScreen(page, quote.id)).toMatchObject({ anchorLang: 'en' });
  shown = await quoteOnScreen(page, quote.id);
  expect(shown.anchorText).toBe(quote.text.en.slice(0, shown.anchorText!.length));
  expect([...new Set(shown.marks.filter((m) => m.displayed).map((m) => `${m.lang} ${m.target}`))]).toEqual(['en true']);
  // The same turn stays where it was on screen, and the address says English now.
  expect(Math.abs((await turnTop()) - before)).toBeLessThan(4);
  expect(new URL(page.url()).search).toBe('?lang=en&script=hant');
  expect(await page.locator('.lang-bar').innerText()).toMatch(/English.*team's rendering, not his exact words/s);
  await page.locator(`#q-${quote.id}`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'transcript-bilingual-narrow-en.png') });
  await page.close();
  expect(browser.pageErrors).toEqual([]);
});

test('an English search in the popup finds an English rendering and opens the transcript at it in English', async () => {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 396, height: 640 });
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.waitForFunction(() => document.body.dataset.readyMs);
  await popup.getByRole('combobox').fill('experts per token');
  const option = popup.locator('[role="option"].result-quote[data-anchor="q-mixture-of-experts-1"]');
  await expect.poll(() => option.count()).toBe(1);
  const snippet = option.locator('.snippet-en');
  expect(await snippet.getAttribute('lang')).toBe('en');
  expect(await snippet.innerText()).toMatch(/^EN · team's rendering /);
  expect((await snippet.locator('mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain('experts');
  await popup.screenshot({ path: path.join(screenshots, 'popup-search-english.png') });
  const [transcript] = await Promise.all([browser.context.waitForEvent('page'), option.click()]);
  await transcript.waitForFunction(() => document.activeElement?.id === 'q-mixture-of-experts-1');
  expect(new URL(transcript.url()).search).toBe('?lang=en');
  const shown = await quoteOnScreen(transcript, 'mixture-of-experts-1');
  expect(shown.anchorLang).toBe('en');
  expect(shown.marks.every((m) => m.target)).toBe(true);
  await transcript.close();
  await popup.close();
  expect(browser.pageErrors).toEqual([]);
});
