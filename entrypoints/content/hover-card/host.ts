/**
 * The card's host element: a custom-named element on <html> holding an open
 * shadow root. The tag name lets the page scanner skip it and lets DOM
 * comparisons leave it out; the open root lets tests read the card. Page CSS
 * can't reach inside the shadow root, and the host's inline `all: initial`
 * resets whatever the page sets on unknown elements.
 */
import { CARD_CSS } from './styles';

/** Tag of the card's host element (the scanner and DOM-equality tests skip it). */
export const HOVER_CARD_HOST_TAG = 'tri-dao-lens-card';

/** The host, its shadow root and the container the card renders into. */
export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
  /** Puts the card's content in (none: clears it). The only way content may change; see `onTampered`. */
  replaceContent(...nodes: Node[]): void;
  /** Says `text` through the host's polite live region (screen readers read it once; nothing shows). */
  announce(text: string): void;
  /** Shows the host (top layer where the Popover API exists). */
  show(): void;
  hide(): void;
  isShown(): boolean;
  remove(): void;
}

// Inline and !important, so it outranks page rules (even `* { … !important }`) and the UA's [popover] box
// (inset, margin, border, padding, background). `all` leaves `direction` alone: without its own, the card
// inherits a right-to-left page's (`<html dir="rtl">`) and its English and Chinese are laid out mirrored.
const HOST_STYLE = (
  'all: initial; direction: ltr; unicode-bidi: isolate; position: fixed; inset: auto; left: 0; top: 0; margin: 0; padding: 0; border: 0; ' +
  'background: transparent; overflow: visible; width: max-content; height: auto; max-width: none; ' +
  'max-height: none; z-index: 2147483647; display: none; color-scheme: light dark; ' +
  'transform: none; opacity: 1; visibility: visible; pointer-events: auto;'
).replace(/;/g, ' !important;');

/** Sets one of the host's own inline properties, keeping it !important. */
export function setHostStyle(host: HTMLElement, property: string, value: string): void {
  host.style.setProperty(property, value, 'important');
}

function supportsPopover(host: HTMLElement): boolean {
  return typeof host.showPopover === 'function' && typeof host.hidePopover === 'function';
}

/**
 * Creates the host (hidden) and attaches it to document.documentElement.
 * `onTampered` runs when anything but `replaceContent` changes the card: the
 * root is open (tests read it), so a page script could reach in and rewrite
 * a quote; the card is then cleared, so it shows the interview's words or nothing.
 */
export function createCardHost(doc: Document, onTampered?: () => void): CardHost {
  const host = doc.createElement(HOVER_CARD_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.dataset.triDaoLens = 'hover-card';
  const popover = supportsPopover(host);
  // Top layer puts the card above the page's own stacking contexts and modal dialogs; without it, max z-index.
  if (popover) host.setAttribute('popover', 'manual');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  // A <style> element, not adoptedStyleSheets: Firefox content scripts can't assign constructed sheets (Xray wrappers).
  style.textContent = CARD_CSS;
  const mount = doc.createElement('div');
  mount.className = 'mount';
  // The live region lives in our own shadow root: nothing is ever added to the page's DOM for screen readers.
  const live = doc.createElement('div');
  live.className = 'live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  root.append(style, mount, live);
  doc.documentElement.append(host);

  const view = doc.defaultView;
  const guard =
    view && typeof view.MutationObserver === 'function'
      ? new view.MutationObserver(() => {
          replaceContent();
          onTampered?.();
        })
      : null;
  guard?.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
  function replaceContent(...nodes: Node[]) {
    mount.replaceChildren(...nodes);
    guard?.takeRecords(); // our own change: not tampering
  }

  let shown = false;
  return {
    host,
    root,
    mount,
    replaceContent,
    announce(text) {
      live.textContent = text;
      guard?.takeRecords();
    },
    show() {
      setHostStyle(host, 'display', 'block');
      if (!host.isConnected) doc.documentElement.append(host);
      if (popover && !host.matches(':popover-open')) {
        try {
          host.showPopover();
        } catch {
          // A page that removed our host in the meantime: stay with max z-index.
        }
      }
      shown = true;
    },
    hide() {
      if (popover && host.isConnected && host.matches(':popover-open')) host.hidePopover();
      setHostStyle(host, 'display', 'none');
      shown = false;
    },
    isShown: () => shown,
    remove() {
      this.hide();
      guard?.disconnect();
      host.remove();
    },
  };
}
