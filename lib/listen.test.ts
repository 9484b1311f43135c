import { expect, test } from 'vitest';
import { listenUntil, onAbort } from './listen';

/** A stand-in for a WebExtension event such as browser.runtime.onMessage. */
function fakeEvent() {
  const listeners = new Set<() => void>();
  return {
    listeners,
    addListener: (l: () => void) => listeners.add(l),
    removeListener: (l: () => void) => listeners.delete(l),
  };
}

test('a listener added until a signal is removed when it aborts, and never added to an aborted one', () => {
  const event = fakeEvent();
  const listener = () => {};
  const listening = new AbortController();
  listenUntil(event, listener, listening.signal);
  expect(event.listeners.has(listener)).toBe(true);
  listening.abort();
  expect(event.listeners.size).toBe(0);
  listenUntil(event, listener, listening.signal);
  expect(event.listeners.size).toBe(0);
});

test('a clean-up that throws (the runtime of an updated extension is gone) does not throw from abort()', () => {
  const listening = new AbortController();
  let ran = 0;
  onAbort(listening.signal, () => {
    ran++;
    throw new Error('Extension context invalidated.');
  });
  expect(() => listening.abort()).not.toThrow();
  listening.abort();
  expect(ran).toBe(1);
});
