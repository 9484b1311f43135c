/**
 * Matcher benchmark (`npm run bench:match`; a benchmark, not a test: it prints
 * numbers and asserts nothing).
 *
 * Builds >= 20 MB of mixed English and Chinese text from the interview seed
 * (Traditional, plus a Simplified copy) and the English text of the 130 pages
 * in ../shared/corpus/web-pages (tags stripped crudely), repeated. Then, in
 * the same run, medians of >= 5 runs of:
 *   - the matcher (findAll, context rule included; and scan alone),
 *   - the bare automaton's pass (scan before the rules that look around a
 *     candidate, guards.ts), so the rules' own cost is scan minus it, in the
 *     same rounds (a difference that the machine's load moves far less than
 *     it moves the ratio to the floor). Since 2026-12-02 (branch speed2) the
 *     pass leaves its candidates as numbers and the guards make the Match
 *     objects, so "the rules" include making them,
 *   - (a) one RegExp alternation of all aliases, case-insensitive, folding
 *     what a RegExp can (separators, full-width letters, Traditional chars,
 *     Latin word boundaries by lookaround),
 *   - (b) a floor that only case-folds the text once (text.toLowerCase()),
 * plus what a page pays to make its matcher (parse the prepared tables and make
 * the matcher from them, in a fresh process), the Node-only compile from the
 * alias table (cold = first compile in a process, and warm median) and the
 * compiled matcher's heap (needs --expose-gc).
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { compileMatcher } from '@/data/build/compile-matcher';
import { matcherInput } from '@/data/build/matcher-input';
import { matcherTables } from '@/data/build/matcher-tables';
import { type Matcher, matcherFrom, ruledMatcherFrom } from '@/lib/matcher';
import { loadAliasTable, projectRoot } from '@/tests/tools/read-alias-table';

// `--compile-once`: only compile the table cold and print the milliseconds
// (the main run spawns this 5 times: a cold compile happens once per process).
// `--make-once`: what a page pays instead: parse the prepared tables (`npm run data`'s content-matcher.json, as
// the background sends them) and make the matcher from them, cold, then print the milliseconds.
if (process.argv.includes('--make-once')) {
  const json = readFileSync(path.join(projectRoot, 'data/generated/content-matcher.json'), 'utf8');
  const start = performance.now();
  ruledMatcherFrom(JSON.parse(json));
  console.log((performance.now() - start).toFixed(3));
  process.exit(0);
}
if (process.argv.includes('--compile-once')) {
  const t = loadAliasTable();
  const start = performance.now();
  compileMatcher(t);
  console.log((performance.now() - start).toFixed(3));
  process.exit(0);
}

const TARGET_BYTES = Number(process.env.BENCH_MB ?? 20) * 1024 * 1024;
const RUNS = 7;
const gc = (globalThis as { gc?: () => void }).gc;

const shared = path.resolve(projectRoot, '../shared');
const seed = readFileSync(path.join(shared, 'seed/000_02d9b6fdf82c4313.txt'), 'utf8');
const seedHans = OpenCC.Converter({ from: 'tw', to: 'cn' })(seed);
const pagesDir = path.join(shared, 'corpus/web-pages');
const english = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .map((f) =>
    readFileSync(path.join(pagesDir, f), 'utf8')
      .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&[a-z#0-9]+;/gi, ' ')
      .replace(/[ \t]+/g, ' ')
      .replace(/\s*\n\s*/g, '\n'),
  )
  .join('\n');
// About a third of the text Chinese (half Traditional, half Simplified), the rest English.
const chineseCopies = Math.max(1, Math.round(english.length / 2 / (seed.length + seedHans.length)));
const unit = [english, ...Array.from({ length: chineseCopies }, () => `${seed}\n${seedHans}`)].join('\n');
const chineseShare = (chineseCopies * (seed.length + seedHans.length)) / unit.length;
const chunks: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  chunks.push(unit);
  bytes += Buffer.byteLength(unit, 'utf8');
}
const text = chunks.join('\n');
const utf8MB = Buffer.byteLength(text, 'utf8') / 1e6;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}
function time(fn: () => unknown, runs = RUNS): { ms: number; result: unknown } {
  let result: unknown;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    result = fn();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), result };
}

// --- compile: cold (first in this process, as in a fresh content script), then the
// heap of one more compiled matcher (its data; the code is shared), then warm.
const table = loadAliasTable();
const aliasCount = table.concepts.reduce((n, c) => n + c.aliases.length, 0);
const t0 = performance.now();
const matcher: Matcher = compileMatcher(table);
const compileCold = performance.now() - t0;
// Typed arrays' backing stores live outside the JS heap (arrayBuffers): count both.
const heapNow = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
gc?.();
gc?.();
const heapBefore = heapNow();
const second: Matcher = compileMatcher(table);
gc?.();
gc?.();
const heapAfter = heapNow();
const heapMB = (heapAfter - heapBefore) / 1024 / 1024;
const compileWarm = time(() => compileMatcher(table), 9).ms;
/** The median of 5 fresh processes running this file with `mode` (each prints its milliseconds); `nodeFlags` before it. */
function coldMedian(mode: '--compile-once' | '--make-once', nodeFlags: string[] = []): number {
  const args = [...nodeFlags, ...process.execArgv, fileURLToPath(import.meta.url), mode];
  return median(
    Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, args, { encoding: 'utf8' }).trim())),
  );
}
const compileColdMedian = coldMedian('--compile-once');
const makeCold = coldMedian('--make-once');
// The same in V8's interpreter alone: no JIT threads competing for the CPU (this
// machine has 2 cores shared by several jobs, so the figure above varies a lot).
const coldInterpreted = coldMedian('--compile-once', ['--no-opt', '--no-sparkplug']);

// --- (a) one RegExp alternation of all aliases: the usual approach. Case-insensitive;
// separators as an optional [\s_-]; ASCII word boundaries (\b) at Latin edges;
// optional plural s. Traditional forms are in the table already. Full-width
// letters and Traditional characters outside listed aliases are not folded
// (a RegExp cannot without a char class per letter, which makes it far slower).
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function aliasPattern(alias: string): string {
  let p = esc(alias).replace(/[\s_\u00a0-]+/g, '[\\s_-]?');
  if (/^[A-Za-z0-9]/.test(alias)) p = `\\b${p}`;
  if (/[A-Za-z0-9]$/.test(alias)) p += 's?\\b';
  return p;
}
const allAliases = [...new Set(table.concepts.flatMap((c) => c.aliases.map((a) => a.text)))].sort(
  (a, b) => b.length - a.length,
);
const alternation = new RegExp(allAliases.map(aliasPattern).join('|'), 'gi');
function regexCount(): number {
  let n = 0;
  alternation.lastIndex = 0;
  while (alternation.exec(text)) n++;
  return n;
}

// --- warm up, then measure: the methods take turns in each round, in a rotating
// order (so a burst of load from other jobs on this shared machine hits all of
// them alike), each after a gc() (so one method's garbage is not collected in
// another's time).
const bare = matcherFrom(matcherTables(matcherInput(table)));
matcher.scan(text.slice(0, 1_000_000));
bare.scanRecorded(text.slice(0, 1_000_000));
regexCount();
const methods = {
  findAll: () => matcher.findAll(text).length,
  scan: () => matcher.scan(text).length,
  automaton: () => bare.scanRecorded(text).found.count,
  regex: regexCount,
  lower: () => text.toLowerCase().length,
};
const samples: Record<keyof typeof methods, number[]> = { findAll: [], scan: [], automaton: [], regex: [], lower: [] };
const results: Partial<Record<keyof typeof methods, number>> = {};
const names = Object.keys(methods) as (keyof typeof methods)[];
for (let round = 0; round < RUNS; round++) {
  for (let k = 0; k < names.length; k++) {
    // Who goes first changes each round: the first run after a gc() pays for regrowing the young generation.
    const name = names[(k + round) % names.length];
    if (name === 'regex' && samples.regex.length >= 5) continue; // slow: 5 runs are enough
    gc?.();
    const t = performance.now();
    results[name] = methods[name]();
    samples[name].push(performance.now() - t);
  }
}
const findRun = { ms: median(samples.findAll), result: results.findAll };
const scanRun = { ms: median(samples.scan), result: results.scan };
const automatonRun = { ms: median(samples.automaton), result: results.automaton };
// The rules' cost per round (scan and the automaton ran in the same round, seconds apart).
const rulesMs = median(samples.scan.map((ms, i) => ms - samples.automaton[i]));
// Best against best: load from other jobs only ever adds time, so the fastest rounds say most about the code.
const rulesBestMs = Math.min(...samples.scan) - Math.min(...samples.automaton);
const regexRun = { ms: median(samples.regex), result: results.regex };
const lowerRun = { ms: median(samples.lower), result: results.lower };

const f = (x: number, d = 1) => x.toFixed(d);
console.log(
  `text: ${f(utf8MB)} MB UTF-8, ${f(text.length / 1e6)} M UTF-16 units, ${f(chineseShare * 100, 0)}% Chinese (130 web pages' text + the seed in Traditional and Simplified, repeated)`,
);
console.log(
  `table: ${table.concepts.length} concepts, ${aliasCount} aliases (${allAliases.length} distinct for the RegExp)`,
);
console.log(
  `runs: median of ${RUNS} rounds, methods in rotating turns, gc() before each (RegExp: 5), Node ${process.version}`,
);
console.log('');
console.log(
  `matcher findAll        ${f(findRun.ms).padStart(8)} ms  ${f(utf8MB / (findRun.ms / 1000)).padStart(7)} MB/s  ${findRun.result} matches`,
);
console.log(
  `matcher scan           ${f(scanRun.ms).padStart(8)} ms  ${f(utf8MB / (scanRun.ms / 1000)).padStart(7)} MB/s  ${scanRun.result} candidates`,
);
console.log(
  `  automaton alone      ${f(automatonRun.ms).padStart(8)} ms  ${f(utf8MB / (automatonRun.ms / 1000)).padStart(7)} MB/s  ${automatonRun.result} candidates before the rules`,
);
console.log(
  `  the rules: scan - automaton ${f(rulesMs)} ms (median of the rounds' differences), ${f(rulesBestMs)} ms (fastest scan - fastest automaton: ${f(Math.min(...samples.scan))} - ${f(Math.min(...samples.automaton))})`,
);
console.log(
  `(a) RegExp alternation ${f(regexRun.ms).padStart(8)} ms  ${f(utf8MB / (regexRun.ms / 1000)).padStart(7)} MB/s  ${regexRun.result} matches`,
);
console.log(
  `(b) toLowerCase floor  ${f(lowerRun.ms).padStart(8)} ms  ${f(utf8MB / (lowerRun.ms / 1000)).padStart(7)} MB/s`,
);
console.log('');
console.log(`speed-up vs (a): ${f(regexRun.ms / findRun.ms, 2)}x (target >= 3x)`);
console.log(`ratio to (b):    ${f(findRun.ms / lowerRun.ms, 2)}x (target <= 2x)`);
console.log(
  `make from the prepared tables (what a page pays; JSON.parse included): cold ${f(makeCold, 2)} ms (median of 5 fresh processes) (target < 20 ms)`,
);
console.log(
  `compile from the alias table (npm run data and the Node tools, never a page): cold ${f(compileColdMedian, 2)} ms (median of 5 fresh processes; this process: ${f(compileCold, 2)}; interpreter only: ${f(coldInterpreted, 2)}), warm ${f(compileWarm, 2)} ms`,
);
// Its typed arrays, summed exactly (the bulk of it; the heap figure also counts strings, records and GC noise).
const typedBytes = Object.values(second as unknown as Record<string, unknown>).reduce<number>(
  (sum, v) => sum + (ArrayBuffer.isView(v) ? v.byteLength : 0),
  0,
);
console.log(
  gc
    ? `heap of one compiled matcher (heapUsed + arrayBuffers): ${f(heapMB, 2)} MB (target < 2 MB); its typed arrays: ${f(typedBytes / 1024 / 1024, 2)} MB`
    : 'heap: run with node --expose-gc to measure',
);
// Keep the measured matcher reachable until here so the heap figure counts it.
if (!second) process.exit(1);
