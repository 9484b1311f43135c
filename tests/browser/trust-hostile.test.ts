/**
 * Hostile and strange pages (tests/fixtures/hostile/): a strict CSP, CSS that
 * restyles everything plus a full-screen overlay at the highest z-index, a
 * page that replaces its body every 100 ms, a 200,000-node page, iframes of
 * the same and another origin, open and closed shadow roots. On each: no
 * error from the extension, the card readable and on top when hovering a
 * visible term, the page's main-thread time measured over 5 s (printed, with
 * the same page without the extension for comparison), and the page behaving
 * as it does without the extension.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import {
  CHROMIUM_PATH,
  extensionDir,
  fixturesDir,
  startStaticServer,
  useExtensionBrowser,
  type StaticServer,
} from './harness';
import {
  cdpOf,
  collectErrors,
  evalClean,
  extensionErrors,
  highlightCount,
  hoverAndReadCard,
  isVerbatimFromInterview,
  mainThreadBusySeconds,
  pointOfWordClean,
  sendToTab,
} from './trust-support';
import * as probe from './probes';

const STRICT_CSP = "default-src 'none'";
const BIG_NODE_TARGET = 200_000;

/** A parser-built page of about 200,000 DOM nodes, with a concept every 40 paragraphs. */
function bigPage(): string {
  const parts: string[] = [
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>200,000 nodes</title></head><body>',
  ];
  parts.push('<p>FlashAttention at the top: the KV cache and memory traffic.</p>');
  let nodes = 8;
  for (let i = 0; nodes < BIG_NODE_TARGET; i++) {
    const term = i % 40 === 0 ? ' Mixture of Experts and the KV cache.' : '';
    parts.push(`<div><p>Row ${i} <span>alpha</span> <b>beta</b> <i>gamma</i>${term}</p></div>`);
    nodes += 11; // div, p, 4 text runs, span+text, b+text, i+text
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

const ext = useExtensionBrowser({
  server: {
    headers: (pathname) =>
      pathname === '/hostile/csp-strict.html' ? { 'content-security-policy': STRICT_CSP } : undefined,
    routes: {
      '/hostile/big.html': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(bigPage());
      },
    },
  },
});
let otherOrigin: StaticServer;
let baseline: Browser;
const allFrames =
  JSON.parse(readFileSync(path.join(extensionDir('chrome-mv3'), 'manifest.json'), 'utf8')).content_scripts?.[0]
    ?.all_frames === true;

beforeAll(async () => {
  otherOrigin = await startStaticServer(fixturesDir);
  // The same browser without the extension: what "as without the extension" means.
  baseline = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await baseline?.close();
  await otherOrigin?.close();
});

/** The page's DOM as its author sees it: the extension's own host elements left out. */
function pageDom(page: Page): Promise<string> {
  return evalClean<string>(
    page,
    `(() => { const c = document.documentElement.cloneNode(true); c.querySelectorAll('[data-tri-dao-lens], tri-dao-lens-card').forEach((e) => e.remove()); c.removeAttribute('data-tri-dao-lens'); return c.outerHTML; })()`,
  );
}

/** CSP violations the page saw (an extension that injects styles or scripts into the page would cause some). */
async function watchCspViolations(page: Page) {
  await page.addInitScript(() => {
    (window as any).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
    );
  });
}

interface Run {
  page: Page;
  errors: string[];
  /** Main-thread busy time (s) over 5 s once the page has settled (the extension's scan done). */
  busy5s: number;
  /** Main-thread busy time (s) from navigation until the extension's first scan was done (with the extension only). */
  loadBusy?: number;
  loadWallMs?: number;
}

async function taskDuration(page: Page): Promise<number> {
  const cdp = await cdpOf(page);
  await cdp.send('Performance.enable');
  return (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
}

async function openWithExtension(url: string): Promise<Run> {
  const page = await ext.browser.context.newPage();
  const errors = collectErrors(page);
  await watchCspViolations(page);
  const t0 = Date.now();
  const busy0 = await taskDuration(page);
  await page.goto(url, { timeout: 60_000 });
  await expect.poll(() => highlightCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect
    .poll(
      async () =>
        (await sendToTab<{ status: string }>(ext.browser, page, { type: 'get-page-state' }).catch(() => null))?.status,
      {
        timeout: 90_000,
        interval: 250,
      },
    )
    .toBe('done');
  const loadBusy = (await taskDuration(page)) - busy0;
  const loadWallMs = Date.now() - t0;
  const busy5s = await mainThreadBusySeconds(page, 5000);
  return { page, errors, busy5s, loadBusy, loadWallMs };
}

async function openWithout(url: string): Promise<Run> {
  const page = await baseline.newPage();
  const errors = collectErrors(page);
  await watchCspViolations(page);
  const t0 = Date.now();
  const busy0 = await taskDuration(page);
  await page.goto(url, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const loadBusy = (await taskDuration(page)) - busy0;
  const loadWallMs = Date.now() - t0;
  const busy5s = await mainThreadBusySeconds(page, 5000);
  return { page, errors, busy5s, loadBusy, loadWallMs };
}

function report(name: string, withExt: Run, without: Run) {
  console.info(
    `hostile ${name}: main-thread busy over 5 s after settling: ${(withExt.busy5s * 1000).toFixed(0)} ms with the extension, ` +
      `${(without.busy5s * 1000).toFixed(0)} ms without; load until the scan was done: ` +
      `${((withExt.loadBusy ?? 0) * 1000).toFixed(0)} ms busy in ${withExt.loadWallMs} ms wall ` +
      `(without: ${((without.loadBusy ?? 0) * 1000).toFixed(0)} ms busy until load + 1 s)`,
  );
}

/** Hovers `word` and checks the card: one, shown, on top, readable, verbatim quotes. */
async function expectReadableCardOnTop(page: Page, word: string) {
  const point = await pointOfWordClean(page, word);
  expect(point, `"${word}" is visible`).not.toBeNull();
  const card = await hoverAndReadCard(page, point!);
  expect(card.hosts).toBe(1);
  expect(card.visible).toBe(1);
  expect(card.onTop, 'the card is the topmost element where it shows').toBe(true);
  expect(card.quotes.length).toBeGreaterThan(0);
  for (const q of card.quotes) expect(isVerbatimFromInterview(q)).toBe(true);
  expect(card.quoteFontPx, 'quote text at a readable size').toBeGreaterThanOrEqual(12);
  expect(card.rect!.width).toBeGreaterThanOrEqual(200);
  const vp = page.viewportSize()!;
  expect(card.rect!.x).toBeGreaterThanOrEqual(0);
  expect(card.rect!.x + card.rect!.width).toBeLessThanOrEqual(vp.width + 1);
  return card;
}

/** CPU bound: the extension may add at most 25% of one core over an idle 5 s window. */
function expectBoundedCpu(withExt: Run, without: Run) {
  expect(withExt.busy5s - without.busy5s).toBeLessThan(1.25);
}

describe('hostile pages', () => {
  test("strict CSP (default-src 'none', header and meta)", async () => {
    const url = `${ext.server.origin}/hostile/csp-strict.html`;
    const withExt = await openWithExtension(url);
    const without = await openWithout(url);
    report('csp-strict', withExt, without);
    await expectReadableCardOnTop(withExt.page, 'FlashAttention');
    expect(await withExt.page.evaluate(() => (window as any).__cspViolations)).toEqual(
      await without.page.evaluate(() => (window as any).__cspViolations),
    );
    expect(await pageDom(withExt.page)).toBe(await pageDom(without.page));
    expect(extensionErrors(withExt.errors)).toEqual([]);
    expectBoundedCpu(withExt, without);
  });

  test('CSS that restyles everything, 4px root font, full-screen overlay at z-index 2147483647', async () => {
    const url = `${ext.server.origin}/hostile/restyle-all.html`;
    const withExt = await openWithExtension(url);
    const without = await openWithout(url);
    report('restyle-all', withExt, without);
    await expectReadableCardOnTop(withExt.page, 'FlashAttention');
    expect(await pageDom(withExt.page)).toBe(await pageDom(without.page));
    expect(extensionErrors(withExt.errors)).toEqual([]);
    expectBoundedCpu(withExt, without);
  });

  test('a page that replaces document.body every 100 ms', async () => {
    const url = `${ext.server.origin}/hostile/body-swap.html`;
    const withExt = await openWithExtension(url);
    const without = await openWithout(url);
    report('body-swap', withExt, without);
    // The page's own work goes on at the same pace (its timer is not starved).
    const swaps = async (p: Page) => {
      const a = await p.evaluate(() => (window as any).__swaps);
      await p.waitForTimeout(2000);
      return (await p.evaluate(() => (window as any).__swaps)) - a;
    };
    const [rateWith, rateWithout] = await Promise.all([swaps(withExt.page), swaps(without.page)]);
    console.info(`hostile body-swap: ${rateWith} swaps in 2 s with the extension, ${rateWithout} without`);
    expect(rateWith).toBeGreaterThanOrEqual(Math.floor(rateWithout * 0.8));
    // Each new body is highlighted again.
    await expect.poll(() => highlightCount(withExt.page), { timeout: 5000 }).toBeGreaterThan(0);
    expect(extensionErrors(withExt.errors)).toEqual([]);
    expectBoundedCpu(withExt, without);
  });

  test('a 200,000-node page', async () => {
    const url = `${ext.server.origin}/hostile/big.html`;
    const withExt = await openWithExtension(url);
    const without = await openWithout(url);
    report('big-200k', withExt, without);
    const nodes = await evalClean<number>(
      withExt.page,
      `document.getElementsByTagName('*').length + document.evaluate('count(//text())', document, null, 1, null).numberValue`,
    );
    expect(nodes).toBeGreaterThanOrEqual(BIG_NODE_TARGET);
    const state = await sendToTab<{ status: string; scanStats?: unknown }>(ext.browser, withExt.page, {
      type: 'get-page-state',
    });
    console.info(
      `hostile big-200k: ${nodes} nodes; page state ${state.status}; scan ${JSON.stringify(state.scanStats ?? {}).slice(0, 300)}`,
    );
    await expectReadableCardOnTop(withExt.page, 'FlashAttention');
    expect(extensionErrors(withExt.errors)).toEqual([]);
    expectBoundedCpu(withExt, without);
  });

  test('iframes: same origin and another origin', async () => {
    const url = `${ext.server.origin}/hostile/iframes.html?cross=${encodeURIComponent(otherOrigin.origin)}`;
    const withExt = await openWithExtension(url);
    const without = await openWithout(url);
    report('iframes', withExt, without);
    await expectReadableCardOnTop(withExt.page, 'FlashAttention');
    const frames = withExt.page.frames().filter((f) => f !== withExt.page.mainFrame());
    expect(frames.length).toBe(2);
    for (const frame of frames) {
      await frame.waitForLoadState();
      const inFrame = {
        highlights: await frame.evaluate(probe.highlightCount),
        hosts: await frame.evaluate(() => document.querySelectorAll('tri-dao-lens-card').length),
      };
      console.info(`hostile iframes: ${frame.url()} -> ${JSON.stringify(inFrame)} (all_frames: ${allFrames})`);
      if (!allFrames) expect(inFrame).toEqual({ highlights: 0, hosts: 0 });
      else expect(inFrame.highlights).toBeGreaterThan(0);
    }
    expect(await pageDom(withExt.page)).toBe(await pageDom(without.page));
    expect(extensionErrors(withExt.errors)).toEqual([]);
    expectBoundedCpu(withExt, without);
  });

  test('open and closed shadow roots', async () => {
    const url = `${ext.server.origin}/hostile/shadow.html`;
    const withExt = await openWithExtension(url);
    const without = await openWithout(url);
    report('shadow', withExt, without);
    await expectReadableCardOnTop(withExt.page, 'KV cache');
    // Text in the open roots is annotated (as the content script's scan promises); the closed root is left alone.
    const openRootTerm = await evalClean<{ x: number; y: number } | null>(
      withExt.page,
      `(() => { const root = document.getElementById('open-host').shadowRoot; const n = root.querySelector('p').firstChild;
         const i = n.nodeValue.indexOf('FlashAttention'); const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 14);
         const b = r.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 }; })()`,
    );
    await withExt.page.mouse.move(5, 5);
    await withExt.page.waitForTimeout(400);
    const card = await hoverAndReadCard(withExt.page, openRootTerm!);
    console.info(`hostile shadow: card over a term in an open shadow root: ${card.visible ? card.name : 'none'}`);
    expect(card.visible).toBe(1);
    expect(card.hosts).toBe(1);
    expect(await pageDom(withExt.page)).toBe(await pageDom(without.page));
    expect(extensionErrors(withExt.errors)).toEqual([]);
    expectBoundedCpu(withExt, without);
  });
});
