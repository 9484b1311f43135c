/**
 * The trust checks that differ most between engines, in Firefox ESR
 * (puppeteer-core over WebDriver BiDi): a strict page CSP (Firefox applies a
 * page's CSP to some content-script DOM insertions), CSS that restyles
 * everything with an overlay at the highest z-index, and a page's synthetic
 * events and window messages. The card's shadow root is open, so these reads
 * come from the page's world.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  FIREFOX_EXTENSION_UUID,
  firefoxHoverUntilCard,
  fixturesDir,
  launchFirefoxWithExtension,
  startStaticServer,
  type FirefoxExtensionBrowser,
  type StaticServer,
} from './harness';
import { pointOfWord, readCard, type CardView } from './probes';
import { isVerbatimFromInterview } from './trust-support';

let server: StaticServer;
let firefox: FirefoxExtensionBrowser;

beforeAll(async () => {
  server = await startStaticServer(fixturesDir, {
    headers: (pathname) =>
      pathname === '/hostile/csp-strict.html' ? { 'content-security-policy': "default-src 'none'" } : undefined,
  });
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function openPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await firefox.browser.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.evaluateOnNewDocument(() => {
    (window as any).__messages = [];
    window.addEventListener('message', (e) => (window as any).__messages.push(JSON.stringify(e.data)));
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push(`${e.violatedDirective} blocked=${e.blockedURI} source=${e.sourceFile}`),
    );
  });
  await page.goto(`${server.origin}${path}`);
  return { page, errors };
}

function expectReadable(card: CardView) {
  expect(card.name).toBe('FlashAttention');
  for (const q of card.quotes) expect(isVerbatimFromInterview(q)).toBe(true);
  expect(card.fixedOrTopLayer).toBe(true);
  expect(card.onTop).toBe(true);
  expect(card.quoteFontPx).toBeGreaterThanOrEqual(12);
  expect(card.cardPaddingPx).toBeGreaterThan(0);
  expect(card.rect?.width).toBeGreaterThanOrEqual(200);
}

describe('Firefox', () => {
  test("strict CSP (default-src 'none'): the card shows, styled, with no CSP violation caused by the extension", async () => {
    const { page, errors } = await openPage('/hostile/csp-strict.html');
    expectReadable(await firefoxHoverUntilCard(page, 'FlashAttention'));
    const violations: string[] = await page.evaluate(() => (window as any).__csp);
    console.info('firefox csp-strict violations:', JSON.stringify(violations));
    // Firefox itself asks for /favicon.ico, which the page's policy blocks: not ours.
    expect(violations.filter((v) => !v.includes('/favicon.ico'))).toEqual([]);
    expect(errors.filter((e) => /tri-dao-lens|moz-extension/i.test(e))).toEqual([]);
    await page.close();
  });

  test('CSS that restyles everything and a max-z-index overlay: the card is readable and on top', async () => {
    const { page } = await openPage('/hostile/restyle-all.html');
    expectReadable(await firefoxHoverUntilCard(page, 'FlashAttention'));
    await page.close();
  });

  test("synthetic pointer events show no card; the page's window gets no message from the extension", async () => {
    const { page } = await openPage('/hostile/article.html');
    // Wait until the extension is up (a real hover shows a card), then move away.
    expectReadable(await firefoxHoverUntilCard(page, 'FlashAttention'));
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await new Promise((resolve) => setTimeout(resolve, 800));
    const point = (await page.evaluate(pointOfWord, 'KV cache'))!;
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      const init = { clientX: x, clientY: y, bubbles: true, composed: true };
      for (let i = 0; i < 20; i++) {
        target.dispatchEvent(new PointerEvent('pointermove', init));
        document.dispatchEvent(new PointerEvent('pointermove', init));
      }
    }, point);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await page.evaluate(readCard)).toBeNull();
    const messages: string[] = await page.evaluate(() => (window as any).__messages);
    expect(messages.filter((m) => m.includes(FIREFOX_EXTENSION_UUID) || /wxt|tri-dao/i.test(m))).toEqual([]);
    await page.close();
  });
});
