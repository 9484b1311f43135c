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
  fixturesDir,
  launchFirefoxWithExtension,
  startStaticServer,
  type FirefoxExtensionBrowser,
  type StaticServer,
} from './harness';
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

interface FirefoxCard {
  name: string;
  quotes: string[];
  onTop: boolean;
  fixedOrTopLayer: boolean;
  quoteFontPx: number;
  cardPaddingPx: number;
  width: number;
}

function readCard(p: Page): Promise<FirefoxCard | null> {
  return p.evaluate(() => {
    const host = document.querySelector('tri-dao-lens-card') as HTMLElement | null;
    const root = host?.shadowRoot;
    if (!host || !root || getComputedStyle(host).display === 'none') return null;
    const card = (root.querySelector('.card') as HTMLElement | null) ?? host;
    const box = card.getBoundingClientRect();
    const top = document.elementFromPoint(
      box.left + Math.min(40, box.width / 2),
      box.top + Math.min(20, box.height / 2),
    );
    const quote = root.querySelector('.quote-text') as HTMLElement | null;
    return {
      name: root.querySelector('.name')?.textContent ?? '',
      quotes: Array.from(root.querySelectorAll('.quote-text'), (e) => e.textContent ?? ''),
      onTop: top === host,
      fixedOrTopLayer: host.matches(':popover-open') || getComputedStyle(host).position === 'fixed',
      quoteFontPx: quote ? parseFloat(getComputedStyle(quote).fontSize) : 0,
      // The card's own style sheet applied (a blocked <style> would leave it unpadded).
      cardPaddingPx: parseFloat(getComputedStyle(card).paddingTop) || 0,
      width: box.width,
    };
  });
}

function pointOf(p: Page, word: string) {
  return p.evaluate((w) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = n.nodeValue!.indexOf(w);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + w.length);
      const r = range.getClientRects()[0];
      if (r) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  }, word);
}

async function hoverUntilCard(p: Page, word: string): Promise<FirefoxCard | null> {
  const point = (await pointOf(p, word))!;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    await p.mouse.move(point.x - 40, point.y + 60);
    await p.mouse.move(point.x, point.y, { steps: 3 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const card = await readCard(p);
    if (card?.quotes.length) return card;
  }
  return null;
}

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

function expectReadable(card: FirefoxCard | null) {
  expect(card).not.toBeNull();
  expect(card!.name).toBe('FlashAttention');
  for (const q of card!.quotes) expect(isVerbatimFromInterview(q)).toBe(true);
  expect(card!.fixedOrTopLayer).toBe(true);
  expect(card!.onTop).toBe(true);
  expect(card!.quoteFontPx).toBeGreaterThanOrEqual(12);
  expect(card!.cardPaddingPx).toBeGreaterThan(0);
  expect(card!.width).toBeGreaterThanOrEqual(200);
}

describe('Firefox', () => {
  test("strict CSP (default-src 'none'): the card shows, styled, with no CSP violation caused by the extension", async () => {
    const { page, errors } = await openPage('/hostile/csp-strict.html');
    expectReadable(await hoverUntilCard(page, 'FlashAttention'));
    const violations: string[] = await page.evaluate(() => (window as any).__csp);
    console.info('firefox csp-strict violations:', JSON.stringify(violations));
    // Firefox itself asks for /favicon.ico, which the page's policy blocks: not ours.
    expect(violations.filter((v) => !v.includes('/favicon.ico'))).toEqual([]);
    expect(errors.filter((e) => /tri-dao-lens|moz-extension/i.test(e))).toEqual([]);
    await page.close();
  });

  test('CSS that restyles everything and a max-z-index overlay: the card is readable and on top', async () => {
    const { page } = await openPage('/hostile/restyle-all.html');
    expectReadable(await hoverUntilCard(page, 'FlashAttention'));
    await page.close();
  });

  test("synthetic pointer events show no card; the page's window gets no message from the extension", async () => {
    const { page } = await openPage('/hostile/article.html');
    // Wait until the extension is up (a real hover shows a card), then move away.
    expectReadable(await hoverUntilCard(page, 'FlashAttention'));
    await page.mouse.move(5, 5);
    await page.keyboard.press('Escape');
    await new Promise((resolve) => setTimeout(resolve, 800));
    const point = (await pointOf(page, 'KV cache'))!;
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y) ?? document.body;
      const init = { clientX: x, clientY: y, bubbles: true, composed: true };
      for (let i = 0; i < 20; i++) {
        target.dispatchEvent(new PointerEvent('pointermove', init));
        document.dispatchEvent(new PointerEvent('pointermove', init));
      }
    }, point);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await readCard(page)).toBeNull();
    const messages: string[] = await page.evaluate(() => (window as any).__messages);
    expect(messages.filter((m) => m.includes(FIREFOX_EXTENSION_UUID) || /wxt|tri-dao/i.test(m))).toEqual([]);
    await page.close();
  });
});
