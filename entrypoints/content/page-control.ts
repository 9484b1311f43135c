/**
 * Whether this page is annotated, and what the popup and the badge are told.
 *
 * On or off follows, in order: the page's own switch (the popup's toggle or
 * the keyboard command, for this page load only), else the settings: the
 * global `enabled` and the per-site `disabledSites` (by `location.hostname`).
 * Settings are watched, so a change in the popup or options page applies at
 * once, as do `shownKinds` and `highlightStyle`. Turning off removes every
 * highlight and hides the card.
 *
 * The background hears only concept ids and counts (`page-concepts`, for the
 * toolbar badge), never page text.
 */
import type { ConceptKind } from '@/lib/data-types';
import type { TextScript } from '@/lib/i18n/text-script';
import type { BackgroundRequest, ContentRequest, PageState } from '@/lib/messages';
import {
  disabledSitesItem,
  enabledItem,
  highlightStyleItem,
  isSiteDisabled,
  shownKindsItem,
  type HighlightStyle,
} from '@/lib/settings';
import type { Annotator } from './annotator';
import type { Highlighter } from './highlighter';

/** Minimum time between two badge reports while counts keep changing. */
const REPORT_INTERVAL_MS = 500;
/** Wait after a navigation before rescanning, so the app has rendered its new view. */
const NAVIGATION_SETTLE_MS = 300;

/** The parts PageControl drives, passed in so component tests can stand them in. */
export interface PageControlOptions {
  annotator: Annotator;
  highlighter: Highlighter;
  hideCard(): void;
  /** Opens the card on the occurrence a step or "Show on the page" landed on (focus moves into it). */
  showCard(match: { conceptId: string; range: Range }, place?: { index: number; total: number }): void;
  sendToBackground(message: BackgroundRequest): Promise<unknown>;
  /** False once the extension was reloaded (messages would throw). */
  isValid(): boolean;
  /** The page's host name (for per-site settings). */
  hostname?: string;
  /** What the page is written in (the popup's Chinese script follows it). */
  textScript?(): TextScript;
  /** Whether the page says it is Taiwan's (its `lang`). */
  taiwan?(): boolean;
}

/** Owns the page's on/off state and the messages about it. */
export class PageControl {
  private enabled = true;
  private siteDisabled = false;
  /** The page's own switch: null follows the settings. */
  private pageOverride: boolean | null = null;
  private running = false;
  private started = false;
  /** Aborted by destroy(): ends the settings watchers. */
  private readonly watching = new AbortController();
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private navigationTimer: ReturnType<typeof setTimeout> | undefined;
  private lastReport = '';
  private lastReportAt = 0;
  private readonly hostname: string;

  constructor(private readonly options: PageControlOptions) {
    this.hostname = options.hostname ?? location.hostname;
  }

  /** Whether highlights are on for this page now. */
  get isOn(): boolean {
    return this.pageOverride ?? (this.enabled && !this.siteDisabled);
  }

  /** Reads the settings, starts watching them and annotates if on. */
  async start(): Promise<void> {
    const [enabled, sites, kinds, style] = await Promise.all([
      enabledItem.getValue(),
      disabledSitesItem.getValue(),
      shownKindsItem.getValue(),
      highlightStyleItem.getValue(),
    ]);
    this.enabled = enabled !== false;
    this.siteDisabled = isSiteDisabled(this.hostname, Array.isArray(sites) ? sites : []);
    this.applyKinds(kinds);
    this.applyStyle(style);
    const { signal } = this.watching;
    enabledItem.watch((value) => {
      this.enabled = value !== false;
      this.apply();
    }, signal);
    disabledSitesItem.watch((value) => {
      this.siteDisabled = isSiteDisabled(this.hostname, Array.isArray(value) ? value : []);
      this.apply();
    }, signal);
    shownKindsItem.watch((value) => this.applyKinds(value), signal);
    highlightStyleItem.watch((value) => this.applyStyle(value), signal);
    this.started = true;
    this.apply();
  }

  /** Answers a request from the popup or the background's keyboard command. */
  handle(request: ContentRequest): PageState | boolean {
    switch (request.type) {
      case 'get-page-state':
        return this.state();
      case 'reveal-concept': {
        const entry = this.isOn ? this.options.annotator.reveal(request.conceptId) : null;
        const match = entry && this.options.annotator.matchOf(entry);
        if (match) this.options.showCard(match);
        return match !== null;
      }
      case 'step-concept': {
        const step = this.isOn ? this.options.annotator.stepTo(request.direction === 'next' ? 1 : -1) : null;
        const match = step && this.options.annotator.matchOf(step.entry);
        if (match) this.options.showCard(match, { index: step.index, total: step.total });
        return match !== null;
      }
      case 'set-page-enabled':
        this.pageOverride = request.enabled;
        this.apply();
        return this.state();
      case 'toggle-page':
        this.pageOverride = !this.isOn;
        this.apply();
        return this.state();
    }
  }

  /** What the popup shows about this page. */
  state(): PageState {
    const { annotator, highlighter } = this.options;
    const on = this.isOn;
    const status: PageState['status'] = on
      ? annotator.status === 'done'
        ? 'done'
        : 'scanning'
      : this.pageOverride === false || !this.enabled
        ? 'off'
        : 'disabled-site';
    const { stats } = annotator;
    return {
      status,
      concepts: on ? annotator.concepts() : [],
      highlightsSupported: highlighter.supported,
      hostname: this.hostname,
      textScript: this.options.textScript?.(),
      taiwan: this.options.taiwan?.(),
      ...(status === 'scanning' ? { progress: annotator.progress } : {}),
      scanStats: {
        compileMs: round(stats.compileMs),
        fullScanMs: round(stats.fullScanMs),
        busyMs: round(stats.full.busyMs),
        longestSliceMs: round(stats.full.longestSliceMs),
        slices: stats.full.slices,
        mutationBatches: stats.mutations.batches,
        mutationBusyMs: round(stats.mutations.busyMs),
        mutationLongestSliceMs: round(stats.mutations.longestSliceMs),
        chars: stats.chars,
        painted: highlighter.sizes(),
      },
    };
  }

  /** Occurrences were added or removed: report the counts for the badge (throttled). */
  foundChanged(): void {
    if (this.reportTimer !== undefined) return;
    const wait = Math.max(0, this.lastReportAt + REPORT_INTERVAL_MS - performance.now());
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      this.report();
    }, wait);
  }

  /** A single-page-app navigation: the page is about something else now. */
  navigated(): void {
    if (!this.running) return;
    clearTimeout(this.navigationTimer);
    this.navigationTimer = setTimeout(() => this.options.annotator.rescanAll().catch(scanFailed), NAVIGATION_SETTLE_MS);
  }

  /** Stops everything (extension reloaded): highlights removed, settings no longer watched. */
  destroy(): void {
    this.watching.abort();
    clearTimeout(this.reportTimer);
    clearTimeout(this.navigationTimer);
    this.started = false;
    if (this.running) {
      this.running = false;
      this.options.annotator.stop();
    }
    this.options.hideCard();
  }

  /** Starts or stops annotating to match {@link isOn}. */
  private apply(): void {
    if (!this.started) return;
    const on = this.isOn && document.designMode !== 'on';
    if (on === this.running) return;
    this.running = on;
    if (on) {
      this.options.annotator.start().catch(scanFailed);
    } else {
      clearTimeout(this.navigationTimer);
      this.options.annotator.stop();
      this.options.hideCard();
    }
  }

  private applyKinds(kinds: ConceptKind[] | null): void {
    this.options.annotator.setShownKinds(Array.isArray(kinds) ? kinds : []);
    this.options.hideCard();
  }

  private applyStyle(style: HighlightStyle | null): void {
    this.options.highlighter.setStyle(style === 'underline' ? 'underline' : 'fill');
  }

  private report(): void {
    if (!this.options.isValid()) return;
    const counts: Record<string, number> = {};
    if (this.isOn) for (const { conceptId, count } of this.options.annotator.concepts()) counts[conceptId] = count;
    const key = JSON.stringify(counts);
    if (key === this.lastReport) return;
    this.lastReport = key;
    this.lastReportAt = performance.now();
    this.options.sendToBackground({ type: 'page-concepts', counts }).catch(() => {
      // The background may be restarting; the next change reports again.
      this.lastReport = '';
    });
  }
}

/** A scan that throws (a page built in a way nobody foresaw) leaves the page as it is and says why in the console. */
function scanFailed(error: unknown): void {
  console.warn('[tri-dao-lens] scanning this page failed; it stays unmarked', error);
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
