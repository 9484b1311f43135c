import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  fixturesDir,
  launchChromiumWithExtension,
  sharedDir,
  startStaticServer,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';
import { pageState, waitForScan } from './content-support';

/**
 * What the content script costs the page, measured in real Chromium and
 * printed: on the largest pages of ../shared/corpus/web-pages, the scan runs
 * in slices and no slice (the longest task the extension runs) comes near
 * 50 ms; on a page that mutates without end (a ticker), rescans stay a small,
 * bounded share of one core. Times are printed, not asserted (a shared CPU
 * makes wall-clock bounds flaky; `npm run bench` holds the speed targets):
 * what is asserted is that the scan finishes, in slices, and that the ticker's
 * rescans are debounced and take a small share of a core (a 100x margin over
 * what is measured, so only a runaway loop fails it).
 */
const LARGEST_PAGES = ['yahoo-2.html', 'wikipedia-2.html', 'guardian-1.html'];
const stripScripts = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');

let corpus: StaticServer;
let fixtures: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  // The pages' own scripts are stripped: they would fetch ads from hosts this machine cannot reach.
  corpus = await startStaticServer(path.join(sharedDir, 'corpus/web-pages'), {
    transform: (_pathname, body) => stripScripts(body.toString('utf8')),
  });
  fixtures = await startStaticServer(fixturesDir);
  browser = await launchChromiumWithExtension();
  await browser.context.route(/^(?!http:\/\/127\.0\.0\.1[:/])[a-z]+:\/\//i, (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.abort();
  });
});

afterAll(async () => {
  await browser?.close();
  await corpus?.close();
  await fixtures?.close();
});

/** Records the page's long tasks (>= 50 ms) from the start, with their times. */
function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __tdlLongTasks: typeof tasks }).__tdlLongTasks = tasks;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

test.each(LARGEST_PAGES)('%s: scanned in slices; compile, slice and long-task times printed', async (name) => {
  const page = await browser.context.newPage();
  await page.addInitScript(observeLongTasks);
  await page.goto(`${corpus.origin}/${name}`, { waitUntil: 'load', timeout: 60_000 });
  const loadedAt = await page.evaluate(() => performance.now());
  const state = await waitForScan(browser, page, 60_000);
  const doneAt = await page.evaluate(() => performance.now());
  const stats = state.scanStats!;
  const longTasks = await page.evaluate(
    (after) =>
      (window as unknown as { __tdlLongTasks: { start: number; duration: number }[] }).__tdlLongTasks.filter(
        (t) => t.start >= after,
      ),
    loadedAt,
  );
  console.log(
    `${name}: ${stats.chars} chars scanned in ${stats.slices} slices; matcher compile ${stats.compileMs} ms; ` +
      `full scan ${stats.fullScanMs} ms wall, ${stats.busyMs} ms busy; longest slice ${stats.longestSliceMs} ms; ` +
      `${state.concepts.length} concepts; page long tasks after load (any source) during the scan window ` +
      `(${Math.round(doneAt - loadedAt)} ms): ${longTasks.map((t) => Math.round(t.duration)).join(', ') || 'none'}`,
  );
  expect(state.status).toBe('done');
  expect(stats.chars).toBeGreaterThan(1_000);
  expect(stats.slices).toBeGreaterThanOrEqual(1);
  await page.close();
});

test('a page that never stops mutating (ticker + live feed) costs bounded CPU', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${fixtures.origin}/pages/ticker.html`);
  await waitForScan(browser, page);
  const before = (await pageState(browser, page)).scanStats!;
  const seconds = 5;
  await page.waitForTimeout(seconds * 1000);
  const after = await pageState(browser, page);
  const stats = after.scanStats!;
  const busy = stats.mutationBusyMs - before.mutationBusyMs;
  const batches = stats.mutationBatches - before.mutationBatches;
  console.log(
    `ticker: ${batches} rescan batches in ${seconds} s (page mutates ~25 times/s), ${busy.toFixed(1)} ms busy ` +
      `(${((busy / (seconds * 1000)) * 100).toFixed(2)}% of one core), longest slice ${stats.mutationLongestSliceMs} ms`,
  );
  // The live feed is annotated as it grows.
  expect(after.concepts.map((c) => c.conceptId)).toEqual(expect.arrayContaining(['nvidia', 'kv-cache']));
  // Debounced to at most ~1 batch per MAX_WAIT (1 s) while the page never goes quiet.
  expect(batches).toBeLessThanOrEqual(seconds + 2);
  expect(busy / (seconds * 1000)).toBeLessThan(0.05);
  await page.close();
});
