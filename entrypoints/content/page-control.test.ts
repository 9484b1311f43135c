import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { BackgroundRequest } from '@/lib/messages';
import { disabledSitesItem, enabledItem, highlightStyleItem, shownKindsItem } from '@/lib/settings';
import type { Annotator } from './annotator';
import type { Highlighter } from './highlighter';
import { PageControl } from './page-control';

/** A stand-in annotator: records start/stop and reports one concept while running. */
function fakes() {
  const entry = { conceptId: 'kv-cache' };
  const match = { conceptId: 'kv-cache', range: document.createRange() };
  const calls: string[] = [];
  let running = false;
  const annotator = {
    status: 'idle' as 'idle' | 'scanning' | 'done',
    progress: 1,
    stats: {
      compileMs: 0,
      fullScanMs: 0,
      full: { slices: 0, longestSliceMs: 0, busyMs: 0 },
      mutations: { slices: 0, longestSliceMs: 0, busyMs: 0, batches: 0 },
      chars: 0,
      runs: 0,
    },
    start: vi.fn(async () => {
      calls.push('start');
      running = true;
      annotator.status = 'done';
    }),
    stop: vi.fn(() => {
      calls.push('stop');
      running = false;
      annotator.status = 'idle';
    }),
    rescanAll: vi.fn(async () => undefined),
    setShownKinds: vi.fn(),
    reveal: vi.fn(() => (running ? entry : null)),
    stepTo: vi.fn((direction: 1 | -1) => (running ? { entry, index: direction === 1 ? 1 : 2, total: 2 } : null)),
    matchOf: vi.fn(() => match),
    concepts: () => (running ? [{ conceptId: 'kv-cache', count: 2 }] : []),
  };
  const highlighter = { supported: true, setStyle: vi.fn(), sizes: () => ({}) };
  const sent: BackgroundRequest[] = [];
  const hideCard = vi.fn();
  const showCard = vi.fn();
  const control = new PageControl({
    annotator: annotator as unknown as Annotator,
    highlighter: highlighter as unknown as Highlighter,
    hideCard,
    showCard,
    sendToBackground: async (message) => {
      sent.push(message);
    },
    isValid: () => true,
    hostname: 'www.example.com',
  });
  return { control, annotator, highlighter, calls, sent, hideCard, showCard, match };
}

beforeEach(() => {
  fakeBrowser.reset();
});

test('on by default; the page switch and the keyboard toggle override the settings for this page', async () => {
  const { control, calls, hideCard } = fakes();
  await control.start();
  expect(control.isOn).toBe(true);
  expect(control.state()).toMatchObject({
    status: 'done',
    concepts: [{ conceptId: 'kv-cache', count: 2 }],
    hostname: 'www.example.com',
  });
  expect(control.handle({ type: 'toggle-page' })).toMatchObject({ status: 'off', concepts: [] });
  expect(hideCard).toHaveBeenCalled();
  expect(control.handle({ type: 'toggle-page' })).toMatchObject({ status: 'done' });
  expect(control.handle({ type: 'set-page-enabled', enabled: false })).toMatchObject({ status: 'off' });
  expect(control.handle({ type: 'reveal-concept', conceptId: 'kv-cache' })).toBe(false);
  expect(calls).toEqual(['start', 'stop', 'start', 'stop']);
});

test('the keyboard steps and "Show on the page" open the card on the occurrence they land on', async () => {
  const { control, annotator, showCard, match } = fakes();
  await control.start();
  expect(control.handle({ type: 'step-concept', direction: 'next' })).toBe(true);
  expect(annotator.stepTo).toHaveBeenLastCalledWith(1);
  expect(showCard).toHaveBeenLastCalledWith(match, { index: 1, total: 2 });
  expect(control.handle({ type: 'step-concept', direction: 'previous' })).toBe(true);
  expect(annotator.stepTo).toHaveBeenLastCalledWith(-1);
  expect(showCard).toHaveBeenLastCalledWith(match, { index: 2, total: 2 });
  expect(control.handle({ type: 'reveal-concept', conceptId: 'kv-cache' })).toBe(true);
  expect(showCard).toHaveBeenLastCalledWith(match);
  control.handle({ type: 'toggle-page' });
  showCard.mockClear();
  expect(control.handle({ type: 'step-concept', direction: 'next' })).toBe(false);
  expect(showCard).not.toHaveBeenCalled();
  control.destroy();
});

test('settings apply live: a disabled site, the master switch, kinds and style', async () => {
  const { control, annotator, highlighter, calls } = fakes();
  await disabledSitesItem.setValue(['example.com']);
  await control.start();
  expect(control.state().status).toBe('disabled-site');
  expect(calls).toEqual([]);
  // The page's own switch wins over the site list.
  control.handle({ type: 'set-page-enabled', enabled: true });
  expect(control.state().status).toBe('done');
  control.handle({ type: 'set-page-enabled', enabled: false });

  await disabledSitesItem.setValue([]);
  const { control: other, calls: otherCalls } = fakes();
  await other.start();
  expect(other.state().status).toBe('done');
  await enabledItem.setValue(false);
  await vi.waitFor(() => expect(other.state().status).toBe('off'));
  expect(otherCalls).toEqual(['start', 'stop']);

  await shownKindsItem.setValue(['hardware']);
  await vi.waitFor(() => expect(annotator.setShownKinds).toHaveBeenLastCalledWith(['hardware']));
  await highlightStyleItem.setValue('underline');
  await vi.waitFor(() => expect(highlighter.setStyle).toHaveBeenLastCalledWith('underline'));
  other.destroy();
  control.destroy();
});

test('counts reach the background for the badge, without repeats, and an empty report when off', async () => {
  vi.useFakeTimers();
  const { control, sent } = fakes();
  await control.start();
  control.foundChanged();
  control.foundChanged();
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent).toEqual([{ type: 'page-concepts', counts: { 'kv-cache': 2 } }]);
  control.foundChanged();
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent).toHaveLength(1);
  control.handle({ type: 'toggle-page' });
  control.foundChanged();
  await vi.advanceTimersByTimeAsync(1000);
  expect(sent[1]).toEqual({ type: 'page-concepts', counts: {} });
  control.destroy();
  vi.useRealTimers();
});
