/**
 * The extension makes no network request of its own. A full session — fixture
 * page, hover card, popup with search, transcript page, 简/繁 switch, options
 * page — runs with every request recorded, from pages, extension pages and the
 * service worker; any request that isn't the fixture server's own page and
 * resources or the extension's own files fails the test. Chromium resolves no
 * host name but 127.0.0.1 (--host-resolver-rules), so a stray request would
 * also fail loudly in the browser rather than reach the internet.
 */
import { beforeAll, expect, test } from 'vitest';
import { useExtensionBrowser } from './harness';
import {
  collectErrors,
  openPopupForTab,
  extensionErrors,
  highlightCount,
  hoverAndReadCard,
  pointOfWord,
} from './trust-support';

const ext = useExtensionBrowser({ launch: { args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] } });
const seen: { url: string; from: string }[] = [];

beforeAll(() => {
  ext.browser.context.on('request', (request) => {
    const frame = (() => {
      try {
        return request.frame().url();
      } catch {
        return 'service worker';
      }
    })();
    seen.push({ url: request.url(), from: frame });
  });
});

function isAllowed(url: string): boolean {
  const u = new URL(url);
  if (u.origin === ext.server.origin) return true;
  if (u.protocol === 'chrome-extension:' && u.host === ext.browser.extensionId) return true;
  if (u.protocol === 'data:' || u.protocol === 'blob:') return true;
  return false;
}

test('the recorder sees requests from pages and from the service worker (canaries)', async () => {
  const page = await ext.browser.context.newPage();
  await page.goto(`${ext.server.origin}/hostile/article.html?canary`);
  await page.evaluate(() => fetch('http://page-canary.invalid/x').catch(() => null));
  await ext.browser.worker.evaluate(() => fetch('http://worker-canary.invalid/x').catch(() => null));
  await page.waitForTimeout(500);
  const urls = seen.map((s) => s.url);
  console.info(
    'canaries seen:',
    urls.filter((u) => u.includes('canary')),
  );
  expect(urls.some((u) => u.startsWith('http://page-canary.invalid/'))).toBe(true);
  expect(urls.some((u) => u.startsWith('http://worker-canary.invalid/'))).toBe(true);
  await page.close();
  seen.length = 0;
  await ext.browser.worker.evaluate(() => performance.clearResourceTimings());
});

test('a full session makes no request beyond the fixture server and the extension itself', async () => {
  const page = await ext.browser.context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${ext.server.origin}/hostile/article.html`);
  await expect.poll(() => highlightCount(page), { timeout: 15_000 }).toBeGreaterThan(0);

  // Hover card (its data comes from the background by message, not by fetch).
  const point = await pointOfWord(page, 'FlashAttention');
  expect(point).not.toBeNull();
  const card = await hoverAndReadCard(page, point!);
  expect(card.visible).toBe(1);
  expect(card.quotes.length).toBeGreaterThan(0);

  // Popup bound to the page, with a search in English and in Chinese.
  const popup = await openPopupForTab(ext.browser, page);
  await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toMatch(/\S/);
  const search = popup.locator('input[type="search"], [role="searchbox"], [role="combobox"]').first();
  console.info(
    `no-network: popup search box ${(await search.count()) > 0 ? 'used' : 'NOT FOUND (search not exercised)'}`,
  );
  if ((await search.count()) > 0) {
    await search.fill('KV cache');
    await popup.waitForTimeout(300);
    await search.fill('注意力');
    await popup.waitForTimeout(300);
  }

  // 简/繁 switch: the setting every context follows live.
  for (const script of ['hant', 'twp', 'hans']) {
    await ext.browser.worker.evaluate(
      (s) => (globalThis as any).chrome.storage.local.set({ chineseScript: s, chineseScript$: { v: 1 } }),
      script,
    );
    await popup.waitForTimeout(200);
  }

  // Transcript at a quote, and the options page.
  const transcript = await ext.browser.context.newPage();
  await transcript.goto(ext.browser.extensionUrl('transcript.html#q-flash-attention-1'));
  await expect.poll(() => transcript.locator('body').innerText(), { timeout: 10_000 }).toMatch(/\S/);
  const options = await ext.browser.context.newPage();
  await options.goto(ext.browser.extensionUrl('options.html'));
  await expect.poll(() => options.locator('body').innerText(), { timeout: 10_000 }).toMatch(/\S/);

  await page.waitForTimeout(1000);

  // The service worker's own fetches (Resource Timing sees fetch, XHR and importScripts).
  const workerResources: string[] = await ext.browser.worker.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => entry.name),
  );
  // Extension pages' and the page's resource timing too, as a second source besides the request events.
  const pageResources = (
    await Promise.all(
      [page, popup, transcript, options].map((p) =>
        p.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)),
      ),
    )
  ).flat();

  const all = [...seen.map((s) => s.url), ...workerResources, ...pageResources];
  console.info(
    `no-network: ${seen.length} request events (${seen.filter((s) => s.url.startsWith('chrome-extension:')).length} extension files), ` +
      `${workerResources.length} service-worker resource entries, ${pageResources.length} page resource entries`,
  );
  // The recorder was listening: it saw the fixture page and extension files.
  expect(seen.some((s) => s.url === `${ext.server.origin}/hostile/article.html`)).toBe(true);
  expect(seen.some((s) => s.url.startsWith(`chrome-extension://${ext.browser.extensionId}/`))).toBe(true);
  const offending = [...new Set(all.filter((url) => !isAllowed(url)))];
  expect(offending).toEqual([]);
  expect(extensionErrors(errors)).toEqual([]);
  expect(ext.browser.pageErrors).toEqual([]);
});
