/**
 * Page-scan benchmark (`npm run bench`; a benchmark, not a test: it prints
 * numbers and targets, it asserts nothing and always exits 0 once measured).
 *
 * In Debian's Chromium (playwright-core), on the five largest pages of
 * ../shared/corpus/web-pages (by file size, computed) and on a generated page
 * of at least 5 M characters of AI text (tests/bench/page-generated.ts), each
 * variant in a fresh page load, several runs, medians of:
 *   - floor: one TreeWalker pass reading every text node's data (textChars);
 *   - ours: the content script's scan and highlight registration, bundled from
 *     the real modules by esbuild (tests/bench/page-scan-entry.ts) and injected
 *     into the page (no extension needed); wall time and busy time (slices);
 *   - mark.js 8.11 marking every alias of data/generated/aliases.json
 *     (null when it runs past the time limit, 60 s: the page is killed);
 *   - the longest main-thread task while our scan runs (PerformanceObserver
 *     'longtask'), and the JS heap growth (gc(), performance.memory).
 *
 * The pages are served from 127.0.0.1 with their <script> elements stripped
 * (their own scripts would fetch ads and trackers, and make timings depend on
 * them); every request to any other host is aborted (no network here anyway).
 *
 * Flags: --json (one JSON line on stdout, progress on stderr), --runs N,
 * --quick (largest corpus page and the generated page, 2 runs),
 * --pages a,b (only these; names as printed), --no-markjs,
 * --markjs-timeout S (seconds, default 60), --markjs-only (development: mark.js alone),
 * --json-out FILE (also write the --json line to FILE while printing the table).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AliasTable } from '@/lib/data-types';
import { CHROMIUM_BASE_ARGS, CHROMIUM_PATH } from '@/tests/browser/harness';
import { generatedPage } from './page-generated';
import type { BenchRunResult, TdlBench } from './page-scan-entry';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(projectRoot, '../shared/corpus/web-pages');
const GENERATED = 'generated-ai-5M';

// ---------------------------------------------------------------- options

interface Options {
  json: boolean;
  runs: number;
  quick: boolean;
  pages: string[] | null;
  markjs: boolean;
  markjsTimeoutMs: number;
  markjsOnly: boolean;
  jsonOut: string | null;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    json: false,
    runs: 5,
    quick: false,
    pages: null,
    markjs: true,
    markjsTimeoutMs: 60_000,
    markjsOnly: false,
    jsonOut: null,
  };
  let runsGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--json') options.json = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--no-markjs') options.markjs = false;
    else if (arg === '--markjs-only') options.markjsOnly = true;
    else if (arg === '--json-out') options.jsonOut = value();
    else if (arg === '--runs') {
      options.runs = Number(value());
      runsGiven = true;
    } else if (arg === '--pages')
      options.pages = value()
        .split(',')
        .map((s) => s.trim());
    else if (arg === '--markjs-timeout') options.markjsTimeoutMs = Number(value()) * 1000;
    else throw new Error(`unknown option ${arg} (see the comment at the top of tests/bench/page-scan.ts)`);
  }
  if (options.quick && !runsGiven) options.runs = 2;
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error('--runs must be a positive integer');
  return options;
}

const options = parseArgs(process.argv.slice(2));
const log = (...parts: unknown[]) => console.error(...parts);
const startLoad = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');

// ---------------------------------------------------------------- pages and assets

/** The five largest corpus pages by file size, largest first. */
function largestCorpusPages(count: number): string[] {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ f, size: statSync(path.join(corpusDir, f)).size }))
    .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f))
    .slice(0, count)
    .map(({ f }) => f.replace(/\.html$/, ''));
}

let scriptsStripped = 0;
/** The page without its <script> elements (same rule as tests/browser/corpus-pages.test.ts). */
function stripScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, () => {
      scriptsStripped++;
      return '';
    })
    .replace(/<script\b[^>]*\/>/gi, () => {
      scriptsStripped++;
      return '';
    });
}

/** The in-page bundle: the content script's scan pipeline (page-scan-entry.ts) as an IIFE. */
async function bundleEntry(): Promise<string> {
  const result = await build({
    // TDL_BENCH_ENTRY: another in-page entry with the same API, for experiments (e.g. a patched highlighter).
    entryPoints: [process.env.TDL_BENCH_ENTRY || path.join(projectRoot, 'tests/bench/page-scan-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    minify: true,
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

interface Server {
  origin: string;
  close(): Promise<void>;
}

async function startServer(files: Map<string, { type: string; body: string }>): Promise<Server> {
  const server = createServer((req, res) => {
    const file = files.get(new URL(req.url || '/', 'http://127.0.0.1').pathname);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': file.type,
        'cache-control': 'no-store',
        // Cross-origin isolation gives performance.now() 5 us resolution instead of 100 us (the floor is ~1 ms).
        // Every other host is aborted anyway, so require-corp blocks nothing that would have loaded.
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      })
      .end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------- browser

interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

const aborted = new Map<string, number>();
/** mark.js runs that threw (and were retried). */
let markjsErrors = 0;

async function launch(origin: string): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing. Install it with: apt-get update && apt-get install -y chromium`);
  }
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tdl-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    // Playwright's own headless switch may pick the old headless mode; ask for the new one directly.
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
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A fresh tab with the page loaded and settled (no pending load work, two frames rendered). */
async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestIdleCallback(
          () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(), 50))),
          { timeout: 2000 },
        );
      }),
  );
  return page;
}

type BenchWindow = Window & {
  __tdlBench: TdlBench;
  __tdlLongTasks: { start: number; duration: number }[];
  gc(): void;
};

const heapUsed = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as BenchWindow).gc();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });

async function measureFloor(browser: Browser, url: string, bundleUrl: string) {
  const page = await openPage(browser, url);
  try {
    await page.addScriptTag({ url: bundleUrl });
    return await page.evaluate(() => (window as unknown as BenchWindow).__tdlBench.floor());
  } finally {
    await page.close();
  }
}

interface OursSample extends BenchRunResult {
  /** Longest task reported by the 'longtask' observer while the scan ran (0 when none over 50 ms). */
  longTaskMs: number;
  longTasks: number;
  /** gc()ed heap after the scan (results kept) minus before it (matcher included: it compiles inside the scan). */
  heapDeltaMB: number;
}

async function measureOurs(browser: Browser, url: string, bundleUrl: string): Promise<OursSample> {
  const page = await openPage(browser, url);
  try {
    await page.addScriptTag({ url: bundleUrl });
    await page.evaluate(() => {
      const w = window as unknown as BenchWindow;
      w.__tdlLongTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tdlLongTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const heap0 = await heapUsed(page);
    const result = await page.evaluate(async () => {
      const w = window as unknown as BenchWindow;
      const start = performance.now();
      const r = await w.__tdlBench.run();
      // The frames after the scan paint the highlights (Blink rebuilds its highlight markers then):
      // that work is the scan's doing too, so the long-task window runs until they are done.
      await new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => resolve(), 100))),
      );
      const settled = performance.now();
      const tasks = w.__tdlLongTasks.filter((t) => t.start < settled && t.start + t.duration > start);
      return { ...r, longTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), longTasks: tasks.length };
    });
    const heap1 = await heapUsed(page);
    return { ...result, heapDeltaMB: (heap1 - heap0) / 2 ** 20 };
  } finally {
    await page.close();
  }
}

/** mark.js's time in ms, or null when it ran past the limit (the browser is then restarted). */
async function measureMarkjs(
  browser: Browser,
  url: string,
  markUrl: string,
  aliases: string[],
): Promise<{ ms: number; marks: number } | { error: string } | null> {
  const page = await openPage(browser, url);
  await page.addScriptTag({ url: markUrl });
  // A string, not a function: tsx's keepNames would wrap the `done` callback in a `__name()` helper the page lacks.
  const marking = page.evaluate(`new Promise((resolve) => {
    const t0 = performance.now();
    new Mark(document.body).mark(${JSON.stringify(aliases)}, {
      separateWordSearch: false,
      diacritics: false,
      acrossElements: false,
      done: (marks) => resolve({ ms: performance.now() - t0, marks }),
    });
  })`) as Promise<{ ms: number; marks: number }>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), options.markjsTimeoutMs);
  });
  let result: { ms: number; marks: number } | null;
  try {
    result = await Promise.race([marking, timeout]);
  } catch (error) {
    // mark.js recurses once per keyword; with 672 of them V8 sometimes overflows its stack
    // ("Invalid regular expression: ...: Stack overflow"). That run is retried on a fresh load.
    clearTimeout(timer);
    await page.close().catch(() => undefined);
    return { error: String((error as Error).message ?? error).split('\n')[0] };
  }
  clearTimeout(timer);
  if (result === null) {
    marking.catch(() => undefined);
    return null;
  }
  await page.close();
  return result;
}

// ---------------------------------------------------------------- statistics and output

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

interface PageResult {
  page: string;
  textChars: number;
  floorMs: number;
  oursMs: number;
  oursBusyMs: number;
  markjsMs: number | null;
  markjsMarks: number | null;
  longestTaskMs: number;
  longTaskObserved: boolean;
  longestSliceMs: number;
  heapDeltaMB: number;
  compileMs: number;
  matches: number;
  painted: number;
  slices: number;
}

function fmt(value: number | null, digits = 1): string {
  return value === null ? 'null' : value.toFixed(digits);
}

function printTable(results: PageResult[], meta: string[]): void {
  const rows: string[][] = [
    [
      'page',
      'textChars',
      'floor ms',
      'ours ms',
      'ours busy ms',
      'ours/floor',
      'busy/floor',
      'mark.js ms',
      'mark.js/ours',
      'longest task ms',
      'compile ms',
      'heap Δ MB',
      'matches',
    ],
  ];
  for (const r of results) {
    rows.push([
      r.page,
      String(r.textChars),
      fmt(r.floorMs, 2),
      fmt(r.oursMs),
      fmt(r.oursBusyMs),
      fmt(r.oursMs / r.floorMs),
      fmt(r.oursBusyMs / r.floorMs),
      r.markjsMs === null ? `>${options.markjsTimeoutMs / 1000} s (null)` : fmt(r.markjsMs, 0),
      r.markjsMs === null ? `>${fmt(options.markjsTimeoutMs / r.oursMs, 0)}` : fmt(r.markjsMs / r.oursMs, 0),
      r.longTaskObserved ? fmt(r.longestTaskMs) : `${fmt(r.longestTaskMs)} (slice)`,
      fmt(r.compileMs),
      fmt(r.heapDeltaMB, 2),
      String(r.matches),
    ]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const out = [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)];
  console.log(meta.join('\n'));
  console.log('');
  console.log(out.join('\n'));
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const table = JSON.parse(readFileSync(path.join(projectRoot, 'data/generated/aliases.json'), 'utf8')) as AliasTable;
  const aliases = [...new Set(table.concepts.flatMap((c) => c.aliases.map((a) => a.text)))];

  let pageNames = [...largestCorpusPages(5), GENERATED];
  if (options.quick) pageNames = [pageNames[0], GENERATED];
  if (options.pages) {
    const wanted = options.pages;
    const unknown = wanted.filter((p) => !pageNames.includes(p) && !existsCorpus(p));
    if (unknown.length) throw new Error(`unknown page(s): ${unknown.join(', ')}`);
    pageNames = wanted;
  }

  log('bundling the content script scan (esbuild)…');
  const bundle = await bundleEntry();
  const files = new Map<string, { type: string; body: string }>();
  files.set('/bench.js', { type: 'text/javascript; charset=utf-8', body: bundle });
  files.set('/mark.min.js', {
    type: 'text/javascript; charset=utf-8',
    body: readFileSync(path.join(projectRoot, 'node_modules/mark.js/dist/mark.min.js'), 'utf8'),
  });
  for (const name of pageNames) {
    if (name === GENERATED) {
      const { html, chars } = generatedPage(projectRoot);
      log(`generated page: ${(html.length / 2 ** 20).toFixed(1)} MiB of HTML, ${chars} characters of paragraph text`);
      files.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body: html });
    } else {
      const html = readFileSync(path.join(corpusDir, `${name}.html`), 'utf8');
      files.set(`/${name}.html`, { type: 'text/html; charset=utf-8', body: stripScripts(html) });
    }
  }
  const server = await startServer(files);
  const bundleUrl = `${server.origin}/bench.js`;
  const markUrl = `${server.origin}/mark.min.js`;
  log(
    `serving ${pageNames.length} pages on ${server.origin} (${scriptsStripped} <script> elements stripped; ` +
      'every request to another host is aborted)',
  );

  let browser = await launch(server.origin);
  const chromiumVersion = await browser.context
    .pages()[0]
    ?.evaluate(() => navigator.userAgent)
    .catch(() => '');
  const results: PageResult[] = [];
  if (options.markjsOnly) {
    try {
      for (const name of pageNames) {
        const m = await measureMarkjs(browser, `${server.origin}/${name}.html`, markUrl, aliases);
        console.log(
          `${name}: mark.js ${m === null ? `past ${options.markjsTimeoutMs / 1000} s` : 'error' in m ? `threw: ${m.error}` : `${m.ms.toFixed(0)} ms, ${m.marks} marks`}`,
        );
        if (m === null) {
          await browser.close();
          browser = await launch(server.origin);
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return;
  }
  try {
    for (const name of pageNames) {
      const url = `${server.origin}/${name}.html`;
      const floor: { ms: number; textChars: number }[] = [];
      const ours: OursSample[] = [];
      const markjs: ({ ms: number; marks: number } | null)[] = [];
      let markjsGaveUp = !options.markjs;
      for (let run = 1; run <= options.runs; run++) {
        floor.push(await measureFloor(browser, url, bundleUrl));
        ours.push(await measureOurs(browser, url, bundleUrl));
        if (!markjsGaveUp) {
          let m = await measureMarkjs(browser, url, markUrl, aliases);
          for (let retry = 0; m !== null && 'error' in m && retry < 3; retry++) {
            log(`  ${name}: mark.js threw (${m.error}); retrying on a fresh load`);
            markjsErrors++;
            m = await measureMarkjs(browser, url, markUrl, aliases);
          }
          if (m !== null && 'error' in m) throw new Error(`mark.js keeps failing on ${name}: ${m.error}`);
          markjs.push(m);
          if (m === null) {
            // Past the limit once: it will be past it again. Kill the page (and its renderer) with the browser.
            markjsGaveUp = true;
            log(`  ${name}: mark.js ran past ${options.markjsTimeoutMs / 1000} s; recorded null, browser restarted`);
            await browser.close();
            browser = await launch(server.origin);
          }
        }
        const o = ours[ours.length - 1];
        const m = markjs[markjs.length - 1];
        log(
          `  ${name} run ${run}/${options.runs}: floor ${floor[floor.length - 1].ms.toFixed(2)} ms, ` +
            `ours ${o.ms.toFixed(1)} ms (busy ${o.busyMs.toFixed(1)}, ${o.slices} slices, longest ${o.longestSliceMs.toFixed(1)}, ` +
            `long tasks ${o.longTasks}${o.longTasks ? ` max ${o.longTaskMs.toFixed(0)}` : ''}, compile ${o.compileMs.toFixed(1)}, ` +
            `heap +${o.heapDeltaMB.toFixed(2)} MB, ${o.matches} matches), mark.js ${
              !options.markjs ? 'skipped' : m === undefined ? 'skipped' : m === null ? 'null' : `${m.ms.toFixed(0)} ms`
            }`,
        );
      }
      const markjsValues = markjs.filter((m): m is { ms: number; marks: number } => m !== null);
      const markjsNull = markjs.includes(null) || !options.markjs;
      const longTaskMs = median(ours.map((o) => o.longTaskMs));
      const longestSliceMs = median(ours.map((o) => o.longestSliceMs));
      results.push({
        page: name,
        textChars: floor[0].textChars,
        floorMs: median(floor.map((f) => f.ms)),
        oursMs: median(ours.map((o) => o.ms)),
        oursBusyMs: median(ours.map((o) => o.busyMs)),
        markjsMs: markjsNull ? null : median(markjsValues.map((m) => m.ms)),
        markjsMarks: markjsNull ? null : median(markjsValues.map((m) => m.marks)),
        longestTaskMs: Math.max(longTaskMs, longestSliceMs),
        longTaskObserved: longTaskMs > 0,
        longestSliceMs,
        heapDeltaMB: median(ours.map((o) => o.heapDeltaMB)),
        compileMs: median(ours.map((o) => o.compileMs)),
        matches: median(ours.map((o) => o.matches)),
        painted: median(ours.map((o) => o.painted)),
        slices: median(ours.map((o) => o.slices)),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const pages = results.map((r) => ({
    page: r.page,
    textChars: r.textChars,
    floorMs: round(r.floorMs, 3),
    oursMs: round(r.oursMs),
    markjsMs: r.markjsMs === null ? null : round(r.markjsMs, 1),
    longestTaskMs: round(r.longestTaskMs),
    heapDeltaMB: round(r.heapDeltaMB, 3),
  }));
  const json = `${JSON.stringify({ pages })}\n`;
  if (options.jsonOut) writeFileSync(options.jsonOut, json);
  if (options.json) {
    process.stdout.write(json);
    return;
  }

  const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
  let version = '';
  try {
    version = execFileSync(CHROMIUM_PATH, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    version = chromiumVersion ?? '';
  }
  let revision = '';
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot }).toString().trim();
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', 'entrypoints/content', 'lib/matcher', 'data/generated'],
      {
        cwd: projectRoot,
      },
    ).toString();
    revision = `; code at ${head}${dirty.trim() ? ' + uncommitted changes in the scan/matcher/data files' : ''}`;
  } catch {
    // not a git checkout: no revision to print
  }
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  const meta = [
    `Page-scan benchmark — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC${revision}`,
    `Machine: ${cpus().length} CPUs (nproc), ${cpuModel}; ${version}; headless=new, --disable-gpu`,
    `Medians of ${options.runs} runs, each variant in a fresh page load. Page <script>s stripped (${scriptsStripped}), ` +
      `requests to other hosts aborted (${[...aborted.values()].reduce((a, b) => a + b, 0)}). ` +
      `Load average at the end: ${load} (at the start: ${startLoad}).`,
    `mark.js 8.11 marks ${aliases.length} alias texts (separateWordSearch: false, diacritics: false, acrossElements: false)` +
      (markjsErrors ? `; ${markjsErrors} mark.js run(s) threw a stack overflow and were retried.` : '.'),
  ];
  printTable(results, meta);

  // Ratios and targets.
  const oursOverFloor = median(results.map((r) => r.oursMs / r.floorMs));
  const busyOverFloor = median(results.map((r) => r.oursBusyMs / r.floorMs));
  // A null mark.js ran past the limit: its ratio is at least limit / ours.
  const markOverOurs = median(results.map((r) => (r.markjsMs ?? options.markjsTimeoutMs) / r.oursMs));
  const minMarkOverOurs = Math.min(...results.map((r) => (r.markjsMs ?? options.markjsTimeoutMs) / r.oursMs));
  const longest = Math.max(...results.map((r) => r.longestTaskMs));
  const largest = results.reduce((a, b) => (b.textChars > a.textChars ? b : a));
  const met = (ok: boolean) => (ok ? 'met' : 'NOT met');
  console.log('');
  console.log('Medians over the pages:');
  console.log(`  ours/floor ${oursOverFloor.toFixed(1)}x (wall), ${busyOverFloor.toFixed(1)}x (busy)`);
  console.log(
    `  mark.js/ours ${options.markjs ? `${markOverOurs.toFixed(0)}x (smallest ${minMarkOverOurs.toFixed(0)}x; a null counts as its ${options.markjsTimeoutMs / 1000} s limit)` : 'n/a (--no-markjs)'}`,
  );
  console.log('');
  console.log('Targets:');
  console.log(
    `  ours within 2x the floor (median over pages, wall time): ${oursOverFloor.toFixed(1)}x — ${met(oursOverFloor <= 2)}`,
  );
  console.log(
    `      (busy time, the scan's own slices without the page's turns between them: ${busyOverFloor.toFixed(1)}x — ${met(busyOverFloor <= 2)})`,
  );
  if (options.markjs) {
    console.log(
      `  >= 20x faster than mark.js (median over pages): ${markOverOurs.toFixed(0)}x — ${met(markOverOurs >= 20)}`,
    );
  }
  console.log(`  no task over 50 ms during our scan: longest ${longest.toFixed(1)} ms — ${met(longest <= 50)}`);
  console.log(
    `  heap growth < 10 MB on the largest page (${largest.page}, ${largest.textChars} chars): ` +
      `${largest.heapDeltaMB.toFixed(2)} MB (compiled matcher included) — ${met(largest.heapDeltaMB < 10)}`,
  );
  console.log('');
  console.log('Notes:');
  console.log(
    '  ours ms = wall time from the scan start until it resolved (8 ms slices, yielding to the page between them);',
  );
  console.log(
    '  busy ms = the sum of those slices. "longest task" comes from PerformanceObserver(longtask), which only',
  );
  console.log('  reports tasks over 50 ms; when none was reported the longest slice is shown, marked "(slice)".');
  console.log('  As in the content script, the matcher compiles at the start of the scan (after the first frame, in a');
  console.log('  task of its own): "compile ms" is inside "ours ms" and the long-task window.');
  console.log('  heap Δ = gc()ed usedJSHeapSize after the scan (annotator kept referenced) minus before it.');
  if (aborted.size > 0) {
    console.log(`  Aborted requests by host: ${[...aborted].map(([h, n]) => `${h} ${n}`).join(', ')}`);
  }
}

function existsCorpus(name: string): boolean {
  try {
    return statSync(path.join(corpusDir, `${name}.html`)).isFile();
  } catch {
    return false;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
