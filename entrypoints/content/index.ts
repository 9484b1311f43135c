/**
 * The content script: finds the interview's concepts in the page, highlights
 * them without touching the DOM, answers the popup, and shows the hover card.
 *
 * Wiring only; the parts are:
 * - annotator.ts: sliced scan (scanner.ts), matches (match-index.ts),
 *   painting (highlighter.ts), mutations (mutations.ts);
 * - page-control.ts: on/off for this page from the settings and the
 *   popup/keyboard command, the page state, the badge report;
 * - hover-card/: the card (the card's own module).
 *
 * Only the matcher and its alias table are bundled here; quotes, glosses,
 * Chinese conversion and search live in the background (no opencc, no
 * fuse.js, no quote text in this bundle: the build checks its size).
 */
import { browser } from 'wxt/browser';
import type { AliasTable, ConceptKind } from '@/lib/data-types';
import { compileMatcher } from '@/lib/matcher';
import { type PackedAliasTable, unpackAliasTable } from '@/lib/matcher/packed-table';
import { Annotator } from './annotator';
import { Highlighter } from './highlighter';
import { installHoverCard } from '@/entrypoints/content/hover-card';
import { PageControl } from './page-control';
import { acceptRequest } from './request-guard';
import { listenUntil } from '@/lib/listen';

/** False once this script's extension was reloaded, updated or removed (its runtime id is gone). */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

/** The extension's own elements (the hover card's host) are custom elements named tri-dao-lens-*. */
const isOwnUi = (element: Element): boolean => element.localName.startsWith('tri-dao-lens');

/**
 * The alias table, asked of the background once per page: bundled here it
 * would cost every page ~6 KB gzipped of the content script's budget. `npm
 * run data` writes it packed and without folded duplicates; null when the
 * background does not answer with one (the extension is going away).
 */
async function loadAliasTable(): Promise<AliasTable | null> {
  try {
    const packed: unknown = await browser.runtime.sendMessage({ type: 'get-alias-table' });
    const ok = typeof packed === 'object' && packed !== null && typeof (packed as PackedAliasTable).c === 'string';
    return ok ? unpackAliasTable(packed as PackedAliasTable) : null;
  } catch (error) {
    console.debug('[tri-dao-lens] no alias table from the background', error);
    return null;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's legacy window.postMessage on start-up tells every page script that this
  // extension is installed, and its id (fingerprinting); WXT's custom event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    // Filled when the alias table arrives, before the first scan compiles the matcher.
    let table: AliasTable = { concepts: [], hantToHans: {} };
    const kinds = new Map<string, ConceptKind>();
    const highlighter = new Highlighter(document);
    let control: PageControl | null = null;
    const annotator = new Annotator({
      doc: document,
      matcher: () => compileMatcher(table),
      kinds,
      isOwnUi,
      highlighter,
      onChange: () => control?.foundChanged(),
    });
    const card = installHoverCard({
      findAt: (node, offset) => (control?.isOn ? annotator.findAt(node, offset) : null),
      isActive: () => control?.isOn ?? false,
    });
    control = new PageControl({
      annotator,
      highlighter,
      hideCard: () => card.hide(),
      sendToBackground: (message) => browser.runtime.sendMessage(message),
      isValid: extensionAlive,
    });

    // Answered synchronously through sendResponse: this bundle has no polyfill
    // (see data/build/content-size.ts) and Chrome ignores a returned promise.
    const onMessage = (message: unknown, sender: { id?: string }, sendResponse: (answer: unknown) => void) => {
      const request = acceptRequest(message, sender, browser.runtime.id);
      if (!request || !control) return false;
      sendResponse(control.handle(request));
      return false;
    };
    // Every listener below ends with this signal, when the extension goes away.
    const listening = new AbortController();
    listenUntil(browser.runtime.onMessage, onMessage, listening.signal);

    // Single-page-app navigations (history.pushState/replaceState, popstate). The
    // content script's isolated world never sees the page's own history calls, so
    // the Navigation API tells us, with the 1 Hz tick below as the fallback. Not
    // through WXT's ctx: a page can abort that with a forged event (see below).
    // A change of the #fragment alone (a table-of-contents link) is not a new view.
    const viewOf = (href: string) => href.split('#')[0];
    let lastView = viewOf(location.href);
    const urlMaybeChanged = (href: string) => {
      const view = viewOf(href);
      if (view === lastView) return;
      lastView = view;
      control?.navigated();
    };
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener?.(
      'navigate',
      (event) => urlMaybeChanged((event as Event & { destination: { url: string } }).destination.url),
      { signal: listening.signal },
    );

    // The extension was reloaded or updated: leave the page as it was, quietly.
    // Noticed two ways: WXT's ctx (a newer copy of this script started), and a
    // once-a-second look at runtime.id, because nothing else tells an old
    // script that its extension is gone on a page that stays still.
    let removed = false;
    const removeQuietly = () => {
      if (removed) return;
      removed = true;
      window.clearInterval(aliveTimer);
      listening.abort();
      // Each step on its own: one failing on a dead runtime must not leave the others undone.
      for (const step of [() => control?.destroy(), () => annotator.stop(), () => card.destroy()]) {
        try {
          step();
        } catch (error) {
          console.debug('[tri-dao-lens] clean-up step failed after the extension went away', error);
        }
      }
    };
    const aliveTimer = window.setInterval(() => {
      if (!extensionAlive()) removeQuietly();
      else urlMaybeChanged(location.href);
    }, 1000);
    ctx.onInvalidated(() => {
      // A page can dispatch WXT's "newer script started" event itself (the name is
      // built from the store's public extension id): only a dead runtime counts.
      if (!extensionAlive()) removeQuietly();
    });

    void loadAliasTable().then((loaded) => {
      if (!loaded || removed || !control) return;
      table = loaded;
      for (const c of table.concepts) kinds.set(c.id, c.kind);
      return control.start();
    });
  },
});
