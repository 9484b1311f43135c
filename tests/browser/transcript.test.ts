/**
 * The transcript page in real Chromium: arriving at a quote's URL scrolls to
 * it, focuses and highlights it; chips lead to the other turns on the same
 * concept; the 简/繁 switch (on the page, or from the popup in another tab)
 * changes the text without a reload; the keyboard reaches everything.
 * Opened in Chinese (`?lang=zh`); transcript-english.test.ts covers the
 * English beside it. Writes screenshots in both scripts to tests/artifacts/screenshots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Concept } from '@/lib/data-types';
import { artifactsDir, launchChromiumWithExtension, projectRoot, type ExtensionBrowser } from './harness';

const concepts: Concept[] = JSON.parse(readFileSync(path.join(projectRoot, 'data/generated/concepts.json'), 'utf8'));
const screenshots = path.join(artifactsDir, 'screenshots');
let browser: ExtensionBrowser;

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await launchChromiumWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** Where the anchor is on screen, and whether it is the focused, highlighted target. */
function anchorState(page: Page, id: string) {
  return page.evaluate((anchor) => {
    const el = document.getElementById(anchor);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {
      inView: r.top >= 0 && r.bottom <= innerHeight,
      focused: document.activeElement === el,
      highlighted: el.classList.contains('is-target'),
      text: el.textContent,
    };
  }, id);
}

test('arriving at a quote scrolls to it and highlights it; 简/繁 switches without a reload', async () => {
  // A quote with a transcription slip, so the team's note shows in the screenshot.
  const concept = concepts.find((c) => c.id === 'vllm') ?? concepts.find((c) => c.quotes.some((q) => q.note))!;
  const quote = concept.quotes.find((q) => q.note) ?? concept.quotes[0];
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`transcript.html?lang=zh#q-${quote.id}`));
  await page.waitForFunction(() => document.body.dataset.readyMs);
  console.log(
    `[transcript] time to content: ${await page.evaluate(() => document.body.dataset.readyMs)} ms after navigation start`,
  );
  await expect
    .poll(() => anchorState(page, `q-${quote.id}`))
    .toMatchObject({ inView: true, focused: true, highlighted: true });
  expect((await anchorState(page, `q-${quote.id}`))!.text).toBe(
    quote.text.hans.slice(0, (await anchorState(page, `q-${quote.id}`))!.text!.length),
  );
  await page.waitForTimeout(1700); // let the arrival flash finish before the picture
  await page.screenshot({ path: path.join(screenshots, 'transcript-hans.png') });

  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.locator('.script-switch label', { hasText: /^繁$/ }).click();
  await expect.poll(() => page.locator('h1 .is-primary').innerText()).toMatch(/英偉達/);
  await expect
    .poll(async () => (await anchorState(page, `q-${quote.id}`))!.text)
    .toBe(quote.text.hant.slice(0, (await anchorState(page, `q-${quote.id}`))!.text!.length));
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  await page.locator(`#q-${quote.id}`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(screenshots, 'transcript-hant.png') });

  // A switch made in the popup (another tab) reaches this page at once.
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl('popup.html'));
  await popup.locator('.script-switch label', { hasText: '台灣用語' }).click();
  await expect.poll(() => page.locator('h1 .is-primary').innerText()).toMatch(/輝達/);
  await popup.locator('.script-switch label', { hasText: /^简$/ }).click();
  await expect.poll(() => page.locator('h1 .is-primary').innerText()).toMatch(/英伟达/);
  expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  await popup.close();
  await page.close();
});

test('chips lead to the other turns on the same concept; the keyboard reaches everything', async () => {
  const concept = concepts.find((c) => new Set(c.quotes.map((q) => q.turnId)).size > 1)!;
  const first = concept.quotes[0];
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl(`transcript.html?lang=zh#t-${first.turnId}`));
  await expect.poll(() => anchorState(page, `t-${first.turnId}`)).toMatchObject({ focused: true, highlighted: true });

  const chip = page.locator(`#t-${first.turnId} .chip[data-concept="${concept.id}"]`);
  await chip.locator('summary').focus();
  await page.keyboard.press('Enter'); // opens the chip
  const link = chip.locator('a').first();
  const href = (await link.getAttribute('href'))!;
  await link.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => anchorState(page, href.slice(1)))
    .toMatchObject({ inView: true, focused: true, highlighted: true });
  expect(await page.evaluate(() => location.hash)).toBe(href);

  // Skip link first in the tab order, with a visible focus ring.
  await page.goto(browser.extensionUrl('transcript.html?lang=zh'));
  await page.waitForFunction(() => document.body.dataset.readyMs);
  await page.screenshot({ path: path.join(screenshots, 'transcript-top-hans.png') });
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return { cls: el.className, outline: style.outlineStyle, left: el.getBoundingClientRect().left };
  });
  expect(focused.cls).toBe('skip-link');
  expect(focused.outline).not.toBe('none');
  expect(focused.left).toBeGreaterThanOrEqual(0);
  await page.close();
  expect(browser.pageErrors).toEqual([]);
});
