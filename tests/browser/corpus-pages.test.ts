import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { PageState } from '../../lib/messages';
import {
  artifactsDir,
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
 * The pages' own scripts are stripped (they would fetch ads and trackers from
 * hosts this machine cannot reach and rewrite the DOM on their own, which
 * would make "unchanged" meaningless); every request that is not to the
 * local server is aborted.
 */
const corpusDir = path.join(sharedDir, 'corpus/web-pages');
const pages = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.html'))
  .sort();

const stripScripts = (html: string) =>
  html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');

let server: StaticServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startStaticServer(corpusDir, {
    transform: (_pathname, body) => stripScripts(body.toString('utf8')),
  });
  browser = await launchChromiumWithExtension();
  await browser.context.route(/^(?!http:\/\/127\.0\.0\.1[:/])[a-z]+:\/\//i, (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:')) return route.continue();
    return route.abort();
  });
});

afterAll(async () => {
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

interface PageReport {
  page: string;
  status: string;
  concepts: { conceptId: string; count: number }[];
  mutations: string[];
  errors: string[];
}

test(`all ${pages.length} corpus pages: no extension error, DOM unchanged, scan finished`, async () => {
  expect(pages.length).toBe(130);
  const reports: PageReport[] = [];
  for (const name of pages) {
    const page = await browser.context.newPage();
    await page.addInitScript(recordMutations);
    const errorsBefore = browser.pageErrors.length;
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      // Only the extension's own messages: the pages' markup can log resource errors we caused by aborting.
      if (message.type() === 'error' && /tri-dao-lens|tdl/i.test(message.text())) consoleErrors.push(message.text());
    });
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
    const mutations = await page.evaluate(() => (window as unknown as { __tdlMutations: string[] }).__tdlMutations);
    reports.push({
      page: name,
      status: state?.status ?? 'no answer',
      concepts: state?.concepts ?? [],
      mutations,
      errors: [...browser.pageErrors.slice(errorsBefore), ...consoleErrors],
    });
    await page.close();
  }

  mkdirSync(artifactsDir, { recursive: true });
  writeFileSync(path.join(artifactsDir, 'corpus-report.json'), JSON.stringify(reports, null, 2));
  const found = reports.filter((report) => report.concepts.length > 0);
  console.log(
    `corpus: ${reports.length} pages, ${found.length} with concepts, ` +
      `${found.reduce((sum, report) => sum + report.concepts.length, 0)} concept–page pairs\n` +
      found.map((report) => `  ${report.page}: ${report.concepts.map((c) => `${c.conceptId}×${c.count}`).join(', ')}`).join('\n'),
  );

  expect(reports.filter((report) => report.status !== 'done').map((r) => `${r.page}: ${r.status}`)).toEqual([]);
  expect(reports.filter((report) => report.errors.length).map((r) => `${r.page}: ${r.errors.join('; ')}`)).toEqual([]);
  expect(reports.filter((report) => report.mutations.length).map((r) => `${r.page}: ${r.mutations.slice(0, 3).join('; ')}`)).toEqual([]);
}, 1_200_000);
