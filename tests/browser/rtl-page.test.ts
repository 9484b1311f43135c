/**
 * A right-to-left page (Arabic, `dir="rtl"` on `<html>`) in real Chromium:
 * the card's English and Chinese read left to right, laid out as on any
 * other page (the close button on the right, sentences ending with their
 * full stop), because `all: initial` does not reset `direction`.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expectScanDone } from './content-support';
import { artifactsDir, useExtensionBrowser } from './harness';
import { hoverAndReadCard, pointOfWord, topQuote } from './trust-support';

const ext = useExtensionBrowser({ launch: { viewport: { width: 1280, height: 900 } } });
let page: Page;

beforeAll(async () => {
  page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/pages/rtl.html`);
});

describe('the card on a right-to-left page', () => {
  test('reads left to right: the name on the left, the close button on the right', async () => {
    await expectScanDone(ext.browser, page);
    const point = await pointOfWord(page, { word: 'KV cache', within: 'p-ar' });
    expect(point).not.toBeNull();
    const card = await hoverAndReadCard(page, point!);
    expect(card.name).toBe('KV cache');
    expect(card.quotes[0]).toBe(topQuote('kv-cache').text.en);
    const layout = await page.evaluate(() => {
      const root = document.querySelector('tri-dao-lens-card')!.shadowRoot!;
      const box = (selector: string) => root.querySelector(selector)!.getBoundingClientRect();
      const card = box('.card');
      return {
        direction: getComputedStyle(root.querySelector('.card')!).direction,
        nameLeft: box('.name').left - card.left,
        closeRight: card.right - box('button.close').right,
        nameLeftOfClose: box('.name').right <= box('button.close').left,
      };
    });
    expect(layout.direction).toBe('ltr');
    expect(layout.nameLeftOfClose).toBe(true);
    expect(layout.nameLeft).toBeLessThan(40);
    expect(layout.closeRight).toBeLessThan(40);
    mkdirSync(path.join(artifactsDir, 'screenshots'), { recursive: true });
    await page.screenshot({ path: path.join(artifactsDir, 'screenshots', 'chromium-hover-card-rtl.png') });
  });

  test('no errors from the page or the extension', () => {
    expect(ext.browser.pageErrors).toEqual([]);
  });
});
