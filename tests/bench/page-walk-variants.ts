/**
 * Development aid for the page-scan benchmark (not part of `npm run bench`):
 * times ways of walking a page's DOM in one fresh tab each, to show where the
 * content script's scan spends its time beyond the floor's plain text walk
 * (`npx tsx tests/bench/page-walk-variants.ts [corpus page name]`).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_BASE_ARGS, CHROMIUM_PATH } from '@/tests/browser/harness';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const name = process.argv[2] ?? 'wikipedia-2';
const html = readFileSync(path.resolve(projectRoot, `../shared/corpus/web-pages/${name}.html`), 'utf8').replace(
  /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi,
  '',
);

/** Each variant as source text (evaluated in the page; tsx would otherwise inject helpers the page lacks). */
const VARIANTS: Record<string, string> = {
  'text only, no filter (floor)': `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) n += x.data.length; return n; })()`,
  'elements+text, no filter': `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) if (x.nodeType === 3) n += x.data.length; return n; })()`,
  'elements+text, JS filter accepting all': `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, { acceptNode() { return 1; } }); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) if (x.nodeType === 3) n += x.data.length; return n; })()`,
  'elements+text, no filter, checkVisibility per element': `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) { if (x.nodeType === 3) n += x.data.length; else x.checkVisibility(); } return n; })()`,
  'elements+text, no filter, attributes per element': `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) { if (x.nodeType === 3) n += x.data.length; else { x.tagName.toUpperCase(); x.hasAttribute('hidden'); x.getAttribute('aria-hidden'); x.getAttribute('contenteditable'); } } return n; })()`,
  'elements+text, no filter, parent chain per text node': `(() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT); let n = 0; for (let x = w.nextNode(); x; x = w.nextNode()) { if (x.nodeType === 3) { n += x.data.length; let p = x.parentNode; while (p && p instanceof Element && p.tagName !== 'DIV' && p.tagName !== 'P') p = p.parentNode; } } return n; })()`,
};

async function main(): Promise<void> {
  const server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const dir = mkdtempSync(path.join(tmpdir(), 'tdl-walk-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    args: [...CHROMIUM_BASE_ARGS, '--disable-extensions'],
  });
  try {
    await context.route('**/*', (r) => (r.request().url().startsWith(origin) ? r.continue() : r.abort()));
    for (const [label, source] of Object.entries(VARIANTS)) {
      const times: number[] = [];
      for (let run = 0; run < 5; run++) {
        const page = await context.newPage();
        await page.goto(`${origin}/`, { waitUntil: 'load' });
        await page.evaluate(
          'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))))',
        );
        times.push(
          (await page.evaluate(
            `(() => { const t = performance.now(); ${source}; return performance.now() - t; })()`,
          )) as number,
        );
        await page.close();
      }
      times.sort((a, b) => a - b);
      console.log(`${times[2].toFixed(2).padStart(8)} ms  ${label}   [${times.map((t) => t.toFixed(1)).join(' ')}]`);
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
