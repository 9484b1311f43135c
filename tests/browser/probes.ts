/**
 * The page probes: functions that run inside the page under test, written
 * once for both browsers. Chromium's tests run them with Playwright's
 * `page.evaluate(fn, arg)` (or, where the page may tamper with DOM methods,
 * through CDP in an isolated world: see `trust-support.ts`); Firefox's run
 * them with Puppeteer's `page.evaluate(fn, arg)` over WebDriver BiDi.
 *
 * Each function is sent to the page as its source text, so it must stand
 * alone: no imports (types only), no module-level constants, no calls to
 * another probe. At most one argument, which must survive JSON.
 *
 * The hover card's shadow root is open (`entrypoints/content/hover-card/host.ts`),
 * and `CSS.highlights` is the document's registry in both browsers (shared
 * with the content script's isolated or Xray world), so the page's own world
 * sees what the extension painted.
 */

/** One painted range, as the page sees it. */
export interface PaintedRange {
  highlight: string;
  text: string;
  /** Tag names from the range's start node up to the root (or shadow root), innermost first. */
  path: string[];
  /** Ids of the ancestors that have one. */
  ids: string[];
  inShadow: boolean;
}

/** Every range in every `tdl-*` highlight, with its text and where it sits (empty without `CSS.highlights`). */
export function paintedRanges(): PaintedRange[] {
  const out: PaintedRange[] = [];
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return out;
  for (const [name, highlight] of registry) {
    if (!name.startsWith('tdl-')) continue;
    for (const r of highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const path: string[] = [];
      const ids: string[] = [];
      let node: Node | null = r.startContainer.parentNode;
      while (node && node.nodeType === 1) {
        path.push((node as Element).localName);
        if ((node as Element).id) ids.push((node as Element).id);
        node = node.parentNode;
      }
      out.push({
        highlight: name,
        text: range.toString(),
        path,
        ids,
        inShadow: r.startContainer.getRootNode() instanceof ShadowRoot,
      });
    }
  }
  return out;
}

/** Which word to find, and optionally the id of the element to look in (the whole body otherwise). */
export type WordQuery = string | { word: string; within: string };

/**
 * Viewport point (CSS px) at the middle of the first rendered occurrence of
 * a word in the page's text, or null. An occurrence outside the viewport is
 * scrolled to the middle first, so the point is one the mouse can reach.
 */
export function pointOfWord(query: WordQuery): { x: number; y: number } | null {
  const word = typeof query === 'string' ? query : query.word;
  const scope =
    typeof query === 'string' ? (document.body ?? document.documentElement) : document.getElementById(query.within);
  if (!scope) return null;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = n.nodeValue?.indexOf(word) ?? -1;
    if (i < 0) continue;
    const range = document.createRange();
    range.setStart(n, i);
    range.setEnd(n, i + word.length);
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    if (!rects.length) continue;
    const r = rects[0];
    if (r.bottom < 0 || r.top > innerHeight) {
      (n.parentElement as Element | null)?.scrollIntoView({ block: 'center' });
      const again = range.getClientRects()[0];
      return again ? { x: again.left + again.width / 2, y: again.top + again.height / 2 } : null;
    }
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  return null;
}

/** A box in viewport CSS px. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the hover card shows, as a reader would see it. */
export interface CardView {
  /** The card's whole text, name, quotes (the first one as `quote`). */
  text: string;
  name: string;
  quote: string;
  quotes: string[];
  /** True when the card's top-left area is the topmost element there (not covered by the page). */
  onTop: boolean;
  /** In the top layer (an open popover) or, where popovers are missing, fixed. */
  popoverOpen: boolean;
  fixedOrTopLayer: boolean;
  /** The host hangs off `<html>`, outside the page's own elements. */
  hostIsChildOfRoot: boolean;
  /** The card's box, and the "Read in context" button's (null when not rendered). */
  rect: Box | null;
  read: Box | null;
  /** Computed font size of the first quote, px (0 without quotes). */
  quoteFontPx: number;
  /** The card's own style sheet applied (a blocked `<style>` would leave it unpadded). */
  cardPaddingPx: number;
}

/**
 * What the shown hover card says, or null when no card is shown. Reads the
 * page's `tri-dao-lens-card` host, or the shadow root it is given (Chromium's
 * trust tests pass it in through CDP, from an isolated world).
 */
export function readCard(shadowRoot?: ShadowRoot | null): CardView | null {
  const host = (shadowRoot?.host ?? document.querySelector('tri-dao-lens-card')) as HTMLElement | null;
  const root = shadowRoot ?? host?.shadowRoot;
  if (!host || !root) return null;
  const hostStyle = getComputedStyle(host);
  const hostBox = host.getBoundingClientRect();
  if (hostStyle.display === 'none' || hostStyle.visibility === 'hidden' || !(hostBox.width > 0 && hostBox.height > 0))
    return null;
  const boxOf = (el: Element | null | undefined): Box | null => {
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.left, y: r.top, width: r.width, height: r.height } : null;
  };
  const card = (root.querySelector('.card') ?? root.firstElementChild ?? host) as HTMLElement;
  const box = card.getBoundingClientRect();
  const top = document.elementFromPoint(box.left + Math.min(box.width / 2, 40), box.top + Math.min(box.height / 2, 20));
  const quotes = Array.from(root.querySelectorAll('.quote-text'), (e) => e.textContent ?? '');
  const firstQuote = root.querySelector('.quote-text');
  return {
    text: (root.querySelector('.mount') ?? root).textContent ?? '',
    name: root.querySelector('.name')?.textContent ?? '',
    quote: quotes[0] ?? '',
    quotes,
    onTop: top === host,
    popoverOpen: host.matches(':popover-open'),
    fixedOrTopLayer: host.matches(':popover-open') || hostStyle.position === 'fixed',
    hostIsChildOfRoot: host.parentNode === document.documentElement,
    rect: { x: box.left, y: box.top, width: box.width, height: box.height },
    read: boxOf(root.querySelector('button.read')),
    quoteFontPx: firstQuote ? parseFloat(getComputedStyle(firstQuote).fontSize) : 0,
    cardPaddingPx: parseFloat(getComputedStyle(card).paddingTop) || 0,
  };
}

/** Whether a card host is displayed (in the layout, not hidden, with a box). */
export function isShown(el: Element): boolean {
  const style = getComputedStyle(el);
  const r = el.getBoundingClientRect();
  return style.display !== 'none' && style.visibility !== 'hidden' && r.width > 0 && r.height > 0;
}

/**
 * Installed before the page's scripts (Playwright's `addInitScript`,
 * Puppeteer's `evaluateOnNewDocument`): snapshots `document.documentElement.outerHTML`
 * when the parser is done (DOMContentLoaded), before the content script runs (document_idle).
 */
export function snapshotAtDomContentLoaded(): void {
  document.addEventListener('DOMContentLoaded', () => {
    (window as unknown as { __tdlBefore: string }).__tdlBefore = document.documentElement.outerHTML;
  });
}

/** The snapshot taken at DOMContentLoaded and the DOM now without the extension's `tri-dao-lens-*` elements. */
export function domBeforeAndNow(): { before: string; now: string; hosts: number } {
  const clone = document.documentElement.cloneNode(true) as HTMLElement;
  const hosts = [...clone.querySelectorAll('*')].filter((el) => el.localName.startsWith('tri-dao-lens'));
  for (const host of hosts) host.remove();
  return {
    before: (window as unknown as { __tdlBefore: string }).__tdlBefore,
    now: clone.outerHTML,
    hosts: hosts.length,
  };
}

/** Number of ranges in the extension's `tdl-*` highlights (-1 without `CSS.highlights`). */
export function highlightCount(): number {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return -1;
  let n = 0;
  for (const [name, h] of registry) if (name.startsWith('tdl-')) n += h.size;
  return n;
}

/** The names of the extension's `tdl-*` highlights registered now, sorted. */
export function highlightNames(): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
  return registry ? [...registry.keys()].filter((name) => name.startsWith('tdl-')).sort() : [];
}

/** One clickable thing in the card, as the card's DOM describes it. */
export interface CardControl {
  /** `tag.class…` plus its ARIA state, e.g. `button.more[aria-expanded=false]`: the row of `CARD_CONTROLS`. */
  key: string;
  /** What a reader sees or hears: its accessible name. */
  label: string;
  href: string | null;
  /** `data-anchor`: the transcript address a "Read in context" button opens. */
  anchor: string | null;
  /** The control's centre (viewport px) when read; it may be scrolled out of the card's view. */
  x: number;
  y: number;
}

/** What the open card shows, read after a click. */
export interface CardState {
  conceptId: string;
  quotes: number;
  /** The key of the control that has focus inside the card, if any. */
  focused: string | null;
  controls: CardControl[];
}

/**
 * The shown card's controls: everything in its shadow root a reader can click
 * or tab to, each with a key (`tag.class…` plus its ARIA state) and its centre;
 * null when no card is shown. `tabindex="-1"` is not a control: the card
 * itself takes focus that way when the keyboard opens it. With `scrollTo`, the first control with that key
 * is first scrolled into the card's view (the card scrolls inside itself when
 * it is taller than the window allows), as a reader would, so its centre is
 * where to click it.
 */
export function cardControls(scrollTo?: string | null): CardState | null {
  const host = document.querySelector('tri-dao-lens-card');
  const root = host?.shadowRoot;
  if (!host || !root || getComputedStyle(host).display === 'none' || !root.querySelector('.card[data-concept-id]'))
    return null;
  const selector =
    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable=""], ' +
    '[contenteditable=true], ' +
    '[role=button], [role=link], [role=switch], [role=tab], [role=radio], [role=checkbox], [role=menuitem], [role=option]';
  const state = ['aria-expanded', 'aria-pressed', 'aria-checked', 'aria-selected'];
  const keyOf = (el: Element) => {
    let key =
      el.localName +
      [...el.classList]
        .sort()
        .map((c) => `.${c}`)
        .join('');
    for (const name of state) if (el.hasAttribute(name)) key += `[${name}=${el.getAttribute(name)}]`;
    return key;
  };
  const controlsOf = () =>
    [...root.querySelectorAll<HTMLElement>(selector)].filter((el) => {
      if (el.closest('[hidden], [inert]') || (el as HTMLButtonElement).disabled) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0;
    });
  if (scrollTo)
    controlsOf()
      .find((el) => keyOf(el) === scrollTo)
      ?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const controls = controlsOf().map((el) => {
    const r = el.getBoundingClientRect();
    return {
      key: keyOf(el),
      label: (el.getAttribute('aria-label') || el.textContent || '').trim(),
      href: el.getAttribute('href'),
      anchor: el.getAttribute('data-anchor'),
      x: r.left + r.width / 2,
      y: r.top + r.height / 2,
    };
  });
  const active = root.activeElement;
  return {
    conceptId: (root.querySelector('.card') as HTMLElement).dataset.conceptId ?? '',
    quotes: root.querySelectorAll('.quote-text').length,
    focused: active ? keyOf(active) : null,
    controls,
  };
}

// ---- touch, keyboard and accessibility ----

/** What the open card shows and how it is laid out, read in the page. */
export interface CardProbe {
  name: string;
  quote: string;
  /** `sheet` on a phone-wide window, `anchored` next to the term otherwise. */
  layout: string;
  rect: { left: number; top: number; width: number; height: number };
  viewport: { width: number; height: number };
  /** The card's buttons and links: class, size and middle (viewport px), for the touch-target check and taps. */
  targets: { what: string; width: number; height: number; x: number; y: number }[];
  role: string | null;
  label: string | null;
  /** What has focus: `page:<id or tag>` outside the card, `card:<class>` inside it. */
  focus: string;
  /** What the polite live region says. */
  live: string;
}

/** Reads the open card (null when none is shown).  */
export function probeCard(): CardProbe | null {
  const host = document.querySelector('tri-dao-lens-card') as HTMLElement | null;
  const root = host?.shadowRoot;
  if (!host || !root || getComputedStyle(host).display === 'none') return null;
  const card = root.querySelector('.card');
  if (!card) return null;
  const r = card.getBoundingClientRect();
  const active = document.activeElement;
  const inner = root.activeElement;
  const focus =
    active === host ? `card:${inner?.className ?? ''}` : `page:${active?.id || active?.localName || 'none'}`;
  return {
    name: root.querySelector('.name')?.textContent ?? '',
    quote: root.querySelector('.quote-text')?.textContent ?? '',
    layout: host.dataset.layout ?? '',
    rect: { left: r.left, top: r.top, width: r.width, height: r.height },
    viewport: { width: innerWidth, height: innerHeight },
    targets: Array.from(root.querySelectorAll('button, a[href]'), (el) => {
      const b = el.getBoundingClientRect();
      return { what: el.className, width: b.width, height: b.height, x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }),
    role: card.getAttribute('role'),
    label: card.getAttribute('aria-label'),
    focus,
    live: root.querySelector('[aria-live]')?.textContent ?? '',
  };
}

/** Where focus is when no card is open: `page:<id or tag>`.  */
export function probeFocus(): string {
  const active = document.activeElement;
  return active?.localName === 'tri-dao-lens-card'
    ? `card:${active.shadowRoot?.activeElement?.className ?? ''}`
    : `page:${active?.id || active?.localName || 'none'}`;
}

/** Number of ranges in the extension's flash highlight (the occurrence a step landed on).  */
export function probeFlashed(): string[] {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const flash = registry?.get('tdl-flash');
  return flash
    ? Array.from(flash, (r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })
    : [];
}

/** The open card's style sheet, markup and host attributes, to rebuild it on a page of its own.  */
export function probeCardCopy(): { css: string; html: string; layout: string; size: string } | null {
  const host = document.querySelector('tri-dao-lens-card') as HTMLElement | null;
  const root = host?.shadowRoot;
  if (!host || !root) return null;
  return {
    css: root.querySelector('style')?.textContent ?? '',
    html: root.querySelector('.mount')?.innerHTML ?? '',
    layout: host.dataset.layout ?? '',
    size: host.dataset.size ?? '',
  };
}

/**
 * Rebuilds a copied card in a shadow root on an empty page, in normal flow
 * (no top layer, nothing behind it), where axe can work out every colour.
 *
 */
export function probeRebuildCard(copy: { css: string; html: string; layout: string; size: string }): void {
  const host = document.createElement('tri-dao-lens-card');
  host.dataset.layout = copy.layout;
  host.dataset.size = copy.size;
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = copy.css;
  const mount = document.createElement('div');
  mount.className = 'mount';
  mount.innerHTML = copy.html;
  root.append(style, mount);
  document.body.append(host);
}

/**
 * Runs axe in the page on `selector` (the whole document when null) and
 * returns its violations as lines. Pass to `page.evaluate` after the source.
 */
export async function probeAxe({
  selector,
  tags,
  strict,
}: {
  selector: string | null;
  tags: string[];
  /** Also report colours axe could not decide (where nothing stands behind the element, it must decide them). */
  strict?: boolean;
}): Promise<string[]> {
  const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
  const context = selector ? { include: [[selector]] } : document;
  const result = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
  const line = (v: any, n: any, what: string) =>
    `${v.id} (${what}): ${JSON.stringify(n.target)} — ${n.failureSummary?.split('\n')[1]?.trim() ?? n.any?.[0]?.message ?? ''}`;
  return [
    ...result.violations.flatMap((v: any) => v.nodes.map((n: any) => line(v, n, v.impact))),
    ...(strict
      ? result.incomplete
          .filter((v: any) => v.id === 'color-contrast')
          .flatMap((v: any) => v.nodes.map((n: any) => line(v, n, 'undecided')))
      : []),
  ];
}
