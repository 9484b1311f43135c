/**
 * Listener clean-up, one way everywhere: whoever starts listening passes an
 * `AbortSignal`, and aborting it stops every listener started with it. DOM
 * targets take the signal themselves (`addEventListener(type, fn, { signal })`);
 * WebExtension events (`browser.runtime.onMessage`, …) and storage watchers
 * have only a remove call, which these helpers tie to the signal.
 */

/** The part of a WebExtension event (`browser.runtime.onMessage` and the like) this needs. */
export interface ExtensionEvent<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

/** Runs `cleanup` once when `signal` aborts. */
export function onAbort(signal: AbortSignal, cleanup: () => void): void {
  signal.addEventListener(
    'abort',
    () => {
      try {
        cleanup();
      } catch {
        // After an extension update the old content script's `browser.*` is gone
        // (and its listeners with it); clean-up must not throw there.
      }
    },
    { once: true },
  );
}

/** Adds `listener` to `event` until `signal` aborts (nothing happens if it already has). */
export function listenUntil<L>(event: ExtensionEvent<L>, listener: L, signal: AbortSignal): void {
  if (signal.aborted) return;
  event.addListener(listener);
  onAbort(signal, () => event.removeListener(listener));
}
