/**
 * axe-core (the engine behind the common accessibility checkers) on the
 * extension's four surfaces in real Chromium: the popup (with a concept
 * opened to its quotes), the transcript page, the options page and an open
 * card on a web page, each in the light and the dark theme (`colorScheme`
 * emulation). No violation of a WCAG 2 A or AA rule (2.0, 2.1, 2.2) is
 * allowed; a failure lists each one with its element.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { waitForScan } from './content-support';
import { type ExtensionBrowser, openPopupFor, sendToContentScript, useExtensionBrowser } from './harness';
import { axeSource, WCAG_AA_TAGS } from './a11y-support';
import { probeAxe, probeCard, probeCardCopy, probeRebuildCard } from './probes';

const ext = useExtensionBrowser({ launch: { viewport: { width: 1280, height: 900 } } });
let article: Page;
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = ext.browser;
  article = await browser.context.newPage();
  await article.goto(`${ext.server.origin}/pages/touch-keys.html`);
  await waitForScan(browser, article);
});
afterAll(async () => {
  await article?.close();
});

/** axe's WCAG 2 A/AA violations on `page` (within `selector` when given). */
async function violations(page: Page, selector: string | null = null, strict = false): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  return page.evaluate(probeAxe, { selector, tags: WCAG_AA_TAGS, strict });
}

describe.each(['light', 'dark'] as const)('axe, WCAG 2 A/AA (%s theme)', (colorScheme) => {
  test('the popup, with a concept opened to its quotes', async () => {
    const popup = await openPopupFor(browser, article);
    await popup.emulateMedia({ colorScheme });
    const toggle = popup.locator('li[data-concept="kv-cache"] button.concept-toggle');
    await toggle.waitFor({ timeout: 10_000 });
    await toggle.click();
    await popup.locator('.concept-quotes').first().waitFor();
    // The reveal the toggle asked for opened a card on the article: close it again.
    await article.keyboard.press('Escape');
    expect(await violations(popup)).toEqual([]);
    await popup.close();
  });

  test('the transcript page', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(browser.extensionUrl('transcript.html'));
    await page.waitForFunction(() => document.body.dataset.readyMs);
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('the options page', async () => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.goto(browser.extensionUrl('options.html'));
    await page.getByRole('heading', { name: 'Tri Dao Lens settings' }).waitFor();
    expect(await violations(page)).toEqual([]);
    await page.close();
  });

  test('an open card (expanded to every quote)', async () => {
    await article.bringToFront();
    await article.emulateMedia({ colorScheme });
    await sendToContentScript(browser, article, { type: 'reveal-concept', conceptId: 'kv-cache' });
    await expect
      .poll(async () => (await article.evaluate(probeCard))?.name ?? null, { timeout: 5000 })
      .toBe('KV cache');
    await article.evaluate(() => {
      const more = document.querySelector('tri-dao-lens-card')?.shadowRoot?.querySelector('button.more');
      (more as HTMLButtonElement | null)?.focus();
    });
    await article.keyboard.press('Enter');
    await expect
      .poll(() =>
        article.evaluate(
          () => document.querySelector('tri-dao-lens-card')?.shadowRoot?.querySelectorAll('.quote').length ?? 0,
        ),
      )
      .toBeGreaterThan(1);
    // On the page: roles, names, languages, targets. axe can't tell colours there (the card sits in the top
    // layer over the page's text), so the same card is rebuilt on a page of its own, where it must decide all.
    expect(await violations(article, 'tri-dao-lens-card')).toEqual([]);
    const copy = await article.evaluate(probeCardCopy);
    await article.keyboard.press('Escape');
    const alone = await browser.context.newPage();
    await alone.emulateMedia({ colorScheme });
    await alone.goto(`${ext.server.origin}/pages/smoke.html`);
    await alone.evaluate(() => document.body.replaceChildren());
    await alone.evaluate(probeRebuildCard, copy!);
    expect(await violations(alone, 'tri-dao-lens-card', true)).toEqual([]);
    await alone.close();
  });
});
