/**
 * Development aid for the page-scan benchmark (not part of `npm run bench`):
 * what N ranges registered in CSS.highlights cost the page in Chromium, per
 * frame after a DOM change (Blink's HighlightRegistry::ValidateHighlightMarkers
 * drops and rebuilds the markers of EVERY registered range whenever the DOM
 * tree or style version changed, or a Highlight was modified).
 * `npx tsx tests/bench/page-highlight-cost.ts`
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { generatedPage } from './page-generated';
import { CHROMIUM_BASE_ARGS, CHROMIUM_PATH } from '@/tests/browser/harness';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** In-page experiment (source text: tsx's helpers do not exist in the page). */
const EXPERIMENT = (n: number) => `(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  const ranges = [];
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let t = w.nextNode(); t && ranges.length < ${n}; t = w.nextNode()) {
    if (t.data.length >= 4) ranges.push(new StaticRange({ startContainer: t, startOffset: 0, endContainer: t, endOffset: 3 }));
  }
  const h = new Highlight();
  CSS.highlights.set('x', h);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('::highlight(x) { background: yellow }');
  document.adoptedStyleSheets = [sheet];
  await frame(); await frame();
  let t0 = performance.now();
  for (const r of ranges) h.add(r);
  const addMs = performance.now() - t0;
  t0 = performance.now(); await frame(); const firstFrameMs = performance.now() - t0;
  t0 = performance.now(); await frame(); const idleFrameMs = performance.now() - t0;
  // One small DOM change far from the highlights (a ticker would do this every second).
  const p = document.createElement('p'); p.textContent = 'tick'; document.body.append(p);
  t0 = performance.now(); await frame(); const mutationFrameMs = performance.now() - t0;
  // Adding one more range to the registered highlight.
  h.add(new StaticRange({ startContainer: p.firstChild, startOffset: 0, endContainer: p.firstChild, endOffset: 2 }));
  t0 = performance.now(); await frame(); const addOneFrameMs = performance.now() - t0;
  return { ranges: ranges.length, addMs, firstFrameMs, idleFrameMs, mutationFrameMs, addOneFrameMs };
})()`;

async function main(): Promise<void> {
  const { html } = generatedPage(projectRoot);
  const server = createServer((_q, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'tdl-hl-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: [...CHROMIUM_BASE_ARGS, '--disable-extensions'],
  });
  try {
    for (const n of [0, 1000, 10000, 70000]) {
      const page = await context.newPage();
      await page.goto(`${origin}/`, { waitUntil: 'load', timeout: 120_000 });
      const r = (await page.evaluate(EXPERIMENT(n))) as Record<string, number>;
      console.log(
        Object.entries(r)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', '),
      );
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
