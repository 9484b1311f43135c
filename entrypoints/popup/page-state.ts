/**
 * How the popup learns about the tab it describes: which tab (the active one,
 * or `?tabId=` for tests), what its content script found, and the actions it
 * can ask of it. Kept apart from the components so tests can stub the browser.
 */
import { browser } from 'wxt/browser';
import type { ContentRequest, PageState } from '@/lib/messages';

/** What the popup knows about the tab: a page state, or that the page can't be read. */
export type PageInfo = { kind: 'loading' } | { kind: 'unreadable' } | { kind: 'ready'; state: PageState };

/**
 * The tab to describe. A real popup describes the active tab of its window;
 * the browser tests open `popup.html?tabId=<id>` as a tab of its own (which
 * has no "active tab" to describe), so an explicit id wins.
 */
export async function targetTabId(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

function isPageState(value: unknown): value is PageState {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<PageState>;
  return (
    typeof v.status === 'string' &&
    Array.isArray(v.concepts) &&
    v.concepts.every((c) => c && typeof c.conceptId === 'string' && typeof c.count === 'number')
  );
}

/**
 * Asks the tab's content script for its state. The message fails where no
 * content script runs: browser pages (chrome://, about:), web stores, file:,
 * view-source:, and pages opened before the extension was installed.
 */
export async function fetchPageInfo(tabId: number | null): Promise<PageInfo> {
  if (tabId == null) return { kind: 'unreadable' };
  try {
    const answer = await browser.tabs.sendMessage(tabId, { type: 'get-page-state' } satisfies ContentRequest);
    return isPageState(answer) ? { kind: 'ready', state: answer } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** Sends a request to the tab's content script; failures are logged, not thrown (the page may have gone). */
export async function tellPage(tabId: number | null, request: ContentRequest): Promise<void> {
  if (tabId == null) return;
  try {
    await browser.tabs.sendMessage(tabId, request);
  } catch (err) {
    console.warn('[tri-dao-lens popup] the page did not answer', request.type, err);
  }
}

/** Opens an extension page (e.g. the transcript at an anchor) in a new tab. */
export async function openExtensionPage(pathWithHash: string): Promise<void> {
  const url = browser.runtime.getURL(pathWithHash as '/transcript.html');
  await browser.tabs.create({ url });
}

/**
 * The tab's URL where the browser shows it to us (without the `tabs`
 * permission it usually doesn't): the fallback when the content script's
 * answer has no `hostname`.
 */
export async function tabUrl(tabId: number | null): Promise<string | null> {
  if (tabId == null) return null;
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.url ?? null;
  } catch {
    return null;
  }
}
