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
import path from 'node:path';
import { largestCorpusPages, openBenchPage } from './bench-pages';

const args = process.argv.slice(2);
const pageName = args.find((a) => !a.startsWith('--')) ?? largestCorpusPages(1)[0];

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
  const { name, page, cdp, close } = await openBenchPage(pageName);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate('window.__tdlBench.run()');
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    console.log(name, JSON.stringify(result));
    summarize(profile);
  } finally {
    await close();
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
