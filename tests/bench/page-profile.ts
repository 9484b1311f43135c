/**
 * Profiles the content script's page scan (the page-scan benchmark's "ours")
 * with the V8 CPU profiler over CDP and prints the functions with the most
 * self time and the most total time. A development aid for the benchmark
 * (`npx tsx tests/bench/page-profile.ts [page] [--compile]`), not part of
 * `npm run bench`.
 *
 * `page` is a corpus page name (default: the largest) or `generated`.
 * With `--compile` the matcher's compilation is profiled instead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { generatedPage } from './page-generated';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.resolve(projectRoot, '../shared/corpus/web-pages');
const args = process.argv.slice(2);
const largest = readdirSync(corpusDir)
  .filter((f) => f.endsWith('.html'))
  .sort((a, b) => statSync(path.join(corpusDir, b)).size - statSync(path.join(corpusDir, a)).size)[0]
  .replace(/\.html$/, '');
const pageName = args.find((a) => !a.startsWith('--')) ?? largest;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

async function main(): Promise<void> {
  const bundle = (
    await build({
      entryPoints: [path.join(projectRoot, 'tests/bench/page-scan-entry.ts')],
      bundle: true,
      format: 'iife',
      target: 'chrome120',
      write: false,
      minify: false,
      logLevel: 'silent',
      plugins: [
        {
          name: 'wxt-at-alias',
          setup(b) {
            b.onResolve({ filter: /^@\// }, (a) =>
              b.resolve(`./${a.path.slice(2)}`, { resolveDir: projectRoot, kind: a.kind }),
            );
          },
        },
      ],
    })
  ).outputFiles[0].text;
  const html =
    pageName === 'generated'
      ? generatedPage(projectRoot).html
      : readFileSync(path.join(corpusDir, `${pageName}.html`), 'utf8').replace(
          /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi,
          '',
        );
  const server = createServer((req, res) => {
    if (req.url === '/bench.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    else if (req.url === '/page.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tdl-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
      '--disable-extensions',
    ],
  });
  try {
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`http://127.0.0.1:${port}/`) ? route.continue() : route.abort(),
    );
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/page.html`, { waitUntil: 'load', timeout: 120_000 });
    await page.addScriptTag({ url: `http://127.0.0.1:${port}/bench.js` });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate('window.__tdlBench.run()');
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(pageName, JSON.stringify(result));
    summarize(profile);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
    server.close();
  }
}

function summarize(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? `${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}` : ''}`;
  let all = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    all += dt;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([l, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${l}`)
      .join('\n');
  console.log(`profile: ${all.toFixed(0)} ms sampled\nself time:\n${top(self)}\ntotal time:\n${top(total)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
