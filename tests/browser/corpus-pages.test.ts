import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PageState } from '@/lib/messages';
import { chromium, type Browser } from 'playwright-core';
import {
  artifactsDir,
  CHROMIUM_PATH,
  launchChromiumWithExtension,
  sendToContentScript,
  sharedDir,
  startStaticServer,
  type ExtensionBrowser,
  type StaticServer,
} from './harness';

/**
 * The 130 real pages of ../shared/corpus/web-pages, each loaded in Chromium
 * with the extension: no uncaught error, the scan finishes, and the page's DOM
 * is unchanged apart from the extension's own host element. The concepts
 * found are written to tests/artifacts/corpus-report.json and printed.
 *
 * The pages' own scripts and inline event handlers are stripped (they would
 * fetch ads and trackers from hosts this machine cannot reach and rewrite the
 * DOM on their own, which would make "unchanged" meaningless); every request
 * that is not to the local server is aborted.
 *
 * An extension error is an exception or console error in the content
 * script's isolated world (seen through CDP, since Playwright's `pageerror`
 * reports the page's main world only), or any uncaught error in the page.
 */
const corpusDir = path.join(sharedDir, 'corpus/web-pages');
const pages = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.html'))
  .sort();

/** Removes script elements and inline event handlers (onload="prettyPrint()" would throw without its script). */
const stripScripts = (html: string) =>
  html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*\/>/gi, '')
    .replace(/<[a-z][^<>]*>/gi, (tag) => tag.replace(/\s+on[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));

let server: StaticServer;
let browser: ExtensionBrowser;
/** Chromium without the extension: what a page does to its own DOM (some do, even without scripts). */
let baseline: Browser;

const blockRemote = /^(?!http:\/\/127\.0\.0\.1[:/])[a-z]+:\/\//i;

beforeAll(async () => {
  server = await startStaticServer(corpusDir, {
    transform: (_pathname, body) => stripScripts(body.toString('utf8')),
  });
  browser = await launchChromiumWithExtension();
  baseline = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  await browser.context.route(blockRemote, (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.abort();
  });
});

afterAll(async () => {
  await baseline?.close();
  await browser?.close();
  await server?.close();
});

/**
 * Installed before any page script: records every DOM mutation from
 * DOMContentLoaded on (the parser is done by then, and the page's scripts are
 * stripped, so only the extension could change anything).
 */
function recordMutations() {
  const records: string[] = [];
  (window as unknown as { __tdlMutations: string[] }).__tdlMutations = records;
  document.addEventListener('DOMContentLoaded', () => {
    const describe = (node: Node) =>
      node.nodeType === 1 ? `<${(node as Element).tagName.toLowerCase()}>` : `#${node.nodeName}`;
    new MutationObserver((list) => {
      for (const record of list) {
        const target = record.target;
        // The extension's own host element, a direct child of <html>, is allowed.
        if (
          record.type === 'childList' &&
          target === document.documentElement &&
          [...record.addedNodes, ...record.removedNodes].every(
            (node) => node.nodeType === 1 && (node as Element).tagName.includes('-'),
          )
        ) {
          continue;
        }
        if (target !== document.documentElement && document.documentElement.contains(target)) {
          let host: Node | null = target;
          while (host && host.parentNode !== document.documentElement) host = host.parentNode;
          if (host && host.nodeType === 1 && (host as Element).tagName.includes('-')) continue;
        }
        records.push(
          `${record.type} on ${describe(target)}${record.attributeName ? ` [${record.attributeName}]` : ''}` +
            ` +${record.addedNodes.length} -${record.removedNodes.length}`,
        );
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** The mutations `name` makes by itself in Chromium without the extension, over a few loads. */
async function ownMutations(name: string): Promise<Set<string>> {
  const seen = new Set<string>();
  for (let attempt = 0; attempt < 3; attempt++) {
    const page = await baseline.newPage();
    await page.route(blockRemote, (route) => route.abort());
    await page.addInitScript(recordMutations);
    await page.goto(`${server.origin}/${name}`, { waitUntil: 'load', timeout: 60_000 });
    await page.waitForTimeout(1500);
    for (const mutation of await page.evaluate(
      () => (window as unknown as { __tdlMutations: string[] }).__tdlMutations,
    )) {
      seen.add(mutation);
    }
    await page.close();
  }
  return seen;
}

/** Collects exceptions and console errors of the content script's isolated world in `page`. */
async function watchExtensionErrors(page: import('playwright-core').Page) {
  const errors: string[] = [];
  const cdp = await browser.context.newCDPSession(page);
  const isolatedContexts = new Set<number>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if ((context.auxData as { type?: string } | undefined)?.type === 'isolated') isolatedContexts.add(context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => isolatedContexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => isolatedContexts.clear());
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    if (
      exceptionDetails.executionContextId !== undefined &&
      isolatedContexts.has(exceptionDetails.executionContextId)
    ) {
      errors.push(`uncaught: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, executionContextId, args }) => {
    if (type === 'error' && isolatedContexts.has(executionContextId)) {
      errors.push(`console.error: ${args.map((arg) => arg.value ?? arg.description ?? '').join(' ')}`);
    }
  });
  await cdp.send('Runtime.enable');
  return { errors, cdp, isolatedContexts };
}

interface PageReport {
  page: string;
  status: string;
  concepts: { conceptId: string; count: number }[];
  mutations: string[];
  errors: string[];
}

test('the error recorder hears the content script’s world (a canary thrown there is caught)', async () => {
  const page = await browser.context.newPage();
  const { errors, cdp, isolatedContexts } = await watchExtensionErrors(page);
  await page.goto(`${server.origin}/${pages[0]}`, { waitUntil: 'load' });
  await expect.poll(() => isolatedContexts.size, { timeout: 10_000 }).toBeGreaterThan(0);
  for (const contextId of isolatedContexts) {
    await cdp.send('Runtime.evaluate', {
      contextId,
      expression: "setTimeout(() => { throw new Error('tdl-canary') }, 0); console.error('tdl-canary-log')",
    });
  }
  await expect
    .poll(() => errors.join('\n'), { timeout: 5_000 })
    .toMatch(/tdl-canary[\s\S]*tdl-canary-log|tdl-canary-log[\s\S]*tdl-canary/);
  await page.close();
});

test(`all ${pages.length} corpus pages: no extension error, DOM unchanged, scan finished`, async () => {
  expect(pages.length).toBe(130);
  const reports: PageReport[] = [];
  for (const name of pages) {
    const page = await browser.context.newPage();
    await page.addInitScript(recordMutations);
    const errorsBefore = browser.pageErrors.length;
    const { errors: extensionErrors } = await watchExtensionErrors(page);
    await page.goto(`${server.origin}/${name}`, { waitUntil: 'load', timeout: 60_000 });
    let state: PageState | null = null;
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      state = await sendToContentScript<PageState>(browser, page, { type: 'get-page-state' }).catch(() => null);
      if (state && state.status !== 'scanning') break;
      await page.waitForTimeout(100);
    }
    // Let a debounced mutation pass (if any) run before reading the record.
    await page.waitForTimeout(300);
    let mutations = await page.evaluate(() => (window as unknown as { __tdlMutations: string[] }).__tdlMutations);
    if (mutations.length) {
      // Only what the page does not also do without the extension counts.
      const pagesOwn = await ownMutations(name);
      mutations = mutations.filter((mutation) => !pagesOwn.has(mutation));
    }
    reports.push({
      page: name,
      status: state?.status ?? 'no answer',
      concepts: state?.concepts ?? [],
      mutations,
      errors: [...browser.pageErrors.slice(errorsBefore), ...extensionErrors],
    });
    await page.close();
  }

  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(path.join(artifactsDir, 'corpus-report.json'), JSON.stringify(reports, null, 2));
  const found = reports.filter((report) => report.concepts.length > 0);
  console.log(
    `corpus: ${reports.length} pages, ${found.length} with concepts, ` +
      `${found.reduce((sum, report) => sum + report.concepts.length, 0)} concept–page pairs\n` +
      found
        .map((report) => `  ${report.page}: ${report.concepts.map((c) => `${c.conceptId}×${c.count}`).join(', ')}`)
        .join('\n'),
  );

  expect(reports.filter((report) => report.status !== 'done').map((r) => `${r.page}: ${r.status}`)).toEqual([]);
  expect(reports.filter((report) => report.errors.length).map((r) => `${r.page}: ${r.errors.join('; ')}`)).toEqual([]);
  expect(
    reports.filter((report) => report.mutations.length).map((r) => `${r.page}: ${r.mutations.slice(0, 3).join('; ')}`),
  ).toEqual([]);
}, 1_200_000);
