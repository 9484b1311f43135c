/**
 * Watches the page for text that appears or changes after the first scan
 * (infinite scroll, comments loading, single-page apps) and hands it to the
 * scanner in batches.
 *
 * - Records are coalesced: nothing is scanned until the page has been quiet
 *   for {@link DEBOUNCE_MS}, or at the latest {@link MAX_WAIT_MS} after the
 *   first unscanned change (a ticker never goes quiet).
 * - Only what changed is rescanned: an added element's subtree, or the
 *   element holding a changed or added text node (its paragraph-level
 *   neighbours may join with it: "Flash" + "<b>Attention</b>").
 * - CPU is bounded: after a batch that cost `c` ms of scanning, the next one
 *   waits at least `c * COST_FACTOR` ms, so a page that mutates constantly
 *   costs the extension at most ~1/(COST_FACTOR+1) of one core, plus the
 *   observer's own bookkeeping.
 * - The extension's own UI (its shadow host) is ignored, so showing the hover
 *   card never triggers a scan.
 * - Removals are flagged so the index can drop occurrences of text that left.
 */
import type { OwnUiTest } from './scanner';

/** Quiet time before a batch is scanned. */
export const DEBOUNCE_MS = 150;
/** Longest a change waits while the page keeps mutating. */
export const MAX_WAIT_MS = 1000;
/** Next batch waits this many times the last batch's scan cost (5% of a core at most). */
export const COST_FACTOR = 19;

/** What changed since the last batch. */
export interface MutationBatch {
  /** Subtrees to (re)scan, connected, none inside another. */
  roots: Node[];
  /** Whether anything was removed (occurrences in removed text must be dropped). */
  removed: boolean;
  /** Text nodes whose data changed: their old occurrences are stale. */
  changedTexts: Text[];
}

/** Observes a document and its open shadow roots; calls `onBatch` with coalesced changes. */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  /** Weak, so shadow roots of removed components can be collected. */
  private observed = new WeakSet<Node>();
  private pendingRoots = new Set<Node>();
  private changedTexts = new Set<Text>();
  private removed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private notBefore = 0;
  private running = false;

  constructor(
    private readonly isOwnUi: OwnUiTest,
    /** Scans a batch; resolves with the time spent scanning, in ms. */
    private readonly onBatch: (batch: MutationBatch) => Promise<number>,
  ) {
    this.observer = new MutationObserver((records) => this.take(records));
  }

  /** Watches a document until `signal` aborts; then it stops watching and forgets pending changes. */
  watch(doc: Document, signal: AbortSignal): void {
    if (signal.aborted) return;
    this.observe(doc);
    signal.addEventListener('abort', () => this.disconnect(), { once: true });
  }

  /** Also watches an open shadow root found while watching (once each). */
  observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  private disconnect(): void {
    this.observer.disconnect();
    this.observed = new WeakSet();
    this.pendingRoots.clear();
    this.changedTexts.clear();
    this.removed = false;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Whether a node is (inside) the extension's own UI. */
  private isOwn(node: Node): boolean {
    for (let el = node instanceof Element ? node : node.parentElement; el; el = el.parentElement) {
      if (this.isOwnUi(el)) return true;
    }
    return false;
  }

  private take(records: MutationRecord[]): void {
    let any = false;
    for (const record of records) {
      if (this.isOwn(record.target)) continue;
      if (record.type === 'characterData') {
        const text = record.target as Text;
        this.changedTexts.add(text);
        this.pendingRoots.add(scanRootFor(text));
        any = true;
        continue;
      }
      for (const node of record.addedNodes) {
        if (node instanceof Element && this.isOwnUi(node)) continue;
        if (node.nodeType === Node.TEXT_NODE) this.pendingRoots.add(scanRootFor(node as Text));
        else if (node.nodeType === Node.ELEMENT_NODE) this.pendingRoots.add(node);
        else continue;
        any = true;
      }
      for (const node of record.removedNodes) {
        if (node instanceof Element && this.isOwnUi(node)) continue;
        this.removed = true;
        any = true;
      }
    }
    if (any) this.schedule();
  }

  private schedule(): void {
    const now = performance.now();
    if (this.firstPendingAt === 0) this.firstPendingAt = now;
    if (this.running) return; // the running batch reschedules when it ends
    const due = Math.max(Math.min(now + DEBOUNCE_MS, this.firstPendingAt + MAX_WAIT_MS), this.notBefore);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, due - now));
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    const batch: MutationBatch = {
      roots: topmostConnected([...this.pendingRoots]),
      removed: this.removed,
      changedTexts: [...this.changedTexts],
    };
    this.pendingRoots = new Set();
    this.changedTexts = new Set();
    this.removed = false;
    this.firstPendingAt = 0;
    this.running = true;
    let cost = 0;
    try {
      cost = await this.onBatch(batch);
    } finally {
      this.running = false;
      this.notBefore = performance.now() + cost * COST_FACTOR;
      if (this.pendingRoots.size > 0 || this.changedTexts.size > 0 || this.removed) {
        this.firstPendingAt = performance.now();
        this.schedule();
      }
    }
  }
}

/** Where to rescan for a changed or added text node: its element, so inline neighbours can join it. */
function scanRootFor(text: Text): Node {
  const parent = text.parentElement;
  if (!parent || parent === parent.ownerDocument.body || parent === parent.ownerDocument.documentElement) return text;
  return parent;
}

/**
 * Keeps the roots still in the document and drops those inside another root
 * of the list (their text is scanned with it). Shadow roots are kept as they are.
 */
export function topmostConnected(roots: Node[]): Node[] {
  const set = new Set(roots.filter((root) => root.isConnected));
  const out: Node[] = [];
  for (const root of set) {
    let inside = false;
    for (let p = root.parentNode; p; p = p.parentNode) {
      if (set.has(p)) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(root);
  }
  return out;
}
