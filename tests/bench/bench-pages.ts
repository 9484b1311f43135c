/**
 * What the page benchmarks (page-scan.ts, page-profile.ts) share: the pages,
 * the in-page bundle built from the content script's own modules, the
 * harness's static server, and Chromium launched with the harness's switches.
 *
 * Pages are served from 127.0.0.1 with their `<script>` elements removed
 * (their own scripts would fetch ads and trackers, and make the timings
 * depend on them); every request to another host is aborted.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type CDPSession, type Page } from 'playwright-core';
import type { AliasTable } from '@/lib/data-types';
import {
  CHROMIUM_BASE_ARGS,
  CHROMIUM_PATH,
  projectRoot,
  type StaticServer,
  type StaticServerOptions,
  startStaticServer,
} from '@/tests/browser/harness';
import { articlePage, generatedPage } from './page-generated';

export const corpusDir = path.resolve(projectRoot, '../shared/corpus/web-pages');
/** The generated 5 M-character page and the generated typical article (page-generated.ts). */
export const GENERATED = 'generated-ai-5M';
export const ARTICLE = 'generated-ai-article';

/** The `count` largest corpus pages by file size, largest first. */
export function largestCorpusPages(count: number): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, size: statSync(path.join(corpusDir, f)).size }))
    .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))
    .slice(0, count)
    .map(({ f }) => f.replace(/\.html$/, ''));
}

export function isCorpusPage(name: string): boolean {
  return existsSync(path.join(corpusDir, `${name}.html`));
}

/** The page without its `<script>` elements (same rule as tests/browser/corpus-pages.test.ts), and how many went. */
export function stripScripts(html: string): { html: string; stripped: number } {
  let stripped = 0;
  const out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, () => {
      stripped++;
      return '';
    })
    .replace(/<script\b[^>]*\/>/gi, () => {
      stripped++;
      return '';
    });
  return { html: out, stripped };
}

/** A page's HTML by name: a corpus page (scripts stripped) or one of the generated ones. */
export function pageHtml(name: string): { html: string; stripped: number; note?: string } {
  if (name === GENERATED || name === ARTICLE) {
    const { html, chars } = name === GENERATED ? generatedPage(projectRoot) : articlePage(projectRoot);
    return {
      html,
      stripped: 0,
      note: `${name}: ${(html.length / 2 ** 20).toFixed(2)} MiB of HTML, ${chars} characters of paragraph text`,
    };
  }
  return stripScripts(readFileSync(path.join(corpusDir, `${name}.html`), 'utf8'));
}

/** Every alias text of the table the content script ships, longest first, as the peers are given them. */
export function aliasTexts(): string[] {
  const table = JSON.parse(
    readFileSync(path.join(projectRoot, 'data/generated/content-aliases.json'), 'utf8'),
  ) as AliasTable;
  const texts = [...new Set(table.concepts.flatMap((c) => c.aliases.map((a) => a.text)))];
  return texts.sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The naive highlighter's pattern: every alias, escaped, longest first, in one alternation (flags `gi`). */
export function aliasRegExpSource(texts: string[]): string {
  return texts.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
}

/** The in-page bundle (page-scan-entry.ts and the content script modules it imports) as an IIFE. */
export async function bundleEntry(options: { minify: boolean } = { minify: true }): Promise<string> {
  const result = await build({
    // TDL_BENCH_ENTRY: another in-page entry with the same API, for experiments.
    entryPoints: [process.env.TDL_BENCH_ENTRY || path.join(projectRoot, 'tests/bench/page-scan-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    minify: options.minify,
    logLevel: 'silent',
    plugins: [
      {
        name: 'wxt-at-alias',
        setup(b) {
          // The `@/` alias WXT gives the project (tsconfig paths in .wxt/): resolve from the project root.
          b.onResolve({ filter: /^@\// }, (args) =>
            b.resolve(`./${args.path.slice(2)}`, { resolveDir: projectRoot, kind: args.kind }),
          );
        },
      },
    ],
    resolveExtensions: ['.ts', '.tsx', '.js', '.json'],
  });
  return result.outputFiles[0].text;
}

/**
 * The page with the content script's manifest style sheet (highlights.css), which the browser applies with the
 * page's own before first paint; here a `<style>` at the start of the document stands in for it, so that the
 * scan, as in the extension, adopts no sheet of its own. Every variant gets the same page.
 */
function withManifestCss(html: string): string {
  const css = readFileSync(path.join(projectRoot, 'entrypoints/content/highlights.css'), 'utf8');
  const style = `<style data-tdl-manifest-css>${css}</style>`;
  const head = /<head[^>]*>/i.exec(html);
  return head
    ? html.slice(0, head.index + head[0].length) + style + html.slice(head.index + head[0].length)
    : style + html;
}

/**
 * Serves the pages (`/<name>.html`), the bundle (`/bench.js`) and mark.js
 * (`/mark.min.js`) through the harness's static server.
 */
export async function servePages(pages: Map<string, string>, bundle: string): Promise<StaticServer> {
  const js = 'text/javascript; charset=utf-8';
  const bodies = new Map<string, { type: string; body: string }>([
    ['/bench.js', { type: js, body: bundle }],
    [
      '/mark.min.js',
      { type: js, body: readFileSync(path.join(projectRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8') },
    ],
  ]);
  for (const [name, html] of pages) {
    bodies.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body: withManifestCss(html) });
  }
  const routes: NonNullable<StaticServerOptions['routes']> = {};
  for (const [pathname, { type, body }] of bodies) {
    routes[pathname] = (_req, res) => {
      res
        .writeHead(200, {
          'content-type': type,
          'cache-control': 'no-store',
          // Cross-origin isolation gives performance.now() 5 us resolution instead of 100 us (the floor is ~1 ms).
          // Every other host is aborted anyway, so require-corp blocks nothing that would have loaded.
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-embedder-policy': 'require-corp',
        })
        .end(body);
    };
  }
  return startStaticServer(path.join(projectRoot, 'tests/fixtures'), { routes });
}

export interface BenchBrowser {
  context: BrowserContext;
  /** Requests to other hosts that were aborted, by host. */
  aborted: Map<string, number>;
  close(): Promise<void>;
}

/** Debian's Chromium with the harness's switches, precise heap figures and gc(); only `origin` is reachable. */
export async function launchBenchChromium(origin: string): Promise<BenchBrowser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing. Install it with: apt-get update && apt-get install -y chromium`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tdl-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Playwright's own headless switch may pick the old headless mode; the harness's switches ask for the new one.
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...CHROMIUM_BASE_ARGS,
      '--disable-extensions',
      // Unrounded performance.memory figures, and gc() in the page, for the heap measurement.
      '--enable-precise-memory-info',
      '--js-flags=--expose-gc',
    ],
  });
  const aborted = new Map<string, number>();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    let host = 'other';
    try {
      host = new URL(url).host || url.slice(0, 20);
    } catch {
      // keep 'other'
    }
    aborted.set(host, (aborted.get(host) ?? 0) + 1);
    return route.abort();
  });
  return {
    context,
    aborted,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** One bench page open in a fresh Chromium, the scan's bundle loaded but not started, and a CDP session on it. */
export interface OpenBenchPage {
  name: string;
  page: Page;
  cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * Serves page `arg` (`generated` for the 5 M page) with the scan's unminified bundle, opens it and loads the
 * bundle: the set-up the profiling dev aids (page-profile.ts, page-heap.ts) share.
 */
export async function openBenchPage(arg: string): Promise<OpenBenchPage> {
  const bundle = await bundleEntry({ minify: false });
  const name = arg === 'generated' ? GENERATED : arg;
  const server = await servePages(new Map([[name, pageHtml(name).html]]), bundle);
  const browser = await launchBenchChromium(server.origin);
  const close = async () => {
    await browser.close();
    await server.close();
  };
  try {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ url: `${server.origin}/bench.js` });
    await page.waitForTimeout(200);
    return { name, page, cdp: await browser.context.newCDPSession(page), close };
  } catch (error) {
    await close();
    throw error;
  }
}
