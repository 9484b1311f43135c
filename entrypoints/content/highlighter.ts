/**
 * Paints the occurrences with the CSS Custom Highlight API: the page's DOM is
 * never touched (no wrapping `<mark>`s that break the page's scripts, styles
 * or selection). One `Highlight` per kind of concept, registered in
 * `CSS.highlights` under a name that also says the page's theme and the
 * style (`tdl-hardware`, `tdl-hardware-dark-underline`, ...: see
 * {@link highlightName}), so that one static sheet styles every case:
 * `highlights.css`, which the manifest lists for the content script. The
 * browser applies that sheet with the page's own, before first paint; a
 * sheet adopted at run time would make it restyle the whole document (a
 * 200-500 ms task on a 5 M-character page, tests/bench). The same rules, as
 * a constructed sheet, are adopted by the open shadow roots that hold
 * matches (highlight rules only style text in their own tree scope) and by
 * the document where the manifest's sheet does not apply.
 *
 * Colours: one family per kind (hardware amber, models violet, techniques
 * blue, tools green, people and companies rose). The page's text colour is
 * never changed; the background is translucent and an underline in the same
 * family carries the mark, so text stays readable. A dark page (its body's
 * background, or failing that its text colour, tells) gets lighter tones.
 * The "underline" style drops the background.
 *
 * Without `CSS.highlights` (Chrome < 105, Firefox < 140, Safari < 17.2) this
 * class does nothing: the page stays as it is and the popup still lists what
 * was found (PageState.highlightsSupported = false says why).
 */
import type { ConceptKind } from '@/lib/data-types';
import type { HighlightStyle } from '@/lib/settings';

/** The highlight names this extension registers, namespaced so they never clash with the page's. */
export const HIGHLIGHT_PREFIX = 'tdl-';
/** The temporary highlight of a revealed occurrence, painted above the others. */
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}flash`;
const KINDS: ConceptKind[] = ['hardware', 'models', 'techniques', 'tools', 'people'];

/** Hue per kind (HSL degrees), chosen to be told apart by most readers, colour-blind ones included. */
const HUE: Record<ConceptKind, number> = {
  hardware: 32,
  models: 275,
  techniques: 210,
  tools: 135,
  people: 340,
};

/**
 * How far above and below the viewport occurrences are painted (here 1.5
 * screens each way). Chromium rebuilds the markers of every registered range
 * whenever a highlight or the page's DOM or style changes (70,000 ranges: a
 * 540 ms frame, tests/bench), so only blocks near the viewport are painted.
 */
const NEAR_VIEWPORT = '150% 0px';

/** How long a revealed occurrence stays flashed. */
export const FLASH_MS = 1600;

/** Whether the browser has the CSS Custom Highlight API. */
export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The name a kind's highlight is registered under on a light or dark page, in a style. */
export function highlightName(kind: ConceptKind, dark: boolean, style: HighlightStyle): string {
  return `${HIGHLIGHT_PREFIX}${kind}${dark ? '-dark' : ''}${style === 'underline' ? '-underline' : ''}`;
}

/** The style sheet's text: every kind on light and dark pages, in both styles, and the flash (the text of highlights.css). */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const dark of [false, true]) {
    for (const style of ['fill', 'underline'] as const) {
      for (const kind of KINDS) {
        const hue = HUE[kind];
        const fill = dark ? `hsl(${hue} 90% 65% / 0.32)` : `hsl(${hue} 95% 50% / 0.2)`;
        const line = dark ? `hsl(${hue} 90% 72%)` : `hsl(${hue} 85% 38%)`;
        const background = style === 'fill' ? `background-color: ${fill}; ` : '';
        rules.push(
          `::highlight(${highlightName(kind, dark, style)}) { ${background}text-decoration: underline 2px solid ${line}; }`,
        );
      }
    }
  }
  rules.push(
    `::highlight(${FLASH_HIGHLIGHT}) { background-color: hsl(50 100% 50% / 0.85); color: #000; text-decoration: underline 3px solid #d00; }`,
  );
  return rules.join('\n');
}

/** Relative luminance (0 black .. 1 white) of a computed CSS colour, or null if transparent/unknown. */
function luminanceOf(color: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(color);
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = parseFloat(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether the page looks dark: by the body's (or root's) background, else by its text colour. */
export function isDarkPage(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const luminance = luminanceOf(view.getComputedStyle(element).backgroundColor);
    if (luminance !== null) return luminance < 0.2;
  }
  const text = doc.body ? luminanceOf(view.getComputedStyle(doc.body).color) : null;
  return text !== null && text > 0.5;
}

/**
 * Whether the content script's manifest sheet (highlights.css) styles this
 * document's highlights: read from the flash rule's underline colour, which no
 * page gives its root element. False where the browser does not apply it, or
 * cannot tell (getComputedStyle without `::highlight()`: Chrome before 123).
 */
function manifestSheetApplies(doc: Document): boolean {
  try {
    const style = doc.defaultView?.getComputedStyle(doc.documentElement, `::highlight(${FLASH_HIGHLIGHT})`);
    return style?.textDecorationColor === 'rgb(221, 0, 0)';
  } catch {
    return false;
  }
}

/** What is painted: a range of one kind, and the block element whose nearness to the viewport decides when. */
export interface Paintable {
  kind: ConceptKind;
  range: AbstractRange;
  /** Without one, the range is painted wherever it is. */
  block?: Element | null;
}

/** Owns the page's highlights: which ranges are painted, in which style, for which kinds. */
export class Highlighter {
  /** False where the browser lacks the API; every method is then a no-op. */
  readonly supported = highlightsSupported();
  private readonly byKind = new Map<ConceptKind, Highlight>();
  private readonly pending = new Set<Paintable>();
  /** What each block element holds (the match entries themselves: no copy); painted while the block is near the viewport. */
  private readonly blocks = new Map<Element, Paintable[]>();
  private readonly near = new Set<Element>();
  private observer: IntersectionObserver | null = null;
  private flashHighlight: Highlight | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private sheet: CSSStyleSheet | null = null;
  private readonly styledRoots = new Set<Document | ShadowRoot>();
  private shownKinds = new Set<ConceptKind>(KINDS);
  private style: HighlightStyle = 'fill';
  /** The page's theme, read when the first range is painted (null until then). */
  private dark: boolean | null = null;
  /** Whether highlights.css styles the document (null until the first range is painted). */
  private manifestStyled: boolean | null = null;
  /** The name each kind's highlight is registered under now. */
  private readonly registered = new Map<ConceptKind, string>();
  private active = false;

  constructor(private readonly doc: Document) {
    if (!this.supported) return;
    for (const kind of KINDS) this.byKind.set(kind, new Highlight());
  }

  /**
   * Starts painting: registers the highlights of the shown kinds. The page's
   * theme is read, and the fallback sheet adopted if need be, only once a
   * range is painted (see {@link painting}).
   */
  activate(): void {
    if (!this.supported || this.active) return;
    this.active = true;
    if ([...this.byKind.values()].some((h) => h.size > 0)) this.painting();
    this.syncRegistry();
  }

  /** Stops painting everything (the ranges are kept, so activating again is instant). */
  deactivate(): void {
    if (!this.supported) return;
    this.active = false;
    this.stopFlash();
    this.syncRegistry();
    for (const root of this.styledRoots) this.unadopt(root);
    this.styledRoots.clear();
  }

  /** Chooses the fill-and-underline or underline-only look. */
  setStyle(style: HighlightStyle): void {
    if (style === this.style) return;
    this.style = style;
    this.syncRegistry();
  }

  /** Chooses which kinds of concept are painted. */
  setShownKinds(kinds: readonly ConceptKind[]): void {
    this.shownKinds = new Set(kinds);
    this.syncRegistry();
  }

  /** Re-reads the page's colours (after a navigation, the theme may have changed). */
  refreshTheme(): void {
    if (this.dark === null) return;
    this.dark = isDarkPage(this.doc);
    this.syncRegistry();
  }

  /**
   * Called whenever ranges are painted. The first time: reads the page's
   * theme (which picks the highlight names), and adopts the sheet where the
   * manifest's does not apply. Adopting `::highlight()` rules makes the
   * browser recalculate the style of the whole document, which pages without
   * a match, and browsers that apply highlights.css, do not pay.
   */
  private painting(): void {
    if (!this.active) return;
    if (this.dark === null) {
      this.dark = isDarkPage(this.doc);
      this.syncRegistry();
    }
    this.manifestStyled ??= manifestSheetApplies(this.doc);
    if (!this.manifestStyled) this.adoptInto(this.doc);
  }

  /**
   * Queues a range of one kind for painting; {@link flush} paints the queue.
   * Why queue: each change to a registered Highlight makes Chromium rebuild
   * the markers of all its ranges on the next frame, a cost that grows with
   * the page (~27 ms a frame on a 200,000-node page), so a scan that painted
   * after every 8 ms slice kept the page busy 4x longer than its own work.
   * With the `block` (element) that holds it, the range is painted only
   * while that block is near the viewport (see NEAR_VIEWPORT).
   */
  add(item: Paintable): void {
    if (!this.byKind.has(item.kind)) return;
    const { block } = item;
    if (block && this.observe(block)) {
      this.blocks.get(block)!.push(item);
      if (!this.near.has(block)) return; // painted when the block comes near the viewport
    }
    this.pending.add(item);
  }

  /** Stops painting an item given to {@link add} (or drops it from the queue). */
  delete(item: Paintable): void {
    const { block } = item;
    const list = block ? this.blocks.get(block) : undefined;
    const at = list ? list.indexOf(item) : -1;
    if (at >= 0) {
      list!.splice(at, 1);
      // A block that stays in the page stays observed: its text is usually rescanned at once, and
      // waiting for a fresh intersection report would leave it unpainted for a frame (a flicker).
      if (list!.length === 0 && !block!.isConnected) {
        this.blocks.delete(block!);
        this.near.delete(block!);
        this.observer!.unobserve(block!);
      }
    }
    if (!this.pending.delete(item)) {
      const range = 'madeRange' in item ? (item.madeRange as AbstractRange | undefined) : item.range;
      if (range) this.byKind.get(item.kind)?.delete(range);
    }
  }

  /** Starts watching a block's distance to the viewport; false where IntersectionObserver is missing (then all is painted). */
  private observe(block: Element): boolean {
    if (this.blocks.has(block)) return true;
    if (typeof IntersectionObserver !== 'function') return false;
    // scrollMargin (Chrome 120+) extends the margin to nested scrollers too; older browsers ignore it.
    this.observer ??= new IntersectionObserver((entries) => this.onIntersect(entries), {
      rootMargin: NEAR_VIEWPORT,
      scrollMargin: NEAR_VIEWPORT,
    } as IntersectionObserverInit);
    this.blocks.set(block, []);
    this.observer.observe(block);
    return true;
  }

  /** Paints the ranges of blocks that came near the viewport, unpaints those of blocks that left. */
  private onIntersect(entries: IntersectionObserverEntry[]): void {
    let added = false;
    for (const { target, isIntersecting, boundingClientRect: box } of entries) {
      const ranges = this.blocks.get(target);
      // A box-less block (display: contents) never intersects; its text is shown, so it is always painted.
      const near = isIntersecting || (box.width === 0 && box.height === 0);
      if (!ranges || near === this.near.has(target)) continue;
      if (near) this.near.add(target);
      else this.near.delete(target);
      for (const item of ranges) {
        if (near) this.byKind.get(item.kind)!.add(item.range);
        else if (!this.pending.delete(item)) this.byKind.get(item.kind)!.delete(item.range);
      }
      added ||= near;
    }
    if (added) this.painting();
  }

  /** Paints the queued ranges, in one change per Highlight. */
  flush(): void {
    if (this.pending.size === 0) return;
    for (const { kind, range } of this.pending) this.byKind.get(kind)!.add(range);
    this.pending.clear();
    this.painting();
  }

  /** Removes every range (the highlights stay registered, now empty). */
  clear(): void {
    this.pending.clear();
    this.blocks.clear();
    this.near.clear();
    this.observer?.disconnect();
    for (const highlight of this.byKind.values()) highlight.clear();
    this.stopFlash();
  }

  /** Number of ranges painted per kind (all kinds, shown or not). */
  sizes(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [kind, highlight] of this.byKind) out[kind] = highlight.size;
    return out;
  }

  /**
   * Makes highlight rules apply inside a shadow root too (its text is only
   * styled by rules in its own tree scope). Called for roots that hold matches.
   */
  adoptInto(root: Document | ShadowRoot): void {
    if (!this.supported || !this.active || this.styledRoots.has(root)) return;
    this.ensureSheet();
    if (!this.sheet) return;
    try {
      // Append, never replace: the page's own adopted sheets stay as they are.
      if (!root.adoptedStyleSheets.includes(this.sheet)) {
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.sheet];
      }
      this.styledRoots.add(root);
    } catch (error) {
      // Firefox before 101 has no constructable style sheets; highlights then show unstyled (invisible).
      console.warn('[tri-dao-lens] cannot adopt the highlight style sheet', error);
    }
  }

  /**
   * Checks that a framework that reassigns `document.adoptedStyleSheets`
   * (Lit, some design systems) has not dropped the sheet, and appends it again.
   */
  ensureAdopted(): void {
    if (!this.active || !this.sheet) return;
    for (const root of this.styledRoots) {
      // Forget shadow roots whose host left the page (let them be collected).
      if (root instanceof ShadowRoot && !root.host.isConnected) {
        this.styledRoots.delete(root);
        continue;
      }
      if (!root.adoptedStyleSheets.includes(this.sheet)) {
        this.styledRoots.delete(root);
        this.adoptInto(root);
      }
    }
  }

  /** Briefly paints one range on top of everything (the popup's "show me where"). */
  flash(range: AbstractRange): void {
    if (!this.supported || !this.active) return;
    this.stopFlash();
    this.painting(); // the flash rule lives in the sheet too
    this.flashHighlight = new Highlight(range);
    this.flashHighlight.priority = 10;
    CSS.highlights.set(FLASH_HIGHLIGHT, this.flashHighlight);
    this.flashTimer = setTimeout(() => this.stopFlash(), FLASH_MS);
  }

  private stopFlash(): void {
    clearTimeout(this.flashTimer);
    this.flashTimer = undefined;
    if (this.flashHighlight && CSS.highlights.get(FLASH_HIGHLIGHT) === this.flashHighlight) {
      CSS.highlights.delete(FLASH_HIGHLIGHT);
    }
    this.flashHighlight = null;
  }

  private ensureSheet(): void {
    if (this.sheet) return;
    try {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(highlightCss());
    } catch (error) {
      console.warn('[tri-dao-lens] cannot build the highlight style sheet', error);
      this.sheet = null;
    }
  }

  private unadopt(root: Document | ShadowRoot): void {
    const sheet = this.sheet;
    if (!sheet) return;
    try {
      if (root.adoptedStyleSheets.includes(sheet)) {
        root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    } catch {
      // The root may be gone (a removed shadow host); nothing to undo then.
    }
  }

  /** Registers exactly the highlights that should paint now; unregisters the others. */
  private syncRegistry(): void {
    if (!this.supported) return;
    for (const [kind, highlight] of this.byKind) {
      const name = this.active && this.shownKinds.has(kind) ? highlightName(kind, !!this.dark, this.style) : null;
      const before = this.registered.get(kind);
      if (before && before !== name) {
        if (CSS.highlights.get(before) === highlight) CSS.highlights.delete(before);
        this.registered.delete(kind);
      }
      if (name && CSS.highlights.get(name) !== highlight) CSS.highlights.set(name, highlight);
      if (name) this.registered.set(kind, name);
    }
  }
}
