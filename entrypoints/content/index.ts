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
import type { BackgroundRequest } from '@/lib/messages';
import { textScriptClassifier, type TextScriptClassifier } from '@/lib/i18n/text-script';
import { installHoverCard } from '@/entrypoints/content/hover-card';
import { PageControl } from './page-control';
import { createPageScan } from './page-scan';
import { acceptRequest } from './request-guard';
import { isTaiwanLang, pageSample } from './text-around';
import { listenUntil } from '@/lib/listen';
// The highlights' style sheet, listed in the manifest (WXT's cssInjectionMode 'manifest').
import './highlights.css';

/** False once this script's extension was reloaded, updated or removed (its runtime id is gone). */
function extensionAlive(): boolean {
  try {
    return browser.runtime?.id != null;
  } catch {
    return false;
  }
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT's legacy window.postMessage on start-up tells every page script that this
  // extension is installed, and its id (fingerprinting); WXT's custom event suffices.
  noScriptStartedPostMessage: true,
  main(ctx) {
    let control: PageControl | null = null;
    const scan = createPageScan(
      document,
      () => control?.foundChanged(),
      () => browser.runtime.sendMessage({ type: 'get-matcher-input' } satisfies BackgroundRequest),
    );
    const { annotator, highlighter } = scan;
    // The matcher's fold table (from the background, with the matcher's input) doubles as the classifier's
    // evidence: the Traditional characters of the aliases. Until it has come, the classifier's own pairs decide.
    let withFold: TextScriptClassifier | null = null;
    const classify: TextScriptClassifier = (text, chinese) => {
      const fold = scan.hantToHans();
      if (fold) withFold ??= textScriptClassifier(fold);
      return (withFold ?? textScriptClassifier())(text, chinese);
    };
    const card = installHoverCard(
      {
        findAt: (node, offset) => (control?.isOn ? annotator.findAt(node, offset) : null),
        isActive: () => control?.isOn ?? false,
      },
      classify,
    );
    control = new PageControl({
      annotator,
      highlighter,
      hideCard: () => card.hide(),
      showCard: (match, place) => card.openFor(match, place),
      sendToBackground: (message) => browser.runtime.sendMessage(message),
      isValid: extensionAlive,
      textScript() {
        const sample = pageSample(document);
        return classify(sample.text, sample.chinese);
      },
      taiwan: () => isTaiwanLang(document.documentElement),
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

    void control.start();
  },
});
