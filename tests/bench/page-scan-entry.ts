/**
 * In-page half of the page-scan benchmark (tests/bench/page-scan.ts bundles
 * this file with esbuild into an IIFE and injects it with
 * `page.addScriptTag`; no extension is loaded).
 *
 * It runs the content script's real pipeline, wired the way
 * entrypoints/content/index.ts wires it: the alias table bundled as JSON,
 * `compileMatcher`, one {@link Highlighter} on the document and one
 * {@link Annotator} (TextRunCollector walk in ~8 ms slices, matcher, context
 * tracker, MatchIndex of StaticRanges, registration into `CSS.highlights`).
 * What index.ts adds around it (settings from storage, messages, the hover
 * card) is not part of the scan and needs the extension APIs, so it is left
 * out.
 *
 * Exposes `window.__tdlBench`:
 * - `floor()`: one TreeWalker pass reading every text node's data (the cost
 *   of merely reading the page's text) -> `{ ms, textChars }`;
 * - `run()`: the full scan and highlight registration, exactly as the
 *   content script starts it: the Annotator gets a matcher factory and
 *   compiles it on the first scan, in a task of its own after the first
 *   frame (so the compile is inside the measured time and the long-task
 *   window) -> timings, counts, the slices' busy time and the compile time.
 *   The annotator stays referenced afterwards, so a heap measurement after
 *   it counts what the scan keeps (matcher included).
 */
import type { AliasTable, ConceptKind } from '@/lib/data-types';
import { compileMatcher } from '@/lib/matcher';
import aliases from '@/data/generated/aliases.json';
import { Annotator } from '@/entrypoints/content/annotator';
import { Highlighter } from '@/entrypoints/content/highlighter';

/** What one `run()` reports. */
export interface BenchRunResult {
  /** Wall time from the start of the scan until it resolved (includes time yielded to the page between slices). */
  ms: number;
  /** Sum of the slices' durations (time the scan itself held the main thread). */
  busyMs: number;
  slices: number;
  longestSliceMs: number;
  /** Time the matcher took to compile (inside `ms`). */
  compileMs: number;
  /** Occurrences in the match index (both readings of context-dependent ones). */
  matches: number;
  /** Ranges registered in CSS.highlights, all kinds. */
  painted: number;
  /** Characters of text the scanner handed to the matcher. */
  scannedChars: number;
}

/** The API the Node side drives through `page.evaluate`. */
export interface TdlBench {
  floor(): { ms: number; textChars: number };
  run(): Promise<BenchRunResult>;
  /** Every alias text of the table (what mark.js is asked to mark). */
  aliasTexts(): string[];
}

// Same test as entrypoints/content/index.ts (which cannot be imported here: it needs WXT's globals).
const isOwnUi = (element: Element): boolean => element.localName.startsWith('tri-dao-lens');

const table = aliases as unknown as AliasTable;
const keep: unknown[] = [];

const bench: TdlBench = {
  floor() {
    const t0 = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let textChars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) textChars += (node as Text).data.length;
    return { ms: performance.now() - t0, textChars };
  },

  async run() {
    const kinds = new Map<string, ConceptKind>(table.concepts.map((c) => [c.id, c.kind]));
    const highlighter = new Highlighter(document);
    const annotator = new Annotator({
      doc: document,
      matcher: () => compileMatcher(table),
      kinds,
      isOwnUi,
      highlighter,
      onChange: () => undefined,
    });
    keep.push(annotator, highlighter);
    const t0 = performance.now();
    await annotator.start();
    const ms = performance.now() - t0;
    const { full, chars, compileMs } = annotator.stats;
    return {
      ms,
      busyMs: full.busyMs,
      compileMs,
      slices: full.slices,
      longestSliceMs: full.longestSliceMs,
      matches: annotator.index.size,
      painted: Object.values(highlighter.sizes()).reduce((a, b) => a + b, 0),
      scannedChars: chars,
    };
  },

  aliasTexts() {
    return [...new Set(table.concepts.flatMap((c) => c.aliases.map((a) => a.text)))];
  },
};

(window as unknown as { __tdlBench: TdlBench; __tdlBenchKeep: unknown[] }).__tdlBench = bench;
(window as unknown as { __tdlBenchKeep: unknown[] }).__tdlBenchKeep = keep;
