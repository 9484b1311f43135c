/**
 * The page annotator: scans the page's text in slices, keeps the occurrences
 * in a {@link MatchIndex}, paints them through the {@link Highlighter} and
 * keeps both in step with the page's mutations and navigations.
 *
 * Context (whether aiOnly aliases such as "MoE" or "Cursor" count) is decided
 * for the whole page by one ContextTracker fed slice by slice (see
 * lib/matcher/context.ts). Each run's candidates are selected under both
 * readings; occurrences that differ are kept with their reading (`when`) and
 * shown only once the page's context agrees, so a page that turns out to be
 * about AI two screens down still gets its "MoE" highlighted at the top.
 *
 * Page text never leaves the tab: only concept ids and counts are reported.
 */
import type { ConceptKind } from '@/lib/data-types';
import { ContextTracker, selectMatches, type Match, type Matcher } from '@/lib/matcher';
import type { Highlighter } from './highlighter';
import { SHEET_MAX_WIDTH } from './hover-card/controller';
import { compareDocumentOrder, type MatchEntry, MatchIndex, Occurrence } from './match-index';
import { MutationWatcher, type MutationBatch } from './mutations';
import { CandidateWalk } from './candidate-walk';
import {
  isInsideSkipped,
  isSkippedElement,
  positionInRun,
  TextRunCollector,
  type OwnUiTest,
  type TextRun,
} from './scanner';
import { afterNextFrame, newSliceStats, runInSlices, yieldToPage, type SliceStats } from './slices';

/** Texts longer than this are matched in windows of this size, one or more per slice. */
const LONG_RUN_WINDOW = 32_768;
/** Context the matcher sees on each side of a window (longer than any alias with its separators). */
const WINDOW_MARGIN = 128;
/**
 * Painting is batched (see Highlighter.add): after the first slice, so the
 * first screen shows marks at once, then at gaps that double from the first
 * to the last value here, and at the end of every scan.
 */
const PAINT_GAP_FIRST_MS = 100;
const PAINT_GAP_MAX_MS = 1000;

/** One scan in progress (the full pass, or a batch of mutations). */
interface ScanJob {
  collector: TextRunCollector;
  /** Runs too long for one go, with the offset where matching resumes. */
  longRuns: { run: TextRun; next: number }[];
  /** The annotator's generation when the job started: a stop or rescan ends it. */
  generation: number;
  /**
   * The full scan's first pass (candidate-walk.ts), which hands the collector
   * only the blocks where something may be found; absent for mutation batches.
   */
  walk?: CandidateWalk;
  /** First text node of every run matched so far (blocks handed on may nest). */
  seen?: Set<Text>;
  /** Blocks handed to the collector so far. */
  queued?: Set<Node>;
  /** Whether an element is skipped or inside something skipped, per element asked about. */
  skipped?: Map<Element, boolean>;
}

/** Timing and size figures, reported in the page state (tests and benchmarks read them). */
export interface AnnotatorStats {
  /** Time the matcher took to compile (0 when it was handed over compiled). */
  compileMs: number;
  /** Wall time of the last full scan, from start to done, in ms (includes time yielded to the page). */
  fullScanMs: number;
  /** Slices of the full scans. */
  full: SliceStats;
  /** Slices of mutation rescans. */
  mutations: SliceStats & { batches: number };
  /** Characters of text read so far (by the full scan's first pass, and by mutation rescans). */
  chars: number;
  /** Text runs matched so far. */
  runs: number;
}

/** What the annotator works with: the page, the matcher, the painter, and who to tell about changes. */
export interface AnnotatorOptions {
  doc: Document;
  /**
   * The compiled matcher, or how to compile it: then it is compiled on the
   * first start, in its own task after the settings were read, and never on
   * pages where the extension is off.
   */
  matcher: Matcher | (() => Matcher);
  /**
   * Awaited once before the factory first runs (the content script asks the
   * background for the matcher's input); when it fails, nothing is scanned.
   */
  prepareMatcher?: () => Promise<void>;
  /** Kind of each concept id (colour family). */
  kinds: ReadonlyMap<string, ConceptKind>;
  isOwnUi: OwnUiTest;
  highlighter: Highlighter;
  /** Called (not more than once per slice) when occurrences were added or removed. */
  onChange(): void;
}

/** Scans, indexes and paints one page. */
export class Annotator {
  readonly index = new MatchIndex();
  readonly stats: AnnotatorStats = {
    compileMs: 0,
    fullScanMs: 0,
    full: newSliceStats(),
    mutations: { ...newSliceStats(), batches: 0 },
    chars: 0,
    runs: 0,
  };
  /** `idle` before start and after stop. */
  status: 'idle' | 'scanning' | 'done' = 'idle';
  private tracker = new ContextTracker();
  private aiPage = false;
  /** The tracker's `decidedChanges` when occurrences were last repainted. */
  private decidedSeen = 0;
  private shownKinds: ReadonlySet<ConceptKind> = new Set<ConceptKind>([
    'hardware',
    'models',
    'techniques',
    'tools',
    'people',
  ]);
  private fullScan: { abort: AbortController; collector: TextRunCollector; walk?: CandidateWalk } | null = null;
  private readonly watcher: MutationWatcher;
  /** Aborted by stop(): ends the mutation watching. */
  private watching: AbortController | null = null;
  private readonly revealCursor = new Map<string, number>();
  /** The occurrence the reader last stepped or revealed to (where the next step starts). */
  private stepCursor: MatchEntry | null = null;
  /** Shown occurrences in document order, rebuilt when `changes` moved on since. */
  private ordered: { changes: number; list: MatchEntry[] } | null = null;
  private changes = 0;
  private changed = false;
  private generation = 0;
  private compiled: Matcher | null = null;
  private prepared: Promise<boolean> | null = null;
  private paintGap = 0;
  private nextPaint = 0;

  constructor(private readonly options: AnnotatorOptions) {
    this.watcher = new MutationWatcher(options.isOwnUi, (batch) => this.scanBatch(batch));
  }

  /** Resolves once the matcher can be made (false when its input could not be had). */
  private matcherReady(): Promise<boolean> {
    const { prepareMatcher } = this.options;
    if (this.compiled || !prepareMatcher) return Promise.resolve(true);
    this.prepared ??= prepareMatcher().then(
      () => true,
      (error: unknown) => {
        console.warn('[tri-dao-lens] cannot scan this page: the matcher is missing', error);
        return false;
      },
    );
    return this.prepared;
  }

  /** The matcher, compiled on first use when the options gave a factory. */
  private get matcher(): Matcher {
    if (!this.compiled) {
      const { matcher } = this.options;
      if (typeof matcher === 'function') {
        const started = performance.now();
        this.compiled = matcher();
        this.stats.compileMs = performance.now() - started;
      } else {
        this.compiled = matcher;
      }
    }
    return this.compiled;
  }

  /**
   * Whether an occurrence counts under the page's current context and the
   * senses it has decided (an aiOnly alias of a concept the page means
   * otherwise does not count; lib/matcher/context.ts).
   */
  isActive = (entry: MatchEntry): boolean =>
    (entry.when === 'always' || (entry.when === 'ai') === this.aiPage) &&
    !(entry.ambiguous && this.tracker.decided.has(entry.conceptId));

  /** Whether an occurrence is painted (and hoverable): it counts and its kind is shown. */
  isShown = (entry: MatchEntry): boolean => this.isActive(entry) && this.shownKinds.has(entry.kind);

  /** Whether the page reads as AI/ML systems (aiOnly aliases count). */
  get isAiPage(): boolean {
    return this.aiPage;
  }

  /** Rough progress of the running full scan, 0 to 1. */
  get progress(): number {
    if (this.status !== 'scanning' || !this.fullScan) return 1;
    const total = this.options.doc.getElementsByTagName('*').length || 1;
    const visited = this.fullScan.walk?.elementsVisited ?? this.fullScan.collector.elementsVisited;
    return Math.min(0.99, visited / total);
  }

  /** Starts annotating: paints, watches mutations and scans the whole page in slices. */
  start(): Promise<void> {
    const { doc, highlighter } = this.options;
    highlighter.activate();
    if (!this.watching) {
      this.watching = new AbortController();
      this.watcher.watch(doc, this.watching.signal);
    }
    return this.scanAll();
  }

  /** Stops everything and removes every highlight (nothing remains painted or observed). */
  stop(): void {
    this.generation++;
    this.fullScan?.abort.abort();
    this.fullScan = null;
    this.watching?.abort();
    this.watching = null;
    this.index.clear();
    this.options.highlighter.clear();
    this.options.highlighter.deactivate();
    this.tracker = new ContextTracker();
    this.aiPage = false;
    this.decidedSeen = 0;
    this.revealCursor.clear();
    this.stepCursor = null;
    this.changes++;
    this.status = 'idle';
    this.options.onChange();
  }

  /**
   * Forgets what was found and scans the whole page again: after a
   * single-page-app navigation the page is about something else (its
   * context too), and mutations alone may not tell what changed.
   */
  rescanAll(): Promise<void> {
    if (this.status === 'idle') return Promise.resolve();
    this.generation++;
    this.fullScan?.abort.abort();
    this.index.clear();
    this.options.highlighter.clear();
    this.options.highlighter.refreshTheme();
    this.tracker = new ContextTracker();
    this.aiPage = false;
    this.decidedSeen = 0;
    this.revealCursor.clear();
    this.stepCursor = null;
    this.changes++;
    this.options.onChange();
    return this.scanAll();
  }

  /** Chooses which kinds are painted and hoverable. */
  setShownKinds(kinds: readonly ConceptKind[]): void {
    this.shownKinds = new Set(kinds);
    this.changes++;
    this.options.highlighter.setShownKinds(kinds);
  }

  /** The hover card's hit-test: the shown occurrence at a caret position, as a live Range. */
  findAt(node: Node, offset: number): { conceptId: string; range: Range } | null {
    const entry = this.index.findAt(node, offset, this.isShown);
    return entry && this.matchOf(entry);
  }

  /** An occurrence as the hover card takes it: its concept and a live Range over its words. */
  matchOf(entry: MatchEntry): { conceptId: string; range: Range } | null {
    const range = this.options.doc.createRange();
    try {
      range.setStart(entry.startNode, entry.startOffset);
      range.setEnd(entry.endNode, entry.endOffset);
    } catch {
      return null; // the text changed under the occurrence; the next batch rescans it
    }
    return { conceptId: entry.conceptId, range };
  }

  /**
   * Concepts found (counted under the page's context), most occurrences first, then by id. The ids are ASCII
   * kebab-case, so code-unit order is their order: the first localeCompare() in a page's content script spent
   * ~11 ms setting up a collator (a profile of generated-ai-article, tests/bench/page-profile.ts).
   */
  concepts(): { conceptId: string; count: number }[] {
    return [...this.index.counts(this.isActive)]
      .map(([conceptId, count]) => ({ conceptId, count }))
      .sort((a, b) => b.count - a.count || (a.conceptId < b.conceptId ? -1 : a.conceptId > b.conceptId ? 1 : 0));
  }

  /**
   * Scrolls to the concept's next occurrence (cycling through them in
   * document order) and flashes it. Returns it, or null when there is none.
   */
  reveal(conceptId: string): MatchEntry | null {
    const list = this.index.occurrencesOf(conceptId, this.isActive);
    if (list.length === 0) return null;
    const next = ((this.revealCursor.get(conceptId) ?? -1) + 1) % list.length;
    this.revealCursor.set(conceptId, next);
    return this.bringIntoView(list[next]) ? list[next] : null;
  }

  /**
   * The keyboard's step: the next (or previous) shown occurrence of any
   * concept after the last one stepped to, or, the first time, from the top
   * of the window; wraps around at the ends. Scrolled to and flashed like
   * `reveal`. Returns it with its place among all shown occurrences.
   */
  stepTo(direction: 1 | -1): { entry: MatchEntry; index: number; total: number } | null {
    if (this.ordered?.changes !== this.changes) {
      this.ordered = { changes: this.changes, list: [...this.index.entries()].filter(this.isShown) };
      this.ordered.list.sort(compareDocumentOrder);
    }
    const { list } = this.ordered;
    if (list.length === 0) return null;
    const at = this.stepCursor ? list.indexOf(this.stepCursor) : -1;
    let next: number;
    if (at >= 0) {
      next = at + direction;
    } else {
      // The first occurrence that ends below the top of the window (document order is the reading order).
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const box = list[mid].startNode.parentElement?.getBoundingClientRect();
        if (box && box.bottom > 0) hi = mid;
        else lo = mid + 1;
      }
      next = direction === 1 ? lo : lo - 1;
    }
    next = (next + list.length) % list.length;
    const entry = list[next];
    return this.bringIntoView(entry) ? { entry, index: next + 1, total: list.length } : null;
  }

  /** Scrolls an occurrence to the middle of the window and flashes it (selects it without highlights). */
  private bringIntoView(entry: MatchEntry): boolean {
    this.stepCursor = entry;
    const element = entry.startNode.parentElement;
    // Nested scrollers first, then centre the words themselves in the window.
    element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    try {
      const range = this.options.doc.createRange();
      range.setStart(entry.startNode, entry.startOffset);
      range.setEnd(entry.endNode, entry.endOffset);
      const rect = range.getBoundingClientRect();
      const view = this.options.doc.defaultView;
      if (view && (rect.top < 0 || rect.bottom > view.innerHeight || rect.height > 0)) {
        // On a phone the card is a sheet over the lower part of the screen: the words go above it.
        const line = view.innerWidth < SHEET_MAX_WIDTH ? view.innerHeight / 4 : view.innerHeight / 2;
        view.scrollBy({ top: rect.top + rect.height / 2 - line, left: 0, behavior: 'instant' });
      }
      if (this.options.highlighter.supported) {
        this.options.highlighter.flash(entry.range);
      } else {
        // Without CSS.highlights, selecting the words is the only mark that leaves the DOM alone.
        const selection = view?.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
      }
    } catch {
      return false;
    }
    return true;
  }

  /** Walks the whole page (body and open shadow roots) in slices. */
  private async scanAll(): Promise<void> {
    const generation = this.generation;
    const abort = new AbortController();
    const collector = this.newCollector();
    const { doc } = this.options;
    this.fullScan = { abort, collector };
    this.status = 'scanning';
    this.paintGap = this.nextPaint = 0;
    const started = performance.now();
    // Let the page render first: the scanner's first checkVisibility() would otherwise pay for the
    // page's whole first style recalculation inside one of our tasks (~70 ms on wikipedia-2 here).
    await afterNextFrame();
    if (!this.compiled) {
      const ready = await this.matcherReady();
      if (generation !== this.generation) return;
      if (!ready) {
        this.fullScan = null;
        this.status = 'done';
        this.options.onChange();
        return;
      }
      void this.matcher; // compiled on the first scan, as a task of its own
      await yieldToPage();
    }
    const job = this.newJob(collector);
    if (generation !== this.generation) return;
    const walk = new CandidateWalk(this.matcher, this.options.isOwnUi, (root) => this.watcher.observe(root));
    walk.add(doc.body ?? doc.documentElement);
    job.walk = walk;
    job.seen = new Set();
    job.queued = new Set();
    job.skipped = new Map();
    if (this.fullScan) this.fullScan.walk = walk;
    const finished = await runInSlices((deadline) => this.step(job, deadline), this.stats.full, abort.signal);
    if (!finished || generation !== this.generation || this.fullScan?.collector !== collector) return;
    this.fullScan = null;
    this.stats.fullScanMs = performance.now() - started;
    this.status = 'done';
    this.options.highlighter.ensureAdopted();
    this.options.onChange();
  }

  /** Scans what a batch of mutations added or changed; resolves with the time spent. */
  private async scanBatch(batch: MutationBatch): Promise<number> {
    if (this.status === 'idle') return 0;
    if (!(await this.matcherReady()) || (this.status as string) === 'idle') return 0;
    const stats = this.stats.mutations;
    const before = stats.busyMs;
    stats.batches++;
    const generation = this.generation;
    const t0 = performance.now();
    if (batch.removed) for (const entry of this.index.sweepStale()) this.unpaint(entry);
    for (const text of batch.changedTexts) this.dropNode(text);
    const collector = this.newCollector();
    for (const root of batch.roots) {
      if (!isInsideSkipped(root, this.options.isOwnUi)) collector.add(root);
    }
    stats.busyMs += performance.now() - t0;
    const job = this.newJob(collector);
    await runInSlices((deadline) => this.step(job, deadline), stats);
    if (generation === this.generation) this.options.highlighter.ensureAdopted();
    return stats.busyMs - before;
  }

  private newCollector(): TextRunCollector {
    return new TextRunCollector(this.options.isOwnUi, (root) => this.watcher.observe(root));
  }

  private newJob(collector: TextRunCollector): ScanJob {
    return { collector, longRuns: [], generation: this.generation };
  }

  /**
   * One slice: walk and match until the deadline (long texts a window at a
   * time), then bring context and listeners up to date. True when the job is done.
   */
  private step(job: ScanJob, deadline: number): boolean {
    if (this.status === 'idle' || job.generation !== this.generation) return true;
    let done = false;
    for (;;) {
      this.drainLongRuns(job, deadline);
      if (job.longRuns.length > 0 || performance.now() >= deadline) break;
      const collected = job.collector.collect(deadline, (run) => this.processRun(run, job));
      if (job.longRuns.length > 0) continue;
      if (!collected) break; // the walk stopped at the deadline
      // The collector has matched all it was given: the first pass finds it more, or the job is done.
      const read = job.walk?.chars ?? 0;
      const walked = !job.walk || job.walk.walk(deadline, (block) => this.queueBlock(job, block));
      if (job.walk) this.stats.chars += job.walk.chars - read;
      if (walked && job.collector.done) {
        done = true;
        break;
      }
      if (!walked && performance.now() >= deadline) break;
    }
    const ai = this.tracker.isAi;
    if (ai !== this.aiPage || this.tracker.decidedChanges !== this.decidedSeen) this.switchContext(ai);
    const now = performance.now();
    if (done || now >= this.nextPaint) {
      this.options.highlighter.flush();
      this.paintGap = Math.min(PAINT_GAP_MAX_MS, this.paintGap * 2 || PAINT_GAP_FIRST_MS);
      this.nextPaint = now + this.paintGap;
    }
    if (this.changed) {
      this.changed = false;
      this.options.onChange();
    }
    return done;
  }

  /** Matches long runs a window at a time until the deadline. */
  private drainLongRuns(job: ScanJob, deadline: number): void {
    while (job.longRuns.length > 0) {
      if (performance.now() >= deadline) return;
      const long = job.longRuns[0];
      const to = Math.min(long.run.text.length, long.next + LONG_RUN_WINDOW);
      this.matchWindow(long.run, long.next, to);
      long.next = to;
      if (to >= long.run.text.length) job.longRuns.shift();
    }
  }

  /** Hands a block the first pass reported to the precise collector, unless it is skipped or inside something skipped. */
  private queueBlock(job: ScanJob, block: Node): void {
    const queued = job.queued as Set<Node>;
    // A block inside one already handed on is collected with it.
    for (let up: Node | null = block; up; up = up.parentNode) if (queued.has(up)) return;
    if (block.nodeType === Node.ELEMENT_NODE && this.isSkippedHere(job, block as Element)) return;
    queued.add(block);
    job.collector.add(block);
  }

  /** isInsideSkipped, remembered per element for the scan (blocks share their ancestors). */
  private isSkippedHere(job: ScanJob, element: Element): boolean {
    const cache = job.skipped as Map<Element, boolean>;
    let skipped = cache.get(element);
    if (skipped !== undefined) return skipped;
    skipped = isSkippedElement(element, this.options.isOwnUi);
    if (!skipped) {
      const parent = element.parentNode;
      const up = parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
      skipped = up !== null && this.isSkippedHere(job, up);
    }
    cache.set(element, skipped);
    return skipped;
  }

  private processRun(run: TextRun, job: ScanJob): void {
    if (job.seen) {
      // Blocks handed on by the first pass may nest: a run is matched once.
      if (job.seen.has(run.nodes[0])) return;
      job.seen.add(run.nodes[0]);
    }
    for (const node of run.nodes) this.dropNode(node);
    // The full scan's first pass counts the characters it reads (it reads them all).
    if (!job.walk) this.stats.chars += run.text.length;
    this.stats.runs++;
    // A huge text (a log in <pre>, a plain-text file) is matched in windows across slices.
    if (run.text.length > LONG_RUN_WINDOW) job.longRuns.push({ run, next: 0 });
    else this.matchWindow(run, 0, run.text.length);
  }

  /**
   * Matches the part of a run that starts in [from, to). The matcher sees a
   * margin on both sides, so word boundaries and terms crossing `to` come out
   * as in one pass; each candidate belongs to the window where it starts.
   */
  private matchWindow(run: TextRun, from: number, to: number): void {
    const length = run.text.length;
    const lo = Math.max(0, from - WINDOW_MARGIN);
    const hi = Math.min(length, to + WINDOW_MARGIN);
    const whole = lo === 0 && hi === length;
    const result = this.matcher.scanWithSignals(whole ? run.text : run.text.slice(lo, hi));
    let { candidates, signals } = result;
    if (candidates.length === 0 && signals.length === 0) return;
    if (!whole) {
      const inWindow = <T extends { start: number; end: number }>(m: T): T | null => {
        const start = m.start + lo;
        return start >= from && start < to ? { ...m, start, end: m.end + lo } : null;
      };
      candidates = candidates.map(inWindow).filter((m): m is Match => m !== null);
      signals = signals.map(inWindow).filter((m): m is (typeof signals)[number] => m !== null);
    }
    this.tracker.add({ candidates, signals });
    if (candidates.length === 0) return;
    const withAi = selectMatches(candidates, true);
    const withoutAi = selectMatches(candidates, false);
    const key = (m: Match) => `${m.start}:${m.end}:${m.conceptId}`;
    const withoutKeys = new Set(withoutAi.map(key));
    const withKeys = new Set(withAi.map(key));
    for (const m of withAi) this.addEntry(run, m, withoutKeys.has(key(m)) ? 'always' : 'ai');
    for (const m of withoutAi) if (!withKeys.has(key(m))) this.addEntry(run, m, 'not-ai');
  }

  private addEntry(run: TextRun, match: Match, when: MatchEntry['when']): void {
    const kind = this.options.kinds.get(match.conceptId);
    if (!kind || match.end <= match.start) return;
    const start = positionInRun(run, match.start, false);
    const end = positionInRun(run, match.end, true);
    const first = run.nodes.indexOf(start.node);
    const last = run.nodes.indexOf(end.node, first);
    const entry: MatchEntry = new Occurrence(
      match.conceptId,
      kind,
      when,
      start.node,
      start.offset,
      end.offset,
      last > first ? run.nodes.slice(first, last + 1) : undefined,
      run.block instanceof Element ? run.block : start.node.parentElement,
      match.aiOnly ? true : undefined,
    );
    this.index.add(entry);
    this.changed = true;
    this.changes++;
    if (this.isActive(entry)) {
      this.options.highlighter.add(entry);
      const root = start.node.getRootNode();
      if (root instanceof ShadowRoot) this.options.highlighter.adoptInto(root);
    }
  }

  private dropNode(node: Text): void {
    const removed = this.index.removeNode(node);
    for (const entry of removed) this.unpaint(entry);
    if (removed.length > 0) {
      this.changed = true;
      this.changes++;
    }
  }

  private unpaint(entry: MatchEntry): void {
    this.options.highlighter.delete(entry);
    this.changed = true;
    this.changes++;
  }

  /** The page's context flipped or it decided a sense: paint the occurrences that count now, unpaint the others. */
  private switchContext(ai: boolean): void {
    this.aiPage = ai;
    this.decidedSeen = this.tracker.decidedChanges;
    for (const entry of this.index.entries()) {
      if (entry.when === 'always' && !entry.ambiguous) continue;
      if (this.isActive(entry)) this.options.highlighter.add(entry);
      else this.options.highlighter.delete(entry);
    }
    this.changed = true;
    this.changes++;
  }
}
