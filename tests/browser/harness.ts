/**
 * Shared helpers for the real-browser tests: a static file server on
 * 127.0.0.1, Chromium (Debian's) with the built extension loaded through
 * playwright-core, and the ways into the extension's pages.
 *
 * Every browser test uses these so that launch flags, missing-browser
 * messages and clean-up live in one place.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { pointOfWord, readCard, type CardView, type WordQuery } from './probes';

/** The repository root, so tests find files wherever vitest runs from. */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The fixture pages and texts the static server serves by default. */
export const fixturesDir = path.join(projectRoot, 'tests/fixtures');
/** The read-only inputs beside the project (seed, spec, corpus), never copied into it. */
export const sharedDir = path.resolve(projectRoot, '../shared');
/** Where tests leave screenshots and reports for people to look at. */
export const artifactsDir = path.join(projectRoot, 'tests/artifacts');

/** Debian's Chromium; overridable so the same tests run on another machine. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Debian's Firefox ESR; overridable like CHROMIUM_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** The unpacked build of the extension for one browser, as `npm run build` leaves it. */
export function extensionDir(target: 'chrome-mv3' | 'firefox-mv3' = 'chrome-mv3'): string {
  const outDir = path.resolve(projectRoot, process.env.WXT_OUT_DIR || '.output');
  const dir = path.join(outDir, target);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}. Run \`npm run build\` first (npm test does).`);
  }
  return dir;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

/** A running fixture server: where it listens, what was asked of it, and how to stop it. */
export interface StaticServer {
  /** Origin without trailing slash, e.g. http://127.0.0.1:43121 */
  origin: string;
  port: number;
  /** Paths (URL pathnames) requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Per-test tweaks to what the static server answers. */
export interface StaticServerOptions {
  /** Extra response headers for a path (e.g. a strict CSP for one fixture). */
  headers?: (pathname: string) => Record<string, string> | undefined;
  /** Rewrites a file's body before it is sent (e.g. stripping page scripts). */
  transform?: (pathname: string, body: Buffer) => Buffer | string;
  /** Answers a path with generated content instead of a file. */
  routes?: Record<string, (req: IncomingMessage, res: ServerResponse) => void>;
}

/**
 * Serves `rootDir` on 127.0.0.1 at a free port. Paths may not climb out of
 * the root. Also serves `/shared/...` from ../shared (read-only inputs such
 * as the 130 corpus pages), so tests use them by path without copying.
 */
export async function startStaticServer(rootDir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://127.0.0.1');
    const pathname = decodeURIComponent(url.pathname);
    requests.push(pathname);
    const route = options.routes?.[pathname];
    if (route) return route(req, res);
    const base = pathname.startsWith('/shared/') ? sharedDir : rootDir;
    const relative = pathname.startsWith('/shared/') ? pathname.slice('/shared'.length) : pathname;
    let file = path.join(base, path.normalize(relative));
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    let body: Buffer | string = readFileSync(file);
    if (options.transform) body = options.transform(pathname, body);
    res.writeHead(200, {
      'content-type': MIME[path.extname(file).toLowerCase()] || 'application/octet-stream',
      'cache-control': 'no-store',
      ...options.headers?.(pathname),
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Chromium with the extension loaded, and the handles tests need to reach the extension. */
/**
 * The switches every Chromium the tests and benchmarks start is given: the
 * new headless mode (Playwright's own headless switch may pick the old one,
 * which cannot load extensions), and nothing that reaches for the network
 * (this machine has none: background fetches would only fail, loudly).
 */
export const CHROMIUM_BASE_ARGS: readonly string[] = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The extension's background service worker. */
  worker: Worker;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(pathname: string): string;
  /** Errors thrown in any page or the worker, as text; tests assert it stays empty. */
  pageErrors: string[];
  close(): Promise<void>;
}

function requireBrowserBinary(binary: string, installHint: string): void {
  if (!existsSync(binary)) {
    throw new Error(`${binary} is missing. Install it with: ${installHint}`);
  }
}

/** How a test wants Chromium started; every field has a default that suits most tests. */
export interface ChromiumLaunchOptions {
  extensionPath?: string;
  viewport?: { width: number; height: number };
  /** A phone: touch events and the mobile meta viewport (Playwright's hasTouch / isMobile). */
  mobile?: boolean;
  locale?: string;
  /** Extra Chromium switches (e.g. --host-resolver-rules for the no-network test). */
  args?: string[];
}

/**
 * Starts Debian's Chromium, headless, with the built extension loaded, and
 * waits for the extension's service worker (whose URL gives the extension id).
 */
export async function launchChromiumWithExtension(options: ChromiumLaunchOptions = {}): Promise<ExtensionBrowser> {
  requireBrowserBinary(CHROMIUM_PATH, 'apt-get update && apt-get install -y chromium fonts-noto-cjk');
  const dir = options.extensionPath ?? extensionDir('chrome-mv3');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tdl-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Playwright's own headless switch selects the old headless mode on some
    // versions, which cannot load extensions; ask for the new one directly.
    headless: false,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    ...(options.mobile ? { hasTouch: true, isMobile: true, deviceScaleFactor: 3 } : {}),
    locale: options.locale ?? 'en-US',
    args: [
      ...CHROMIUM_BASE_ARGS,
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...(options.args ?? []),
    ],
  });
  const pageErrors: string[] = [];
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);

  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    pageErrors,
    extensionUrl: (pathname) => `chrome-extension://${extensionId}/${pathname.replace(/^\//, '')}`,
    close: async () => {
      await context.close().catch(() => {});
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The fixture server and extension browser a test file shares; read them inside tests and later hooks. */
export interface ExtensionTestEnv {
  readonly server: StaticServer;
  readonly browser: ExtensionBrowser;
}

/**
 * Registers the beforeAll/afterAll that most Chromium test files need: a static
 * server on tests/fixtures and Chromium with the built extension, closed in
 * reverse order. Start-up and clean-up then live in one place instead of being
 * copied into every file. Hooks a file registers after this call run after it,
 * so they can already use `server` and `browser`.
 */
export function useExtensionBrowser(
  options: { server?: StaticServerOptions; launch?: ChromiumLaunchOptions } = {},
): ExtensionTestEnv {
  let server: StaticServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startStaticServer(fixturesDir, options.server);
    browser = await launchChromiumWithExtension(options.launch);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const notYet = (what: string) => new Error(`${what} is only ready once useExtensionBrowser's beforeAll has run`);
  return {
    get server() {
      if (!server) throw notYet('server');
      return server;
    },
    get browser() {
      if (!browser) throw notYet('browser');
      return browser;
    },
  };
}

/** The browser's id for the tab showing `page` (found through the service worker). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  const url = page.url();
  let id = await browser.worker.evaluate(async (target: string) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id == null) {
    // Without the "tabs" permission (the extension doesn't ask for it), tabs.query hides every URL:
    // make the page the active tab and take that one.
    await page.bringToFront();
    id = await browser.worker.evaluate(async () => {
      const tabs: { id?: number }[] = await (globalThis as any).chrome.tabs.query({
        active: true,
        lastFocusedWindow: true,
      });
      return tabs[0]?.id ?? null;
    });
  }
  if (id == null) throw new Error(`no tab found for ${url}`);
  return id;
}

/** Sends a message to the content script of `page`'s tab, from the service worker, and returns the answer. */
export async function sendToContentScript<T = unknown>(
  browser: ExtensionBrowser,
  page: Page,
  message: unknown,
): Promise<T> {
  const tabId = await tabIdOf(browser, page);
  return browser.worker.evaluate(([id, msg]) => (globalThis as any).chrome.tabs.sendMessage(id as number, msg), [
    tabId,
    message,
  ] as const) as Promise<T>;
}

/**
 * Opens the popup as a tab bound to `forPage`'s tab (`popup.html?tabId=N`):
 * a popup opened as a tab has no "active tab" of its own.
 */
export async function openPopupFor(browser: ExtensionBrowser, forPage: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, forPage);
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl(`popup.html?tabId=${tabId}`));
  return popup;
}

/** The fixed internal UUID Firefox gives the extension in tests, so moz-extension:// URLs are known. */
export const FIREFOX_EXTENSION_UUID = '7d1e5a3c-2b4f-4c6d-9e8f-0a1b2c3d4e5f';
/** The add-on id the Firefox build declares (browser_specific_settings), which the UUID pref is keyed by. */
export const FIREFOX_ADDON_ID = 'tri-dao-lens@example.org';

/** Firefox with the extension installed, driven through puppeteer-core. */
export interface FirefoxExtensionBrowser {
  browser: import('puppeteer-core').Browser;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(pathname: string): string;
  close(): Promise<void>;
}

/**
 * Starts Firefox ESR (Debian's) headless through puppeteer-core over WebDriver
 * BiDi and installs the built Firefox extension as a temporary add-on.
 *
 * Firefox's BiDi refuses to navigate a tab to a moz-extension:// URL
 * ("not allowed in this context"), so tests reach extension pages the way a
 * user does (the hover card's "Read in context" opens the transcript in a new
 * tab) and then move within the extension from there.
 */
export async function launchFirefoxWithExtension(
  options: { extensionPath?: string } = {},
): Promise<FirefoxExtensionBrowser> {
  requireBrowserBinary(FIREFOX_PATH, 'apt-get update && apt-get install -y firefox-esr fonts-noto-cjk');
  const puppeteer = (await import('puppeteer-core')).default;
  const dir = options.extensionPath ?? extensionDir('firefox-mv3');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      'intl.accept_languages': 'en-US',
    },
  });
  await browser.installExtension(dir);
  return {
    browser,
    extensionUrl: (pathname) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${pathname.replace(/^\//, '')}`,
    close: () => browser.close().catch(() => {}),
  };
}

// --- Firefox: moving between extension pages and talking to content scripts ---
// Puppeteer's BiDi gives no handle on a Firefox extension's background, and
// Firefox 153 refuses WebDriver navigations to moz-extension:// (only http,
// https, file, blob and about:blank are "safe" unless Firefox runs with
// --remote-allow-system-access, and even then the navigation's load is never
// reported). So the Firefox tests drive the extension from an extension page
// they reached as a user does: its `browser.*` API is the extension's own.

type PuppeteerPage = import('puppeteer-core').Page;

/** The `location.href` a page reports itself (BiDi shows extension tabs as about:blank). */
function hrefOf(page: PuppeteerPage): Promise<string> {
  return page.evaluate(() => location.href).catch(() => '');
}

/**
 * Waits for a tab that was not among `before` to show a URL that `accept`
 * likes, and returns it: how a test picks up the tab an extension opened.
 */
export async function waitForNewFirefoxTab(
  firefox: FirefoxExtensionBrowser,
  before: Set<PuppeteerPage>,
  accept: (href: string) => boolean,
  timeoutMs = 15_000,
): Promise<PuppeteerPage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const page of await firefox.browser.pages()) {
      if (before.has(page)) continue;
      if (accept(await hrefOf(page))) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no new tab matched in ${timeoutMs} ms`);
}

/**
 * The browser's id for the tab showing `url`, asked from an extension page
 * (the content script's host permission lets the extension see that tab's URL).
 */
export async function firefoxTabIdOf(extensionPage: PuppeteerPage, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (target) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).browser.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`no tab found for ${url}`);
  return id;
}

/** Sends a message to a tab's content script from an extension page, as the popup does, and returns the answer. */
export function firefoxSendToContentScript<T = unknown>(
  extensionPage: PuppeteerPage,
  tabId: number,
  message: unknown,
): Promise<T> {
  return extensionPage.evaluate(
    (id, msg) => (globalThis as any).browser.tabs.sendMessage(id, msg),
    tabId,
    message as any,
  ) as Promise<T>;
}

/**
 * Opens another page of the extension (e.g. `popup.html?tabId=3`) in a new
 * tab, from an extension page through `tabs.create`, and returns that tab once
 * it shows the page.
 */
export async function openFirefoxExtensionTab(
  firefox: FirefoxExtensionBrowser,
  extensionPage: PuppeteerPage,
  pathname: string,
): Promise<PuppeteerPage> {
  const url = firefox.extensionUrl(pathname);
  const before = new Set(await firefox.browser.pages());
  await extensionPage.evaluate((u) => (globalThis as any).browser.tabs.create({ url: u }).then(() => undefined), url);
  const page = await waitForNewFirefoxTab(firefox, before, (href) => href === url);
  await page.waitForFunction(() => document.readyState === 'complete', { timeout: 10_000, polling: 50 });
  return page;
}

/**
 * Rests the real pointer on `word` (arriving from elsewhere on the page)
 * until a card with Tri Dao's quotes shows, and returns what it shows. The
 * first scan may still be running, so it tries again until `timeoutMs`.
 */
export async function firefoxHoverUntilCard(
  page: PuppeteerPage,
  word: WordQuery,
  timeoutMs = 30_000,
): Promise<CardView> {
  const point = await page.evaluate(pointOfWord, word);
  if (!point) throw new Error(`"${JSON.stringify(word)}" is not on the page`);
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await page.mouse.move(point.x - 40, point.y + 60);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const card = await page.evaluate(readCard);
    if (card?.quotes.length) return card;
  }
  throw new Error(`no hover card for ${JSON.stringify(word)} in ${timeoutMs} ms`);
}
