/**
 * The hover card's behaviour, separate from the browser APIs it uses so the
 * component tests can drive it with a fake hit test, fake data and fake
 * timers: dwell before showing, a grace period when leaving (so the pointer
 * can travel into the card), hide on scroll, Escape, click elsewhere or
 * window blur, and re-render on a script change (keeping focus on the
 * control the reader pressed).
 *
 * Three ways in: a mouse resting on a term; a tap on a term (a long press for
 * a term inside a link or another page control, whose tap stays the page's);
 * and `openFor`, the keyboard step and the popup's "Show on the page", which
 * open the card as a non-modal dialog that takes focus and gives it back.
 *
 * Listeners: the pointer listeners live as long as the controller (one
 * AbortSignal, aborted by destroy); the ones that can only close or move a
 * card (keys, scroll, resize, blur, the visual viewport) are added when a
 * dwell or a card starts and removed with the signal of that armed session.
 */
import type { ConceptCard } from '@/lib/messages';
import type { CardFontSize } from '@/lib/settings';
import type { TextHit } from './hit-test';
import { type CardHost, createCardHost, setHostStyle } from './host';
import { type CardView, type DisplayScript, renderCard, renderStatus, type Translate } from './render';

/** A match under the pointer, as the content script's findAt returns it. */
export interface CardMatch {
  conceptId: string;
  range: Range;
}

/** What the content script tells the card about its matches. */
export interface HoverCardOptions {
  /** The match covering this text position, if any (binary search over the page's ranges). */
  findAt(node: Node, offset: number): CardMatch | null;
  /** False while highlights are off on this page: the card then never shows. */
  isActive(): boolean;
}

/** Everything the controller needs from outside, injected so tests can fake it. */
export interface HoverCardDeps {
  doc: Document;
  hitTest(x: number, y: number): TextHit | null;
  loadCard(conceptId: string): Promise<ConceptCard | null>;
  /** Opens the transcript at the anchor, in the language and script the card was showing. */
  openTranscript(anchor: string, shown: { lang: 'en' | 'zh'; script: DisplayScript }): void;
  t: Translate;
  language: 'en' | 'zh';
  /** How the card for this match shows Tri Dao's words (script, language), from the settings and the text around it. */
  viewFor(match: CardMatch): QuoteView;
  delayMs: number;
  fontSize?: CardFontSize;
  /** Coalesces pointer moves and waits out a frame (requestAnimationFrame in the page; immediate in tests). */
  schedule(callback: () => void): void;
  /**
   * Which pointer events may show the card. In the page: only the user's own
   * (`isTrusted`), so a page's synthetic pointermove can't open cards. Absent
   * in component tests (happy-dom's dispatched events are never trusted).
   */
  acceptPointer?(event: Event): boolean;
  /**
   * Whether the page looks dark (its background), read each time a card
   * opens: a dark page gets a dark card even when the system's scheme is
   * light, so the card doesn't flash white over a dark article.
   */
  pageIsDark?(): boolean;
}

/** Where an occurrence the reader stepped to sits among the page's occurrences (1-based). */
export interface StepPlace {
  index: number;
  total: number;
}

/** The controller's handle: what the content script uses, plus setters the settings watchers call. */
export interface HoverCardController {
  hide(): void;
  destroy(): void;
  /** The settings changed: decide the open card's view again (its language switch is reset). */
  refresh(): void;
  setDelayMs(ms: number): void;
  setFontSize(size: CardFontSize): void;
  /** Opens the card on a match the keyboard or the popup landed on: a dialog that takes focus, announced. */
  openFor(match: CardMatch, place?: StepPlace): Promise<void>;
  /** The host element once created (lazily, on the first show). */
  host(): HTMLElement | null;
  /** The concept whose card is showing, if any. */
  shownConceptId(): string | null;
}

/** The part of the card's view that follows the settings and the text being read. */
export type QuoteView = Pick<CardView, 'script' | 'quotes' | 'both'>;

/** How long the card survives the pointer leaving its term, so the pointer can reach the card. */
export const HIDE_GRACE_MS = 300;
/** A touch held this long on a term inside a link or control opens its card (the tap stays the page's). */
export const LONG_PRESS_MS = 500;
/** Below this visual-viewport width (CSS px) the card is a sheet along the bottom edge. */
export const SHEET_MAX_WIDTH = 500;
/** A touch that moves further than this (CSS px) is a scroll or a drag, not a press. */
const PRESS_SLOP_PX = 10;
/** Space between the card and its term, and between the card and the viewport's edges (CSS px). */
const GAP_PX = 6;
const EDGE_PX = 8;
/** The least height a card is shrunk to beside its term; with less room either side it covers the term. */
const MIN_ROOM_PX = 160;

/**
 * Where a tap belongs to the page: its links, form fields, editors and
 * controls. A term inside one is opened by a long press instead.
 */
const PAGE_CONTROL =
  'a[href],button,input,select,textarea,label,summary,video,audio,[contenteditable]:not([contenteditable="false"]),' +
  '[role="button"],[role="link"],[role="tab"],[role="menuitem"],[role="checkbox"],[role="switch"],[role="option"],' +
  '[onclick],[tabindex]:not([tabindex^="-"])';

function sameMatch(a: CardMatch, b: CardMatch): boolean {
  return (
    a.conceptId === b.conceptId &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset
  );
}

function inPageControl(match: CardMatch): boolean {
  const node = match.range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(PAGE_CONTROL) != null;
}

/** The line box of the range under the point (a term can wrap; the card belongs next to the reader's part). */
function lineBox(range: Range, x: number, y: number): DOMRect {
  const rects = Array.from(range.getClientRects());
  return rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ?? range.getBoundingClientRect();
}

/** The part of the layout viewport the reader sees (pinch zoom, on-screen keyboard), in client coordinates. */
function visibleBox(win: Window): { left: number; top: number; width: number; height: number } {
  const vv = win.visualViewport;
  if (vv) return { left: vv.offsetLeft, top: vv.offsetTop, width: vv.width, height: vv.height };
  const root = win.document.documentElement;
  return { left: 0, top: 0, width: root.clientWidth || win.innerWidth, height: root.clientHeight || win.innerHeight };
}

/** The element that has focus, looking into shadow roots (where a page's own widgets keep theirs). */
function deepActiveElement(doc: Document): Element | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Creates the controller and its document/window listeners; the host element appears on first show. */
export function createHoverCard(options: HoverCardOptions, deps: HoverCardDeps): HoverCardController {
  const { doc, t } = deps;
  const win = doc.defaultView ?? window;
  let delayMs = deps.delayMs;
  let fontSize: CardFontSize = deps.fontSize ?? 'normal';
  let cardHost: CardHost | null = null;

  let shown: {
    match: CardMatch;
    point: { x: number; y: number };
    card: ConceptCard | null;
    expanded: boolean;
    view: QuoteView;
    /** Opened by the keyboard or the popup: the card holds focus, and gives it back here on close. */
    returnFocus: Element | null;
  } | null = null;
  let dwell: { match: CardMatch; timer: ReturnType<typeof setTimeout> } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  let announceTimer: ReturnType<typeof setTimeout> | null = null;
  /** After Escape/close, the same term does not reopen until the pointer leaves it. */
  let suppressed: CardMatch | null = null;
  /** Bumped on every show/hide so late answers and positions from an earlier show are dropped. */
  let generation = 0;
  let pendingPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  /** The touch in progress: where it started, and whether its long press opened a card. */
  let press: { x: number; y: number; timer: ReturnType<typeof setTimeout> | null; opened: boolean } | null = null;
  /** The listeners of the armed session (a dwell or a shown card). */
  let armed: AbortController | null = null;

  const isInCard = (target: EventTarget | null) => cardHost !== null && target === cardHost.host;
  const accept = (event: Event) => !deps.acceptPointer || deps.acceptPointer(event);
  const matchAt = (x: number, y: number) => {
    const hit = deps.hitTest(x, y);
    return hit ? options.findAt(hit.node, hit.offset) : null;
  };

  function cancelDwell() {
    if (dwell) clearTimeout(dwell.timer);
    dwell = null;
    if (!shown) disarm();
  }
  function cancelHide() {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = null;
  }
  function scheduleHide() {
    if (!shown || hideTimer) return;
    hideTimer = setTimeout(() => {
      hideTimer = null;
      // The pointer left the old term and is resting on another one: close the old card but let the
      // new term's dwell run out, or the reader who rests there gets no card until they move again.
      const next = dwell;
      dwell = null;
      hide();
      if (next) {
        dwell = next;
        arm();
      }
    }, HIDE_GRACE_MS);
  }

  function hide() {
    generation++;
    cancelHide();
    if (dwell) clearTimeout(dwell.timer);
    dwell = null;
    if (announceTimer) clearTimeout(announceTimer);
    announceTimer = null;
    const returnFocus = shown?.returnFocus;
    const hadFocus = cardHost !== null && doc.activeElement === cardHost.host;
    shown = null;
    disarm();
    if (cardHost) {
      cardHost.hide();
      cardHost.replaceContent();
      cardHost.announce('');
    }
    // The card held focus (a keyboard reader): give it back where it was, or to the page.
    if (hadFocus) {
      if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
      else cardHost?.host.blur();
    }
  }

  function render() {
    if (!shown || !cardHost) return;
    const { view } = shown;
    const body = shown.card
      ? renderCard(doc, shown.card, { ...view, language: deps.language, expanded: shown.expanded }, t, {
          openTranscript(anchor) {
            deps.openTranscript(anchor, { lang: view.quotes, script: view.script });
            hide();
          },
          setQuotes(quotes) {
            if (!shown) return;
            shown.view = { ...view, quotes };
            render();
          },
          toggleExpanded() {
            if (!shown) return;
            shown.expanded = !shown.expanded;
            render();
          },
          close() {
            if (shown) suppressed = shown.match;
            hide();
          },
          followedLink() {
            // After the click, so the link is still in the document when the browser follows it.
            const mine = generation;
            setTimeout(() => mine === generation && hide(), 0);
          },
        })
      : renderStatus(doc, t('cardUnavailable'));
    // Focusable as a whole, so a keyboard reader lands on the dialog and hears its label first.
    body.tabIndex = -1;
    const focused = focusedControl();
    const byKeyboard = focused !== null && focusVisible(focused);
    cardHost.replaceContent(body);
    const successor = focused ? refocus(focused) : null;
    position();
    // A keyboard reader's focus stays in sight: "Fewer quotes" lands below the quotes it unfolded, which can be
    // past the bottom of a card that scrolls inside itself. (A mouse reader keeps the quotes where they are.)
    if (successor && byKeyboard) keepInSight(successor);
  }

  function focusVisible(el: HTMLElement): boolean {
    try {
      return el.matches(':focus-visible');
    } catch {
      return false;
    }
  }

  /** Scrolls the card itself (never the page, whose scrolling closes the card) so `el` is inside its box. */
  function keepInSight(el: HTMLElement) {
    const box = cardHost?.mount.querySelector<HTMLElement>('.card');
    if (!box) return;
    const outer = box.getBoundingClientRect();
    const inner = el.getBoundingClientRect();
    if (inner.bottom > outer.bottom) box.scrollTop += inner.bottom - outer.bottom + EDGE_PX;
    else if (inner.top < outer.top) box.scrollTop -= outer.top - inner.top + EDGE_PX;
  }

  /**
   * The card's control that has focus (the button the reader just pressed),
   * so a re-render can hand focus to the control that replaces it: "More
   * quotes" becomes "Fewer quotes" under the reader's finger, and a keyboard
   * reader keeps their place instead of falling back to the page.
   */
  function focusedControl(): HTMLElement | null {
    const active = cardHost?.root.activeElement;
    return active && cardHost?.mount.contains(active) ? (active as HTMLElement) : null;
  }
  function refocus(old: HTMLElement): HTMLElement | null {
    const successor = Array.from(cardHost?.mount.querySelectorAll<HTMLElement>(old.localName) ?? []).find(
      (el) => el.className === old.className && el.dataset.anchor === old.dataset.anchor,
    );
    successor?.focus({ preventScroll: true });
    return successor ?? null;
  }

  /**
   * Places the card: on a narrow screen a sheet along the bottom of what the
   * reader sees (above an on-screen keyboard, inside a pinch zoom), or along
   * its top when the term is where the sheet would be; elsewhere
   * below the term, above it when there is no room below, shortened to the
   * roomier side when it fits on neither, kept inside the visible part of the
   * window.
   */
  function position() {
    if (!shown || !cardHost) return;
    const host = cardHost.host;
    const box = visibleBox(win);
    const sheet = box.width < SHEET_MAX_WIDTH;
    host.dataset.layout = sheet ? 'sheet' : 'anchored';
    if (sheet) {
      // Along the bottom edge, unless it would cover the term the reader tapped (the lower part of the
      // screen): then along the top edge, no taller than the room above the term, so the words stay in sight.
      setHostStyle(host, 'width', `${Math.round(box.width)}px`);
      setHostStyle(host, 'left', `${Math.round(box.left)}px`);
      setHostStyle(host, '--tdl-sheet-max', `${Math.round(box.height * 0.6)}px`);
      const ref = lineBox(shown.match.range, shown.point.x, shown.point.y);
      const boxBottom = box.top + box.height;
      const covered = ref.bottom + GAP_PX > boxBottom - host.offsetHeight;
      const roomAbove = ref.top - GAP_PX - box.top;
      const onTop = covered && roomAbove > boxBottom - ref.bottom - GAP_PX;
      if (onTop) host.dataset.edge = 'top';
      else delete host.dataset.edge;
      if (covered) {
        const room = onTop ? roomAbove : boxBottom - ref.bottom - GAP_PX;
        setHostStyle(
          host,
          '--tdl-sheet-max',
          `${Math.round(Math.max(MIN_ROOM_PX, Math.min(box.height * 0.6, room)))}px`,
        );
      }
      setHostStyle(host, 'top', `${Math.round(onTop ? box.top : boxBottom - host.offsetHeight)}px`);
      return;
    }
    delete host.dataset.edge;
    setHostStyle(host, 'width', 'max-content');
    host.style.removeProperty('--tdl-card-max');
    const ref = lineBox(shown.match.range, shown.point.x, shown.point.y);
    const width = host.offsetWidth;
    let height = host.offsetHeight;
    const bottom = box.top + box.height - EDGE_PX;
    const below = ref.bottom + GAP_PX;
    const roomBelow = bottom - below;
    const roomAbove = ref.top - GAP_PX - (box.top + EDGE_PX);
    const moreBelow = roomBelow >= roomAbove;
    if (height > roomBelow && height > roomAbove && Math.max(roomBelow, roomAbove) >= MIN_ROOM_PX) {
      // It fits on neither side (a term mid-window, a window 768 px tall): on the roomier side, shorter,
      // scrolling inside itself, rather than over the very words it is about.
      setHostStyle(host, '--tdl-card-max', `${Math.floor(Math.min(600, moreBelow ? roomBelow : roomAbove))}px`);
      height = host.offsetHeight;
    }
    const above = ref.top - GAP_PX - height;
    let top = below;
    if (below + height > bottom) top = above >= box.top + EDGE_PX || !moreBelow ? above : below;
    top = Math.max(box.top + EDGE_PX, Math.min(top, bottom - height));
    const left = Math.max(box.left + EDGE_PX, Math.min(ref.left, box.left + box.width - EDGE_PX - width));
    setHostStyle(host, 'left', `${Math.round(left)}px`);
    setHostStyle(host, 'top', `${Math.round(top)}px`);
  }

  async function show(match: CardMatch, point: { x: number; y: number }, returnFocus: Element | null = null) {
    const mine = ++generation;
    cancelHide();
    const card = await deps.loadCard(match.conceptId);
    if (mine !== generation || !options.isActive()) return false;
    if (dwell) clearTimeout(dwell.timer);
    dwell = null;
    shown = { match, point, card, expanded: false, view: deps.viewFor(match), returnFocus };
    cardHost ??= createCardHost(doc, () => hide());
    cardHost.host.dataset.size = fontSize;
    if (deps.pageIsDark?.()) cardHost.host.dataset.theme = 'dark';
    else delete cardHost.host.dataset.theme;
    arm();
    cardHost.show();
    render();
    return true;
  }

  /** One pointer position: decides whether to start a dwell, keep, or start hiding the card. */
  function evaluate(x: number, y: number, target: EventTarget | null) {
    if (!options.isActive()) {
      if (shown || dwell) hide();
      return;
    }
    if (isInCard(target)) {
      cancelHide();
      if (dwell) cancelDwell();
      return;
    }
    if (shown && !shown.match.range.startContainer.isConnected) hide();
    const match = matchAt(x, y);
    if (suppressed && !(match && sameMatch(match, suppressed))) suppressed = null;
    if (!match) {
      if (dwell) cancelDwell();
      scheduleHide();
      return;
    }
    if (suppressed) return;
    if (shown && sameMatch(match, shown.match)) {
      cancelHide();
      if (dwell) cancelDwell();
      return;
    }
    if (dwell && sameMatch(match, dwell.match)) return;
    if (dwell) clearTimeout(dwell.timer);
    // A different term: the old card (if any) fades out unless the new one replaces it first.
    scheduleHide();
    // Ask for the data during the dwell, so the card has it when the dwell ends (the loader caches).
    void deps.loadCard(match.conceptId);
    arm();
    dwell = {
      match,
      timer: setTimeout(() => {
        dwell = null;
        void show(match, { x, y });
      }, delayMs),
    };
  }

  /** A tap (or a long press) at a point: opens the term there, or closes the card when there is none. */
  function tap(x: number, y: number, longPress: boolean) {
    if (!options.isActive()) return;
    const match = matchAt(x, y);
    if (!match || inPageControl(match) !== longPress) {
      // A tap on a link or a control is the page's; a tap on nothing closes the card.
      if (!longPress && shown) hide();
      return;
    }
    if (shown && sameMatch(match, shown.match)) return;
    suppressed = null;
    if (press && longPress) press.opened = true;
    void show(match, { x, y });
  }

  // ---- listeners of the whole life (aborted by destroy) ----

  const onPointerMove = (event: PointerEvent) => {
    if (press && Math.hypot(event.clientX - press.x, event.clientY - press.y) > PRESS_SLOP_PX) endPress();
    // Touch has no hover; a pressed button means the reader is selecting text, not asking for a card.
    if (event.pointerType === 'touch' || event.buttons !== 0 || !accept(event)) return;
    const first = pendingPointer === null;
    pendingPointer = { x: event.clientX, y: event.clientY, target: event.target };
    if (!first) return;
    deps.schedule(() => {
      const p = pendingPointer;
      pendingPointer = null;
      if (p) evaluate(p.x, p.y, p.target);
    });
  };
  const onPointerOut = (event: PointerEvent) => {
    // relatedTarget null: the pointer left the window.
    if (event.relatedTarget === null && event.pointerType !== 'touch') {
      if (dwell) cancelDwell();
      scheduleHide();
    }
  };
  function endPress() {
    if (press?.timer) clearTimeout(press.timer);
    if (press) press.timer = null;
  }
  const onPointerDown = (event: PointerEvent) => {
    endPress();
    press = null;
    if (isInCard(event.target)) return;
    if (event.pointerType === 'mouse') {
      if (shown) hide();
      return;
    }
    // Touch and pen: the tap itself decides (on click), so the card can stay while the same term is tapped.
    if (!accept(event) || !event.isPrimary) return;
    const { clientX: x, clientY: y } = event;
    const current = { x, y, timer: null as ReturnType<typeof setTimeout> | null, opened: false };
    current.timer = setTimeout(() => {
      current.timer = null;
      if (press === current) tap(x, y, true);
    }, LONG_PRESS_MS);
    press = current;
  };
  const onPointerUp = () => endPress();
  const onClick = (event: MouseEvent) => {
    const touch = press;
    press = null;
    // The long press opened the card: the click Chromium's touch emulation (and some browsers) send on release
    // must not also follow the link under the finger, which scrolls the page and closes the card.
    if (touch?.opened && !isInCard(event.target)) {
      event.preventDefault();
      return;
    }
    // A click that followed a touch is a tap; mouse clicks are handled on pointerdown.
    if (!touch || touch.opened || isInCard(event.target) || !accept(event)) return;
    // After the page's own listeners: a tap the page acted on (preventDefault) stays the page's.
    setTimeout(() => {
      if (!event.defaultPrevented) tap(event.clientX, event.clientY, false);
    }, 0);
  };
  const onContextMenu = (event: Event) => {
    // The long press opened a card: the browser's link menu would cover it.
    if (press?.opened) event.preventDefault();
  };

  const life = new AbortController();
  const always = { capture: true, passive: true, signal: life.signal } as const;
  doc.addEventListener('pointermove', onPointerMove, always);
  doc.addEventListener('pointerout', onPointerOut, always);
  doc.addEventListener('pointerdown', onPointerDown, always);
  doc.addEventListener('pointerup', onPointerUp, always);
  doc.addEventListener('pointercancel', onPointerUp, always);
  // Not passive: it cancels the click a long press's release sends.
  doc.addEventListener('click', onClick, { capture: true, signal: life.signal });
  doc.addEventListener('contextmenu', onContextMenu, { capture: true, signal: life.signal });

  // ---- listeners of an armed session (a dwell or a shown card) ----

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (shown || dwell)) {
      if (shown) suppressed = shown.match;
      else if (dwell) suppressed = dwell.match;
      hide();
    } else if (event.key === 'Tab' && shown) wrapFocus(event);
  };
  /**
   * Tab and Shift+Tab go round the card's controls while focus is in it. The
   * card's host is the last thing in the document, so the browser's next
   * stop after its last control is its own toolbar: the window's blur closed
   * the card and the reader, who had stepped to the middle of the page,
   * started again from its top. Escape is the way out, and gives focus back.
   */
  function wrapFocus(event: KeyboardEvent) {
    const active = cardHost?.root.activeElement;
    if (!cardHost || !active || !cardHost.mount.contains(active)) return;
    const controls = Array.from(
      cardHost.mount.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), [tabindex="0"]'),
    ).filter((el) => el.checkVisibility?.() ?? true);
    if (controls.length === 0) return;
    const first = controls[0];
    const last = controls[controls.length - 1];
    const atStart = active === first || !controls.includes(active as HTMLElement);
    if (event.shiftKey ? atStart : active === last) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus({ preventScroll: true });
    }
  }
  /**
   * Hides when the term moves: the document scrolls, or a scroller that
   * contains the term does. Other scrollers (a carousel, a live ticker in a
   * side panel) leave the card alone, or such pages would never keep one open.
   */
  const onScroll = (event: Event) => {
    const target = event.target;
    if (isInCard(target)) return;
    const term = shown?.match.range.startContainer ?? dwell?.match.range.startContainer;
    if (!term) return;
    const node = target as Node | null;
    if (node && node.nodeType === 1 && !node.contains(term)) return;
    hide();
  };
  /**
   * Hides when the window loses focus (the reader switched to another tab or
   * app). The listener captures on the window, so it also hears
   * every element's own `blur`, including the card's: Chromium fires `blur`
   * at a focused button that a re-render removes ("More quotes" replaced by
   * "Fewer quotes"). Only the window's own blur counts; an element's has a
   * `nodeType` (checked that way, not by identity with `win`, which Firefox's
   * content-script wrappers need not preserve).
   */
  const onBlur = (event: Event) => {
    if ((event.target as Partial<Node> | null)?.nodeType !== undefined) return;
    if (shown || dwell) hide();
  };
  // The window or the visible part of it changed size (rotation, on-screen keyboard, toolbars): place the card again.
  const onResize = () => position();

  function arm() {
    if (armed) return;
    armed = new AbortController();
    const signal = armed.signal;
    const passive = { capture: true, passive: true, signal } as const;
    win.addEventListener('keydown', onKeyDown, { capture: true, signal });
    win.addEventListener('scroll', onScroll, passive);
    win.addEventListener('resize', onResize, passive);
    win.addEventListener('blur', onBlur, passive);
    win.visualViewport?.addEventListener('resize', onResize, { passive: true, signal });
    win.visualViewport?.addEventListener('scroll', onResize, { passive: true, signal });
  }
  function disarm() {
    armed?.abort();
    armed = null;
  }

  return {
    hide,
    destroy() {
      hide();
      endPress();
      life.abort();
      cardHost?.remove();
      cardHost = null;
    },
    refresh() {
      if (!shown) return;
      shown.view = deps.viewFor(shown.match);
      render();
    },
    setDelayMs(ms) {
      delayMs = ms;
    },
    setFontSize(size) {
      fontSize = size;
      if (cardHost) cardHost.host.dataset.size = size;
      position();
    },
    async openFor(match, place) {
      if (!options.isActive()) return;
      const returnFocus = shown?.returnFocus ?? deepActiveElement(doc);
      if (shown) hide();
      // Wait out the frame of the scroll that brought the term into view, so its scroll event doesn't close the card.
      await new Promise<void>((resolve) => deps.schedule(resolve));
      const rect = match.range.getClientRects()[0] ?? match.range.getBoundingClientRect();
      const opened = await show(match, { x: rect.left + 1, y: rect.top + rect.height / 2 }, returnFocus);
      if (!opened || !shown || !cardHost) return;
      cardHost.mount.querySelector<HTMLElement>('.card')?.focus({ preventScroll: true });
      const name = cardHost.mount.querySelector('.name')?.textContent ?? match.conceptId;
      const term = match.range.toString();
      const text = place
        ? t('a11yAnnounceStep', [term, name, String(place.index), String(place.total)])
        : t('a11yAnnounce', [term, name]);
      // Set once the region is rendered: a live region that appears together with its text is often not read.
      const host = cardHost;
      announceTimer = setTimeout(() => host.announce(text), 100);
    },
    host: () => cardHost?.host ?? null,
    shownConceptId: () => shown?.match.conceptId ?? null,
  };
}
