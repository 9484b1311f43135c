/**
 * The hover card's behaviour, separate from the browser APIs it uses so the
 * component tests can drive it with a fake hit test, fake data and fake
 * timers: dwell before showing, a grace period when leaving (so the pointer
 * can travel into the card), hide on scroll, Escape, click elsewhere or
 * window blur, and re-render on a script change (keeping focus on the
 * control the reader pressed).
 */
import { computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { ConceptCard } from '@/lib/messages';
import type { TextHit } from './hit-test';
import { createCardHost, setHostStyle, type CardHost } from './host';
import { renderCard, renderStatus, type DisplayScript, type Translate } from './render';

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
  openTranscript(anchor: string): void;
  t: Translate;
  language: 'en' | 'zh';
  script: DisplayScript;
  delayMs: number;
  /** Coalesces pointer moves (requestAnimationFrame in the page; immediate in tests). */
  schedule(callback: () => void): void;
  /**
   * Which pointer events may show the card. In the page: only the user's own
   * (`isTrusted`), so a page's synthetic pointermove can't open cards. Absent
   * in component tests (happy-dom's dispatched events are never trusted).
   */
  acceptPointer?(event: Event): boolean;
}

/** The controller's handle: what the content script uses, plus setters the settings watchers call. */
export interface HoverCardController {
  hide(): void;
  destroy(): void;
  setScript(script: DisplayScript): void;
  setDelayMs(ms: number): void;
  /** The host element once created (lazily, on the first show). */
  host(): HTMLElement | null;
  /** The concept whose card is showing, if any. */
  shownConceptId(): string | null;
}

/** How long the card survives the pointer leaving its term, so the pointer can reach the card. */
export const HIDE_GRACE_MS = 300;

function sameMatch(a: CardMatch, b: CardMatch): boolean {
  return (
    a.conceptId === b.conceptId &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset
  );
}

/**
 * A reference for floating-ui: the line box of the range under the pointer
 * (a term can wrap across lines; the card belongs next to the part the
 * reader is on), read live so it follows reflow. Does what floating-ui's
 * `inline` middleware does, without its half kilobyte in the content script.
 */
function rangeReference(range: Range, x: number, y: number) {
  return {
    getBoundingClientRect() {
      const rects = Array.from(range.getClientRects());
      return (
        rects.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) ?? range.getBoundingClientRect()
      );
    },
  };
}

/** Creates the controller and its document/window listeners; the host element appears on first show. */
export function createHoverCard(options: HoverCardOptions, deps: HoverCardDeps): HoverCardController {
  const { doc } = deps;
  const win = doc.defaultView ?? window;
  let script = deps.script;
  let delayMs = deps.delayMs;
  let cardHost: CardHost | null = null;

  let shown: { match: CardMatch; point: { x: number; y: number }; card: ConceptCard | null; expanded: boolean } | null =
    null;
  let dwell: { match: CardMatch; timer: ReturnType<typeof setTimeout> } | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  /** After Escape/close, the same term does not reopen until the pointer leaves it. */
  let suppressed: CardMatch | null = null;
  /** Bumped on every show/hide so late answers and positions from an earlier show are dropped. */
  let generation = 0;
  let pendingPointer: { x: number; y: number; target: EventTarget | null } | null = null;

  const isInCard = (target: EventTarget | null) => cardHost !== null && target === cardHost.host;

  function cancelDwell() {
    if (dwell) clearTimeout(dwell.timer);
    dwell = null;
  }
  function cancelHide() {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = null;
  }
  function scheduleHide() {
    if (!shown || hideTimer) return;
    hideTimer = setTimeout(() => {
      hideTimer = null;
      hide();
    }, HIDE_GRACE_MS);
  }

  function hide() {
    generation++;
    cancelDwell();
    cancelHide();
    shown = null;
    if (cardHost) {
      cardHost.hide();
      cardHost.replaceContent();
    }
  }

  function render() {
    if (!shown || !cardHost) return;
    const view = { language: deps.language, script, expanded: shown.expanded };
    const body = shown.card
      ? renderCard(doc, shown.card, view, deps.t, {
          openTranscript(anchor) {
            deps.openTranscript(anchor);
            hide();
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
      : renderStatus(doc, deps.t('cardUnavailable'));
    const focused = focusedControl();
    cardHost.replaceContent(body);
    if (focused) refocus(focused);
    position();
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
  function refocus(old: HTMLElement) {
    const successor = Array.from(cardHost?.mount.querySelectorAll<HTMLElement>(old.localName) ?? []).find(
      (el) => el.className === old.className && el.dataset.anchor === old.dataset.anchor,
    );
    successor?.focus({ preventScroll: true });
  }

  function position() {
    if (!shown || !cardHost) return;
    const mine = generation;
    const host = cardHost.host;
    const { x, y } = shown.point;
    void computePosition(rangeReference(shown.match.range, x, y), host, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then((pos) => {
      if (mine !== generation) return;
      setHostStyle(host, 'left', `${Math.round(pos.x)}px`);
      setHostStyle(host, 'top', `${Math.round(pos.y)}px`);
    });
  }

  async function show(match: CardMatch, point: { x: number; y: number }) {
    const mine = ++generation;
    cancelHide();
    const card = await deps.loadCard(match.conceptId);
    if (mine !== generation || !options.isActive()) return;
    shown = { match, point, card, expanded: false };
    cardHost ??= createCardHost(doc, () => hide());
    cardHost.show();
    render();
  }

  /** One pointer position: decides whether to start a dwell, keep, or start hiding the card. */
  function evaluate(x: number, y: number, target: EventTarget | null) {
    if (!options.isActive()) {
      if (shown || dwell) hide();
      return;
    }
    if (isInCard(target)) {
      cancelHide();
      cancelDwell();
      return;
    }
    if (shown && !shown.match.range.startContainer.isConnected) hide();
    const hit = deps.hitTest(x, y);
    const match = hit ? options.findAt(hit.node, hit.offset) : null;
    if (suppressed && !(match && sameMatch(match, suppressed))) suppressed = null;
    if (!match) {
      cancelDwell();
      scheduleHide();
      return;
    }
    if (suppressed) return;
    if (shown && sameMatch(match, shown.match)) {
      cancelHide();
      cancelDwell();
      return;
    }
    if (dwell && sameMatch(match, dwell.match)) return;
    cancelDwell();
    // A different term: the old card (if any) fades out unless the new one replaces it first.
    scheduleHide();
    // Ask for the data during the dwell, so the card has it when the dwell ends (the loader caches).
    void deps.loadCard(match.conceptId);
    dwell = {
      match,
      timer: setTimeout(() => {
        dwell = null;
        void show(match, { x, y });
      }, delayMs),
    };
  }

  const onPointerMove = (event: PointerEvent) => {
    // Touch has no hover; a pressed button means the reader is selecting text, not asking for a card.
    if (event.pointerType === 'touch' || event.buttons !== 0) return;
    if (deps.acceptPointer && !deps.acceptPointer(event)) return;
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
    if (event.relatedTarget === null) {
      cancelDwell();
      scheduleHide();
    }
  };
  const onPointerDown = (event: PointerEvent) => {
    if (shown && !isInCard(event.target)) hide();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && (shown || dwell)) {
      if (shown) suppressed = shown.match;
      else if (dwell) suppressed = dwell.match;
      hide();
    }
  };
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
   * app) or is resized. The listener captures on the window, so it also hears
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

  const listen = { capture: true, passive: true } as const;
  doc.addEventListener('pointermove', onPointerMove, listen);
  doc.addEventListener('pointerout', onPointerOut, listen);
  doc.addEventListener('pointerdown', onPointerDown, listen);
  win.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('scroll', onScroll, listen);
  win.addEventListener('resize', onBlur, listen);
  win.addEventListener('blur', onBlur, listen);

  return {
    hide,
    destroy() {
      hide();
      doc.removeEventListener('pointermove', onPointerMove, listen);
      doc.removeEventListener('pointerout', onPointerOut, listen);
      doc.removeEventListener('pointerdown', onPointerDown, listen);
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('scroll', onScroll, listen);
      win.removeEventListener('resize', onBlur, listen);
      win.removeEventListener('blur', onBlur, listen);
      cardHost?.remove();
      cardHost = null;
    },
    setScript(next) {
      if (next === script) return;
      script = next;
      render();
    },
    setDelayMs(ms) {
      delayMs = ms;
    },
    host: () => cardHost?.host ?? null,
    shownConceptId: () => shown?.match.conceptId ?? null,
  };
}
