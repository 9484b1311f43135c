/**
 * In-page half of the page-scan benchmark (tests/bench/page-scan.ts bundles
 * this file with esbuild into an IIFE and injects it with
 * `page.addScriptTag`; no extension is loaded).
 *
 * "ours" is the content script's scan started through its own start-up code
 * (`createPageScan` in entrypoints/content/page-scan.ts: the matcher's
 * input, which the background hands the content script, given here
 * directly; the matcher made on the first scan; the Highlighter and the
 * Annotator). What index.ts adds around it (settings from storage, messages,
 * the hover card) needs the extension APIs and is not part of the scan.
 *
 * Exposes `window.__tdlBench`:
 * - `floor()`: one TreeWalker pass reading every text node's data (the cost
 *   of merely reading the page's text) -> `{ ms, textChars }`;
 * - `regex(source, flags)`: the naive highlighter an engineer writes in an
 *   afternoon: a TreeWalker over the text nodes, one RegExp alternation of
 *   every alias, one Range per match, all in one Highlight registered in
 *   `CSS.highlights` -> `{ ms, matches }`;
 * - `run()`: the full scan and highlight registration, exactly as the
 *   content script starts it -> timings, counts, the slices' busy time and
 *   the compile time. The annotator stays referenced afterwards, so a heap
 *   measurement after it counts what the scan keeps (matcher included).
 */
import contentMatcher from '@/data/generated/content-matcher.json';
import { createPageScan } from '@/entrypoints/content/page-scan';
import type { PackedMatcherInput } from '@/lib/matcher/packed';

/** What one `run()` reports. */
export interface BenchRunResult {
  /** Wall time from the start of the scan until it resolved (includes time yielded to the page between slices). */
  ms: number;
  /** Sum of the slices' durations (time the scan itself held the main thread), without the compile. */
  slicesMs: number;
  slices: number;
  longestSliceMs: number;
  /** Time the matcher took to compile (inside `ms`, in a task of its own). */
  compileMs: number;
  /** Occurrences that count under the page's context (what the reader gets: painted or paintable). */
  occurrences: number;
  /** Entries in the match index (both readings of context-dependent occurrences). */
  indexed: number;
  /** Ranges registered in CSS.highlights, all kinds (only blocks near the viewport are painted). */
  painted: number;
  /** Characters of text the scanner handed to the matcher. */
  scannedChars: number;
}

/** The API the Node side drives through `page.evaluate`. */
export interface TdlBench {
  floor(): { ms: number; textChars: number };
  regex(source: string, flags: string): { ms: number; matches: number };
  run(): Promise<BenchRunResult>;
}

const keep: unknown[] = [];

const bench: TdlBench = {
  floor() {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textChars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) textChars += (node as Text).data.length;
    return { ms: performance.now() - t0, textChars };
  },

  regex(source, flags) {
    const t0 = performance.now();
    const re = new RegExp(source, flags);
    const highlight = new Highlight();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let matches = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const data = text.data;
      re.lastIndex = 0;
      for (let m = re.exec(data); m !== null; m = re.exec(data)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        highlight.add(range);
        matches++;
      }
    }
    CSS.highlights.set('bench-regex', highlight);
    keep.push(highlight);
    return { ms: performance.now() - t0, matches };
  },

  async run() {
    // The background's answer, without the message: the time a page waits for it is not main-thread time.
    const { annotator, highlighter } = createPageScan(
      document,
      () => undefined,
      async () => contentMatcher as PackedMatcherInput,
    );
    keep.push(annotator, highlighter);
    const t0 = performance.now();
    await annotator.start();
    const ms = performance.now() - t0;
    const { full, chars, compileMs } = annotator.stats;
    return {
      ms,
      slicesMs: full.busyMs,
      compileMs,
      slices: full.slices,
      longestSliceMs: full.longestSliceMs,
      occurrences: annotator.concepts().reduce((n, c) => n + c.count, 0),
      indexed: annotator.index.size,
      painted: Object.values(highlighter.sizes()).reduce((a, b) => a + b, 0),
      scannedChars: chars,
    };
  },
};

(window as unknown as { __tdlBench: TdlBench; __tdlBenchKeep: unknown[] }).__tdlBench = bench;
(window as unknown as { __tdlBenchKeep: unknown[] }).__tdlBenchKeep = keep;
