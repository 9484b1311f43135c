/**
 * Where the scan's heap goes: the V8 sampling heap profiler over CDP during
 * one scan of one page, read after a gc() with the scan's results kept, so
 * only what the scan keeps is counted; prints the retained bytes per
 * allocating function. A development aid (`npx tsx tests/bench/page-heap.ts
 * [page]`, default `generated`, the 5 M page), not part of `npm run bench`.
 */
import path from 'node:path';
import { openBenchPage } from './bench-pages';

const arg = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'generated';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

async function main(): Promise<void> {
  const { name, page, cdp, close } = await openBenchPage(arg);
  try {
    await cdp.send('HeapProfiler.enable');
    await page.evaluate('gc()');
    const before = (await page.evaluate('performance.memory.usedJSHeapSize')) as number;
    await cdp.send('HeapProfiler.startSampling', { samplingInterval: 512 });
    const result = await page.evaluate('window.__tdlBench.run().then((r) => (window.__kept = r, r))');
    await page.evaluate('gc()');
    const { profile } = (await cdp.send('HeapProfiler.getSamplingProfile')) as { profile: { head: SamplingNode } };
    await cdp.send('HeapProfiler.stopSampling');
    const after = (await page.evaluate('performance.memory.usedJSHeapSize')) as number;
    const bySite = new Map<string, number>();
    let all = 0;
    // A built-in (no url: Array.prototype.splice, Map.prototype.set) is named with the function that called it.
    const visit = (node: SamplingNode, caller: string) => {
      const { functionName, url, lineNumber } = node.callFrame;
      const own = `${functionName || '(anonymous)'}${url ? ` ${path.basename(url)}:${lineNumber + 1}` : ''}`;
      const label = url || !caller ? own : `${own} in ${caller}`;
      bySite.set(label, (bySite.get(label) ?? 0) + node.selfSize);
      all += node.selfSize;
      for (const child of node.children) visit(child, url ? own : caller);
    };
    visit(profile.head, '');
    console.log(name, JSON.stringify(result).slice(0, 300));
    console.log(
      `heap after gc: +${((after - before) / 2 ** 20).toFixed(2)} MB; sampled live: ${(all / 2 ** 20).toFixed(2)} MB`,
    );
    for (const [label, bytes] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`  ${(bytes / 2 ** 20).toFixed(2).padStart(7)} MB  ${label}`);
    }
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
